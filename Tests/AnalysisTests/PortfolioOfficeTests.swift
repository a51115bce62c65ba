import Portfolio
import Testing
@testable import Analysis

/// Hand-worked cases for SPEC §3.7 (capacity, demand, utilisation, the feasibility plan) and
/// §3.8 (strategic value, priority, selection, frontier).
@Suite struct PortfolioOfficeTests {
    static let loc = SourceLocation(path: "x")
    static let asOf = Day(iso: "2026-03-15")!

    static func m(_ iso: String) -> Month { Month(iso: iso)! }

    static func project(_ id: String, _ phase: Phase, start: String, finish: String, budget: Money? = 100,
                        scores: [String: Double] = [:], demand: [DemandEntry]) -> Project {
        Project(id: id, name: id, phase: phase, start: Day(iso: start)!, finish: Day(iso: finish)!, budget: budget,
                scores: scores, demand: demand, location: loc)
    }

    static func office(_ projects: [Project], capacity: [CapacityEntry], changes: [ChangeRequest] = [],
                       objectives: [Objective] = [], funding: Money? = nil,
                       horizon: MonthRange = MonthRange(from: m("2026-01"), to: m("2026-12"))) throws -> PortfolioOffice {
        let info = PortfolioInfo(name: "P", objectives: objectives, funding: funding, horizon: horizon, capacity: capacity, location: loc)
        let figures = Figures(portfolio: Portfolio(settings: Settings(asOf: asOf), info: info, projects: projects, changes: changes), at: asOf)
        return try #require(figures.office)
    }

    // MARK: - §3.7 Capacity and demand

