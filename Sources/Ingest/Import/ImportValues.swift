import Portfolio

/// A number written in decimal, kept exact: `digits × 10^-scale`. Money read from exports is
/// scaled (£m → £) without binary rounding, and written back as plain decimal text. A negative
/// scale stands for trailing zeros, so scaling never overflows (`12 × 10^18` is `12`, scale −18).
public struct DecimalAmount: Hashable, Sendable, CustomStringConvertible {
    public var digits: Int
    public var scale: Int

    public init(digits: Int, scale: Int) { self.digits = digits; self.scale = scale }

    public var value: Double {
        var v = Double(digits)
        for _ in 0..<max(0, scale) { v /= 10 }
        for _ in 0..<max(0, -scale) { v *= 10 }
        return v
    }

    /// × 10^power, exact.
    public func shifted(by power: Int) -> DecimalAmount { DecimalAmount(digits: digits, scale: scale - power).normalized() }

    /// No trailing zero after the point; zero has scale 0.
    func normalized() -> DecimalAmount {
        if digits == 0 { return DecimalAmount(digits: 0, scale: 0) }
        var d = digits, s = scale
        while s > 0 && d % 10 == 0 { d /= 10; s -= 1 }
        return DecimalAmount(digits: d, scale: s)
    }

    /// The magnitude's decimal digits and the number of them after the point (≥ 0): trailing
    /// zeros of a negative scale written out.
    private var decimalText: (digits: [UInt8], fraction: Int) {
        let n = normalized()
        var text = Array(String(n.digits.magnitude).utf8)
        if n.scale < 0 { text += [UInt8](repeating: UInt8(ascii: "0"), count: -n.scale) }
        return (text, max(0, n.scale))
    }

    /// Plain decimal text, no exponent, no trailing zeros: `2013020000`, `7.9`, `-0.35`.
    public var description: String {
        var (text, fraction) = decimalText
        if text.count <= fraction { text = [UInt8](repeating: UInt8(ascii: "0"), count: fraction - text.count + 1) + text }
        let whole = String(decoding: text[..<(text.count - fraction)], as: UTF8.self)
        let sign = digits < 0 ? "-" : ""
        guard fraction > 0 else { return sign + whole }
        return sign + whole + "." + String(decoding: text[(text.count - fraction)...], as: UTF8.self)
    }

    /// With thousands separators and exactly `decimals` places (rounded half away from zero):
    /// `1,139.18`. Worked on the digits as text, so any amount formats without overflow.
    public func grouped(decimals: Int) -> String {
        let zero = UInt8(ascii: "0")
        var (text, fraction) = decimalText
        if fraction > decimals {
            // Drop the extra places; round up when the first one dropped is 5 or more.
            let drop = fraction - decimals
            let roundUp = drop <= text.count && text[text.count - drop] >= UInt8(ascii: "5")
            text = Array(text.dropLast(min(drop, text.count)))
            if roundUp {
                var i = text.count - 1
                while i >= 0 && text[i] == UInt8(ascii: "9") { text[i] = zero; i -= 1 }
                if i >= 0 { text[i] += 1 } else { text.insert(UInt8(ascii: "1"), at: 0) }
            }
            fraction = decimals
        }
        text += [UInt8](repeating: zero, count: decimals - fraction)
        if text.count <= decimals { text = [UInt8](repeating: zero, count: decimals - text.count + 1) + text }
        var integer = String(decoding: text[..<(text.count - decimals)], as: UTF8.self)
        var groups: [String] = []
        while integer.count > 3 { groups.insert(String(integer.suffix(3)), at: 0); integer = String(integer.dropLast(3)) }
        groups.insert(integer, at: 0)
        let places = decimals > 0 ? "." + String(decoding: text[(text.count - decimals)...], as: UTF8.self) : ""
        let negative = digits < 0 && text.contains { $0 != zero }
        return (negative ? "-" : "") + groups.joined(separator: ",") + places
    }

