// pmo-bench simulation: the risk simulation benchmark (BENCHMARKS.md, "Risk simulation").
//
//   pmo-bench simulation [--projects 1000] [--risks 10] [--trials 10000] [--threads N]
//                        [--distribution pert|triangular] [--export inputs.json]
//
// `simulation` builds a synthetic portfolio in memory (every project approved or active, ten per
// program, every fifth not-started project depending on the one two before it), computes its
// figures, then times `Simulation.run` alone (SPEC §3.9). `--export` writes the model inputs as
// JSON so the numpy peer (benchmarks/simulation_numpy.py) simulates exactly the same portfolio.
import Analysis
import Foundation
import Portfolio

struct Options {
    var projects = 1000, risks = 10, trials = 10_000
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var distribution = DistributionKind.pert
    var export: String?
}

func parse(_ args: ArraySlice<String>) -> Options {
    var o = Options()
    var i = args.startIndex
    func value() -> String {
        i += 1
        guard i < args.endIndex else { fatalError("missing value after \(args[i - 1])") }
        return args[i]
    }
    while i < args.endIndex {
        switch args[i] {
        case "--projects": o.projects = Int(value())!
        case "--risks": o.risks = Int(value())!
        case "--trials": o.trials = Int(value())!
        case "--threads": o.threads = Int(value())!
        case "--distribution": o.distribution = DistributionKind(rawValue: value())!
        case "--export": o.export = value()
        default: fatalError("unknown option \(args[i])")
        }
        i += 1
    }
    return o
}

/// The synthetic portfolio: deterministic formulas, no randomness.
func syntheticPortfolio(_ o: Options) -> Portfolio {
    let asOf = Day(iso: "2026-06-30")!
    let loc = SourceLocation(path: "synthetic")
    let projects = (0..<o.projects).map { i -> Project in
        let active = i % 3 == 0
        let start = active ? asOf + (-100 - i % 200) : asOf + (30 + i % 300)
        let finish = start + (120 + (i * 37) % 400)
        let budget = Money(Double(100_000 + (i * 7919) % 900_000))
        let risks = (0..<o.risks).map { j -> Risk in
            Risk(id: "R\(j + 1)", title: "Risk \(j + 1)", probability: 0.05 + Double(((i * 10 + j) * 13) % 40) / 100,
                 cost: Triple(0, Double(1000 * (1 + j)), Double(1000 * (1 + j) + 5000 * (1 + (i + j) % 7))),
                 scheduleDays: Triple(Double(j), Double(5 + 2 * j), Double(10 + 2 * j + (i + j) % 40)))
        }
        return Project(id: String(format: "p%05d", i), name: "Project \(i)", program: String(format: "g%04d", i / 10),
                       phase: active ? .active : .approved, start: start, finish: finish, budget: budget,
                       percentComplete: active ? 30 : 0, actualCost: active ? budget * 0.3 : nil,
                       dependsOn: (!active && i % 5 == 4 && i >= 2) ? [String(format: "p%05d", i - 2)] : [],
                       risks: risks, location: loc)
    }
    let programs = Set(projects.compactMap(\.program)).sorted().map { Program(id: $0, name: $0, location: loc) }
    let settings = Settings(asOf: asOf, simulation: SimulationSettings(trials: o.trials, seed: 1, distribution: o.distribution))
    return Portfolio(settings: settings, info: PortfolioInfo(name: "Synthetic", location: loc), programs: programs, projects: projects)
}

/// The model inputs of SPEC §3.9 as read from the figures, for the numpy peer.
func exportInputs(_ figures: Figures, _ settings: SimulationSettings, to path: String) throws {
    let index = Dictionary(uniqueKeysWithValues: figures.projects.enumerated().map { ($0.element.id, $0.offset) })
    let rows: [[String: Any]] = figures.projects.map { f in
        let p = f.project, e = f.earnedValue
        let d = p.uncertaintyDuration ?? settings.duration, c = p.uncertaintyCost ?? settings.cost
        return [
            "id": p.id, "program": p.program ?? "",
            "start": p.start!.ordinal, "forecast_finish": e.forecastFinish!.ordinal, "baseline_finish": e.baselineFinish!.ordinal,
            "ac": e.ac.amount, "etc": e.etc!.amount, "bac": e.bac!.amount,
            "predecessors": p.start! > figures.date ? p.dependsOn.compactMap { index[$0] } : [],
            "duration": [d.low, d.likely, d.high], "cost": [c.low, c.likely, c.high],
            "risks": p.risks.map { r in ["p": r.probability, "days": [r.scheduleDays!.low, r.scheduleDays!.likely, r.scheduleDays!.high],
                                          "cost": [r.cost!.low, r.cost!.likely, r.cost!.high]] as [String: Any] },
        ]
    }
    let document: [String: Any] = ["as_of": figures.date.ordinal, "trials": settings.trials, "distribution": settings.distribution.rawValue,
                                   "budget": figures.portfolio.rollup.bac.amount, "projects": rows]
    try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
}

func simulationBenchmark(_ o: Options) throws {
    let portfolio = syntheticPortfolio(o)
    let figures = Figures(portfolio: portfolio, at: portfolio.settings.asOf!)
    if let path = o.export { try exportInputs(figures, portfolio.settings.simulation, to: path) }
    let clock = ContinuousClock()
    var result: SimulationResult?
    let elapsed = clock.measure { result = Simulation.run(figures, settings: portfolio.settings.simulation, threads: o.threads) }
    guard let result else { fatalError("no simulation") }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    // Summary figures, to check that the numpy peer simulates the same model.
    let n = Double(result.projects.count)
    let meanOnTime = result.projects.compactMap(\.probOnTime).reduce(0, +) / n
    let meanOnBudget = result.projects.compactMap(\.probOnBudget).reduce(0, +) / n
    let meanP80Days = result.projects.compactMap { $0.finishDay(\.p80) }.map { Double(figures.date.days(to: $0)) }.reduce(0, +) / n
    let meanRhoMd = result.projects.compactMap { $0.finishSensitivities.first { $0.input == .durationMultiplier }?.rho }.reduce(0, +) / n
    let meanRhoR1 = result.projects.compactMap { $0.finishSensitivities.first { $0.input == .riskDays("R1") }?.rho }.reduce(0, +) / n
    let programP80 = result.programs.map { Double(figures.date.days(to: $0.finishDay(\.p80))) }.reduce(0, +) / Double(max(1, result.programs.count))
    print("simulation: \(o.projects) projects × \(o.risks) risks × \(o.trials) trials, \(o.distribution.rawValue), \(o.threads) threads")
    print(String(format: "seconds %.3f", seconds))
    print(String(format: "mean prob_on_time %.4f  mean prob_on_budget %.4f  mean finish P80 %.2f days after as_of", meanOnTime, meanOnBudget, meanP80Days))
    print(String(format: "mean rho(m_d, finish) %.4f  mean rho(R1 days, finish) %.4f  mean program finish P80 %.2f days", meanRhoMd, meanRhoR1, programP80))
    if let total = result.portfolio {
        print(String(format: "portfolio cost P50 %.2f  P80 %.2f  budget %.2f  share within budget %.4f", total.cost.percentiles.p50,
                     total.cost.percentiles.p80, total.cost.reference ?? 0, total.cost.shareWithinReference ?? 0))
    }
}
