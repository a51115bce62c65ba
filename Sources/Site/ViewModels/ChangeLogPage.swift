import Portfolio

/// `changes/index.html`: the central change request log (SPEC §4), status in force at as_of.
public struct ChangeLogPage: Sendable {
    public let layout: LayoutModel
    public let statusCounts: [CountModel]
    public let changes: [ChangeRowModel]
}

public struct ChangeRowModel: Sendable, Equatable {
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
                           count: format.integer(changes.filter { $0.status == status }.count))
            },
            changes: changes.map { change in
                ChangeRowModel(
                    anchor: Self.changeAnchor(change.id), id: change.id,
                    project: projectLink(change.project, from: linker),
                    title: change.title, status: change.status.label, statusKey: change.status.rawValue,
                    submitted: day(change.submitted), decided: day(change.decided),
                    cost: format.signedMoney(change.cost), scheduleDays: format.signedInteger(change.scheduleDays))
            })
    }
}
