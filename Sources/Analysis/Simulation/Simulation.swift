import Portfolio

/// The Monte Carlo simulation of SPEC §3.9: pure, seeded, and the same bytes whatever the number
/// of threads, because each project draws from its own stream (seed and project id) and the
/// projects are simulated in dependency layers, predecessors first.
public enum Simulation {
    /// Simulates the projects of `figures` (phases proposed, approved and active) with
    /// `settings`, on up to `threads` threads. Nil when `settings.trials` < 1.
    ///
    /// Each quantity's draws live until the successors, the programs and the portfolio total
    /// have used them; the result keeps their percentiles, shares and histograms, and the
    /// draws themselves only with `keepingDraws` (16 bytes per trial and simulated project);
    /// `drawn(k, m)` is told, on the calling thread, that k of the m projects are drawn.
    public static func run(_ figures: Figures, settings: SimulationSettings, threads: Int = 1,
                           keepingDraws: Bool = false, drawn report: ((Int, Int) -> Void)? = nil) -> SimulationResult? {
        let n = settings.trials
        guard n >= 1 else { return nil }
        var built = ProjectModel.models(of: figures, settings: settings)
        let layers = ProjectModel.layers(&built), models = built
        let simulated = figures.projects.filter { isSimulated($0.project.phase) }
        var totals = Totals(figures, simulated: simulated, trials: n)
        // Finishes that a project not yet simulated starts after.
        let needed = Set(models.flatMap(\.predecessors))
        var finishes = [[Double]?](repeating: nil, count: models.count)
        var results = [ProjectModel.Draws?](repeating: nil, count: models.count)

        // Every project's trials on all threads, taken in id order as each is done
        // (`ParallelMap.stream`, a few dozen ahead at most): its cost goes into the portfolio
        // total (summed in id order) and its finish into its program's at once. A project that
        // starts after simulated predecessors keeps what its finish needs.
        let window = max(16, 8 * threads)
        ParallelMap.stream(Array(models.indices), threads: threads, window: window, { models[$0].draw(trials: n, seed: settings.seed) }) { i, drawn in
            var draws = drawn
            if let cost = draws.cost { totals.add(cost: cost.samples, of: i) }
            if let finish = draws.finish {
                totals.add(finish: finish.samples, of: i)
                if needed.contains(i) { finishes[i] = finish.samples }
            }
            if !keepingDraws { draws.releaseSamples() }
            results[i] = draws
            if (i + 1) % window == 0 || i + 1 == models.count { report?(i + 1, models.count) }
        }
        // Then the finishes that wait for predecessors, in dependency layers.
        for layer in layers {
            let waiting = layer.filter { results[$0]!.pending != nil }
            guard !waiting.isEmpty else { continue }
            let done = finishes, pending = waiting.map { results[$0]!.pending! }
            let resolved = ParallelMap.map(Array(waiting.indices), threads: threads) { k in
                models[waiting[k]].finish(pending[k], predecessors: models[waiting[k]].predecessors.map { done[$0]! }, trials: n)
            }
            for (i, (outcome, sensitivities)) in zip(waiting, resolved) {
                totals.add(finish: outcome.samples, of: i)
                if needed.contains(i) { finishes[i] = outcome.samples }
                results[i]!.resolve(keepingDraws ? outcome : outcome.withoutSamples(), sensitivities)
            }
        }
        let projects = results.map { $0!.simulation }
        let hasFinish = Set(projects.indices.filter { projects[$0].finish != nil }.map { projects[$0].id })
        var programs = totals.programs(figures, hasFinish: hasFinish, threads: threads)
        var portfolio = totals.portfolio(figures)
        if !keepingDraws {
            programs = programs.map { $0.withoutSamples() }
            portfolio = portfolio?.withoutSamples()
        }
        return SimulationResult(trials: n, seed: settings.seed, distribution: settings.distribution, projects: projects,
                                programs: programs, portfolio: portfolio)
    }

    /// Phases whose projects are simulated.
    public static func isSimulated(_ phase: Phase) -> Bool { phase == .proposed || phase == .approved || phase == .active }
}

/// One simulated project's inputs, read once from its figures (SPEC §3.9).
struct ProjectModel: Sendable {
    struct RiskModel: Sendable {
        let id: String
        let probability: Double
        let days: ThreePointDistribution?
        let cost: ThreePointDistribution?
    }

    let id: String
    let duration: ThreePointDistribution
    let costMultiplier: ThreePointDistribution
    let risks: [RiskModel]
    /// Finish: nil without a start or a forecast finish.
    let finish: FinishModel?
    /// Cost: AC and ETC; nil without an EAC.
    let ac: Double
    let etc: Double?
    let bac: Double?
    /// Indices of simulated predecessors whose finish is simulated (only for projects not yet started).
    var predecessors: [Int]

