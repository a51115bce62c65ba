import Portfolio

/// How numbers, money and dates are written for one locale: a small fixed table, so the
/// output never depends on the machine's locale data (STYLE.md, deterministic output).
struct LocaleStyle: Sendable {
    enum DateOrder: Hashable, Sendable {
        /// "Oct 31, 2026"
        case monthDayYear
        /// "31 Oct 2026"
        case dayMonthYear
        /// "31. Okt. 2026"
        case dayDotMonthYear
    }

    /// The BCP 47 tag for `<html lang>`: `en-US`.
    let languageTag: String
    let groupingSeparator: String
    let decimalSeparator: String
    /// True: `$1,200`; false: `1.200 €`.
    let symbolFirst: Bool
    /// Between the number and a trailing symbol or a percent sign.
    let unitSpace: String
    let dateOrder: DateOrder
    let monthAbbreviations: [String]
    /// Compact money suffixes for thousands, millions and billions.
    let compactSuffixes: (thousand: String, million: String, billion: String)

    private static let nbsp = "\u{00A0}"
    private static let narrowNbsp = "\u{202F}"
    private static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static let enUS = LocaleStyle(languageTag: "en-US", groupingSeparator: ",", decimalSeparator: ".", symbolFirst: true,
                                  unitSpace: "", dateOrder: .monthDayYear, monthAbbreviations: englishMonths,
                                  compactSuffixes: ("K", "M", "B"))
    static let enGB = LocaleStyle(languageTag: "en-GB", groupingSeparator: ",", decimalSeparator: ".", symbolFirst: true,
                                  unitSpace: "", dateOrder: .dayMonthYear, monthAbbreviations: englishMonths,
                                  compactSuffixes: ("k", "m", "bn"))
    static let deDE = LocaleStyle(languageTag: "de-DE", groupingSeparator: ".", decimalSeparator: ",", symbolFirst: false,
                                  unitSpace: nbsp, dateOrder: .dayDotMonthYear,
                                  monthAbbreviations: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.",
                                                       "Sept.", "Okt.", "Nov.", "Dez."],
                                  compactSuffixes: ("\u{00A0}Tsd.", "\u{00A0}Mio.", "\u{00A0}Mrd."))
    static let frFR = LocaleStyle(languageTag: "fr-FR", groupingSeparator: narrowNbsp, decimalSeparator: ",", symbolFirst: false,
                                  unitSpace: narrowNbsp, dateOrder: .dayMonthYear,
                                  monthAbbreviations: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                                                       "sept.", "oct.", "nov.", "déc."],
                                  compactSuffixes: ("\u{00A0}k", "\u{00A0}M", "\u{00A0}Md"))

    /// The style for a locale name from `pmo.yaml` (`en_US`, `en-GB`, `de_DE`, …). Unknown
    /// regions fall back by language (English outside the US writes day-first dates);
    /// unknown languages fall back to `en_US`.
    static func named(_ name: String) -> LocaleStyle {
        let parts = name.split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
        let language = parts.first?.lowercased() ?? "en"
        let region = parts.count > 1 ? parts[1].uppercased() : ""
        switch language {
        case "en":
            if region == "US" || region.isEmpty { return .enUS }
            if region == "GB" { return .enGB }
            return LocaleStyle(copying: .enGB, languageTag: "en-\(region)")
        case "de":
            return region == "DE" || region.isEmpty ? .deDE : LocaleStyle(copying: .deDE, languageTag: "de-\(region)")
        case "fr":
            return region == "FR" || region.isEmpty ? .frFR : LocaleStyle(copying: .frFR, languageTag: "fr-\(region)")
        default:
            return .enUS
        }
    }

    private init(languageTag: String, groupingSeparator: String, decimalSeparator: String, symbolFirst: Bool,
                 unitSpace: String, dateOrder: DateOrder, monthAbbreviations: [String],
                 compactSuffixes: (String, String, String)) {
        self.languageTag = languageTag; self.groupingSeparator = groupingSeparator
        self.decimalSeparator = decimalSeparator; self.symbolFirst = symbolFirst; self.unitSpace = unitSpace
        self.dateOrder = dateOrder; self.monthAbbreviations = monthAbbreviations; self.compactSuffixes = compactSuffixes
    }

    private init(copying other: LocaleStyle, languageTag: String) {
        // Only letters and digits reach the lang attribute.
        let safe = languageTag.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        self = LocaleStyle(languageTag: safe, groupingSeparator: other.groupingSeparator,
                           decimalSeparator: other.decimalSeparator, symbolFirst: other.symbolFirst,
                           unitSpace: other.unitSpace, dateOrder: other.dateOrder,
                           monthAbbreviations: other.monthAbbreviations, compactSuffixes: other.compactSuffixes)
    }
}

/// Currency symbols for the common codes; any other code is written as the code itself.
enum CurrencySymbol {
    static func symbol(for code: String) -> String {
        switch code.uppercased() {
        case "USD": "$"
        case "GBP": "£"
        case "EUR": "€"
        case "JPY": "¥"
        case "INR": "₹"
        case "CAD": "CA$"
        case "AUD": "A$"
        case "NZD": "NZ$"
        default: code.uppercased()
        }
    }

    /// True when the symbol is a sign (`$`, `£`) rather than letters (`CHF`), which need a space.
    static func isSign(_ symbol: String) -> Bool { !(symbol.last?.isLetter ?? false) }
}