    /// Reads `1139.18`, `£1,139.18`, `-£3`, `(12.5)`, `1 139,18` (with `decimal: ","`).
    /// Nil for anything else.
    public static func parse(_ raw: String, symbols: [String] = ["£", "$", "€"], thousands: Character? = ",",
                             decimal: Character = ".") -> DecimalAmount? {
        var text = raw.trimmingWhitespace()
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") { negative = true; text = String(text.dropFirst().dropLast()) }
        if text.hasPrefix("-") { negative.toggle(); text = String(text.dropFirst()) }
        for symbol in symbols where text.hasPrefix(symbol) { text = String(text.dropFirst(symbol.count)); break }
        for symbol in symbols where text.hasSuffix(symbol) { text = String(text.dropLast(symbol.count)); break }
        if text.hasPrefix("-") { negative.toggle(); text = String(text.dropFirst()) }
        text = text.trimmingWhitespace()
        // Zeros are held back until a digit other than 0 follows, so trailing zeros (`8,333.000`,
        // `1200000000000000000000`) never overflow: they end as the scale. Nil only when the
        // significant digits do not fit an Int.
        var digits = 0, zeros = 0, places = 0, seenDigit = false, seenPoint = false
        for c in text {
            if c == decimal && !seenPoint { seenPoint = true; continue }
            if let thousands, c == thousands, !seenPoint, seenDigit { continue }
            if c == " " || c == "\u{A0}" || c == "\u{202F}", !seenPoint, seenDigit, thousands != nil { continue }
            guard let d = c.wholeNumberValue, c.isASCII else { return nil }
            seenDigit = true
            if seenPoint { places += 1 }
            if d == 0 { zeros += 1; continue }
            for _ in 0...zeros {
                let (m, overflow) = digits.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                digits = m
            }
            zeros = 0
            let (sum, overflow) = digits.addingReportingOverflow(d)
            if overflow { return nil }
            digits = sum
        }
        guard seenDigit else { return nil }
        if digits == 0 { return DecimalAmount(digits: 0, scale: 0) }
        return DecimalAmount(digits: negative ? -digits : digits, scale: places - zeros)
    }
}

/// Calendar dates as exports write them, by pattern: `YYYY`, `YY`, `MM` or `M` (month
/// number, one or two digits), `MMM` (month name or its first three letters), `DD` or `D`,
/// any other character literal. A time after the date (` 08:00`, ` 8:00 AM`) is ignored.
public struct DatePattern: Hashable, Sendable, CustomStringConvertible {
    enum Token: Hashable, Sendable { case year4, year2, month, monthName, day, literal(Character) }
    let tokens: [Token]
    public let description: String

    public static let iso = DatePattern("YYYY-MM-DD")!
    public static let dotted = DatePattern("DD.MM.YYYY")!

