/// Formats a number for a table cell or a label (money, FTE, ratios…): the caller's choice.
public typealias ValueFormat = @Sendable (Double) -> String
/// Formats a day (days since 1970-01-01) for a table cell or a label.
public typealias DayFormat = @Sendable (Int) -> String

/// Default formats. They know no currency and no locale: the site passes its own for money and dates.
public enum ChartFormat {
    /// `1234567.5` → `1,234,567.5` (at most `decimals` decimals).
    public static func number(decimals: Int = 2) -> ValueFormat {
        { SVGNumber.format($0, decimals: decimals, grouping: ",") }
    }

    /// Short axis labels: `1250000` → `1.25M`, `3400` → `3.4k`, `0.25` → `0.25`.
    public static let compact: ValueFormat = { value in
        let a = abs(value)
        if a >= 1e9 { return SVGNumber.format(value / 1e9) + "B" }
        if a >= 1e6 { return SVGNumber.format(value / 1e6) + "M" }
        if a >= 1e4 { return SVGNumber.format(value / 1e3, decimals: 1) + "k" }
        return SVGNumber.format(value, grouping: ",")
    }

    /// A ratio as a percentage: `0.853` → `85%` (`decimals` decimals).
    public static func percent(decimals: Int = 0) -> ValueFormat {
        { SVGNumber.format($0 * 100, decimals: decimals) + "%" }
    }

    /// ISO `YYYY-MM-DD`.
    public static let isoDay: DayFormat = { CalendarDay.iso($0) }

    /// English month abbreviations, used by time-axis tick labels unless the caller passes others.
    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `d MMM YYYY` with the given month names: `31 Mar 2026`.
    public static func dayMonthYear(monthNames: [String] = monthAbbreviations) -> DayFormat {
        { day in
            let c = CalendarDay.civil(day)
            return "\(c.day) \(CalendarDay.monthName(c.month, monthNames)) \(c.year)"
        }
    }
}
