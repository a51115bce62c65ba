import Portfolio

/// `programs/index.html`.
public struct ProgramsIndexPage: Sendable {
    public let layout: LayoutModel
    public let programs: [ProgramRowModel]
    /// Projects that belong to no program, so the index accounts for every project.
    public let unassigned: [ProjectRowModel]
}

/// `programs/<id>/index.html`.
public struct ProgramPage: Sendable {
    public let layout: LayoutModel
    public let name: String
    public let facts: [FactModel]
    public let objectives: [String]
    /// The program RAG rule in force, in words (SPEC §3.4).
    public let rollupRule: String
    public let kpis: [KPIModel]
    public let ratingCounts: [RatingCountModel]
    public let projects: [ProjectRowModel]
    public let benefits: [BenefitRowModel]
    public let stakeholders: [StakeholderRowModel]
    public let narrativeHTML: String
    public let hasNarrative: Bool
}

public struct BenefitRowModel: Sendable, Equatable {
    public let name: String
    public let unit: String
    public let owner: String
    public let baseline: String
    public let target: String
    public let targetDate: String
    /// The latest measurement on or before the status date, and its date.
    public let latest: String
    public let latestDate: String
}

public struct StakeholderRowModel: Sendable, Equatable {
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
        let projects = portfolio.projects(in: program.id)
        let rule = program.rollup ?? portfolio.settings.rollup
        let objectiveNames = program.objectives.map { id in portfolio.info.objectives.first { $0.id == id }?.name ?? id }
        let budgets = projects.compactMap(\.budget)
        var kpis = [KPIModel(label: "Projects", value: format.integer(projects.count))]
        if !budgets.isEmpty {
            kpis.append(KPIModel(label: "Baseline budget", value: format.compactMoney(budgets.sum()),
                                 note: budgets.count < projects.count ? "\(format.integer(projects.count - budgets.count)) without a budget" : ""))
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
            ratingCounts: ratingCounts(of: projects),
            projects: projects.map { projectRow($0, from: linker) },
            benefits: program.benefits.map(benefitRow),
            stakeholders: program.stakeholders.map {
                StakeholderRowModel(name: $0.name, role: text($0.role),
                                    power: $0.power.map { $0 == .high ? "High" : "Low" } ?? "—",
                                    interest: $0.interest.map { $0 == .high ? "High" : "Low" } ?? "—")
            },
            narrativeHTML: body,
            hasNarrative: !body.isEmpty)
    }

    func benefitRow(_ benefit: Benefit) -> BenefitRowModel {
        let value: (Double) -> String = { benefit.financial ? format.money(Money($0)) : format.number($0) }
        let latest = benefit.measurements.filter { $0.date <= asOf }.max { $0.date < $1.date }
        return BenefitRowModel(
            name: benefit.name,
            unit: benefit.financial ? portfolio.settings.currency : text(benefit.unit),
            owner: text(benefit.owner),
            baseline: value(benefit.baseline),
            target: value(benefit.target),
            targetDate: day(benefit.targetDate),
            latest: latest.map { value($0.value) } ?? "Not measured",
            latestDate: latest.map { format.day($0.date) } ?? "")
    }

    /// SPEC §3.4 in words, as the program page states it.
    static func words(for rule: RollupRule, overridden: Bool) -> String {
        let source = overridden ? "set for this program" : "the portfolio default"
        switch rule {
        case .worst:
            return "Worst (\(source)): the program's RAG is the worst overall RAG among its active projects."
        case .weighted:
            return "Weighted (\(source)): green scores 0, amber 1 and red 2; the scores of the active projects are "
                + "averaged with their budgets as weights; below 0.5 is green, below 1.25 amber, otherwise red."
        }
    }
}
