/// A calendar day in the proleptic Gregorian calendar, stored as days since 1970-01-01.
///
/// pmo never reads the clock and never uses a time zone: every date in the content is a
/// calendar day, and every duration is a whole number of calendar days.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// A day from its year, month (1–12) and day of month, or nil when no such day exists
    /// (2026-02-30, 2026-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(year: year, month: month) else { return nil }
        self.ordinal = Day.daysFromCivil(year: year, month: month, day: day)
    }

    /// Parses the ISO form `YYYY-MM-DD`; nil for any other form or an impossible date.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Day.digits(bytes[0..<4]), let m = Day.digits(bytes[5..<7]), let d = Day.digits(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) { Day.civilFromDays(ordinal) }
    public var year: Int { components.year }
    public var monthNumber: Int { components.month }
    public var dayOfMonth: Int { components.day }
    public var month: Month { let c = components; return Month(year: c.year, month: c.month)! }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        guard (0...9999).contains(c.year) else { return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2) }
        // Ten ASCII bytes written in place: an inline string, no allocation (three padded
        // pieces joined were a few hundred instructions a date).
        return String(unsafeUninitializedCapacity: 10) { b in
            func two(_ v: Int, at i: Int) { b[i] = UInt8(48 + v / 10); b[i + 1] = UInt8(48 + v % 10) }
            two(c.year / 100, at: 0); two(c.year % 100, at: 2); b[4] = 0x2D
            two(c.month, at: 5); b[7] = 0x2D
            two(c.day, at: 8)
            return 10
        }
    }
    public var description: String { iso }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }
    /// Calendar days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
    public static func + (a: Day, days: Int) -> Day { a.adding(days: days) }
    public static func - (a: Day, b: Day) -> Int { a.ordinal - b.ordinal }

    // MARK: - Calendar arithmetic (Howard Hinnant's days_from_civil / civil_from_days)

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func digits(_ s: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for b in s {
            guard b >= 48, b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
