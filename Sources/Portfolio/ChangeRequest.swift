/// A change request: `content/changes/<id>.md` (SPEC §2.6).
public struct ChangeRequest: Hashable, Sendable, Identifiable {
    public var id: String
    public var project: String
    public var title: String
    public var status: ChangeStatus
    public var submitted: Day?
    public var decided: Day?
    /// May be negative (descoping).
    public var cost: Money
    public var scheduleDays: Int
    public var demand: [DemandEntry]
    /// Rationale, GFM Markdown.
    public var body: String
    public var location: SourceLocation

    public init(id: String, project: String, title: String, status: ChangeStatus, submitted: Day? = nil,
                decided: Day? = nil, cost: Money = .zero, scheduleDays: Int = 0, demand: [DemandEntry] = [],
                body: String = "", location: SourceLocation) {
        self.id = id; self.project = project; self.title = title; self.status = status; self.submitted = submitted
        self.decided = decided; self.cost = cost; self.scheduleDays = scheduleDays; self.demand = demand
        self.body = body; self.location = location
    }
}
