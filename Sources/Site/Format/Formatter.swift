import Portfolio

/// Formats every figure a page shows, from the site's currency and locale. Pure and
/// deterministic: no Foundation formatters, no machine locale.
public struct SiteFormatter: Sendable {
    let style: LocaleStyle
    let currencySymbol: String
    /// What goes between a leading symbol and the digits: nothing after a sign (`$`, `£`), a
    /// no-break space after letters (`CHF`). Worked out once: asking whether the symbol's last
    /// Character is a letter took a Unicode property lookup for every amount on every page.
    private let symbolGap: String

    public init(currency: String, locale: String) {
        style = LocaleStyle.named(locale)
        currencySymbol = CurrencySymbol.symbol(for: currency)
        symbolGap = CurrencySymbol.isSign(currencySymbol) ? "" : "\u{00A0}"
    }

    public init(settings: Settings) { self.init(currency: settings.currency, locale: settings.locale) }

    /// Month abbreviations of the locale, January first (chart axes).
    public var monthNames: [String] { style.monthAbbreviations }

    /// `en-US`, for `<html lang>`.
    public var languageTag: String { style.languageTag }

    // MARK: - Numbers

    /// A number with grouping and up to `maxFractionDigits` decimals (trailing zeros dropped):
    /// `1,234.5`. Rounds half away from zero.
    public func number(_ value: Double, maxFractionDigits: Int = 2) -> String {
        let scale = Self.power10(maxFractionDigits)
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, scaled < 9e17 else { return value < 0 ? "-∞" : "∞" }
        let units = Int(scaled)
        let whole = units / scale
        var fraction = units % scale
        var digits = maxFractionDigits
        while digits > 0, fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        var text = grouped(whole)
        if digits > 0 { text += style.decimalSeparator + Self.pad(fraction, digits) }
        return (units > 0 && value < 0 ? "-" : "") + text
    }

    /// A number with exactly `digits` decimals: `0.90`, `1.00` (indices in tables and panels).
    public func fixed(_ value: Double, digits: Int) -> String {
        var text = number(value, maxFractionDigits: digits)
        let separator = style.decimalSeparator
        let present = text.firstRange(of: separator).map { text[$0.upperBound...].count } ?? 0
        if digits > 0 {
            if present == 0 { text += separator }
            text += String(repeating: "0", count: digits - present)
        }
        return text
    }

    /// A whole number with grouping: `1,200,000`.
    public func integer(_ value: Int) -> String { (value < 0 ? "-" : "") + grouped(abs(value)) }

    /// A signed whole number: `+14`, `-5`, `0`.
    public func signedInteger(_ value: Int) -> String { value > 0 ? "+" + grouped(value) : integer(value) }

    /// A percentage of 0–100 with at most one decimal: `55%`, `12.5%` (`55 %` in de_DE).
    public func percent(_ value: Double) -> String { number(value, maxFractionDigits: 1) + style.unitSpace + "%" }

    /// A probability 0–1 as a whole percentage: `0.3` → `30%`.
    public func probability(_ value: Double) -> String { percent(value * 100) }

    // MARK: - Money

    /// Whole currency units with symbol and grouping: `$1,200,000`, `£1,200,000`, `1.200.000 €`.
    public func money(_ value: Money) -> String {
        // The published figure (2 decimals, data/portfolio.json) rounded to whole units, so a
        // page always shows the published value.
        let rounded = Rounding.money(value).rounded(.toNearestOrAwayFromZero)
        return withSymbol(number(abs(rounded), maxFractionDigits: 0), negative: rounded < 0)
    }

    /// Money with an explicit sign, for impacts: `+$80,000`, `-$20,000`.
    public func signedMoney(_ value: Money) -> String {
        let text = money(value)
        return value.amount.rounded(.toNearestOrAwayFromZero) > 0 ? "+" + text : text
    }

    /// Compact money with an explicit sign: `+£1.2m`, `-£20k`.
    public func signedCompactMoney(_ value: Money) -> String {
        let text = compactMoney(value)
        return value.amount.rounded(.toNearestOrAwayFromZero) > 0 ? "+" + text : text
    }

