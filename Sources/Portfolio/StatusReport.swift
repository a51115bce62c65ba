/// A dated status report: `content/projects/<id>/status/<YYYY-MM-DD>.md` (SPEC §2.5).
public struct StatusReport: Hashable, Sendable {
    // The fields live in one immutable object: a copy of a status report is one retain, not one for
    // each of its strings and lists (arrays of them are read, filtered and passed by value all
    // over the build). A change makes a new object; nothing changes them after loading.
    private var storage: Storage

    public var project: String {
        _read { yield storage.fields.project }
        set { var fields = storage.fields; fields.project = newValue; storage = Storage(fields) }
    }
    /// From the file name.
    public var date: Day {
        _read { yield storage.fields.date }
        set { var fields = storage.fields; fields.date = newValue; storage = Storage(fields) }
    }
    /// The rating shown; `withheld` and `not-rated` carry their note.
    public var overall: Rating? {
        _read { yield storage.fields.overall }
        set { var fields = storage.fields; fields.overall = newValue; storage = Storage(fields) }
    }
    public var schedule: RAG? {
        _read { yield storage.fields.schedule }
        set { var fields = storage.fields; fields.schedule = newValue; storage = Storage(fields) }
    }
    public var cost: RAG? {
        _read { yield storage.fields.cost }
        set { var fields = storage.fields; fields.cost = newValue; storage = Storage(fields) }
    }
    public var scope: RAG? {
        _read { yield storage.fields.scope }
        set { var fields = storage.fields; fields.scope = newValue; storage = Storage(fields) }
    }
    public var resources: RAG? {
        _read { yield storage.fields.resources }
        set { var fields = storage.fields; fields.resources = newValue; storage = Storage(fields) }
    }
    /// Several assessments of the same report (e.g. IPA and SRO).
    public var ratings: [Assessment] {
        _read { yield storage.fields.ratings }
        set { var fields = storage.fields; fields.ratings = newValue; storage = Storage(fields) }
    }
    public var percentComplete: Double? {
        _read { yield storage.fields.percentComplete }
        set { var fields = storage.fields; fields.percentComplete = newValue; storage = Storage(fields) }
    }
    public var actualCost: Money? {
        _read { yield storage.fields.actualCost }
        set { var fields = storage.fields; fields.actualCost = newValue; storage = Storage(fields) }
    }
    public var forecastFinish: Day? {
        _read { yield storage.fields.forecastFinish }
        set { var fields = storage.fields; fields.forecastFinish = newValue; storage = Storage(fields) }
    }
    public var forecastCost: Money? {
        _read { yield storage.fields.forecastCost }
        set { var fields = storage.fields; fields.forecastCost = newValue; storage = Storage(fields) }
    }
    /// Narrative, GFM Markdown.
    public var body: String {
        _read { yield storage.fields.body }
        set { var fields = storage.fields; fields.body = newValue; storage = Storage(fields) }
    }
    public var location: SourceLocation {
        _read { yield storage.fields.location }
        set { var fields = storage.fields; fields.location = newValue; storage = Storage(fields) }
    }

    public init(project: String, date: Day, overall: Rating? = nil, schedule: RAG? = nil, cost: RAG? = nil,
                scope: RAG? = nil, resources: RAG? = nil, ratings: [Assessment] = [], percentComplete: Double? = nil,
                actualCost: Money? = nil, forecastFinish: Day? = nil, forecastCost: Money? = nil, body: String = "",
                location: SourceLocation) {
        storage = Storage(Fields(project: project, date: date, overall: overall, schedule: schedule, cost: cost, scope: scope, resources: resources, ratings: ratings, percentComplete: percentComplete, actualCost: actualCost, forecastFinish: forecastFinish, forecastCost: forecastCost, body: body, location: location))
    }

    public static func == (a: StatusReport, b: StatusReport) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    private struct Fields: Hashable, Sendable {
        var project: String
        var date: Day
        var overall: Rating?
        var schedule: RAG?
        var cost: RAG?
        var scope: RAG?
        var resources: RAG?
        var ratings: [Assessment]
        var percentComplete: Double?
        var actualCost: Money?
        var forecastFinish: Day?
        var forecastCost: Money?
        var body: String
        var location: SourceLocation
    }

    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}

/// One assessment among several, e.g. `{by: IPA, value: amber}`.
public struct Assessment: Hashable, Sendable {
    public var by: String
    public var value: Rating
    public init(by: String, value: Rating) { self.by = by; self.value = value }
}
