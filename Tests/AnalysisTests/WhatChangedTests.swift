import Portfolio
import Testing
@testable import Analysis

/// "What changed" between reporting dates, and report-to-report deltas, on a hand-built case.
@Suite struct WhatChangedTests {
    static let loc = SourceLocation(path: "x")
    static func d(_ s: String) -> Day { Day(iso: s)! }

    static func portfolio() -> Portfolio {
        let a = Project(id: "a", name: "A", phase: .active, start: d("2026-01-01"), finish: d("2026-12-31"), budget: 100_000, statusReports: [
            StatusReport(project: "a", date: d("2026-09-30"), overall: .rag(.green), forecastFinish: d("2026-12-31"), location: loc),
            StatusReport(project: "a", date: d("2026-10-31"), overall: .rag(.red), forecastFinish: d("2027-02-15"), location: loc),
        ], location: loc)
        let b = Project(id: "b", name: "B", phase: .active, start: d("2026-01-01"), finish: d("2026-12-31"), budget: 100_000, statusReports: [
            StatusReport(project: "b", date: d("2026-09-30"), overall: .rag(.amber), location: loc),
            StatusReport(project: "b", date: d("2026-10-31"), overall: .rag(.amberGreen), location: loc),
        ], location: loc)
        let c = Project(id: "c", name: "C", phase: .active, start: d("2026-01-01"), finish: d("2026-12-31"), budget: 100_000, statusReports: [
            StatusReport(project: "c", date: d("2026-09-30"), overall: .rag(.red), location: loc),
            StatusReport(project: "c", date: d("2026-10-31"), overall: .rag(.red), location: loc),
        ], location: loc)
        let changes = [
            ChangeRequest(id: "CR-1", project: "a", title: "t", status: .approved, submitted: d("2026-08-01"), decided: d("2026-09-15"), location: loc),
            ChangeRequest(id: "CR-2", project: "b", title: "t", status: .approved, submitted: d("2026-09-01"), decided: d("2026-10-10"), location: loc),
        ]
        return Portfolio(settings: Settings(asOf: d("2026-10-31")), info: PortfolioInfo(name: "P", location: loc),
                         projects: [a, b, c], changes: changes)
    }

    @Test func comparesThePortfolioAtTwoReportingDates() {
        let p = Self.portfolio()
        let w = WhatChanged(from: Figures(portfolio: p, at: Self.d("2026-09-30")), to: Figures(portfolio: p, at: Self.d("2026-10-31")))
        // a: green → red (worse, a new red); b: amber → amber-green (better); c: red → red (no move).
        #expect(w.ragMoves.map(\.project) == ["a", "b"])
        #expect(w.ragMoves.map(\.isWorse) == [true, false])
        #expect(w.newReds == ["a"])
        // a's forecast finish moved from 2026-12-31 to 2027-02-15: 46 days.
        #expect(w.slips.map(\.project) == ["a"])
        #expect(w.slips.first?.days == 46)
        // CR-2 was decided on 2026-10-10: approved now, submitted at 2026-09-30.
        #expect(w.newlyApproved.map(\.id) == ["CR-2"])
    }

    @Test func reportDeltaAgainstThePreviousReport() {
        let r1 = StatusReport(project: "p", date: Self.d("2026-09-30"), overall: .rag(.green), percentComplete: 40, actualCost: 400_000,
                              forecastFinish: Self.d("2027-01-31"), forecastCost: 1_000_000, location: Self.loc)
        let r2 = StatusReport(project: "p", date: Self.d("2026-10-31"), overall: .rag(.amber), percentComplete: 47.5, actualCost: 455_000,
                              forecastFinish: Self.d("2027-03-02"), forecastCost: 1_080_000, location: Self.loc)
        let delta = ReportDelta(r2, among: [r2, r1])
        #expect(delta.previous?.date == Self.d("2026-09-30"))
        #expect(delta.overallFrom == .rag(.green) && delta.overallTo == .rag(.amber))
        #expect(delta.percentComplete == 7.5)
        #expect(delta.actualCost == 55_000)
        #expect(delta.forecastFinishDays == 30)     // 31 Jan → 2 Mar 2027: 28 + 2
        #expect(delta.forecastCost == 80_000)
        #expect(ReportDelta(r1, among: [r1, r2]).previous == nil)
    }
}
