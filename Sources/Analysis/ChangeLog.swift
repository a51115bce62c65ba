import Portfolio

/// Change requests as they stood at a date (SPEC §3 intro and §3.6): one decided after the
/// date counts as submitted, whatever its status; one submitted after the date is left out.
public struct ChangeLog: Sendable {
    public struct Entry: Hashable, Sendable {
        public let change: ChangeRequest
        /// The status in force at the date.
        public let status: ChangeStatus
    }

    /// In id order.
    public let entries: [Entry]
    /// `entries` by project, each in id order: a portfolio's pages and figures ask once per
    /// project, and a filter over every change each time made that quadratic.
    private let byProject: [String: [Entry]]

    public init(_ changes: [ChangeRequest], at date: Day) {
        entries = changes.compactMap { change in
            if let submitted = change.submitted, submitted > date { return nil }
            if change.status != .submitted, let decided = change.decided, decided > date {
                return Entry(change: change, status: .submitted)
            }
            return Entry(change: change, status: change.status)
        }.sorted { $0.change.id < $1.change.id }
        byProject = Dictionary(grouping: entries) { $0.change.project }
    }

    public func entries(for project: String) -> [Entry] { byProject[project] ?? [] }
    public func approved(for project: String) -> [ChangeRequest] {
        entries(for: project).filter { $0.status == .approved }.map(\.change)
    }
    public func pending(for project: String) -> [ChangeRequest] {
        entries(for: project).filter { $0.status == .submitted }.map(\.change)
    }
}
