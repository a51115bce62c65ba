// pmo-bench selection / feasibility: the Portfolio Office benchmarks (BENCHMARKS.md, "Portfolio office"). Not a test: it
// prints timings. Synthetic inputs are generated here, in memory, from a fixed seed.
//
//   pmo-bench selection [--candidates 2000] [--seed 1] [--lp DIR] [--repeat 5]
//     times the funding selection with its 21 frontier levels (SPEC §3.8) and, with --lp, writes
//     the same 21 knapsacks as CPLEX LP files for glpsol, and our optimal values to DIR/values.txt.
//   pmo-bench feasibility [--projects 1000] [--roles 20] [--months 60] [--seed 1] [--repeat 5]
//     times the feasibility plan (SPEC §3.7) against the rest of a full in-memory build of the same
//     portfolio: Figures (all of SPEC §3.1–3.8), History and every page rendered.
import Analysis
import Foundation
import Portfolio
import Site

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
}

func option(_ name: String, _ fallback: String) -> String {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return fallback }
    return args[i + 1]
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

/// Median wall time of `repeat` runs, in seconds.
func time(_ repeatCount: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var runs: [Double] = []
    for _ in 0..<repeatCount { runs.append(seconds(clock.measure(body))) }
    return runs.sorted()[runs.count / 2]
}

let loc = SourceLocation(path: "bench")
let objectives = [Objective(id: "residents", name: "Residents", weight: 4), Objective(id: "net-zero", name: "Net zero", weight: 3),
                  Objective(id: "savings", name: "Savings", weight: 3), Objective(id: "compliance", name: "Compliance", weight: 2)]

func randomScores(_ rng: inout SplitMix64) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: objectives.map { ($0.id, Double(rng.int(0...5))) })
}

// MARK: - Selection

func selectionBenchmark() throws {
    let n = Int(option("--candidates", "2000"))!
    var rng = SplitMix64(state: UInt64(option("--seed", "1"))!)
    let repeatCount = Int(option("--repeat", "5"))!
    let start = Day(iso: "2027-01-04")!, finish = Day(iso: "2027-12-31")!
    let projects = (0..<n).map { i in
        // Budgets £50k–£5m to the pound, plus pence on some: BAC in cents is exact.
        let budget = Double(rng.int(50_000...5_000_000)) + (i % 3 == 0 ? Double(rng.int(0...99)) / 100 : 0)
        return Project(id: String(format: "c%05d", i), name: "Candidate \(i)", phase: i % 2 == 0 ? .proposed : .approved,
                       start: start, finish: finish, budget: Money(budget), scores: randomScores(&rng), location: loc)
    }
    let total = projects.compactMap(\.budget).sum()
    // Funding: a third of the candidates' total, so the knapsack must cut.
    let info = PortfolioInfo(name: "Bench", objectives: objectives, funding: Money((total.amount / 3).rounded()), location: loc)
    let asOf = Day(iso: "2026-10-31")!
    let portfolio = Portfolio(settings: Settings(asOf: asOf), info: info, projects: projects)
    let figures = portfolio.projects.map { ProjectFigures(project: $0, changes: ChangeLog([], at: asOf), settings: portfolio.settings, at: asOf) }
    let values = StrategicValues(portfolio: portfolio, projects: figures)
    var selection: Selection? = nil
    let t = time(repeatCount) { selection = Selection(portfolio: portfolio, projects: figures, values: values) }
    let s = selection!
    print(String(format: "pmo selection: %d candidates, 21 frontier levels + the selection at funding: %.3f s (median of %d)", n, t, repeatCount))
    print("selected \(s.candidates.filter(\.selected).count) candidates, value \(s.selectedValue)")

    if let dir = Optional(option("--lp", "")), !dir.isEmpty {
        let url = URL(fileURLWithPath: dir)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let items = s.candidates.map { (value: $0.hundredths, cents: Int64(($0.bac.amount * 100).rounded(.toNearestOrAwayFromZero))) }
        var valuesText = ""
        for (level, point) in s.frontier.enumerated() {
            // The same instance as level `level`: capacity in cents above the (zero) fixed BAC.
            let capacity = Int64((point.funding.amount * 100).rounded(.toNearestOrAwayFromZero))
            var lp = "\\ frontier level \(level): maximise strategic value (hundredths) within \(capacity) cents\nMaximize\n obj:"
            for (i, item) in items.enumerated() { lp += (i % 8 == 0 ? "\n " : "") + " + \(item.value) x\(i)" }
            lp += "\nSubject To\n budget:"
            for (i, item) in items.enumerated() { lp += (i % 8 == 0 ? "\n " : "") + " + \(item.cents) x\(i)" }
            lp += "\n <= \(capacity)\nBinary\n"
            for i in items.indices { lp += " x\(i)\n" }
            lp += "End\n"
            try lp.write(to: url.appendingPathComponent(String(format: "level%02d.lp", level)), atomically: true, encoding: .utf8)
            valuesText += "\(level) \(Int((point.value * 100).rounded()))\n"
        }
        try valuesText.write(to: url.appendingPathComponent("values.txt"), atomically: true, encoding: .utf8)
    }
}

