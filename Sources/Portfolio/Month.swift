/// A calendar month, `YYYY-MM`, stored as `year × 12 + (month − 1)`.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible, Strideable {
    public let index: Int

    public init(index: Int) { self.index = index }

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        index = year * 12 + month - 1
    }

    /// Parses `YYYY-MM`; nil for any other form or a month outside 1–12.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let y = Day.digits(bytes[0..<4]), let m = Day.digits(bytes[5..<7]) else { return nil }
        self.init(year: y, month: m)
    }

    public var year: Int { index / 12 }
    public var monthNumber: Int { index % 12 + 1 }
    public var firstDay: Day { Day(year: year, month: monthNumber, day: 1)! }
    public var lastDay: Day { Day(year: year, month: monthNumber, day: Day.daysIn(year: year, month: monthNumber))! }
    public var iso: String { Day.pad(year, 4) + "-" + Day.pad(monthNumber, 2) }
    public var description: String { iso }

    public static func < (a: Month, b: Month) -> Bool { a.index < b.index }
    public func distance(to other: Month) -> Int { other.index - index }
    public func advanced(by n: Int) -> Month { Month(index: index + n) }
}

/// An inclusive range of months, as in a horizon or a demand entry.
public struct MonthRange: Hashable, Sendable {
    public let from: Month
    public let to: Month
    public init(from: Month, to: Month) { self.from = from; self.to = to }
    public var months: [Month] { from <= to ? Array(from...to) : [] }
    public func contains(_ m: Month) -> Bool { from <= m && m <= to }
}
