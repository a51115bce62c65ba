import Analysis
import Charts
import Portfolio

/// The Monte Carlo results of a project or program page (SPEC §3.9), rendered by
/// `partials/confidence`: P50/P80 and the probabilities as KPIs, histograms with their S-curves,
/// tornadoes. `hasSimulation` is false when the page's subject was not simulated; `note` says why.
public struct ConfidenceModel: Sendable, Encodable, Equatable {
    public let hasSimulation: Bool
    public let kpis: [KPIModel]
    public let charts: [ChartModel]
    /// What was simulated, or why nothing was.
    public let note: String

    static func none(_ note: String) -> ConfidenceModel { ConfidenceModel(hasSimulation: false, kpis: [], charts: [], note: note) }
}

extension SiteModel {
    /// Shares of trials (probabilities) as pages show them: the published 4-decimal ratio in per cent.
    func share(_ x: Double?) -> String { x.map { format.percent(Rounding.ratio($0) * 100) } ?? "—" }

    var trialsText: String {
        figures.simulation.map { "\(format.integer($0.trials)) trials" } ?? "no simulation"
    }

    // MARK: - Project

    func projectConfidence(_ project: Project) -> ConfidenceModel {
        guard Simulation.isSimulated(project.phase) else {
            return .none("Only proposed, approved and active projects are simulated; a \(project.phase.label.lowercased()) project keeps its forecast as it stands.")
        }
        guard let sim = figures.simulation?.project(project.id) else { return .none("The simulation did not run (no trials).") }
        let e = figures(of: project).earnedValue
        var kpis: [KPIModel] = []
        var charts: [ChartModel] = []
        if let finish = sim.finish {
            kpis += [
                KPIModel(label: "Finish P50", value: day(sim.finishDay(\.p50)), note: "an even chance", title: Self.p50Meaning),
                KPIModel(label: "Finish P80", value: day(sim.finishDay(\.p80)), note: "4 in 5 trials finish by then", title: Self.p80Meaning),
                KPIModel(label: "Probability on time", value: share(sim.probOnTime),
                         note: e.baselineFinish.map { "finish by \(format.day($0))" } ?? "no baseline finish",
                         title: "Share of trials finishing on or before the baseline finish.", tone: tone(sim.probOnTime)),
            ]
            charts.append(finishHistogram(id: "finish-distribution", title: "Simulated finish: histogram and S-curve", outcome: finish,
                                          baseline: e.baselineFinish))
        }
        if let cost = sim.cost {
            kpis += [
                KPIModel(label: "Cost P50", value: format.money(Money(cost.percentiles.p50)), note: "an even chance", title: Self.p50Meaning),
                KPIModel(label: "Cost P80", value: format.money(Money(cost.percentiles.p80)), note: "4 in 5 trials cost no more", title: Self.p80Meaning),
                KPIModel(label: "Probability on budget", value: share(sim.probOnBudget),
                         note: e.bac.map { "cost within BAC \(format.money($0))" } ?? "no budget",
                         title: "Share of trials costing no more than the budget at completion (BAC).", tone: tone(sim.probOnBudget)),
            ]
            charts.append(costHistogram(id: "cost-distribution", title: "Simulated cost: histogram and S-curve", outcome: cost,
                                        budget: e.bac, budgetLabel: "BAC"))
        }
        if !sim.finishSensitivities.isEmpty {
            charts.append(tornado(id: "finish-drivers", title: "What drives the finish date", project: project,
                                  sensitivities: sim.finishSensitivities, negative: "earlier", positive: "later"))
        }
        if !sim.costSensitivities.isEmpty {
            charts.append(tornado(id: "cost-drivers", title: "What drives the cost", project: project,
                                  sensitivities: sim.costSensitivities, negative: "lower", positive: "higher"))
        }
        let open = project.risks.count(where: { $0.status == .open })
        var note = "\(trialsText) of the remaining work and \(format.integer(open)) open risk\(open == 1 ? "" : "s")."
        if sim.finish == nil { note += " The finish is not simulated: the project has no start or finish date." }
        if sim.cost == nil { note += " The cost is not simulated: the project has no budget and no forecast cost." }
        return ConfidenceModel(hasSimulation: true, kpis: kpis, charts: charts, note: note)
    }

    private func tone(_ probability: Double?) -> String {
        guard let p = probability else { return "" }
        return p >= 0.8 ? "good" : p < 0.5 ? "bad" : "warn"
    }

    // MARK: - Program

