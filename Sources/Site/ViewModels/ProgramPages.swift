import Analysis
import Portfolio

/// `programs/index.html`.
public struct ProgramsIndexPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let programs: [ProgramRowModel]
    /// Projects that belong to no program, so the index accounts for every project.
    public let unassigned: [ProjectRowModel]
}

/// `programs/<id>/index.html`.
public struct ProgramPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let name: String
    public let facts: [FactModel]
    public let objectives: [String]
    /// The program RAG rule in force, in words (SPEC §3.4).
    public let rollupRule: String
    public let kpis: [KPIModel]
    /// The program RAG under its rule (SPEC §3.4), and how it was reached.
    public let rag: BadgeModel
    public let ragBasis: String
    public let ratingCounts: [RatingCountModel]
    public let projects: [ProjectRowModel]
    public let benefits: [BenefitRowModel]
    public let stakeholders: [StakeholderRowModel]
    public let narrativeHTML: String
    public let hasNarrative: Bool
    /// Gantt with dependencies, budget rollup, benefits, stakeholder grid.
    public let charts: [ChartModel]
    /// The program's simulated finish (SPEC §3.9).
    public let confidence: ConfidenceModel
}

public struct BenefitRowModel: Sendable, Encodable, Equatable {
    public let name: String
    public let unit: String
    public let owner: String
    public let baseline: String
    public let target: String
    public let targetDate: String
    /// The latest measurement on or before the status date, and its date.
    public let latest: String
    public let latestDate: String
    /// Planned by the status date, realisation and on-track (SPEC §3.5).
    public let planned: String
    public let realisation: String
    public let onTrack: String
    public let onTrackBadge: BadgeModel
}

public struct StakeholderRowModel: Sendable, Encodable, Equatable {
    public let name: String
    public let role: String
    public let power: String
    public let interest: String
}

extension SiteModel {
    func programsIndexPage() -> ProgramsIndexPage {
        let route = Route.programs
        let linker = linker(route)
        return ProgramsIndexPage(
            layout: layout(for: route, title: "Programs", crumbs: [("Dashboard", .dashboard)]),
            programs: portfolio.programs.map { programRow($0, from: linker) },
            unassigned: portfolio.projects.filter { $0.program == nil }.map { projectRow($0, from: linker) })
    }

    func programPage(_ program: Program) -> ProgramPage {
        let route = Route.program(program.id)
        let linker = linker(route)
        let f = figures(of: program)
        let projects = f.members.map(\.project)  // the program's projects, in id order
        let rule = program.rollup ?? portfolio.settings.rollup
        let objectiveNames = program.objectives.map { id in portfolio.info.objectives.first { $0.id == id }?.name ?? id }
        var kpis = rollupKPIs(f.rollup)
        kpis.append(KPIModel(label: "ROI", value: f.roi.map { format.percent($0 * 100) } ?? "—",
                             note: f.roi == nil ? "no financial benefit" : "financial benefits vs EAC",
                             title: "Return on investment: (Σ target of financial benefits − Σ EAC) ÷ Σ EAC."))
        let active = f.members.count(where: { $0.project.phase == .active })
        var basis = "Over \(format.integer(active)) active project\(active == 1 ? "" : "s")."
        if f.rule == .weighted, let score = RollupRAG.weightedScore(of: f.members) {
            basis += " Weighted score \(format.number(Rounding.round(score, 2)))."
        }
        let body = html(program.body)
        return ProgramPage(
            layout: layout(for: route, title: program.name, crumbs: [("Dashboard", .dashboard), ("Programs", .programs)]),
            name: program.name,
            facts: [FactModel(label: "Sponsor", text: text(program.sponsor)),
                    FactModel(label: "Manager", text: text(program.manager))],
            objectives: objectiveNames,
            rollupRule: Self.words(for: rule, overridden: program.rollup != nil),
            kpis: kpis,
            rag: f.rag.map { BadgeModel(rag: $0) } ?? .noData,
            ragBasis: basis,
            ratingCounts: ratingCounts(of: projects),
            projects: projects.map { projectRow($0, from: linker) },
            benefits: f.benefits.map(benefitRow),
            stakeholders: program.stakeholders.map {
                StakeholderRowModel(name: $0.name, role: text($0.role),
                                    power: $0.power.map { $0 == .high ? "High" : "Low" } ?? "—",
                                    interest: $0.interest.map { $0 == .high ? "High" : "Low" } ?? "—")
            },
            narrativeHTML: body,
            hasNarrative: !body.isEmpty,
            charts: programCharts(program),
            confidence: programConfidence(program))
    }

    func benefitRow(_ figures: BenefitFigures) -> BenefitRowModel {
        let benefit = figures.benefit
        let value: (Double) -> String = { benefit.financial ? format.money(Money($0)) : format.number(Rounding.value($0)) }
        let latest = benefit.measurements.filter { $0.date <= asOf }.max { $0.date < $1.date }
        return BenefitRowModel(
            name: benefit.name,
            unit: benefit.financial ? portfolio.settings.currency : text(benefit.unit),
            owner: text(benefit.owner),
            baseline: value(benefit.baseline),
            target: value(benefit.target),
            targetDate: day(benefit.targetDate),
            latest: latest.map { value($0.value) } ?? "Not measured",
            latestDate: latest.map { format.day($0.date) } ?? "",
            planned: figures.planned.map(value) ?? "—",
            realisation: figures.realisation.map { format.percent(Rounding.ratio($0) * 100) } ?? "—",
            onTrack: figures.onTrack.map { ratio($0) } ?? "—",
            onTrackBadge: figures.onTrackRAG.map { BadgeModel(rag: $0) } ?? .noData)
    }

    /// SPEC §3.4 in words, as the program page states it.
    static func words(for rule: RollupRule, overridden: Bool, scope: String = "program") -> String {
        let source = scope == "portfolio" ? "set in pmo.yaml" : overridden ? "set for this program" : "the portfolio default"
        switch rule {
        case .worst:
            return "Worst (\(source)): the \(scope)'s RAG is the worst shown overall RAG among its active projects."
        case .weighted:
            return "Weighted (\(source)): each active project scores Green 0, Amber/Green 0.5, Amber 1, Amber/Red 1.5, Red 2; "
                + "the scores are averaged with the projects' budgets (BAC) as weights; below 0.5 is green, below 1.25 amber, otherwise red."
        }
    }
}
