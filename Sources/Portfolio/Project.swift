/// A project bundle: `content/projects/<id>/index.md` with its status reports and
/// `financials.csv` (SPEC §2.4).
public struct Project: Hashable, Sendable, Identifiable {
    // The fields live in one immutable object: a copy of a project is one retain, not one for
    // each of its strings and lists (arrays of them are read, filtered and passed by value all
    // over the build). A change makes a new object; nothing changes them after loading.
    private var storage: Storage

    public var id: String {
        _read { yield storage.fields.id }
        set { var fields = storage.fields; fields.id = newValue; storage = Storage(fields) }
    }
    public var name: String {
        _read { yield storage.fields.name }
        set { var fields = storage.fields; fields.name = newValue; storage = Storage(fields) }
    }
    public var program: String? {
        _read { yield storage.fields.program }
        set { var fields = storage.fields; fields.program = newValue; storage = Storage(fields) }
    }
    public var manager: String? {
        _read { yield storage.fields.manager }
        set { var fields = storage.fields; fields.manager = newValue; storage = Storage(fields) }
    }
    public var sponsor: String? {
        _read { yield storage.fields.sponsor }
        set { var fields = storage.fields; fields.sponsor = newValue; storage = Storage(fields) }
    }
    public var phase: Phase {
        _read { yield storage.fields.phase }
        set { var fields = storage.fields; fields.phase = newValue; storage = Storage(fields) }
    }
    /// Baseline start and finish.
    public var start: Day? {
        _read { yield storage.fields.start }
        set { var fields = storage.fields; fields.start = newValue; storage = Storage(fields) }
    }
    public var finish: Day? {
        _read { yield storage.fields.finish }
        set { var fields = storage.fields; fields.finish = newValue; storage = Storage(fields) }
    }
    /// Baseline budget at completion, before approved changes; nil when not given (e.g. withheld).
    public var budget: Money? {
        _read { yield storage.fields.budget }
        set { var fields = storage.fields; fields.budget = newValue; storage = Storage(fields) }
    }
    /// Fallbacks; the latest status report wins (SPEC §3).
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
    /// Finish-to-start predecessors.
    public var dependsOn: [String] {
        _read { yield storage.fields.dependsOn }
        set { var fields = storage.fields; fields.dependsOn = newValue; storage = Storage(fields) }
    }
    /// 0–5 per objective id; missing = 0.
    public var scores: [String: Double] {
        _read { yield storage.fields.scores }
        set { var fields = storage.fields; fields.scores = newValue; storage = Storage(fields) }
    }
    public var savingsPlanned: Money? {
        _read { yield storage.fields.savingsPlanned }
        set { var fields = storage.fields; fields.savingsPlanned = newValue; storage = Storage(fields) }
    }
    public var savingsRealised: Money? {
        _read { yield storage.fields.savingsRealised }
        set { var fields = storage.fields; fields.savingsRealised = newValue; storage = Storage(fields) }
    }
    public var category: String? {
        _read { yield storage.fields.category }
        set { var fields = storage.fields; fields.category = newValue; storage = Storage(fields) }
    }
    public var milestones: [Milestone] {
        _read { yield storage.fields.milestones }
        set { var fields = storage.fields; fields.milestones = newValue; storage = Storage(fields) }
    }
    public var risks: [Risk] {
        _read { yield storage.fields.risks }
        set { var fields = storage.fields; fields.risks = newValue; storage = Storage(fields) }
    }
    /// Overrides the site's simulation multipliers.
    public var uncertaintyDuration: Triple? {
        _read { yield storage.fields.uncertaintyDuration }
        set { var fields = storage.fields; fields.uncertaintyDuration = newValue; storage = Storage(fields) }
    }
    public var uncertaintyCost: Triple? {
        _read { yield storage.fields.uncertaintyCost }
        set { var fields = storage.fields; fields.uncertaintyCost = newValue; storage = Storage(fields) }
    }
    public var demand: [DemandEntry] {
        _read { yield storage.fields.demand }
        set { var fields = storage.fields; fields.demand = newValue; storage = Storage(fields) }
    }
    public var issues: [Issue] {
        _read { yield storage.fields.issues }
        set { var fields = storage.fields; fields.issues = newValue; storage = Storage(fields) }
    }
    public var confidential: Bool {
        _read { yield storage.fields.confidential }
        set { var fields = storage.fields; fields.confidential = newValue; storage = Storage(fields) }
    }
    /// Narrative, GFM Markdown.
    public var body: String {
        _read { yield storage.fields.body }
        set { var fields = storage.fields; fields.body = newValue; storage = Storage(fields) }
    }
    /// Sorted by date, oldest first.
    public var statusReports: [StatusReport] {
        _read { yield storage.fields.statusReports }
        set { var fields = storage.fields; fields.statusReports = newValue; storage = Storage(fields) }
    }
    public var financials: Financials? {
        _read { yield storage.fields.financials }
        set { var fields = storage.fields; fields.financials = newValue; storage = Storage(fields) }
    }
    public var location: SourceLocation {
        _read { yield storage.fields.location }
        set { var fields = storage.fields; fields.location = newValue; storage = Storage(fields) }
    }

