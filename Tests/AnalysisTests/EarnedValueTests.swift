import Portfolio
import Testing
@testable import Analysis

/// Worked examples for SPEC §3.1–3.2. Each expected value is computed by hand in the comment.
@Suite struct EarnedValueTests {
    static let start = Day(iso: "2026-01-01")!
    /// 200 days after start; with as_of 100 days after start the linear PV is half of BAC.
    static let finish = start + 200
    static let asOf = start + 100

    static func project(budget: Money? = 100_000, percent: Double? = 40, actual: Money? = 45_000, phase: Phase = .active,
                        forecastCost: Money? = nil, forecastFinish: Day? = nil, reports: [StatusReport] = [],
                        financials: Financials? = nil, start: Day = start, finish: Day = finish) -> Project {
        Project(id: "p", name: "P", phase: phase, start: start, finish: finish, budget: budget, percentComplete: percent,
                actualCost: actual, forecastFinish: forecastFinish, forecastCost: forecastCost, statusReports: reports,
                financials: financials, location: SourceLocation(path: "content/projects/p/index.md"))
    }

    static func figures(_ p: Project, at date: Day = asOf, changes: [ChangeRequest] = []) -> ProjectFigures {
        ProjectFigures(project: p, changes: ChangeLog(changes, at: date), settings: Settings(), at: date)
    }

    /// The PMBOK-style textbook example: BAC 100 000, PV 50 000, EV 40 000, AC 45 000.
    @Test func textbookExample() throws {
        let f = Self.figures(Self.project()).earnedValue
        #expect(f.bac == 100_000)
        #expect(f.pv == 50_000)                       // 100 000 × 100/200
        #expect(f.ev == 40_000)                       // 40 % × 100 000
        #expect(f.ac == 45_000)
        #expect(f.cv == -5_000)                       // 40 000 − 45 000
        #expect(f.sv == -10_000)                      // 40 000 − 50 000
        #expect(abs(try #require(f.cpi) - 0.888_888_9) < 1e-6)   // 40 000 / 45 000
        #expect(try #require(f.spi) == 0.8)           // 40 000 / 50 000
        #expect(abs(try #require(f.eacCPI).amount - 112_500) < 1e-6)      // 100 000 / 0.8889
        #expect(abs(try #require(f.eacCPISPI).amount - 129_375) < 1e-6)   // 45 000 + 60 000 / (0.8889 × 0.8)
        #expect(abs(try #require(f.eac).amount - 112_500) < 1e-6)         // no forecast: EAC_cpi
        #expect(abs(try #require(f.etc).amount - 67_500) < 1e-6)          // 112 500 − 45 000
        #expect(abs(try #require(f.vac).amount + 12_500) < 1e-6)          // 100 000 − 112 500
        #expect(abs(try #require(f.tcpi) - 60_000.0 / 55_000) < 1e-12)   // (100 000 − 40 000)/(100 000 − 45 000) = 1.0909
        #expect(f.esDays == 80)                       // the linear curve reaches 40 000 on day 80 of 200
        #expect(f.spiT == 0.8)                        // 80 / 100
        #expect(f.forecastFinish == Self.finish)
        #expect(f.slipDays == 0)
    }

    @Test func computedRAGFromThresholds() {
        let rag = Self.figures(Self.project()).rag
        // SPI 0.8 < 0.90 → red; slip 0 → green; worse is red.
        #expect(rag.computedSchedule == .red)
        // CPI 0.8889 < 0.90 → red; overrun 12 500/100 000 = 0.125 > 0.10 → red.
        #expect(rag.computedCost == .red)
        #expect(rag.computedOverall == .red)
        #expect(rag.reportedOverall == nil)
        #expect(rag.overall == .rag(.red))
        #expect(!rag.watermelon)   // nothing reported
    }

