/// A program: related projects rolled up (SPEC §2.3).
public struct Program: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var sponsor: String?
    public var manager: String?
    public var objectives: [String]
    /// Overrides the site's rule when set.
    public var rollup: RollupRule?
    public var benefits: [Benefit]
    public var stakeholders: [Stakeholder]
    /// Narrative, GFM Markdown.
    public var body: String
    public var location: SourceLocation

    public init(id: String, name: String, sponsor: String? = nil, manager: String? = nil, objectives: [String] = [],
                rollup: RollupRule? = nil, benefits: [Benefit] = [], stakeholders: [Stakeholder] = [],
                body: String = "", location: SourceLocation) {
        self.id = id; self.name = name; self.sponsor = sponsor; self.manager = manager; self.objectives = objectives
        self.rollup = rollup; self.benefits = benefits; self.stakeholders = stakeholders; self.body = body
        self.location = location
    }
}

/// A benefit a program promises, with its measurements (front matter and `benefits.csv` together).
public struct Benefit: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var unit: String?
    public var financial: Bool
    public var baseline: Double
    public var target: Double
    /// Realisation starts; the planned profile is linear from `start` to `targetDate`.
    public var start: Day?
    public var targetDate: Day?
    public var owner: String?
    /// Sorted by date.
    public var measurements: [Measurement]

    public init(id: String, name: String, unit: String? = nil, financial: Bool = false, baseline: Double = 0,
                target: Double, start: Day? = nil, targetDate: Day? = nil, owner: String? = nil,
                measurements: [Measurement] = []) {
        self.id = id; self.name = name; self.unit = unit; self.financial = financial; self.baseline = baseline
        self.target = target; self.start = start; self.targetDate = targetDate; self.owner = owner
        self.measurements = measurements
    }
}

public struct Measurement: Hashable, Sendable {
    public var date: Day
    public var value: Double
    public init(date: Day, value: Double) { self.date = date; self.value = value }
}

public struct Stakeholder: Hashable, Sendable {
    public var name: String
    public var role: String?
    public var power: Level?
    public var interest: Level?
    public init(name: String, role: String? = nil, power: Level? = nil, interest: Level? = nil) {
        self.name = name; self.role = role; self.power = power; self.interest = interest
    }
}
