import Analysis
import Portfolio
import Testing
@testable import Site

/// The dashboard's first-screen lists, on a hand-built portfolio at 2026-10-31.
@Suite struct DashboardTests {
    static let loc = SourceLocation(path: "x")
    static func d(_ s: String) -> Day { Day(iso: s)! }

    static func model() -> SiteModel {
        let late = Project(id: "late", name: "Late", phase: .active, start: d("2026-01-01"), finish: d("2026-12-31"), budget: 100_000,
                           milestones: [
                               Milestone(name: "Design", baseline: d("2026-03-31"), actual: d("2026-04-02")),      // achieved: neither list
                               Milestone(name: "Build", baseline: d("2026-09-30"), forecast: d("2026-10-20")),     // missed by 11 days
                               Milestone(name: "Test", baseline: d("2026-11-30"), deliverable: true),              // due in 30 days
                               Milestone(name: "Go-live", baseline: d("2027-03-01")),                              // beyond 90 days
                           ],
                           statusReports: [StatusReport(project: "late", date: d("2026-10-31"), overall: .rag(.red), schedule: .red,
                                                        cost: .amber, percentComplete: 40, actualCost: 60_000,
                                                        forecastFinish: d("2027-01-30"), location: loc)],
                           location: loc)
        let stopped = Project(id: "stopped", name: "Stopped", phase: .cancelled, start: d("2026-01-01"), finish: d("2026-06-30"),
                              statusReports: [StatusReport(project: "stopped", date: d("2026-05-31"), overall: .rag(.red), location: loc)],
                              location: loc)
        let portfolio = Portfolio(settings: Settings(asOf: d("2026-10-31")), info: PortfolioInfo(name: "P", location: loc),
                                  projects: [late, stopped])
        let figures = Figures(portfolio: portfolio, at: d("2026-10-31"))
        return SiteModel(portfolio: portfolio, figures: figures, history: History(portfolio: portfolio, asOf: d("2026-10-31")))
    }

    @Test func milestonesDueWithinNinetyDaysAndMissed() {
        let m = Self.model().milestones(from: Linker(baseURL: "", from: .dashboard))
        #expect(m.missed.map(\.name) == ["Build"])
        #expect(m.missed.first?.when == "11 days late")      // forecast 20 Oct, status date 31 Oct
        #expect(m.due.map(\.name) == ["Test"])
        #expect(m.due.first?.when == "in 30 days")           // 31 Oct → 30 Nov
    }

    @Test func redProjectsWithTheirReasonLeavingOutCancelledOnes() {
        let model = Self.model()
        let rows = model.attentionRows(from: Linker(baseURL: "", from: .dashboard))
        #expect(rows.map(\.link.text) == ["Late"])
        // PV at 31 Oct: 100 000 × 303/364 = 83 241.76; EV = 40 000 → SPI 0.48. CPI = 40 000/60 000 = 0.67.
        // Slip: forecast 30 Jan 2027 − baseline 31 Dec 2026 = 30 days.
        #expect(rows.first?.reason == "reported red on schedule; SPI 0.48; CPI 0.67; 30 days late; forecast $150K against a budget of $100K (+50%)")
        let matrix = model.ragMatrix(from: Linker(baseURL: "", from: .dashboard))
        #expect(matrix.map(\.link.text) == ["Late"])
        #expect(matrix.first?.schedule.key == "red" && matrix.first?.cost.key == "amber" && matrix.first?.scope.key == "not-reported")
    }
}