    public init(id: String, name: String, program: String? = nil, manager: String? = nil, sponsor: String? = nil,
                phase: Phase, start: Day? = nil, finish: Day? = nil, budget: Money? = nil,
                percentComplete: Double? = nil, actualCost: Money? = nil, forecastFinish: Day? = nil,
                forecastCost: Money? = nil, dependsOn: [String] = [], scores: [String: Double] = [:],
                savingsPlanned: Money? = nil, savingsRealised: Money? = nil, category: String? = nil,
                milestones: [Milestone] = [], risks: [Risk] = [], uncertaintyDuration: Triple? = nil,
                uncertaintyCost: Triple? = nil, demand: [DemandEntry] = [], issues: [Issue] = [],
                confidential: Bool = false, body: String = "", statusReports: [StatusReport] = [],
                financials: Financials? = nil, location: SourceLocation) {
        storage = Storage(Fields(id: id, name: name, program: program, manager: manager, sponsor: sponsor, phase: phase, start: start, finish: finish, budget: budget, percentComplete: percentComplete, actualCost: actualCost, forecastFinish: forecastFinish, forecastCost: forecastCost, dependsOn: dependsOn, scores: scores, savingsPlanned: savingsPlanned, savingsRealised: savingsRealised, category: category, milestones: milestones, risks: risks, uncertaintyDuration: uncertaintyDuration, uncertaintyCost: uncertaintyCost, demand: demand, issues: issues, confidential: confidential, body: body, statusReports: statusReports, financials: financials, location: location))
    }

    public static func == (a: Project, b: Project) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    private struct Fields: Hashable, Sendable {
        var id: String
        var name: String
        var program: String?
        var manager: String?
        var sponsor: String?
        var phase: Phase
        var start: Day?
        var finish: Day?
        var budget: Money?
        var percentComplete: Double?
        var actualCost: Money?
        var forecastFinish: Day?
        var forecastCost: Money?
        var dependsOn: [String]
        var scores: [String: Double]
        var savingsPlanned: Money?
        var savingsRealised: Money?
        var category: String?
        var milestones: [Milestone]
        var risks: [Risk]
        var uncertaintyDuration: Triple?
        var uncertaintyCost: Triple?
        var demand: [DemandEntry]
        var issues: [Issue]
        var confidential: Bool
        var body: String
        var statusReports: [StatusReport]
        var financials: Financials?
        var location: SourceLocation
    }

    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}

public struct Milestone: Hashable, Sendable {
    public var name: String
    public var baseline: Day?
    public var forecast: Day?
    public var actual: Day?
    public var deliverable: Bool
    public init(name: String, baseline: Day? = nil, forecast: Day? = nil, actual: Day? = nil, deliverable: Bool = false) {
        self.name = name; self.baseline = baseline; self.forecast = forecast; self.actual = actual
        self.deliverable = deliverable
    }
}

public struct Risk: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// 0…1.
    public var probability: Double
    /// Cost impact (min, most likely, max); nil = none.
    public var cost: Triple?
    /// Schedule impact in days (min, most likely, max); nil = none.
    public var scheduleDays: Triple?
    public var owner: String?
    public var response: String?
    public var status: RiskStatus
    public init(id: String, title: String, probability: Double, cost: Triple? = nil, scheduleDays: Triple? = nil,
                owner: String? = nil, response: String? = nil, status: RiskStatus = .open) {
        self.id = id; self.title = title; self.probability = probability; self.cost = cost
        self.scheduleDays = scheduleDays; self.owner = owner; self.response = response; self.status = status
    }
}

/// FTE of a role; from/to nil = the project's start month to its current baseline finish month.
public struct DemandEntry: Hashable, Sendable {
    public var role: String
    public var fte: Double
    public var from: Month?
    public var to: Month?
    public init(role: String, fte: Double, from: Month? = nil, to: Month? = nil) {
        self.role = role; self.fte = fte; self.from = from; self.to = to
    }
}

public struct Issue: Hashable, Sendable {
    public var title: String
    public var severity: IssueSeverity
    public var owner: String?
    public var due: Day?
    /// Free text, e.g. open or closed.
    public var status: String?
    public init(title: String, severity: IssueSeverity, owner: String? = nil, due: Day? = nil, status: String? = nil) {
        self.title = title; self.severity = severity; self.owner = owner; self.due = due; self.status = status
    }
}

/// `financials.csv`: month, planned, actual[, forecast] (SPEC §2).
public struct Financials: Hashable, Sendable {
    public var rows: [FinancialMonth]
    public var hasPlanned: Bool
    public var hasForecast: Bool
    public var location: SourceLocation
    public init(rows: [FinancialMonth], hasPlanned: Bool = true, hasForecast: Bool = false, location: SourceLocation) {
        self.rows = rows; self.hasPlanned = hasPlanned; self.hasForecast = hasForecast; self.location = location
    }
}

public struct FinancialMonth: Hashable, Sendable {
    public var month: Month
    public var planned: Money?
    public var actual: Money?
    public var forecast: Money?
    public init(month: Month, planned: Money? = nil, actual: Money? = nil, forecast: Money? = nil) {
        self.month = month; self.planned = planned; self.actual = actual; self.forecast = forecast
    }
}