    @Test func actualCostZeroAndPlannedValueZeroGiveNullIndices() {
        // Status date = start: PV 0, AT 0.
        let f = Self.figures(Self.project(percent: 0, actual: 0), at: Self.start).earnedValue
        #expect(f.pv == 0)
        #expect(f.cpi == nil)        // AC = 0
        #expect(f.spi == nil)        // PV = 0
        #expect(f.eacCPI == nil)
        #expect(f.eacCPISPI == nil)
        #expect(f.eac == 100_000)    // no forecast, no CPI: BAC
        #expect(f.esDays == 0)       // EV 0 is reached at start
        #expect(f.spiT == nil)       // AT = 0
    }

    @Test func beforeStartAndAfterFinish() {
        let before = Self.figures(Self.project(percent: 0, actual: 0), at: Self.start + (-10)).earnedValue
        #expect(before.pv == 0)
        #expect(before.esDays == nil)   // not started
        let after = Self.figures(Self.project(percent: 90, actual: 95_000), at: Self.finish + 50).earnedValue
        #expect(after.pv == 100_000)    // clamped at 1
        // EV 90 000 reached on day 180 of the 200-day curve; AT = 250 days.
        #expect(after.esDays == 180)
        #expect(after.spiT == 180.0 / 250)
    }

    @Test func hundredPercentCompleteAndEVAboveTheCurve() {
        let done = Self.figures(Self.project(percent: 100, actual: 100_000)).earnedValue
        #expect(done.ev == 100_000)
        #expect(done.tcpi == nil)       // BAC = AC
        #expect(done.esDays == 200)     // the curve reaches BAC on its last day
    }

    @Test func inputPrecedenceReportThenFinancialsThenFrontMatter() {
        let loc = SourceLocation(path: "x")
        let financials = Financials(rows: [
            FinancialMonth(month: Month(iso: "2026-01")!, planned: 10_000, actual: 12_000, forecast: nil),
            FinancialMonth(month: Month(iso: "2026-02")!, planned: 20_000, actual: 18_000, forecast: nil),
            FinancialMonth(month: Month(iso: "2026-05")!, planned: 30_000, actual: nil, forecast: 35_000),
        ], hasPlanned: true, hasForecast: true, location: loc)
        let reports = [
            StatusReport(project: "p", date: Day(iso: "2026-03-31")!, percentComplete: 30, location: loc),
            // After the status date: ignored.
            StatusReport(project: "p", date: Day(iso: "2026-05-31")!, percentComplete: 99, actualCost: 1, location: loc),
        ]
        let p = Self.project(forecastCost: 999_999, forecastFinish: Day(iso: "2026-08-01")!, reports: reports, financials: financials)
        let inputs = ProjectInputs(project: p, at: Self.asOf)   // 2026-04-11
        #expect(inputs.percentComplete == 30)                  // status report
        #expect(inputs.percentCompleteSource == .statusReport)
        #expect(inputs.actualCost == 30_000)                   // financials: 12 000 + 18 000 (months ≤ 2026-04)
        #expect(inputs.actualCostSource == .financials)
        #expect(inputs.forecastCost == 65_000)                 // 30 000 + 35 000 (2026-05 forecast)
        #expect(inputs.forecastCostSource == .financials)
        #expect(inputs.forecastFinish == Day(iso: "2026-08-01")) // front matter
        // PV from the planned column: 10 000 + 20 000 (months ≤ April).
        #expect(Self.figures(p).earnedValue.pv == 30_000)
    }

