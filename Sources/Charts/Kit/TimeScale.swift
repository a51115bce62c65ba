/// Maps calendar days (ordinals since 1970-01-01) onto a coordinate range and proposes ticks on
/// day, week (Monday), month, quarter or year boundaries, chosen by the span. Pure.
public struct TimeScale: Sendable, Equatable {
    public let domainLow: Int
    public let domainHigh: Int
    public let rangeStart: Double
    public let rangeEnd: Double

    /// A one-day domain is widened by a day each side, so nothing divides by zero.
    public init(domain: (low: Int, high: Int), range: (start: Double, end: Double)) {
        var lo = min(domain.low, domain.high)
        var hi = max(domain.low, domain.high)
        if lo == hi { lo -= 1; hi += 1 }
        domainLow = lo
        domainHigh = hi
        rangeStart = range.start
        rangeEnd = range.end
    }

    public func map(_ day: Int) -> Double { map(Double(day)) }

    /// Fractional days are allowed (the middle of a day is `day + 0.5`).
    public func map(_ day: Double) -> Double {
        let span = Double(domainHigh - domainLow)
        return rangeStart + (day - Double(domainLow)) / span * (rangeEnd - rangeStart)
    }

    /// The unit of a tick interval.
    public enum Unit: String, Sendable { case day, week, month, quarter, year }

    public struct Tick: Sendable, Equatable {
        public let day: Int
        public let unit: Unit
        public let label: String
    }

    /// Intervals tried from finest to coarsest: the first giving at most `maxCount` ticks wins.
    static let intervals: [(unit: Unit, step: Int, approxDays: Double)] = [
        (.day, 1, 1), (.day, 2, 2), (.week, 1, 7), (.week, 2, 14),
        (.month, 1, 30.44), (.month, 2, 60.9), (.quarter, 1, 91.3), (.month, 6, 182.6),
        (.year, 1, 365.25), (.year, 2, 730.5), (.year, 5, 1826), (.year, 10, 3652), (.year, 25, 9131),
        (.year, 50, 18262), (.year, 100, 36525),
    ]

    /// Ticks inside the domain. Labels: `3 Mar` (days, weeks), `Mar` or `Jan 2027` (months; the
    /// first tick and each January carry the year), `Q1 2026`, `2026`.
    public func ticks(maxCount: Int = 8, monthNames: [String] = ChartFormat.monthAbbreviations) -> [Tick] {
        let span = Double(domainHigh - domainLow)
        let limit = max(2, maxCount)
        for interval in TimeScale.intervals where span / interval.approxDays <= Double(limit + 1) {
            let days = tickDays(unit: interval.unit, step: interval.step)
            if days.count <= limit { return label(days, unit: interval.unit, step: interval.step, monthNames: monthNames) }
        }
        let years = tickDays(unit: .year, step: 1000)
        return label(years, unit: .year, step: 1000, monthNames: monthNames)
    }

    func tickDays(unit: Unit, step: Int) -> [Int] {
        var out: [Int] = []
        switch unit {
        case .day:
            var d = domainLow
            while d <= domainHigh { if floorMod(d, step) == 0 || step == 1 { out.append(d) }; d += 1 }
        case .week:
            var d = domainLow + floorMod(7 - CalendarDay.weekday(domainLow), 7)
            var index = 0
            while d <= domainHigh { if index % step == 0 { out.append(d) }; index += 1; d += 7 }
        case .month, .quarter:
            let months = unit == .quarter ? 3 : step
            let c = CalendarDay.civil(domainLow)
            var y = c.year
            var m = c.month
            while floorMod(m - 1, months) != 0 { m += 1; if m > 12 { m = 1; y += 1 } }
            var d = CalendarDay.ordinal(year: y, month: m, day: 1)
            if d < domainLow { m += months; d = CalendarDay.ordinal(year: y, month: m, day: 1) }
            while d <= domainHigh {
                out.append(d)
                m += months
                d = CalendarDay.ordinal(year: y, month: m, day: 1)
            }
        case .year:
            var y = CalendarDay.civil(domainLow).year
            y += floorMod(step - floorMod(y, step), step)
            var d = CalendarDay.ordinal(year: y, month: 1, day: 1)
            if d < domainLow { y += step; d = CalendarDay.ordinal(year: y, month: 1, day: 1) }
            while d <= domainHigh {
                out.append(d)
                y += step
                d = CalendarDay.ordinal(year: y, month: 1, day: 1)
            }
        }
        return out
    }

    private func label(_ days: [Int], unit: Unit, step: Int, monthNames: [String]) -> [Tick] {
        var previousYear: Int? = nil
        return days.map { day in
            let c = CalendarDay.civil(day)
            let month = CalendarDay.monthName(c.month, monthNames)
            let newYear = previousYear != c.year
            previousYear = c.year
            let text: String
            switch unit {
            case .day, .week: text = "\(c.day) \(month)" + (newYear ? " \(c.year)" : "")
            case .month: text = newYear ? "\(month) \(c.year)" : month
            case .quarter: text = "Q\((c.month - 1) / 3 + 1) \(c.year)"
            case .year: text = String(c.year)
            }
            return Tick(day: day, unit: unit, label: text)
        }
    }

    private func floorMod(_ a: Int, _ b: Int) -> Int { let r = a % b; return r < 0 ? r + b : r }
}