    @Test func demandCapacityAndUtilisation() throws {
        let office = try Self.office([
            // a: active, developer 2 FTE Feb–Apr (explicit) and analyst 1 FTE start..finish (Jan–Jun).
            Self.project("a", .active, start: "2026-01-05", finish: "2026-06-30", demand: [
                DemandEntry(role: "developer", fte: 2, from: Self.m("2026-02"), to: Self.m("2026-04")),
                DemandEntry(role: "analyst", fte: 1)]),
            // b: approved, developer 1.5 FTE Mar–May.
            Self.project("b", .approved, start: "2026-03-01", finish: "2026-05-31", demand: [DemandEntry(role: "developer", fte: 1.5)]),
            // c: proposed: pipeline only.
            Self.project("c", .proposed, start: "2026-04-01", finish: "2026-04-30", demand: [DemandEntry(role: "developer", fte: 4)]),
            // d: on hold: not in demand.
            Self.project("d", .onHold, start: "2026-01-01", finish: "2026-12-31", demand: [DemandEntry(role: "developer", fte: 9)]),
            // e: approved, tester 1 FTE in March: a role with no capacity.
            Self.project("e", .approved, start: "2026-03-01", finish: "2026-03-31", demand: [DemandEntry(role: "tester", fte: 1)]),
        ], capacity: [
            // Developer: 2 all year plus 1 Mar–Apr → 3 in Mar and Apr.
            CapacityEntry(role: "developer", fte: 2), CapacityEntry(role: "developer", fte: 1, from: Self.m("2026-03"), to: Self.m("2026-04")),
            CapacityEntry(role: "analyst", fte: 1),
        ])
        let plan = try #require(office.capacity)
        #expect(plan.roles == ["analyst", "developer", "tester"])
        #expect(plan.months.count == 12)
        let mar = try #require(plan.cell(role: "developer", month: Self.m("2026-03")))
        // Demand in March: a 2 + b 1.5 = 3.5 against 2 + 1 = 3 → 116.67 %.
        #expect(mar.capacity == 3)
        #expect(mar.demand == 3.5)
        #expect(mar.pipeline == 0)
        #expect(abs(mar.utilisation! - 3.5 / 3) < 1e-12)
        let apr = try #require(plan.cell(role: "developer", month: Self.m("2026-04")))
        #expect(apr.demand == 3.5)   // a 2 + b 1.5
        #expect(apr.pipeline == 4)   // c, apart
        let feb = try #require(plan.cell(role: "developer", month: Self.m("2026-02")))
        #expect(feb.utilisation == 1)  // a 2 / 2: full, not over
        let tester = try #require(plan.cell(role: "tester", month: Self.m("2026-03")))
        #expect(tester.capacity == 0)
        #expect(tester.utilisation == nil)
        #expect(plan.rolesWithoutCapacity == ["tester"])
        // Over-allocations: developer Mar (0.5), Apr (0.5), May (b 1.5 vs 2: no); tester Mar (1 vs 0).
        #expect(plan.overallocations.map { "\($0.role) \($0.month.iso) \($0.shortfall)" } ==
                ["developer 2026-03 0.5", "developer 2026-04 0.5", "tester 2026-03 1.0"])
        #expect(plan.overallocations[0].projects.map(\.project) == ["a", "b"])
    }

    @Test func approvedChangeDemandAndBaselineFinishExtendTheProfile() throws {
        // Finish 2026-04-20 + 20 days (approved change) = 2026-05-10: an entry without `to` now
        // runs to May; the change adds 1 FTE in June.
        let change = ChangeRequest(id: "CR-1", project: "a", title: "t", status: .approved, submitted: Day(iso: "2026-02-01"),
                                   decided: Day(iso: "2026-02-10"), scheduleDays: 20,
                                   demand: [DemandEntry(role: "developer", fte: 1, from: Self.m("2026-06"), to: Self.m("2026-06"))],
                                   location: Self.loc)
        let office = try Self.office([
            Self.project("a", .active, start: "2026-02-01", finish: "2026-04-20", demand: [DemandEntry(role: "developer", fte: 1)]),
        ], capacity: [CapacityEntry(role: "developer", fte: 5)], changes: [change])
        let plan = try #require(office.capacity)
        #expect(plan.cell(role: "developer", month: Self.m("2026-05"))?.demand == 1)
        #expect(plan.cell(role: "developer", month: Self.m("2026-06"))?.demand == 1)
        #expect(plan.cell(role: "developer", month: Self.m("2026-07"))?.demand == 0)
        #expect(office.profiles["a"]?.end == Self.m("2026-05"))
    }

    @Test func demandAfterTheHorizonIsReported() throws {
        let office = try Self.office([
            Self.project("a", .approved, start: "2026-11-01", finish: "2027-02-28", demand: [DemandEntry(role: "developer", fte: 1)]),
        ], capacity: [CapacityEntry(role: "developer", fte: 5)])
        let outside = try #require(office.capacity?.outsideHorizon.first)
        #expect(outside.project == "a")
        #expect(outside.months.map(\.iso) == ["2027-01", "2027-02"])
    }

    // MARK: - §3.7 Feasibility plan

    @Test func feasibilityPlacesInPriorityOrderAndShifts() throws {
        // Developer capacity 4 all year. Active x uses 2 in Jan–Jun.
        // Priority: p (value 100) before q (value 50) — scores 5 and 2.5 on one objective.
        // p: planned Mar (as_of month), 2 FTE for 3 months (Mar–May): 2 + 2 ≤ 4 → placed Mar, delay 0.
        // q: planned Mar, 1 FTE Mar–Apr: Mar 2 + 2 + 1 > 4 … May also full (x 2 + p 2);
        //    June: x 2 + 1 ≤ 4 → feasible June, delay 3.
        let office = try Self.office([
            Self.project("x", .active, start: "2026-01-01", finish: "2026-06-30", demand: [DemandEntry(role: "developer", fte: 2)]),
            Self.project("p", .approved, start: "2026-03-02", finish: "2026-05-29", scores: ["g": 5], demand: [DemandEntry(role: "developer", fte: 2)]),
            Self.project("q", .proposed, start: "2026-03-02", finish: "2026-04-30", scores: ["g": 2.5], demand: [DemandEntry(role: "developer", fte: 1)]),
            Self.project("z", .closed, start: "2026-01-01", finish: "2026-02-28", demand: [DemandEntry(role: "developer", fte: 4)]),
        ], capacity: [CapacityEntry(role: "developer", fte: 4)], objectives: [Objective(id: "g", name: "G", weight: 1)])
        let plan = try #require(office.feasibility)
        let x = try #require(plan.entry("x"))
        #expect(x.fixed && x.feasibleStart == Self.m("2026-01") && x.delayMonths == 0)
        #expect(plan.entry("p")?.feasibleStart == Self.m("2026-03"))
        #expect(plan.entry("p")?.delayMonths == 0)
        #expect(plan.entry("q")?.feasibleStart == Self.m("2026-06"))
        #expect(plan.entry("q")?.delayMonths == 3)
        #expect(plan.entry("z") == nil)  // closed: outside the plan
    }

    @Test func plannedStartBeforeTheStatusMonthStartsNoEarlierThanIt() throws {
        // Approved, planned for January but not started by 15 March: earliest is March, delay 2.
        let office = try Self.office([
            Self.project("p", .approved, start: "2026-01-05", finish: "2026-02-27", demand: [DemandEntry(role: "developer", fte: 1)]),
        ], capacity: [CapacityEntry(role: "developer", fte: 1)])
        #expect(office.feasibility?.entry("p")?.feasibleStart == Self.m("2026-03"))
        #expect(office.feasibility?.entry("p")?.delayMonths == 2)
    }

    @Test func highPriorityProjectPushesALowerOnePastTheHorizon() throws {
        // Horizon Jan–Dec 2026, developer capacity 3, as_of March.
        // hi (value 100): developer 2 FTE, Mar–Oct (8 months) → placed in March.
        // lo (value 20): developer 2 FTE, planned Apr–Jul (4 months). With hi in place only 1 FTE is
        //   free until October; the earliest fit is November, which would end in February 2027,
        //   after the horizon: lo is infeasible. Its blocker is checked at its planned start, April:
        //   the first role by name that fails there is `analyst` (1 FTE needed, capacity 0.5),
        //   before `developer` (2 + 2 > 3 in April).
        let office = try Self.office([
            Self.project("hi", .approved, start: "2026-03-02", finish: "2026-10-30", scores: ["g": 5], demand: [DemandEntry(role: "developer", fte: 2)]),
            Self.project("lo", .proposed, start: "2026-04-01", finish: "2026-07-31", scores: ["g": 1], demand: [
                DemandEntry(role: "developer", fte: 2), DemandEntry(role: "analyst", fte: 1, from: Self.m("2026-04"), to: Self.m("2026-04"))]),
        ], capacity: [CapacityEntry(role: "developer", fte: 3), CapacityEntry(role: "analyst", fte: 1, from: Self.m("2026-05"), to: Self.m("2026-12")),
                      CapacityEntry(role: "analyst", fte: 0.5, from: Self.m("2026-04"), to: Self.m("2026-04"))],
           objectives: [Objective(id: "g", name: "G", weight: 1)])
        let plan = try #require(office.feasibility)
        #expect(plan.entry("hi")?.feasibleStart == Self.m("2026-03"))
        let lo = try #require(plan.entry("lo"))
        #expect(!lo.feasible)
        #expect(lo.feasibleStart == nil)
        #expect(lo.delayMonths == nil)
        #expect(lo.blocker == .capacity(role: "analyst", month: Self.m("2026-04"), capacity: 0.5, used: 0, demand: 1))

        // Without hi, lo fits at its planned start (developer 2 ≤ 3, analyst... 1 > 0.5 in April: no;
        // May: analyst capacity 1 → lo starts in May, ends August, within the horizon: delay 1).
        let alone = try Self.office([
            Self.project("lo", .proposed, start: "2026-04-01", finish: "2026-07-31", scores: ["g": 1], demand: [
                DemandEntry(role: "developer", fte: 2), DemandEntry(role: "analyst", fte: 1, from: Self.m("2026-04"), to: Self.m("2026-04"))]),
        ], capacity: [CapacityEntry(role: "developer", fte: 3), CapacityEntry(role: "analyst", fte: 1, from: Self.m("2026-05"), to: Self.m("2026-12")),
                      CapacityEntry(role: "analyst", fte: 0.5, from: Self.m("2026-04"), to: Self.m("2026-04"))],
           objectives: [Objective(id: "g", name: "G", weight: 1)])
        #expect(alone.feasibility?.entry("lo")?.feasibleStart == Self.m("2026-05"))
        #expect(alone.feasibility?.entry("lo")?.delayMonths == 1)
    }

    @Test func theHorizonItselfCanBlock() throws {
        // Planned Oct–Jan: capacity is free but it ends after December: blocked by the horizon.
        let office = try Self.office([
            Self.project("p", .approved, start: "2026-10-01", finish: "2027-01-29", demand: [DemandEntry(role: "developer", fte: 1)]),
        ], capacity: [CapacityEntry(role: "developer", fte: 1, from: Self.m("2026-01"), to: Self.m("2027-06"))])
        #expect(office.feasibility?.entry("p")?.blocker == .horizon(finish: Self.m("2027-01")))
    }

    // MARK: - §3.8 Strategic value, priority, selection

    static let objectives = [Objective(id: "growth", name: "Growth", weight: 5), Objective(id: "efficiency", name: "Efficiency", weight: 3),
                             Objective(id: "compliance", name: "Compliance", weight: 2)]

    @Test func strategicValueAndPriority() throws {
        // Weights 5, 3, 2 normalise to 0.5, 0.3, 0.2.
        // a: 4, 2, 0 → 100 × (0.5×4 + 0.3×2)/5 = 100 × 2.6/5 = 52
        // b: 0, 0, 5 → 100 × 1/5 = 20
        // c: 2, 2, 3 → 100 × (1 + 0.6 + 0.6)/5 = 44
        // d: 1, 4, 4 → 100 × (0.5 + 1.2 + 0.8)/5 = 50 … e: same scores as c, half the BAC → before c.
        // f: same as c and BAC 0 → first of the three. g: active: a value but no priority.
        let projects = [
            Self.project("a", .approved, start: "2026-04-01", finish: "2026-06-30", scores: ["growth": 4, "efficiency": 2], demand: []),
            Self.project("b", .proposed, start: "2026-04-01", finish: "2026-06-30", scores: ["compliance": 5], demand: []),
            Self.project("c", .proposed, start: "2026-04-01", finish: "2026-06-30", budget: 200, scores: ["growth": 2, "efficiency": 2, "compliance": 3], demand: []),
            Self.project("d", .proposed, start: "2026-04-01", finish: "2026-06-30", scores: ["growth": 1, "efficiency": 4, "compliance": 4], demand: []),
            Self.project("e", .proposed, start: "2026-04-01", finish: "2026-06-30", budget: 100, scores: ["growth": 2, "efficiency": 2, "compliance": 3], demand: []),
            Self.project("f", .proposed, start: "2026-04-01", finish: "2026-06-30", budget: 0, scores: ["growth": 2, "efficiency": 2, "compliance": 3], demand: []),
            Self.project("g", .active, start: "2026-01-01", finish: "2026-06-30", scores: ["growth": 5], demand: []),
        ]
        let office = try Self.office(projects, capacity: [], objectives: Self.objectives)
        let v = office.values
        #expect(v.objectives.map(\.weight) == [0.5, 0.3, 0.2])
        #expect(abs(v.value(of: "a")! - 52) < 1e-9)
        #expect(abs(v.value(of: "b")! - 20) < 1e-9)
        #expect(abs(v.value(of: "c")! - 44) < 1e-9)
        #expect(abs(v.value(of: "d")! - 50) < 1e-9)
        #expect(abs(v.value(of: "g")! - 50) < 1e-9)
        #expect(v.ranking == ["a", "d", "f", "e", "c", "b"])
        #expect(v.priority(of: "a") == 1)
        #expect(v.priority(of: "g") == nil)
    }

    @Test func valuesAreComparedAtTwoDecimals() {
        // 33.333… and 33.334 both round to 33.33: equal, so the smaller BAC ranks first.
        let keys = [PriorityKey(id: "a", hundredths: StrategicValues.hundredths(33.334), bac: 200),
                    PriorityKey(id: "b", hundredths: StrategicValues.hundredths(100.0 / 3), bac: 100)]
        #expect(keys.sorted(by: PriorityKey.precedes).map(\.id) == ["b", "a"])
        #expect(StrategicValues.hundredths(0.125) == 13)  // exactly …5 in binary: half away from zero
    }

    @Test func selectionFixesActiveProjectsAndCutsByKnapsack() throws {
        // One objective, so value = 20 × score. Funding 1 000; active g (BAC 400, value 100) is fixed.
        // Candidates (headroom 600): a 60 (BAC 500), b 40 (BAC 300), c 40 (BAC 300), d 0 (BAC 0).
        // Greedy by value would take a (500) and stop at 60; the knapsack takes b + c = 80 (600).
        // d is free and worthless: taken (it ties on value and weight, and holds a rank).
        let one = [Objective(id: "g", name: "G", weight: 2)]
        let projects = [
            Self.project("g", .active, start: "2026-01-01", finish: "2026-12-31", budget: 400, scores: ["g": 5], demand: []),
            Self.project("a", .approved, start: "2026-04-01", finish: "2026-12-31", budget: 500, scores: ["g": 3], demand: []),
            Self.project("b", .proposed, start: "2026-04-01", finish: "2026-12-31", budget: 300, scores: ["g": 2], demand: []),
            Self.project("c", .proposed, start: "2026-04-01", finish: "2026-12-31", budget: 300, scores: ["g": 2], demand: []),
            Self.project("d", .proposed, start: "2026-04-01", finish: "2026-12-31", budget: 0, scores: [:], demand: []),
            Self.project("h", .onHold, start: "2026-01-01", finish: "2026-12-31", budget: 9_000, scores: ["g": 5], demand: []),
        ]
        let office = try Self.office(projects, capacity: [], objectives: one, funding: 1_000)
        let s = try #require(office.selection)
        #expect(s.fixedBAC == 400)
        #expect(s.candidates.map(\.id) == ["a", "b", "c", "d"])
        #expect(s.candidates.map(\.selected) == [false, true, true, true])
        #expect(s.selectedValue == 180)   // 100 fixed + 40 + 40
        #expect(s.headroom == 0)
        // Frontier: 21 levels from 400 to 400 + 1 100 = 1 500, step 55.
        // Extra 0 → d only: 100; 300 → b: 140; 500 → a: 160; 600 → b + c: 180; 800 → a + b: 200;
        // 1 100 → all: 240. Level 10 (extra 550) → 160; level 11 (605) → 180.
        #expect(s.frontier.count == 21)
        #expect(s.frontier.first == .init(funding: 400, value: 100))
        #expect(s.frontier.last == .init(funding: 1_500, value: 240))
        #expect(s.frontier[10] == .init(funding: 950, value: 160))
        #expect(s.frontier[11] == .init(funding: 1_005, value: 180))
        let byID = Dictionary(uniqueKeysWithValues: Figures(portfolio: Portfolio(settings: Settings(asOf: Self.asOf),
            info: PortfolioInfo(name: "P", location: Self.loc), projects: projects), at: Self.asOf).projects.map { ($0.id, $0) })
        #expect(s.isSelected(byID["g"]!) == true)
        #expect(s.isSelected(byID["h"]!) == nil)
    }

    @Test func withoutFundingThereIsNoSelection() throws {
        let office = try Self.office([Self.project("a", .approved, start: "2026-04-01", finish: "2026-12-31", demand: [])], capacity: [])
        #expect(office.selection == nil)
    }

    @Test func fixedProjectsOverTheFundingSelectNothing() throws {
        let office = try Self.office([
            Self.project("g", .active, start: "2026-01-01", finish: "2026-12-31", budget: 2_000, demand: []),
            Self.project("a", .approved, start: "2026-04-01", finish: "2026-12-31", budget: 0, scores: ["g": 5], demand: []),
        ], capacity: [], objectives: [Objective(id: "g", name: "G", weight: 1)], funding: 1_000)
        let s = try #require(office.selection)
        #expect(s.fixedExceedsFunding)
        #expect(s.candidates.map(\.selected) == [false])
    }
}
