import Portfolio
import Testing
@testable import Analysis

/// The planned-value curve from `financials.csv` (SPEC §3.1), built in one pass with running
/// sums since issue #10 (a sum over the whole file per month was quadratic). Worked by hand.
@Suite struct PlannedValueCurveTests {
    static let start = Day(iso: "2026-01-01")!
    // Out of order on purpose; a month before the start; a month with no planned amount.
    static let rows = [
        FinancialMonth(month: Month(iso: "2026-04")!, planned: 20),
        FinancialMonth(month: Month(iso: "2025-11")!, planned: 5),
        FinancialMonth(month: Month(iso: "2026-02")!, planned: 10),
        FinancialMonth(month: Month(iso: "2026-01")!, planned: nil, actual: 3),
    ]

    static var curve: PlannedValueCurve? {
        let project = Project(id: "p", name: "P", phase: .active, start: start, finish: Day(iso: "2026-12-31")!, budget: 1000,
                              financials: Financials(rows: rows, hasPlanned: true, location: SourceLocation(path: "p")),
                              location: SourceLocation(path: "p"))
        return PlannedValueCurve(project: project, bac: 1000, baselineFinish: project.finish)
    }

    @Test func plannedValueIsTheSumOfPlannedUpToTheMonth() throws {
        let curve = try #require(Self.curve)
        #expect(curve.plannedValue(at: Day(iso: "2025-10-15")!) == 0)    // before every month
        #expect(curve.plannedValue(at: Day(iso: "2025-12-31")!) == 5)    // 2025-11
        #expect(curve.plannedValue(at: Day(iso: "2026-01-20")!) == 5)    // 2026-01 plans nothing
        #expect(curve.plannedValue(at: Day(iso: "2026-03-31")!) == 15)   // 5 + 10; no row for March
        #expect(curve.plannedValue(at: Day(iso: "2030-06-01")!) == 35)   // 5 + 10 + 20
    }

    @Test func pointsAreTheMonthEndsFromTheStart() throws {
        let curve = try #require(Self.curve)
        // Day offsets from 2026-01-01 to 31 Jan (30), 28 Feb (58), 30 Apr (119); values cumulative.
        #expect(curve.points.map(\.day) == [0, 30, 58, 119])
        #expect(curve.points.map(\.value) == [0, 5, 15, 35])
        // EV 10 lies between (30, 5) and (58, 15): 30 + (10 − 5) / 10 × 28 = 44 days.
        #expect(curve.earnedSchedule(for: 10) == 44)
    }
}