    @Test func earnedScheduleOnTheFinancialsCurve() throws {
        // Planned 10 000 in Jan, 20 000 in Feb: points (day 0, 0), (day 30 = 31 Jan, 10 000),
        // (day 58 = 28 Feb, 30 000). EV = 20 % × 100 000 = 20 000 lies halfway between the
        // last two points: ES = 30 + 0.5 × 28 = 44 days.
        let loc = SourceLocation(path: "x")
        let financials = Financials(rows: [
            FinancialMonth(month: Month(iso: "2026-01")!, planned: 10_000, actual: 10_000),
            FinancialMonth(month: Month(iso: "2026-02")!, planned: 20_000, actual: 5_000),
        ], hasPlanned: true, hasForecast: false, location: loc)
        let f = Self.figures(Self.project(percent: 20, actual: nil, financials: financials), at: Day(iso: "2026-03-15")!)
        #expect(f.earnedValue.esDays == 44)
        #expect(f.earnedValue.ac == 15_000)
        #expect(f.earnedValue.pv == 30_000)
        #expect(try #require(f.earnedValue.spiT) == 44.0 / 73)   // AT = 73 days (1 Jan → 15 Mar)
    }

    @Test func approvedChangesMoveTheBaselineSubmittedArePending() {
        let loc = SourceLocation(path: "x")
        let changes = [
            ChangeRequest(id: "CR-1", project: "p", title: "a", status: .approved, submitted: Self.start, decided: Self.start + 5,
                          cost: 20_000, scheduleDays: 10, location: loc),
            ChangeRequest(id: "CR-2", project: "p", title: "b", status: .submitted, submitted: Self.start + 50,
                          cost: 7_000, scheduleDays: 3, location: loc),
            ChangeRequest(id: "CR-3", project: "p", title: "c", status: .rejected, submitted: Self.start, decided: Self.start + 9,
                          cost: 50_000, scheduleDays: 30, location: loc),
            // Approved after the status date: still pending at as_of.
            ChangeRequest(id: "CR-4", project: "p", title: "d", status: .approved, submitted: Self.start + 90, decided: Self.asOf + 1,
                          cost: 1_000, scheduleDays: 1, location: loc),
            // Submitted after the status date: left out.
            ChangeRequest(id: "CR-5", project: "p", title: "e", status: .submitted, submitted: Self.asOf + 1,
                          cost: 500, scheduleDays: 0, location: loc),
        ]
        let f = Self.figures(Self.project(), changes: changes)
        #expect(f.earnedValue.bac == 120_000)                 // 100 000 + 20 000
        #expect(f.earnedValue.baselineFinish == Self.finish + 10)
        #expect(f.pendingChangeCost == 8_000)                 // CR-2 + CR-4
        #expect(f.pendingChangeDays == 4)
        #expect(ChangeLog(changes, at: Self.asOf).entries.map(\.change.id) == ["CR-1", "CR-2", "CR-3", "CR-4"])
    }

    @Test func watermelonWhenReportedIsBetterThanComputed() {
        let loc = SourceLocation(path: "x")
        let green = StatusReport(project: "p", date: Self.asOf, overall: .rag(.green), location: loc)
        let rag = Self.figures(Self.project(reports: [green])).rag
        #expect(rag.reportedOverall == .rag(.green))
        #expect(rag.computedOverall == .red)
        #expect(rag.overall == .rag(.green))   // shown = reported
        #expect(rag.watermelon)
        // amber-red over red is better: a watermelon too; red over red is not.
        let amberRed = StatusReport(project: "p", date: Self.asOf, overall: .rag(.amberRed), location: loc)
        #expect(Self.figures(Self.project(reports: [amberRed])).rag.watermelon)
        let red = StatusReport(project: "p", date: Self.asOf, overall: .rag(.red), location: loc)
        #expect(!Self.figures(Self.project(reports: [red])).rag.watermelon)
        // Withheld is words, never a colour: no watermelon.
        let withheld = StatusReport(project: "p", date: Self.asOf, overall: .withheld(note: "FOI s.26"), location: loc)
        #expect(!Self.figures(Self.project(reports: [withheld])).rag.watermelon)
    }

    @Test func projectWithoutBudgetHasNullFigures() {
        let f = Self.figures(Self.project(budget: nil)).earnedValue
        #expect(f.bac == nil && f.pv == nil && f.ev == nil && f.cpi == nil && f.eac == nil && f.esDays == nil)
        #expect(f.ac == 45_000)
    }
}
