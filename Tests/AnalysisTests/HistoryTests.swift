import Portfolio
import Testing
@testable import Analysis

/// SPEC §4 "History": reporting dates are period ends from the earliest report to as_of, then as_of.
@Suite struct HistoryTests {
    let d = { (s: String) in Day(iso: s)! }

    @Test func monthEndsThenTheStatusDate() {
        let dates = History.reportingDates(from: d("2026-05-31"), to: d("2026-10-20"), period: .month, fiscalYearStart: 4)
        #expect(dates.map(\.iso) == ["2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-20"])
    }

    @Test func statusDateOnAMonthEndIsNotRepeated() {
        let dates = History.reportingDates(from: d("2026-09-15"), to: d("2026-10-31"), period: .month, fiscalYearStart: 1)
        #expect(dates.map(\.iso) == ["2026-09-30", "2026-10-31"])
    }

    @Test func fiscalQuartersAcrossTheYearEnd() {
        // fiscal_year_start 4: quarters end in June, September, December and March.
        let dates = History.reportingDates(from: d("2025-11-03"), to: d("2026-10-31"), period: .quarter, fiscalYearStart: 4)
        #expect(dates.map(\.iso) == ["2025-12-31", "2026-03-31", "2026-06-30", "2026-09-30", "2026-10-31"])
        // Calendar quarters, and a leap February inside the span.
        let leap = History.reportingDates(from: d("2028-01-10"), to: d("2028-07-01"), period: .quarter, fiscalYearStart: 1)
        #expect(leap.map(\.iso) == ["2028-03-31", "2028-06-30", "2028-07-01"])
        let feb = History.reportingDates(from: d("2028-02-01"), to: d("2028-03-15"), period: .month, fiscalYearStart: 1)
        #expect(feb.map(\.iso) == ["2028-02-29", "2028-03-15"])
    }

    @Test func pastFiguresUseTheInputsAtEachDate() {
        let loc = SourceLocation(path: "x")
        let reports = [StatusReport(project: "p", date: d("2026-01-31"), percentComplete: 10, actualCost: 5_000, location: loc),
                       StatusReport(project: "p", date: d("2026-02-28"), percentComplete: 25, actualCost: 30_000, location: loc)]
        let project = Project(id: "p", name: "P", phase: .active, start: d("2026-01-01"), finish: d("2026-12-31"), budget: 100_000,
                              statusReports: reports, location: loc)
        let portfolio = Portfolio(settings: Settings(asOf: d("2026-03-10")), info: PortfolioInfo(name: "P", location: loc), projects: [project])
        let history = History(portfolio: portfolio, asOf: d("2026-03-10"))
        #expect(history.dates.map(\.iso) == ["2026-01-31", "2026-02-28", "2026-03-10"])
        #expect(history.snapshots.map { $0.projects[0].earnedValue.ev } == [10_000, 25_000, 25_000])
        #expect(history.snapshots.map { $0.projects[0].earnedValue.ac } == [5_000, 30_000, 30_000])
        #expect(history.previous?.date == d("2026-02-28"))
    }
}