// MARK: - Feasibility

func feasibilityBenchmark() {
    let n = Int(option("--projects", "1000"))!
    let roleCount = Int(option("--roles", "20"))!
    let monthCount = Int(option("--months", "60"))!
    let repeatCount = Int(option("--repeat", "5"))!
    var rng = SplitMix64(state: UInt64(option("--seed", "1"))!)
    let from = Month(iso: "2026-01")!
    let horizon = MonthRange(from: from, to: from.advanced(by: monthCount - 1))
    let asOf = Day(iso: "2027-01-15")!  // month 13 of the horizon
    let roles = (0..<roleCount).map { String(format: "role-%02d", $0) }
    let programs = (0..<20).map { Program(id: String(format: "prog-%02d", $0), name: "Program \($0)", location: loc) }
    var projects: [Project] = []
    for i in 0..<n {
        let phase: Phase = [.active, .active, .approved, .proposed, .active, .approved, .proposed, .onHold, .closed, .active][i % 10]
        // Active projects started before the status date; the others start from the status month on.
        let startMonth = phase == .active || phase == .closed || phase == .onHold
            ? from.advanced(by: rng.int(0...11)) : from.advanced(by: rng.int(12...40))
        let length = rng.int(6...18)
        let start = startMonth.firstDay, finish = startMonth.advanced(by: length - 1).lastDay
        let demand = (0..<rng.int(2...5)).map { _ -> DemandEntry in
            let role = roles[rng.int(0...(roleCount - 1))]
            let offset = rng.int(0...(length / 2))
            return DemandEntry(role: role, fte: Double(rng.int(1...6)) / 2,
                               from: offset == 0 ? nil : startMonth.advanced(by: offset), to: nil)
        }
        projects.append(Project(id: String(format: "p%04d", i), name: "Project \(i)", program: programs[i % 20].id, manager: "Manager \(i % 37)",
                                phase: phase, start: start, finish: finish, budget: Money(Double(rng.int(100...5_000) * 1_000)),
                                percentComplete: phase == .active ? Double(rng.int(5...90)) : nil,
                                actualCost: phase == .active ? Money(Double(rng.int(50...2_000) * 1_000)) : nil,
                                scores: randomScores(&rng), demand: demand, location: loc))
    }
    // Capacity per role: about what the active and approved projects need on average, so the plan
    // has to delay and refuse some.
    let capacity = roles.map { CapacityEntry(role: $0, fte: Double(rng.int(12...20))) }
    let info = PortfolioInfo(name: "Bench", objectives: objectives, funding: Money(Double(n) * 1_000_000), horizon: horizon,
                             capacity: capacity, location: loc)
    let portfolio = Portfolio(settings: Settings(asOf: asOf), info: info, programs: programs, projects: projects)

    // The full build in memory: every figure (SPEC §3.1–3.8, feasibility included), history, pages.
    var pages = 0
    let build = time(repeatCount) {
        let figures = Figures(portfolio: portfolio, at: asOf)
        let history = History(portfolio: portfolio, asOf: asOf)
        pages = SiteRenderer(portfolio: portfolio, figures: figures, history: history).render().files.count
    }
    // The feasibility plan alone, from the same inputs the build gives it.
    let figures = Figures(portfolio: portfolio, at: asOf)
    let office = figures.office!
    var plan: FeasibilityPlan? = nil
    let feasibility = time(repeatCount) {
        plan = FeasibilityPlan(plan: office.capacity!, projects: figures.projects, profiles: office.profiles,
                               priority: office.values.ranking, at: asOf)
    }
    let entries = plan!.entries
    print("portfolio: \(n) projects, \(roleCount) roles, \(monthCount) months; \(entries.filter(\.fixed).count) fixed, " +
          "\(entries.count(where: { !$0.fixed && $0.feasible })) placed (\(entries.count(where: { ($0.delayMonths ?? 0) > 0 })) delayed), " +
          "\(entries.count(where: { !$0.feasible })) infeasible; \(pages) files rendered")
    print(String(format: "full build in memory (figures + history + render): %.3f s (median of %d)", build, repeatCount))
    print(String(format: "feasibility plan: %.4f s (median of %d) = %.2f %% of the full build", feasibility, repeatCount, feasibility / build * 100))
}

