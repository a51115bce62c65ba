import Analysis
import Portfolio

extension SiteModel {
    /// The methodology of SPEC §3.7–3.8, with this build's horizon, objectives and funding.
    func officeMethodSections() -> [MethodSection] {
        func section(_ id: String, _ title: String, _ paragraphs: [String]) -> MethodSection {
            MethodSection(id: id, title: title, paragraphs: paragraphs, items: [], hasItems: false)
        }
        let info = portfolio.info
        let horizon = info.horizon.map { "This portfolio's horizon runs from \(format.month($0.from)) to \(format.month($0.to))." }
            ?? "This portfolio sets no horizon, so no capacity plan is made."
        let objectives = figures.office?.values.objectives ?? []
        let weights = objectives.isEmpty ? "This portfolio sets no objectives, so every strategic value is 0."
            : "This portfolio's objectives and normalised weights: " + objectives.map {
                "\($0.objective.name) \(format.percent(Rounding.ratio($0.weight) * 100))"
            }.joined(separator: ", ") + "."
        let funding = info.funding.map { "The funding available is \(format.money($0))." }
            ?? "This portfolio sets no funding, so the selection is not run: no project is marked selected and there is no frontier."
        return [
            section("capacity", "Capacity and demand", [
                "Capacity is given in FTE per role per month in content/_index.md; entries for the same role add up, each over its own months (the whole horizon when none are given). A role that projects need but that has no capacity entry has capacity 0, and the build warns about it. " + horizon,
                "A project's demand runs over its entries' months; an entry without months runs from the project's start month to its current baseline finish month (after approved changes), inclusive. Approved change requests add their own demand.",
                "Demand per role and month is the sum over approved and active projects, as planned. Proposed projects are the pipeline, shown apart and never added to demand. Utilisation = demand ÷ capacity (none where capacity is 0); over 100% is an over-allocation, and the shortfall is demand − capacity in FTE. FTE are published to 2 decimals, utilisation to 4.",
            ]),
            section("feasibility", "Feasibility plan", [
                "The plan asks whether every project can be delivered with the capacity there is, within the horizon. Active projects are fixed: their demand (with approved changes) uses capacity first, at their planned months; their feasible start is their start.",
                "Then approved and proposed projects, in priority order, are placed one by one at the earliest month, from their planned start month and not before the status month, at which their whole demand profile, shifted by the same number of months, fits: for every role and month, capacity already used plus the project's demand is at most the capacity. The shifted baseline finish month must also be within the horizon. The delay is the feasible start month minus the planned start month.",
                "A project that cannot be placed so is infeasible: it uses no capacity, and what blocks it is the first role (alphabetically) and month that do not fit at its earliest possible start — or the horizon itself when every role fits there but the project would finish after it. On-hold, closed and cancelled projects are outside the plan.",
            ]),
            section("strategy", "Strategic value and priority", [
                "Objective weights are normalised to sum to 1. A project's strategic value = 100 × Σ normalised weight × score ÷ 5, with scores from 0 to 5 per objective (a missing score is 0), so a project scoring 5 everywhere is worth 100. " + weights,
                "Values are compared at 2 decimals: equal values tie. Approved and proposed projects are ranked by strategic value (highest first), then by value per unit of budget (BAC; highest first, a budget of 0 first of all), then by id. Value per unit of budget is shown per million of the currency.",
            ]),
            section("selection", "Funding selection and the efficient frontier", [
                "Active projects are fixed: selected, with their BAC counted against the funding first; on-hold and closed projects do not count. Among approved and proposed projects (the candidates), the selection is the set with the greatest total strategic value whose BAC, added to the fixed BAC, stays within the funding. " + funding,
                "It is solved exactly as a 0/1 knapsack over values in hundredths and budgets in cents: never a greedy guess by rank, so a lower-ranked candidate can be funded when a higher-ranked one does not fit. Among equally valuable sets, the one with the smaller total BAC is chosen; among those, the one holding the higher-priority candidate at the first rank where they differ. A candidate without a budget cannot be costed and is left out of the selection.",
                "The cut line separates the selected candidates from the others, with the headroom left. The efficient frontier is the best total value (active projects included) at 21 funding levels, evenly spaced from the fixed BAC to the fixed BAC plus every candidate's BAC; the current funding is marked on it.",
            ]),
        ]
    }
}