    func programConfidence(_ program: Program) -> ConfidenceModel {
        guard let sim = figures.simulation?.program(program.id) else {
            return .none("No approved or active project of this program has a simulated finish.")
        }
        let baseline = sim.finish.reference.map { Day(ordinal: Int($0)) }
        let names = sim.memberIDs.compactMap { portfolio.project($0)?.name }
        let kpis = [
            KPIModel(label: "Finish P50", value: format.day(sim.finishDay(\.p50)), note: "an even chance", title: Self.p50Meaning),
            KPIModel(label: "Finish P80", value: format.day(sim.finishDay(\.p80)), note: "4 in 5 trials finish by then", title: Self.p80Meaning),
            KPIModel(label: "Baseline finish", value: day(baseline), note: "latest of those projects",
                     title: "The latest baseline finish of the program's approved and active projects."),
            KPIModel(label: "Probability on time", value: share(sim.finish.shareWithinReference), note: "all of them by the baseline",
                     title: "Share of trials in which every approved and active project finishes by the program's baseline finish.",
                     tone: tone(sim.finish.shareWithinReference)),
        ]
        let chart = finishHistogram(id: "program-finish", title: "Program finish: histogram and S-curve", outcome: sim.finish, baseline: baseline, width: 640)
        return ConfidenceModel(hasSimulation: true, kpis: kpis, charts: [chart],
                               note: "\(trialsText). In each trial the program finishes when the last of its approved and active projects does: \(names.joined(separator: ", ")).")
    }

    // MARK: - Charts

    static let p50Meaning = "P50: half of the simulated trials finish (or cost) no later (no more) than this: an even bet."
    static let p80Meaning = "P80: 80% of the simulated trials finish (or cost) no later (no more) than this: a four-in-five chance, on the model's assumptions."

    func finishHistogram(id: String, title: String, outcome: Outcome, baseline: Day?, width: Double = 480) -> ChartModel {
        let p50 = SimulationResult.day(outcome.percentiles.p50), p80 = SimulationResult.day(outcome.percentiles.p80)
        var markers = [HistogramChart.Marker(label: "P50", value: Double(p50.ordinal)), HistogramChart.Marker(label: "P80", value: Double(p80.ordinal))]
        var description = "P50 \(format.day(p50)), P80 \(format.day(p80))"
        if let baseline {
            markers.append(.init(label: "Baseline", value: Double(baseline.ordinal), kind: .reference, share: outcome.shareWithinReference))
            description += "; \(share(outcome.shareWithinReference)) of trials finish by the baseline, \(format.day(baseline))"
        }
        let h = outcome.histogram
        return ChartModel(HistogramChart(
            info: ChartInfo(id: id, title: title, description: description + "."),
            bins: Self.chartBins(h), trials: h.count, range: h.range, domain: .days, markers: markers, width: width,
            dayFormat: chartDay, monthNames: monthNames))
    }

    func costHistogram(id: String, title: String, outcome: Outcome, budget: Money?, budgetLabel: String, width: Double = 480) -> ChartModel {
        let p50 = outcome.percentiles.p50, p80 = outcome.percentiles.p80
        var markers = [HistogramChart.Marker(label: "P50", value: p50), HistogramChart.Marker(label: "P80", value: p80)]
        var description = "P50 \(format.money(Money(p50))), P80 \(format.money(Money(p80)))"
        if let budget {
            markers.append(.init(label: budgetLabel, value: budget.amount, kind: .reference, share: outcome.shareWithinReference))
            description += "; \(share(outcome.shareWithinReference)) of trials cost no more than the budget, \(format.money(budget))"
        }
        let h = outcome.histogram
        return ChartModel(HistogramChart(
            info: ChartInfo(id: id, title: title, description: description + "."),
            bins: Self.chartBins(h), trials: h.count, range: h.range, domain: .values, markers: markers, width: width,
            valueFormat: chartMoney, axisFormat: chartCompactMoney))
    }

    /// The simulation's bins (Analysis) as the chart draws them.
    static func chartBins(_ histogram: Histogram) -> [HistogramChart.Bin] {
        histogram.bins.map { HistogramChart.Bin(low: $0.low, high: $0.high, count: $0.count, cumulative: $0.cumulative) }
    }

    /// The strongest inputs (at most 8) by |ρ|.
    func tornado(id: String, title: String, project: Project, sensitivities: [Sensitivity], negative: String, positive: String) -> ChartModel {
        let top = sensitivities.enumerated().sorted { (abs($1.element.rho), $0.offset) < (abs($0.element.rho), $1.offset) }.prefix(8)
        let bars = top.map { TornadoChart.Bar(label: inputLabel($0.element.input, of: project), value: Rounding.round($0.element.rho, 2)) }
        return ChartModel(TornadoChart(
            info: ChartInfo(id: id, title: title + " (Spearman ρ)"),
            bars: bars, domain: (-1, 1), valueFormat: { [format] in format.fixed($0, digits: 2) },
            negativeTitle: negative, positiveTitle: positive))
    }

    func inputLabel(_ input: SimulationInput, of project: Project) -> String {
        switch input {
        case .durationMultiplier: return "Remaining duration"
        case .costMultiplier: return "Remaining cost"
        case .riskDays(let id), .riskCost(let id):
            let title = project.risks.first { $0.id == id }?.title
            return title.map { "\(id): \($0)" } ?? id
        }
    }
}
