import Analysis
import Portfolio

/// `risks/index.html`: the portfolio's cost confidence against its budget, the largest risk
/// exposures and the projects ranked by their probability of finishing on time (SPEC §3.9, §4).
public struct RisksPage: Sendable, Encodable {
    public let layout: LayoutModel
    /// Portfolio cost P50/P80 against the budget (Σ BAC of committed projects).
    public let kpis: [KPIModel]
    public let charts: [ChartModel]
    public let hasSimulation: Bool
    public let note: String
    /// The 20 open risks with the largest exposure across the portfolio.
    public let topRisks: [RiskExposureRowModel]
    public let riskCount: String
    /// Simulated projects, least likely to finish on time first.
    public let projects: [ConfidenceRowModel]
}

public struct RiskExposureRowModel: Sendable, Encodable, Equatable {
    public let rank: String
    public let id: String
    public let title: String
    public let project: LinkModel
    public let probability: String
    public let costExposure: String
    public let daysExposure: String
    public let owner: String
    public let response: String
}

public struct ConfidenceRowModel: Sendable, Encodable, Equatable {
    public let project: LinkModel
    public let phase: String
    public let phaseKey: String
    public let baselineFinish: String
    public let finishP50: String
    public let finishP80: String
    public let probOnTime: String
    public let costP80: String
    public let bac: String
    public let probOnBudget: String
}

extension SiteModel {
    func risksPage() -> RisksPage {
        let route = Route.risks
        let linker = linker(route)
        let simulation = figures.simulation
        var kpis: [KPIModel] = []
        var charts: [ChartModel] = []
        var note = "No committed project has a cost to simulate."
        let budget = figures.portfolio.rollup.bac
        if let total = simulation?.portfolio {
            kpis = [
                // Compact values fit the panel on a phone; the note holds the exact figure.
                KPIModel(label: "Portfolio cost P50", value: format.compactMoney(Money(total.cost.percentiles.p50)),
                         note: format.money(Money(total.cost.percentiles.p50)), title: Self.p50Meaning),
                KPIModel(label: "Portfolio cost P80", value: format.compactMoney(Money(total.cost.percentiles.p80)),
                         note: format.money(Money(total.cost.percentiles.p80)), title: Self.p80Meaning),
                KPIModel(label: "Budget", value: format.compactMoney(budget), note: format.money(budget),
                         title: "Σ BAC of committed projects: the budget at completion of every approved, active, on-hold and closed project, approved changes included."),
                KPIModel(label: "Probability within budget", value: share(total.cost.shareWithinReference), note: "share of trials",
                         title: "Share of trials in which the committed portfolio costs no more than its budget."),
            ]
            charts.append(costHistogram(id: "portfolio-cost", title: "Committed portfolio cost against budget: histogram and S-curve",
                                        outcome: total.cost, budget: budget, budgetLabel: "Budget", width: 640))
            note = "\(trialsText). Each trial adds the simulated cost of the \(format.integer(total.simulatedCount)) approved and active projects to the estimate at completion of the \(format.integer(total.fixedCount)) on-hold and closed ones; proposed projects are pipeline and are left out."
        } else if simulation == nil {
            note = "The simulation did not run (no trials)."
        }
        let distribution = portfolio.settings.simulation.distribution
        let ranked = RiskExposure.ranked(portfolio.projects, distribution: distribution)
        let topRisks = ranked.prefix(20).enumerated().map { i, e in
            RiskExposureRowModel(rank: format.integer(i + 1), id: e.risk.id, title: e.risk.title, project: projectLink(e.projectID, from: linker),
                             probability: format.probability(e.risk.probability),
                             costExposure: e.cost.map(format.money) ?? "—",
                             daysExposure: e.days.map { format.number($0, maxFractionDigits: 1) } ?? "—",
                             owner: text(e.risk.owner), response: text(e.risk.response))
        }
        let rows = (simulation?.projects ?? []).compactMap { sim -> (Double, ConfidenceRowModel)? in
            guard let project = portfolio.project(sim.id) else { return nil }
            let e = figures(of: project).earnedValue
            let row = ConfidenceRowModel(
                project: projectLink(project.id, from: linker), phase: project.phase.label, phaseKey: project.phase.rawValue,
                baselineFinish: day(e.baselineFinish), finishP50: day(sim.finishDay(\.p50)), finishP80: day(sim.finishDay(\.p80)),
                probOnTime: share(sim.probOnTime),
                costP80: sim.cost.map { format.money(Money($0.percentiles.p80)) } ?? "—",
                bac: money(e.bac), probOnBudget: share(sim.probOnBudget))
            // Projects without a finish come last.
            return (sim.probOnTime.map { Rounding.ratio($0) } ?? 2, row)
        }
        // Least likely on time first; equal probabilities keep id order (the sort is stable).
        let projects = rows.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        return RisksPage(
            layout: layout(for: route, title: "Risks", crumbs: [("Dashboard", .dashboard)]),
            kpis: kpis, charts: charts, hasSimulation: simulation?.portfolio != nil, note: note,
            topRisks: Array(topRisks),
            riskCount: "\(format.integer(min(20, ranked.count))) of \(format.integer(ranked.count)) open risk\(ranked.count == 1 ? "" : "s")",
            projects: projects)
    }
}
