import Analysis
import Portfolio

/// `projects/index.html`.
public struct ProjectsIndexPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let projects: [ProjectRowModel]
}

/// `projects/<id>/index.html`.
public struct ProjectPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let name: String
    public let facts: [FactModel]
    /// Every earned-value figure (SPEC §3.1), with its meaning on hover.
    public let kpis: [KPIModel]
    /// Why earned value is missing, in words (no percent complete reported); empty otherwise.
    public let earnedValueNote: String
    public let hasEarnedValueNote: Bool
    /// Shown, reported and computed RAG per dimension (SPEC §3.2).
    public let ragRows: [RAGRowModel]
    /// The watermelon warning; empty when not flagged.
    public let watermelon: String
    public let isWatermelon: Bool
    /// Several assessments of the latest report that has them (e.g. IPA, SRO).
    public let assessments: [DimensionModel]
    public let ratingsNote: String
    public let narrativeHTML: String
    public let hasNarrative: Bool
    /// Gantt, earned-value S-curve, budget bars, RAG trend.
    public let charts: [ChartModel]
    /// Monte Carlo finish and cost, probabilities and drivers (SPEC §3.9).
    public let confidence: ConfidenceModel
    public let milestones: [MilestoneRowModel]
    public let risks: [RiskRowModel]
    public let issues: [IssueRowModel]
    public let dependencies: [LinkModel]
    public let demand: [DemandRowModel]
    public let changes: [ChangeRefModel]
    /// Newest first.
    public let reports: [ReportRefModel]
}

public struct MilestoneRowModel: Sendable, Encodable, Equatable {
    public let name: String
    public let baseline: String
    public let forecast: String
    public let actual: String
    public let deliverable: String
}

public struct RiskRowModel: Sendable, Encodable, Equatable {
    public let id: String
    public let title: String
    public let probability: String
    public let cost: String
    public let scheduleDays: String
    /// Probability × mean impact (SPEC §3.9), in money and in days; "—" for a closed risk or no triple.
    public let costExposure: String
    public let daysExposure: String
    public let owner: String
    public let response: String
    public let status: String
}

public struct IssueRowModel: Sendable, Encodable, Equatable {
    public let title: String
    public let severity: String
    public let severityKey: String
    public let owner: String
    public let due: String
    public let status: String
}

public struct DemandRowModel: Sendable, Encodable, Equatable {
    public let role: String
    public let fte: String
    public let from: String
    public let to: String
}

/// A change request of a project, linking to its row in the change log.
public struct ChangeRefModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let title: String
    public let status: String
    public let cost: String
    public let scheduleDays: String
}

public struct ReportRefModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let dateISO: String
    public let badge: BadgeModel
}

extension SiteModel {
    func projectsIndexPage() -> ProjectsIndexPage {
        let route = Route.projects
        let linker = linker(route)
        return ProjectsIndexPage(layout: layout(for: route, title: "Projects", crumbs: [("Dashboard", .dashboard)]),
                                 projects: portfolio.projects.map { projectRow($0, from: linker) })
    }

    func projectPage(_ project: Project) -> ProjectPage {
        let route = Route.project(project.id)
        let linker = linker(route)
        let body = html(project.body)
        let latestReport = reports(of: project).last
        let ratingsNote = latestReport.map { "Latest status report: \(format.day($0.date))." }
            ?? "No status report on or before \(format.day(asOf))."
        return ProjectPage(
            layout: layout(for: route, title: project.name, crumbs: [("Dashboard", .dashboard), ("Projects", .projects)]),
            name: project.name,
            facts: facts(of: project, from: linker),
            kpis: earnedValueKPIs(of: project),
            earnedValueNote: earnedValueNote(of: project),
            hasEarnedValueNote: !earnedValueNote(of: project).isEmpty,
            ragRows: ragRows(of: project),
            watermelon: watermelonText(of: project),
            isWatermelon: figures(of: project).rag.watermelon,
            assessments: latest({ $0.ratings.isEmpty ? nil : $0.ratings }, of: project)?.value
                .map { DimensionModel(dimension: $0.by, badge: BadgeModel(rating: $0.value)) } ?? [],
            ratingsNote: ratingsNote,
            narrativeHTML: body,
            hasNarrative: !body.isEmpty,
            charts: projectCharts(project),
            confidence: projectConfidence(project),
            milestones: project.milestones.map {
                MilestoneRowModel(name: $0.name, baseline: day($0.baseline), forecast: day($0.forecast),
                                  actual: day($0.actual), deliverable: $0.deliverable ? "Yes" : "No")
            },
            risks: project.risks.map(riskRow),
            issues: project.issues.map {
                IssueRowModel(title: $0.title, severity: $0.severity.label, severityKey: $0.severity.rawValue,
                              owner: text($0.owner), due: day($0.due), status: text($0.status))
            },
            dependencies: project.dependsOn.map { projectLink($0, from: linker) },
            demand: project.demand.map {
                DemandRowModel(role: $0.role, fte: format.number($0.fte),
                               from: $0.from.map(format.month) ?? "Project start",
                               to: $0.to.map(format.month) ?? "Baseline finish")
            },
            changes: changes.filter { $0.project == project.id }.map { change in
                ChangeRefModel(link: LinkModel(text: change.id, href: linker.href(to: .changes, fragment: Self.changeAnchor(change.id))),
                               title: change.title, status: change.status.label,
                               cost: format.signedMoney(change.cost), scheduleDays: format.signedInteger(change.scheduleDays))
            },
            reports: reports(of: project).reversed().map { report in
                ReportRefModel(link: LinkModel(text: format.day(report.date),
                                               href: linker.href(to: .statusReport(project: project.id, date: report.date))),
                               dateISO: report.date.iso, badge: BadgeModel(rating: report.overall))
            })
    }

    private func facts(of project: Project, from linker: Linker) -> [FactModel] {
        var facts = [FactModel(label: "Program", value: programLink(project.program, from: linker)),
                     FactModel(label: "Manager", text: text(project.manager)),
                     FactModel(label: "Sponsor", text: text(project.sponsor)),
                     FactModel(label: "Phase", text: project.phase.label)]
        if let category = project.category, !category.trimmingWhitespace().isEmpty {
            facts.append(FactModel(label: "Category", text: category))
        }
        facts += [FactModel(label: "Start", text: day(project.start)),
                  FactModel(label: "Finish (before changes)", text: day(project.finish)),
                  FactModel(label: "Budget (before changes)", text: project.budget.map(format.money) ?? "Not given")]
        return facts + officeFacts(of: project, from: linker)
    }

    private func riskRow(_ risk: Risk) -> RiskRowModel {
        let range: (Triple?, (Double) -> String) -> String = { triple, show in
            guard let t = triple else { return "—" }
            return "\(show(t.low)) / \(show(t.likely)) / \(show(t.high))"
        }
        let exposure = risk.status == .open ? RiskExposure(projectID: "", risk: risk, distribution: portfolio.settings.simulation.distribution) : nil
        return RiskRowModel(
            id: risk.id, title: risk.title, probability: format.probability(risk.probability),
            cost: range(risk.cost) { format.compactMoney(Money($0)) },
            scheduleDays: range(risk.scheduleDays) { format.number($0, maxFractionDigits: 0) },
            costExposure: exposure?.cost.map(format.money) ?? "—",
            daysExposure: exposure?.days.map { format.number($0, maxFractionDigits: 1) } ?? "—",
            owner: text(risk.owner), response: text(risk.response),
            status: risk.status == .open ? "Open" : "Closed")
    }
}