    /// Nil when the pattern lacks a year, a month or a day.
    public init?(_ pattern: String) {
        var tokens: [Token] = []
        var rest = Substring(pattern)
        func take(_ prefix: String, _ token: Token) -> Bool {
            guard rest.hasPrefix(prefix) else { return false }
            tokens.append(token); rest = rest.dropFirst(prefix.count); return true
        }
        while let c = rest.first {
            if take("YYYY", .year4) || take("YY", .year2) || take("MMMM", .monthName) || take("MMM", .monthName)
                || take("MM", .month) || take("M", .month) || take("DD", .day) || take("D", .day)
                || take("yyyy", .year4) || take("yy", .year2) || take("dd", .day) || take("d", .day) { continue }
            tokens.append(.literal(c)); rest = rest.dropFirst()
        }
        let kinds = tokens.filter { !$0.isLiteral }
        let years = kinds.count(where: { $0 == .year4 || $0 == .year2 })
        let months = kinds.count(where: { $0 == .month || $0 == .monthName })
        let days = kinds.count(where: { $0 == .day })
        guard years == 1, months == 1, days == 1 else { return nil }
        self.tokens = tokens
        self.description = pattern
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    public func parse(_ raw: String) -> Day? {
        let chars = Array(raw.trimmingWhitespace())
        var i = 0
        var year: Int?, month: Int?, day: Int?
        func number(max count: Int, min minimum: Int) -> Int? {
            var value = 0, n = 0
            while i < chars.count, n < count, let d = chars[i].wholeNumberValue, chars[i].isASCII { value = value * 10 + d; i += 1; n += 1 }
            return n >= minimum ? value : nil
        }
        for token in tokens {
            switch token {
            case .year4: guard let v = number(max: 4, min: 4) else { return nil }; year = v
            case .year2: guard let v = number(max: 2, min: 2) else { return nil }; year = 2000 + v
            case .month: guard let v = number(max: 2, min: 1) else { return nil }; month = v
            case .day: guard let v = number(max: 2, min: 1) else { return nil }; day = v
            case .monthName:
                var word = ""
                while i < chars.count, chars[i].isLetter { word.append(chars[i]); i += 1 }
                let w = word.lowercased()
                guard w.count >= 3, let index = Self.monthNames.firstIndex(where: { $0.hasPrefix(w) }) else { return nil }
                month = index + 1
            case .literal(let c):
                guard i < chars.count, chars[i] == c || (c == " " && chars[i].isWhitespace) else { return nil }
                i += 1
                if c == " " { while i < chars.count, chars[i].isWhitespace { i += 1 } }
            }
        }
        if i < chars.count {
            // Only a time of day may follow: a space, then a digit.
            guard chars[i] == " " || chars[i] == "T", i + 1 < chars.count, chars[i + 1].isNumber else { return nil }
        }
        guard let year, let month, let day else { return nil }
        return Day(year: year, month: month, day: day)
    }
}

extension DatePattern.Token {
    var isLiteral: Bool { if case .literal = self { true } else { false } }
    var isYear: Bool { self == .year4 || self == .year2 }
    var isMonth: Bool { self == .month || self == .monthName }
}

/// Words standing where a value should be: the reason it is not given.
public enum Explanation: Hashable, Sendable {
    /// Withheld, e.g. "Exempt under Section 43 of the Freedom of Information Act 2000 …".
    case withheld(String)
    /// Not given for another reason, e.g. "Early planning GMPP project …",
    /// "The project is not in a position to provide this information".
    case notGiven(String)

    public var text: String { switch self { case .withheld(let t), .notGiven(let t): t } }
    public var rating: Rating {
        switch self {
        case .withheld(let t): .withheld(note: t)
        case .notGiven(let t): .notRated(note: t)
        }
    }
    public var word: String { switch self { case .withheld: "withheld"; case .notGiven: "not given" } }

    /// An explanation when `raw` is prose (at least two words of three letters or more), as
    /// one line; nil for anything else, which is an unreadable value. An exemption under
    /// freedom-of-information law is withheld; any other prose is "not given".
    public static func classify(_ raw: String) -> Explanation? {
        let text = ImportText.oneLine(raw)
        var words = 0, letters = 0
        for c in text + " " {
            if c.isLetter { letters += 1 } else { if letters >= 3 { words += 1 }; letters = 0 }
        }
        guard words >= 2 else { return nil }
        let lower = text.lowercased()
        if lower.contains("exempt") || lower.contains("freedom of information") { return .withheld(text) }
        return .notGiven(text)
    }
}

/// One cell read for a value of type `V`.
public enum ImportedCell<V: Hashable & Sendable>: Hashable, Sendable {
    case empty
    case value(V)
    case explained(Explanation)
    /// Neither a value nor an explanation: warned about, left out.
    case unreadable(String)

    public var value: V? { if case .value(let v) = self { v } else { nil } }
    public var explanation: Explanation? { if case .explained(let e) = self { e } else { nil } }

    /// Reads `raw` with `parse`; prose that does not parse is an explanation.
    public static func read(_ raw: String, _ parse: (String) -> V?) -> ImportedCell<V> {
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return .empty }
        if let v = parse(text) { return .value(v) }
        if let e = Explanation.classify(text) { return .explained(e) }
        return .unreadable(text)
    }
}