    /// Money for tables: `$1.2M`, `£1.2m`, `£450k`, `1,2 Mio. €`; below a thousand, whole units.
    public func compactMoney(_ value: Money) -> String {
        let magnitude = abs(value.amount)
        let suffixes = style.compactSuffixes
        let steps: [(Double, String)] = [(1e9, suffixes.billion), (1e6, suffixes.million), (1e3, suffixes.thousand)]
        for (index, (unit, suffix)) in steps.enumerated() where magnitude >= unit {
            var scaled = (magnitude / unit * 10).rounded(.toNearestOrAwayFromZero) / 10
            var chosenSuffix = suffix
            // 999,950 rounds to 1000.0k: write it as 1m instead.
            if scaled >= 1000, index > 0 { scaled = 1; chosenSuffix = steps[index - 1].1 }
            let text = number(scaled, maxFractionDigits: 1) + chosenSuffix
            return withSymbol(text, negative: value.amount < 0, compact: true)
        }
        return money(value)
    }

    private func withSymbol(_ digits: String, negative: Bool, compact: Bool = false) -> String {
        let sign = negative ? "-" : ""
        if style.symbolFirst {
            return sign + currencySymbol + symbolGap + digits
        }
        return sign + digits + "\u{00A0}" + currencySymbol
    }

    // MARK: - Dates

    /// `Oct 31, 2026` (en_US), `31 Oct 2026` (en_GB), `31. Okt. 2026` (de_DE), `31 oct. 2026` (fr_FR).
    public func day(_ day: Day) -> String {
        let c = day.components
        let month = style.monthAbbreviations[c.month - 1]
        guard (1...9999).contains(c.year) else { return Self.interpolatedDay(c, month: month, style.dateOrder) }
        // Written byte by byte into a string of its exact length (at most 15 bytes in the
        // built-in locales, so kept inline, no allocation): interpolating the three parts was
        // a two-hundredth of a build, a date being on nearly every row of every table.
        let dayDigits = c.day < 10 ? 1 : 2, yearDigits = c.year < 10 ? 1 : c.year < 100 ? 2 : c.year < 1000 ? 3 : 4
        let separators = style.dateOrder == .dayMonthYear ? 2 : 3
        return String(unsafeUninitializedCapacity: month.utf8.count + dayDigits + yearDigits + separators) { b in
            var i = 0
            func put(_ byte: UInt8) { b[i] = byte; i += 1 }
            func number(_ value: Int, _ digits: Int) {
                var v = value
                for k in stride(from: digits - 1, through: 0, by: -1) { b[i + k] = UInt8(48 + v % 10); v /= 10 }
                i += digits
            }
            func text(_ s: String) { for byte in s.utf8 { put(byte) } }
            switch style.dateOrder {
            case .monthDayYear: text(month); put(0x20); number(c.day, dayDigits); put(0x2C); put(0x20)
            case .dayMonthYear: number(c.day, dayDigits); put(0x20); text(month); put(0x20)
            case .dayDotMonthYear: number(c.day, dayDigits); put(0x2E); put(0x20); text(month); put(0x20)
            }
            number(c.year, yearDigits)
            return i
        }
    }

    /// `day` as interpolated text: years outside 1–9999, and the tests' oracle.
    static func interpolatedDay(_ c: (year: Int, month: Int, day: Int), month: String, _ order: LocaleStyle.DateOrder) -> String {
        switch order {
        case .monthDayYear: return "\(month) \(c.day), \(c.year)"
        case .dayMonthYear: return "\(c.day) \(month) \(c.year)"
        case .dayDotMonthYear: return "\(c.day). \(month) \(c.year)"
        }
    }

    /// `Oct 2026`.
    public func month(_ month: Month) -> String { "\(style.monthAbbreviations[month.monthNumber - 1]) \(month.year)" }

    // MARK: - Helpers

    /// `1234567` → `1,234,567` with the style's separator. The digits are ASCII, so they are
    /// walked as bytes (as `Character`s, with the count taken again for each, this was a
    /// hundredth of a build).
    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        let n = digits.utf8.count
        guard n > 3 else { return digits }
        var out: [UInt8] = []
        out.reserveCapacity(n + (n / 3) * style.groupingSeparator.utf8.count)
        var i = 0
        for byte in digits.utf8 {
            if i > 0, (n - i) % 3 == 0 { out.append(contentsOf: style.groupingSeparator.utf8) }
            out.append(byte)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func power10(_ n: Int) -> Int { (0..<max(0, n)).reduce(1) { acc, _ in acc * 10 } }
    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
