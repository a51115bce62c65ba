/// A dated status report: `content/projects/<id>/status/<YYYY-MM-DD>.md` (SPEC §2.5).
public struct StatusReport: Hashable, Sendable {
    public var project: String
    /// From the file name.
    public var date: Day
    /// The rating shown; `withheld` and `not-rated` carry their note.
    public var overall: Rating?
    public var schedule: RAG?
    public var cost: RAG?
    public var scope: RAG?
    public var resources: RAG?
    /// Several assessments of the same report (e.g. IPA and SRO).
    public var ratings: [Assessment]
    public var percentComplete: Double?
    public var actualCost: Money?
    public var forecastFinish: Day?
    public var forecastCost: Money?
    /// Narrative, GFM Markdown.
    public var body: String
    public var location: SourceLocation

    public init(project: String, date: Day, overall: Rating? = nil, schedule: RAG? = nil, cost: RAG? = nil,
                scope: RAG? = nil, resources: RAG? = nil, ratings: [Assessment] = [], percentComplete: Double? = nil,
                actualCost: Money? = nil, forecastFinish: Day? = nil, forecastCost: Money? = nil, body: String = "",
                location: SourceLocation) {
        self.project = project; self.date = date; self.overall = overall; self.schedule = schedule; self.cost = cost
        self.scope = scope; self.resources = resources; self.ratings = ratings; self.percentComplete = percentComplete
        self.actualCost = actualCost; self.forecastFinish = forecastFinish; self.forecastCost = forecastCost
        self.body = body; self.location = location
    }
}

/// One assessment among several, e.g. `{by: IPA, value: amber}`.
public struct Assessment: Hashable, Sendable {
    public var by: String
    public var value: Rating
    public init(by: String, value: Rating) { self.by = by; self.value = value }
}
