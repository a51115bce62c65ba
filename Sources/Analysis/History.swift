import Portfolio

/// The reporting dates of SPEC §4 "History": the ends of the reporting periods (month or
/// quarter) from the earliest status report to the status date, with the status date
/// itself last; and the whole portfolio computed at each, so trends use the same rules as
/// today's figures.
public struct History: Sendable {
    /// Oldest first; the last is the status date.
    public let dates: [Day]
    /// `Figures` at each date, in the same order.
    public let snapshots: [Figures]

    /// The history up to and including the reporting date at `index`: what a dashboard
    /// archived at that date knew.
    public func upTo(_ index: Int) -> History {
        History(dates: Array(dates.prefix(index + 1)), snapshots: Array(snapshots.prefix(index + 1)))
    }

    init(dates: [Day], snapshots: [Figures]) {
        self.dates = dates
        self.snapshots = snapshots
    }

    /// Computes the snapshot of every reporting date, `threads` dates at once (the same values
    /// whatever the number).
    public init(portfolio: Portfolio, asOf: Day, threads: Int = 1) {
        let earliest = portfolio.projects.flatMap { $0.statusReports.map(\.date) }.filter { $0 <= asOf }.min()
        let dates = History.reportingDates(from: earliest ?? asOf, to: asOf, period: portfolio.settings.reportingPeriod,
                                           fiscalYearStart: portfolio.settings.fiscalYearStart)
        self.dates = dates
        snapshots = ParallelMap.map(Array(dates.indices), threads: threads) { Figures(portfolio: portfolio, at: dates[$0], office: false) }
    }

    /// The figures at the reporting date before the status date: the *previous report*.
    public var previous: Figures? { snapshots.count >= 2 ? snapshots[snapshots.count - 2] : nil }

    /// Period ends on or after `from` and before `to`, then `to`. Quarters follow the fiscal
    /// year: with `fiscal_year_start: 4` they end in June, September, December and March.
    public static func reportingDates(from: Day, to: Day, period: ReportingPeriod, fiscalYearStart: Int) -> [Day] {
        guard from <= to else { return [to] }
        var dates: [Day] = []
        var month = from.month
        while month.lastDay < to {
            let isPeriodEnd = period == .month || (month.monthNumber - fiscalYearStart + 12) % 3 == 2
            if isPeriodEnd && month.lastDay >= from { dates.append(month.lastDay) }
            month = month.advanced(by: 1)
        }
        dates.append(to)
        return dates
    }
}
