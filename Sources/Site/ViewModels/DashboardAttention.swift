import Analysis
import Portfolio

/// A project that needs leadership's attention (shown overall red or amber/red), with why.
public struct AttentionRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let badge: BadgeModel
    public let reason: String
}

/// One row of the RAG matrix: a project against every dimension.
public struct RAGMatrixRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let phase: String
    public let overall: BadgeModel
    public let schedule: BadgeModel
    public let cost: BadgeModel
    public let scope: BadgeModel
    public let resources: BadgeModel
}

/// A milestone due soon, or missed.
public struct MilestoneDueModel: Sendable, Encodable, Equatable {
    public let project: LinkModel
    public let name: String
    public let due: String
    public let baseline: String
    /// "in 12 days", "34 days late".
    public let when: String
    public let deliverable: Bool
}

extension SiteModel {
    /// The days ahead the dashboard lists milestones for.
    static let milestoneWindow = 90

    /// Projects still running (not closed or cancelled) shown red or amber/red, worst first,
    /// each with the figures and ratings behind it.
    func attentionRows(from linker: Linker) -> [AttentionRowModel] {
        figures.projects
            .filter { $0.project.phase != .closed && $0.project.phase != .cancelled }
            .filter { $0.rag.overall?.rag.map { $0 >= .amberRed } ?? false }
            .sorted { ($0.rag.overall?.rag ?? .green, $1.id) > ($1.rag.overall?.rag ?? .green, $0.id) }
            .map { AttentionRowModel(link: projectLink($0.id, from: linker), badge: BadgeModel(rating: $0.rag.overall), reason: reason($0)) }
    }

    /// Why a project is red, in figures: the red dimensions reported, and the computed tests that fail.
    func reason(_ f: ProjectFigures) -> String {
        let rules = RAGRules(thresholds: portfolio.settings.thresholds)
        let e = f.earnedValue
        var parts: [String] = []
        let reportedRed = [("schedule", f.rag.reportedSchedule), ("cost", f.rag.reportedCost),
                           ("scope", f.rag.reportedScope), ("resources", f.rag.reportedResources)]
            .filter { ($0.1 ?? .green) >= .amberRed }.map(\.0)
        if !reportedRed.isEmpty { parts.append("reported red on " + reportedRed.joined(separator: ", ")) }
        if let spi = e.spi, f.inputs.percentCompleteSource != .none, rules.indexBand(spi) == .red { parts.append("SPI \(ratio(spi))") }
        if let cpi = e.cpi, f.inputs.percentCompleteSource != .none, rules.indexBand(cpi) == .red { parts.append("CPI \(ratio(cpi))") }
        if let slip = e.slipDays, slip > 0 { parts.append("\(format.integer(slip)) days late") }
        if let eac = e.eac, let bac = e.bac, bac.amount > 0, eac > bac {
            parts.append("forecast \(format.compactMoney(eac)) against a budget of \(format.compactMoney(bac)) (+\(format.number((eac.amount / bac.amount - 1) * 100, maxFractionDigits: 0))%)")
        }
        if let note = f.rag.overall?.note { parts.append(note) }
        return parts.isEmpty ? "reported red" : parts.joined(separator: "; ")
    }

    /// Active and on-hold projects against every RAG dimension (shown values).
    func ragMatrix(from linker: Linker) -> [RAGMatrixRowModel] {
        figures.projects.filter { $0.project.phase == .active || $0.project.phase == .onHold }.map { f in
            RAGMatrixRowModel(link: projectLink(f.id, from: linker), phase: f.project.phase.label,
                              overall: BadgeModel(rating: f.rag.overall), schedule: BadgeModel(rag: f.rag.schedule),
                              cost: BadgeModel(rag: f.rag.cost), scope: BadgeModel(rag: f.rag.reportedScope),
                              resources: BadgeModel(rag: f.rag.reportedResources))
        }
    }

    /// Milestones without an actual date: due (forecast, else baseline) within the window after
    /// the status date, or already past it (missed). Sorted by date, then project.
    func milestones(from linker: Linker) -> (due: [MilestoneDueModel], missed: [MilestoneDueModel]) {
        var due: [(Day, String, MilestoneDueModel)] = [], missed: [(Day, String, MilestoneDueModel)] = []
        // By position: `for project in` copied every project (its strings and lists) on every dashboard.
        let projects = portfolio.projects
        for p in projects.indices where projects[p].phase == .active || projects[p].phase == .approved || projects[p].phase == .onHold {
            let id = projects[p].id
            for m in projects[p].milestones where m.actual == nil {
                guard let date = m.forecast ?? m.baseline else { continue }
                let days = asOf.days(to: date)
                guard days <= Self.milestoneWindow else { continue }
                // No closure over `project` here: capturing it copied the whole project (every
                // string and list) for each of its open milestones, on every dashboard.
                let when = days < 0 ? "\(format.integer(-days)) day\(days == -1 ? "" : "s") late"
                    : days == 0 ? "today" : "in \(format.integer(days)) day\(days == 1 ? "" : "s")"
                let row = MilestoneDueModel(project: projectLink(id, from: linker), name: m.name, due: format.day(date),
                                            baseline: day(m.baseline), when: when, deliverable: m.deliverable)
                if days < 0 { missed.append((date, id, row)) } else { due.append((date, id, row)) }
            }
        }
        let order: ((Day, String, MilestoneDueModel), (Day, String, MilestoneDueModel)) -> Bool = { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return (due.sorted(by: order).map(\.2), missed.sorted(by: order).map(\.2))
    }
}