    struct FinishModel: Sendable {
        let asOf: Double
        let start: Double
        let started: Bool
        /// max(0, forecast_finish − max(as_of, start)).
        let remainingDays: Double
        /// The latest forecast finish of predecessors that are not simulated.
        let fixedPredecessorFinish: Double?
        let baselineFinish: Double?
    }

    static func models(of figures: Figures, settings: SimulationSettings) -> [ProjectModel] {
        let asOf = figures.date
        let all = Dictionary(uniqueKeysWithValues: figures.projects.map { ($0.id, $0) })
        let simulated = figures.projects.filter { Simulation.isSimulated($0.project.phase) }
        var models = simulated.map { f -> ProjectModel in
            let p = f.project, e = f.earnedValue
            let kind = settings.distribution
            var finish: FinishModel? = nil
            if let start = p.start, let forecast = e.forecastFinish {
                let begin = max(asOf, start)
                let fixedPredecessors = p.dependsOn.compactMap { id -> Day? in
                    guard let pred = all[id], !(Simulation.isSimulated(pred.project.phase) && pred.project.start != nil
                                                 && pred.earnedValue.forecastFinish != nil) else { return nil }
                    return pred.earnedValue.forecastFinish
                }.max()
                finish = FinishModel(asOf: Double(asOf.ordinal), start: Double(start.ordinal), started: start <= asOf,
                                     remainingDays: Double(max(0, begin.days(to: forecast))),
                                     fixedPredecessorFinish: fixedPredecessors.map { Double($0.ordinal) },
                                     baselineFinish: e.baselineFinish.map { Double($0.ordinal) })
            }
            return ProjectModel(
                id: p.id,
                duration: ThreePointDistribution(p.uncertaintyDuration ?? settings.duration, kind: kind),
                costMultiplier: ThreePointDistribution(p.uncertaintyCost ?? settings.cost, kind: kind),
                risks: p.risks.filter { $0.status == .open }.map {
                    RiskModel(id: $0.id, probability: $0.probability,
                              days: $0.scheduleDays.map { ThreePointDistribution($0, kind: kind) },
                              cost: $0.cost.map { ThreePointDistribution($0, kind: kind) })
                },
                finish: finish, ac: e.ac.amount, etc: e.etc?.amount, bac: e.bac?.amount, predecessors: [])
        }
        let index = Dictionary(uniqueKeysWithValues: models.enumerated().map { ($0.element.id, $0.offset) })
        for i in models.indices {
            guard let finish = models[i].finish, !finish.started else { continue }
            models[i].predecessors = simulated[i].project.dependsOn.compactMap { index[$0] }
                .filter { models[$0].finish != nil }.sorted()
        }
        return models
    }

    /// Topological layers: a project's predecessors are all in earlier layers. A cycle (a content
    /// error that Ingest reports) is broken at the edge that closes it, so the run still ends.
    static func layers(_ models: inout [ProjectModel]) -> [[Int]] {
        var depth = [Int?](repeating: nil, count: models.count)
        var visiting = Set<Int>()
        func visit(_ i: Int) -> Int {
            if let d = depth[i] { return d }
            visiting.insert(i)
            var d = 0
            for p in models[i].predecessors where !visiting.contains(p) { d = max(d, visit(p) + 1) }
            visiting.remove(i)
            depth[i] = d
            return d
        }
        for i in models.indices { _ = visit(i) }
        for i in models.indices { models[i].predecessors.removeAll { depth[$0]! >= depth[i]! } }
        let count = (depth.compactMap { $0 }.max() ?? -1) + 1
        var layers = [[Int]](repeating: [], count: count)
        for i in models.indices { layers[depth[i]!].append(i) }
        return layers
    }

    // MARK: - Trials

    /// A project's trials: its cost, and its finish unless that waits for simulated
    /// predecessors (`pending`), then it keeps what the finish needs.
    struct Draws: Sendable {
        let id: String
        private(set) var finish: Outcome?
        private(set) var cost: Outcome?
        private(set) var finishSensitivities: [Sensitivity]
        let costSensitivities: [Sensitivity]
        private(set) var pending: PendingFinish?

        mutating func releaseSamples() {
            finish = finish?.withoutSamples()
            cost = cost?.withoutSamples()
        }

        mutating func resolve(_ finish: Outcome, _ sensitivities: [Sensitivity]) {
            self.finish = finish
            finishSensitivities = sensitivities
            pending = nil
        }

