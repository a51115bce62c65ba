import Portfolio

/// The Portfolio Office's figures (SPEC §3.7–3.8): capacity against demand, the feasibility plan,
/// strategic value and priority, and the funding selection with its efficient frontier.
public struct PortfolioOffice: Sendable {
    public let values: StrategicValues
    /// Demand profiles of every project, by id (looked up, never iterated).
    public let profiles: [String: DemandProfile]
    /// nil without a horizon.
    public let capacity: CapacityPlan?
    /// nil without a horizon.
    public let feasibility: FeasibilityPlan?
    /// nil without `funding`: selection is not run.
    public let selection: Selection?

    public init(portfolio: Portfolio, projects: [ProjectFigures], at date: Day, threads: Int = 1) {
        let values = StrategicValues(portfolio: portfolio, projects: projects)
        self.values = values
        let profiles = Dictionary(uniqueKeysWithValues: projects.map { ($0.id, DemandProfile($0)) })
        self.profiles = profiles
        let capacity = CapacityPlan(portfolio: portfolio, projects: projects, profiles: profiles, at: date)
        self.capacity = capacity
        feasibility = capacity.map {
            FeasibilityPlan(plan: $0, projects: projects, profiles: profiles, priority: values.ranking, at: date)
        }
        selection = Selection(portfolio: portfolio, projects: projects, values: values, threads: threads)
    }
}
