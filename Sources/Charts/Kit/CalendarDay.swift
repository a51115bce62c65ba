/// Proleptic Gregorian arithmetic on day ordinals (days since 1970-01-01; negative before).
/// No Foundation, no time zone: a day is a calendar day.
public enum CalendarDay {
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The ordinal of a civil date (Howard Hinnant's `days_from_civil`). Months outside 1–12 roll over years.
    public static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let m0 = month - 1
        let yearCarry = m0 >= 0 ? m0 / 12 : (m0 - 11) / 12
        let y0 = year + yearCarry
        let m = m0 - yearCarry * 12 + 1
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The civil date of an ordinal (`civil_from_days`).
    public static func civil(_ ordinal: Int) -> (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Day of the week, Monday 0 … Sunday 6 (1970-01-01 was a Thursday, 3).
    public static func weekday(_ ordinal: Int) -> Int {
        let r = (ordinal + 3) % 7
        return r < 0 ? r + 7 : r
    }

    /// `YYYY-MM-DD`.
    public static func iso(_ ordinal: Int) -> String {
        let c = civil(ordinal)
        return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }

    static func monthName(_ month: Int, _ names: [String]) -> String {
        names.count == 12 ? names[month - 1] : pad(month, 2)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n.magnitude)
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

/// A calendar month, for charts whose columns are months (capacity heatmap, demand areas).
public struct ChartMonth: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int

    /// `month` outside 1–12 rolls over years (`ChartMonth(year: 2026, month: 13)` is January 2027).
    public init(year: Int, month: Int) {
        let first = CalendarDay.civil(CalendarDay.ordinal(year: year, month: month, day: 1))
        self.year = first.year
        self.month = first.month
    }

    /// The month holding a day.
    public init(day: Int) { let c = CalendarDay.civil(day); year = c.year; month = c.month }

    /// The ordinal of its first day.
    public var firstDay: Int { CalendarDay.ordinal(year: year, month: month, day: 1) }
    public var next: ChartMonth { ChartMonth(year: year, month: month + 1) }
    /// `YYYY-MM`.
    public var iso: String { CalendarDay.pad(year, 4) + "-" + CalendarDay.pad(month, 2) }

    /// `Mar 2026` (or with the given month names).
    public func label(monthNames: [String] = ChartFormat.monthAbbreviations) -> String {
        CalendarDay.monthName(month, monthNames) + " " + String(year)
    }

    public static func < (a: ChartMonth, b: ChartMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
