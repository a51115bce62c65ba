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
    /// draws themselves only with `keepingDraws` (16 bytes per trial and simulated project).
    public static func run(_ figures: Figures, settings: SimulationSettings, threads: Int = 1,
                           keepingDraws: Bool = false) -> SimulationResult? {
        let n = settings.trials
        guard n >= 1 else { return nil }
        var built = ProjectModel.models(of: figures, settings: settings)
        let layers = ProjectModel.layers(&built)
        let models = built

        var results = [ProjectSimulation?](repeating: nil, count: models.count)
        for layer in layers {
            let done = results
            let simulated = ParallelWork.map(layer, threads: threads) { index -> ProjectSimulation in
                let model = models[index]
                let predecessors = model.predecessors.map { done[$0]!.finish!.samples }
                return model.simulate(trials: n, seed: settings.seed, predecessors: predecessors)
            }
            for (index, result) in zip(layer, simulated) { results[index] = result }
        }
        var projects = results.map { $0! }
        results = []
        let byID = Dictionary(uniqueKeysWithValues: projects.map { ($0.id, $0) })
        var programs = programs(figures, byID, trials: n)
        var portfolio = portfolio(figures, byID, trials: n)
        if !keepingDraws {
            projects = projects.map { $0.withoutSamples() }
            programs = programs.map { $0.withoutSamples() }
            portfolio = portfolio?.withoutSamples()
        }
        return SimulationResult(trials: n, seed: settings.seed, distribution: settings.distribution, projects: projects,
                                programs: programs, portfolio: portfolio)
    }

    /// Phases whose projects are simulated.
    public static func isSimulated(_ phase: Phase) -> Bool { phase == .proposed || phase == .approved || phase == .active }

    // MARK: - Programs and portfolio

    /// Per program and trial, the latest finish of its approved and active projects.
    static func programs(_ figures: Figures, _ byID: [String: ProjectSimulation], trials n: Int) -> [ProgramSimulation] {
        figures.programs.compactMap { program in
            let members = program.members.filter { $0.project.phase == .approved || $0.project.phase == .active }
                .compactMap { f in byID[f.id].flatMap { s in s.finish.map { (f, $0) } } }
            guard !members.isEmpty else { return nil }
            var finish = members[0].1.samples
            for (_, outcome) in members.dropFirst() {
                outcome.samples.withUnsafeBufferPointer { s in
                    for t in 0..<n where s[t] > finish[t] { finish[t] = s[t] }
                }
            }
            let baseline = members.compactMap { $0.0.earnedValue.baselineFinish }.max()
            return ProgramSimulation(id: program.id, finish: Outcome(samples: finish, reference: baseline.map { Double($0.ordinal) }, scale: .days),
                                     memberIDs: members.map { $0.0.id })
        }
    }

    /// Per trial, Σ simulated cost of approved and active projects + Σ EAC of on-hold and closed
    /// ones, summed in id order.
    static func portfolio(_ figures: Figures, _ byID: [String: ProjectSimulation], trials n: Int) -> PortfolioSimulation? {
        let committed = figures.projects.filter { $0.project.phase.isCommitted }
        let fixed = committed.filter { $0.project.phase == .onHold || $0.project.phase == .closed }.compactMap(\.earnedValue.eac)
        let simulated = committed.filter { $0.project.phase == .approved || $0.project.phase == .active }
            .compactMap { byID[$0.id]?.cost }
        guard !simulated.isEmpty || !fixed.isEmpty else { return nil }
        let fixedCost = fixed.sum()
        var total = [Double](repeating: fixedCost.amount, count: n)
        for outcome in simulated {
            outcome.samples.withUnsafeBufferPointer { s in
                for t in 0..<n { total[t] += s[t] }
            }
        }
        return PortfolioSimulation(cost: Outcome(samples: total, reference: figures.portfolio.rollup.bac.amount, scale: .values),
                                   fixedCost: fixedCost, simulatedCount: simulated.count, fixedCount: fixed.count)
    }
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

    /// Runs `n` trials on the project's own stream. `predecessors` are the per-trial finishes of
    /// `self.predecessors`, in the same order.
    func simulate(trials n: Int, seed: UInt64, predecessors: [[Double]]) -> ProjectSimulation {
        var random = RandomStream(seed: seed, stream: id)
        var md = [Double](repeating: 0, count: n)
        var mc = [Double](repeating: 0, count: n)
        var finishes = [Double](repeating: 0, count: finish == nil ? 0 : n)
        var costs = [Double](repeating: 0, count: etc == nil ? 0 : n)
        // Occurrences of each risk, in flat buffers of n slots per risk: the trial, its drawn
        // days and cost (0 when it has none); `occurrences[r]` slots are used.
        let riskCount = risks.count
        var occurred = [Int32](repeating: 0, count: riskCount * n)
        var drawnDays = [Double](repeating: 0, count: riskCount * n)
        var drawnCost = [Double](repeating: 0, count: riskCount * n)
        var occurrences = [Int](repeating: 0, count: riskCount)
        let probabilities = risks.map(\.probability)
        let dayDistributions = risks.map(\.days), costDistributions = risks.map(\.cost)
        let etc = self.etc ?? 0
        let simulatesCost = !costs.isEmpty
        for t in 0..<n {
            // Draw order is fixed: m_d, m_c, then each open risk (occurrence, days, cost).
            let d = duration.sample(&random)
            let c = costMultiplier.sample(&random)
            md[t] = d; mc[t] = c
            var riskDays = 0.0, riskCost = 0.0
            for r in 0..<riskCount {
                guard random.bernoulli(probabilities[r]) else { continue }
                let days = dayDistributions[r]?.sample(&random) ?? 0
                let cost = costDistributions[r]?.sample(&random) ?? 0
                let slot = r * n + occurrences[r]
                occurrences[r] += 1
                occurred[slot] = Int32(t); drawnDays[slot] = days; drawnCost[slot] = cost
                riskDays += days; riskCost += cost
            }
            if let f = finish {
                var start = f.start
                if !f.started {
                    if let fixed = f.fixedPredecessorFinish, fixed > start { start = fixed }
                    for p in predecessors where p[t] > start { start = p[t] }
                }
                finishes[t] = max(f.asOf, start) + f.remainingDays * d + riskDays
            }
            if simulatesCost { costs[t] = ac + etc * c + riskCost }
        }
        let slices = (0..<riskCount).map { r in r * n..<r * n + occurrences[r] }
        let occurredByRisk = slices.map { Array(occurred[$0]) }

        var finishOutcome: Outcome? = nil, costOutcome: Outcome? = nil
        var finishSensitivities: [Sensitivity] = [], costSensitivities: [Sensitivity] = []
        if let f = finish {
            let (ranks, sorted) = Ranking.averageRanks(finishes)
            finishOutcome = Outcome(samples: finishes, sorted: sorted, reference: f.baselineFinish, scale: .days)
            finishSensitivities = sensitivities(output: ranks, multiplier: md, multiplierInput: .durationMultiplier,
                                                occurred: occurredByRisk, drawn: slices.map { Array(drawnDays[$0]) }, input: SimulationInput.riskDays)
        }
        if !costs.isEmpty {
            let (ranks, sorted) = Ranking.averageRanks(costs)
            costOutcome = Outcome(samples: costs, sorted: sorted, reference: bac, scale: .values)
            costSensitivities = sensitivities(output: ranks, multiplier: mc, multiplierInput: .costMultiplier,
                                              occurred: occurredByRisk, drawn: slices.map { Array(drawnCost[$0]) }, input: SimulationInput.riskCost)
        }
        return ProjectSimulation(id: id, finish: finishOutcome, cost: costOutcome,
                                 finishSensitivities: finishSensitivities, costSensitivities: costSensitivities)
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
