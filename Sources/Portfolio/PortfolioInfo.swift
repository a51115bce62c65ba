/// The portfolio itself: `content/_index.md` (SPEC §2.2).
public struct PortfolioInfo: Hashable, Sendable {
    public var name: String
    public var objectives: [Objective]
    /// Funding available for the horizon (selection, SPEC §3.8); nil when not given.
    public var funding: Money?
    public var horizon: MonthRange?
    public var capacity: [CapacityEntry]
    /// The executive summary, GFM Markdown.
    public var body: String
    public var location: SourceLocation

    public init(name: String, objectives: [Objective] = [], funding: Money? = nil, horizon: MonthRange? = nil,
                capacity: [CapacityEntry] = [], body: String = "", location: SourceLocation) {
        self.name = name; self.objectives = objectives; self.funding = funding; self.horizon = horizon
        self.capacity = capacity; self.body = body; self.location = location
    }
}

/// A strategic objective; weights are normalised to sum 1 when used.
public struct Objective: Hashable, Sendable {
    public var id: String
    public var name: String
    public var weight: Double
    public init(id: String, name: String, weight: Double) { self.id = id; self.name = name; self.weight = weight }
}

/// FTE of a role per month; from/to nil = the horizon.
public struct CapacityEntry: Hashable, Sendable {
    public var role: String
    public var fte: Double
    public var from: Month?
    public var to: Month?
    public init(role: String, fte: Double, from: Month? = nil, to: Month? = nil) {
        self.role = role; self.fte = fte; self.from = from; self.to = to
    }
}
