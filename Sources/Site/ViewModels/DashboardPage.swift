import Analysis
import Portfolio

/// `index.html`: the portfolio dashboard.
public struct DashboardPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let name: String
    public let statusDate: String
    public let statusDateISO: String
    /// Headline counts, in words: "13 projects in 3 programs, 6 active; 3 changes awaiting decision".
    public let countsLine: String
    /// Projects shown red or amber/red, with why.
    public let attention: [AttentionRowModel]
    public let ragMatrix: [RAGMatrixRowModel]
    /// Milestones due in the next 90 days, and missed ones.
    public let milestonesDue: [MilestoneDueModel]
    public let milestonesMissed: [MilestoneDueModel]
    public let milestoneWindow: String
    /// Committed totals and indices of the portfolio (SPEC §3.3), for `partials/kpis`.
    public let portfolioPanel: KPIPanelModel
    /// The portfolio RAG under the `pmo.yaml` rule, and the rule in words.
    public let portfolioRAG: BadgeModel
    public let ruleText: String
    public let programRollups: [ProgramRollupRowModel]
    public let watermelons: [WatermelonRowModel]
    public let phaseCounts: [CountModel]
    public let ratingCounts: [RatingCountModel]
    public let projects: [ProjectRowModel]
    public let programs: [ProgramRowModel]
    /// Trusted HTML: the executive summary rendered from Markdown.
    public let summaryHTML: String
    public let hasSummary: Bool
    /// Zero or one: the comparison with the previous reporting date.
    public let whatChanged: [WhatChangedModel]
    /// RAG overview over the reporting dates, budget by program.
    public let charts: [ChartModel]
    /// On an archived dashboard (`reports/<date>/`): what it is, and a link to today's.
    public let isArchive: Bool
    public let archiveNote: String
}

extension SiteModel {
    /// The dashboard at this model's date: `index.html`, or `reports/<date>/` for an archived one.
    func dashboardPage(route: Route = .dashboard) -> DashboardPage {
        let isArchive = route != .dashboard
        let linker = linker(route)
        let projects = portfolio.projects
        let pending = changes.count(where: { $0.status == .submitted })
        // Counted by position: `count(where:)` here copied every project (each of its strings
        // and lists) for each count, on every dashboard.
        let active = projects.indices.count(where: { projects[$0].phase == .active })
        let countsLine = "\(format.integer(projects.count)) project\(projects.count == 1 ? "" : "s") in \(format.integer(portfolio.programs.count)) program\(portfolio.programs.count == 1 ? "" : "s"), \(format.integer(active)) active; \(format.integer(pending)) change request\(pending == 1 ? "" : "s") awaiting decision."
        let milestones = milestones(from: linker)

        let phaseCounts = Phase.allCases.compactMap { phase -> CountModel? in
            let n = projects.indices.count(where: { projects[$0].phase == phase })
            return n == 0 ? nil : CountModel(label: phase.label, key: phase.rawValue, count: format.integer(n))
        }

        // The executive summary is today's text: an archived dashboard leaves it out.
        let body = isArchive ? "" : html(portfolio.info.body)
        return DashboardPage(
            layout: isArchive ? layout(for: route, title: "Dashboard at \(format.day(asOf))", crumbs: [("Dashboard", .dashboard), ("Reports", .reports)])
                              : layout(for: route, title: "Dashboard", crumbs: []),
            name: portfolio.info.name,
            statusDate: format.day(asOf),
            statusDateISO: asOf.iso,
            countsLine: countsLine,
            attention: attentionRows(from: linker),
            ragMatrix: ragMatrix(from: linker),
            milestonesDue: milestones.due,
            milestonesMissed: milestones.missed,
            milestoneWindow: format.integer(Self.milestoneWindow),
            portfolioPanel: KPIPanelModel(kpis: rollupKPIs(figures.portfolio.rollup) + confidenceKPIs() + benefitKPIs()),
            portfolioRAG: figures.portfolio.rag.map { BadgeModel(rag: $0) } ?? .noData,
            ruleText: Self.words(for: figures.portfolio.rule, overridden: false, scope: "portfolio"),
            programRollups: figures.programs.map { programRollupRow($0, from: linker) },
            watermelons: watermelonRows(from: linker),
            phaseCounts: phaseCounts,
            ratingCounts: ratingCounts(of: projects),
            projects: projects.map { projectRow($0, from: linker) },
            programs: portfolio.programs.map { programRow($0, from: linker) },
            summaryHTML: body,
            hasSummary: !body.isEmpty,
            whatChanged: whatChanged(from: linker),
            charts: dashboardCharts(),
            isArchive: isArchive,
            archiveNote: isArchive ? "The portfolio as it stood at the reporting date \(format.day(asOf)), computed with the same rules from the status reports, financials and change requests known then." : "")
    }

    /// The committed portfolio's P80 cost against its budget (SPEC §3.9, §4), when simulated.
    func confidenceKPIs() -> [KPIModel] {
        guard let total = figures.simulation?.portfolio else { return [] }
        let p80 = Money(total.cost.percentiles.p80)
        let budget = figures.portfolio.rollup.bac
        let within = total.cost.shareWithinReference.map { "; \(format.percent(Rounding.ratio($0) * 100)) of trials within budget" } ?? ""
        return [KPIModel(label: "P80 cost", value: format.compactMoney(p80),
                         note: "budget \(format.compactMoney(budget))" + within,
                         title: "Four trials in five of the risk simulation cost the committed portfolio this much or less; the budget is Σ BAC of committed projects.",
                         tone: p80 > budget ? "bad" : "good")]
    }

    /// Financial benefits of every program: realised and planned by now against target (SPEC §3.5).
    func benefitKPIs() -> [KPIModel] {
        let p = figures.portfolio
        guard p.benefitsTarget != 0 else { return [] }
        return [KPIModel(label: "Benefits realised", value: format.compactMoney(Money(p.benefitsRealised)),
                         note: "\(format.compactMoney(Money(p.benefitsPlanned))) planned by now, \(format.compactMoney(Money(p.benefitsTarget))) target",
                         title: "Financial benefits of all programs: latest measurements against the planned profile and the target.")]
    }

    /// Projects by shown overall rating (reported, else computed), best to worst, then the words-only
    /// ratings, then "Not reported". Green, amber and red always appear, even at zero.
    func ratingCounts(of projects: [Project]) -> [RatingCountModel] {
        let keys = projects.indices.map { BadgeModel(rating: figures(ofProject: projects[$0].id).rag.overall) }
        var order: [BadgeModel] = RAG.allCases.map { BadgeModel(rag: $0) }
        order += [BadgeModel(rating: .withheld(note: nil)), BadgeModel(rating: .notRated(note: nil)), .notReported]
        return order.compactMap { badge in
            let n = keys.count(where: { $0.key == badge.key })
            let always = badge.key == "green" || badge.key == "amber" || badge.key == "red"
            return n == 0 && !always ? nil : RatingCountModel(badge: badge, count: format.integer(n))
        }
    }
}
