/// A project bundle: `content/projects/<id>/index.md` with its status reports and
/// `financials.csv` (SPEC §2.4).
public struct Project: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var program: String?
    public var manager: String?
    public var sponsor: String?
    public var phase: Phase
    /// Baseline start and finish.
    public var start: Day?
    public var finish: Day?
    /// Baseline budget at completion, before approved changes; nil when not given (e.g. withheld).
    public var budget: Money?
    /// Fallbacks; the latest status report wins (SPEC §3).
    public var percentComplete: Double?
    public var actualCost: Money?
    public var forecastFinish: Day?
    public var forecastCost: Money?
    /// Finish-to-start predecessors.
    public var dependsOn: [String]
    /// 0–5 per objective id; missing = 0.
    public var scores: [String: Double]
    public var savingsPlanned: Money?
    public var savingsRealised: Money?
    public var category: String?
    public var milestones: [Milestone]
    public var risks: [Risk]
    /// Overrides the site's simulation multipliers.
    public var uncertaintyDuration: Triple?
    public var uncertaintyCost: Triple?
    public var demand: [DemandEntry]
    public var issues: [Issue]
    public var confidential: Bool
    /// Narrative, GFM Markdown.
    public var body: String
    /// Sorted by date, oldest first.
    public var statusReports: [StatusReport]
    public var financials: Financials?
    public var location: SourceLocation

    public init(id: String, name: String, program: String? = nil, manager: String? = nil, sponsor: String? = nil,
                phase: Phase, start: Day? = nil, finish: Day? = nil, budget: Money? = nil,
                percentComplete: Double? = nil, actualCost: Money? = nil, forecastFinish: Day? = nil,
                forecastCost: Money? = nil, dependsOn: [String] = [], scores: [String: Double] = [:],
                savingsPlanned: Money? = nil, savingsRealised: Money? = nil, category: String? = nil,
                milestones: [Milestone] = [], risks: [Risk] = [], uncertaintyDuration: Triple? = nil,
                uncertaintyCost: Triple? = nil, demand: [DemandEntry] = [], issues: [Issue] = [],
                confidential: Bool = false, body: String = "", statusReports: [StatusReport] = [],
                financials: Financials? = nil, location: SourceLocation) {
        self.id = id; self.name = name; self.program = program; self.manager = manager; self.sponsor = sponsor
        self.phase = phase; self.start = start; self.finish = finish; self.budget = budget
        self.percentComplete = percentComplete; self.actualCost = actualCost; self.forecastFinish = forecastFinish
        self.forecastCost = forecastCost; self.dependsOn = dependsOn; self.scores = scores
        self.savingsPlanned = savingsPlanned; self.savingsRealised = savingsRealised; self.category = category
        self.milestones = milestones; self.risks = risks; self.uncertaintyDuration = uncertaintyDuration
        self.uncertaintyCost = uncertaintyCost; self.demand = demand; self.issues = issues
        self.confidential = confidential; self.body = body; self.statusReports = statusReports
        self.financials = financials; self.location = location
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
