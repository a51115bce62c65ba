import Analysis
import Portfolio

/// `changes/index.html`: the central change request log (SPEC §4), status in force at as_of.
public struct ChangeLogPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let statusCounts: [CountModel]
    public let changes: [ChangeRowModel]
    /// Submitted requests' cost and days: per project, per program and for the portfolio
    /// (SPEC §3.6). Never added to any baseline.
    public let exposure: [ExposureRowModel]
    public let hasExposure: Bool
    public let approvedCost: String
    public let approvedDays: String
}

public struct ExposureRowModel: Sendable, Encodable, Equatable {
    public let level: String
    public let link: LinkModel
    public let count: String
    public let cost: String
    public let days: String
    public let isTotal: Bool
}

public struct ChangeRowModel: Sendable, Encodable, Equatable {
    /// The row's `id` attribute, the target of links from project pages.
    public let anchor: String
    public let id: String
    public let project: LinkModel
    public let title: String
    public let status: String
    public let statusKey: String
    public let submitted: String
    public let decided: String
    public let cost: String
    public let scheduleDays: String
}

extension SiteModel {
    func changeLogPage() -> ChangeLogPage {
        let route = Route.changes
        let linker = linker(route)
        return ChangeLogPage(
            layout: layout(for: route, title: "Change requests", crumbs: [("Dashboard", .dashboard)]),
            statusCounts: ChangeStatus.allCases.map { status in
                CountModel(label: status.label, key: status.rawValue,
                           count: format.integer(changes.count(where: { $0.status == status })))
            },
            changes: changes.map { change in
                ChangeRowModel(
                    anchor: Self.changeAnchor(change.id), id: change.id,
                    project: projectLink(change.project, from: linker),
                    title: change.title, status: change.status.label, statusKey: change.status.rawValue,
                    submitted: day(change.submitted), decided: day(change.decided),
                    cost: format.signedMoney(change.cost), scheduleDays: format.signedInteger(change.scheduleDays))
            },
            exposure: exposureRows(from: linker),
            hasExposure: figures.projects.contains { !$0.pendingChanges.isEmpty },
            approvedCost: format.signedMoney(changes.filter { $0.status == .approved }.map(\.cost).sum()),
            approvedDays: format.signedInteger(changes.filter { $0.status == .approved }.map(\.scheduleDays).reduce(0, +)))
    }

    private func exposureRows(from linker: Linker) -> [ExposureRowModel] {
        func row(_ level: String, _ link: LinkModel, count: Int, cost: Money, days: Int, total: Bool = false) -> ExposureRowModel {
            ExposureRowModel(level: level, link: link, count: format.integer(count), cost: format.signedMoney(cost),
                             days: format.signedInteger(days), isTotal: total)
        }
        var rows: [ExposureRowModel] = []
        for f in figures.projects where !f.pendingChanges.isEmpty {
            rows.append(row("Project", projectLink(f.id, from: linker), count: f.pendingChanges.count,
                            cost: f.pendingChangeCost, days: f.pendingChangeDays))
        }
        for p in figures.programs where p.rollup.pendingChangeCost != .zero || p.rollup.pendingChangeDays != 0 {
            rows.append(row("Program", programLink(p.id, from: linker), count: p.members.map(\.pendingChanges.count).reduce(0, +),
                            cost: p.rollup.pendingChangeCost, days: p.rollup.pendingChangeDays))
        }
        let r = figures.portfolio.rollup
        rows.append(row("Portfolio", LinkModel(text: "All projects", href: nil),
                        count: figures.projects.map(\.pendingChanges.count).reduce(0, +),
                        cost: r.pendingChangeCost, days: r.pendingChangeDays, total: true))
        return rows
    }
}