        var simulation: ProjectSimulation {
            ProjectSimulation(id: id, finish: finish, cost: cost, finishSensitivities: finishSensitivities, costSensitivities: costSensitivities)
        }
    }

    /// What a finish that waits for its predecessors needs of the trials: per trial m_d and
    /// the occurred risks' days, and each risk's occurrences with their days (for ρ).
    struct PendingFinish: Sendable {
        let md: [Double]
        let riskDays: [Double]
        let occurred: [[Int32]]
        let drawnDays: [[Double]]
    }

    /// Runs `n` trials on the project's own stream. The finish of a project that starts after
    /// simulated predecessors (`predecessors` not empty) is left pending (see `finish`).
    func draw(trials n: Int, seed: UInt64) -> Draws {
        var random = RandomStream(seed: seed, stream: id)
        let waits = finish != nil && !predecessors.isEmpty
        let drawn = trials(n, random: &random, waits: waits)
        let md = drawn.md, mc = drawn.mc, costs = drawn.costs
        let occurredByRisk = drawn.occurred, daysByRisk = drawn.drawnDays

        var finishOutcome: Outcome? = nil, costOutcome: Outcome? = nil
        var finishSensitivities: [Sensitivity] = [], costSensitivities: [Sensitivity] = []
        var pending: PendingFinish? = nil
        if waits {
            pending = PendingFinish(md: md, riskDays: drawn.riskDays, occurred: occurredByRisk, drawnDays: daysByRisk)
        } else if finish != nil {
            (finishOutcome, finishSensitivities) = finishResult(drawn.finishes, md: md, occurred: occurredByRisk, drawnDays: daysByRisk)
        }
        if !costs.isEmpty {
            let (ranks, sorted) = Ranking.averageRanks(costs)
            costOutcome = Outcome(samples: costs, sorted: sorted, reference: bac, scale: .values)
            costSensitivities = sensitivities(output: ranks, multiplier: mc, multiplierInput: .costMultiplier,
                                              occurred: occurredByRisk, drawn: drawn.drawnCost, input: SimulationInput.riskCost)
        }
        return Draws(id: id, finish: finishOutcome, cost: costOutcome, finishSensitivities: finishSensitivities,
                     costSensitivities: costSensitivities, pending: pending)
    }

    /// The finish left pending by `draw`, once the per-trial finishes of `self.predecessors`
    /// (in the same order) are known: the start moves to the latest of them, trial by trial.
    func finish(_ pending: PendingFinish, predecessors: [[Double]], trials n: Int) -> (Outcome, [Sensitivity]) {
        let f = finish!
        var finishes = [Double](repeating: 0, count: n)
        for t in 0..<n {
            var start = f.start
            if !f.started {
                if let fixed = f.fixedPredecessorFinish, fixed > start { start = fixed }
                for p in predecessors where p[t] > start { start = p[t] }
            }
            finishes[t] = max(f.asOf, start) + f.remainingDays * pending.md[t] + pending.riskDays[t]
        }
        return finishResult(finishes, md: pending.md, occurred: pending.occurred, drawnDays: pending.drawnDays)
    }

    /// The finish's outcome and sensitivities from its trials.
    private func finishResult(_ finishes: [Double], md: [Double], occurred: [[Int32]], drawnDays: [[Double]]) -> (Outcome, [Sensitivity]) {
        let (ranks, sorted) = Ranking.averageRanks(finishes)
        let outcome = Outcome(samples: finishes, sorted: sorted, reference: finish!.baselineFinish, scale: .days)
        return (outcome, sensitivities(output: ranks, multiplier: md, multiplierInput: .durationMultiplier,
                                       occurred: occurred, drawn: drawnDays, input: SimulationInput.riskDays))
    }

    /// Spearman ρ of the multiplier and of each risk's drawn impact against the output ranks;
    /// an input is left out when it or the output is constant.
    private func sensitivities(output: [Double], multiplier: [Double], multiplierInput: SimulationInput,
                               occurred: [[Int32]], drawn: [[Double]], input: (String) -> SimulationInput) -> [Sensitivity] {
        let syy = Ranking.sumSquares(ranks: output)
        guard syy > 0 else { return [] }
        var out: [Sensitivity] = []
        if let rho = Ranking.spearman(multiplier, ranks: output) { out.append(Sensitivity(input: multiplierInput, rho: rho)) }
        for r in risks.indices {
            if let rho = Ranking.sparseSpearman(indices: occurred[r], values: drawn[r], count: output.count, ranks: output, ySumSquares: syy) {
                out.append(Sensitivity(input: input(risks[r].id), rho: rho))
            }
        }
        return out
    }
}
