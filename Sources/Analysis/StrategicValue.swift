import Portfolio

/// Strategic value and priority (SPEC §3.8).
///
/// `strategic_value = 100 × Σ_i weight_i × score_i / 5`, weights normalised to sum 1, so a project
/// scoring 5 on every objective is worth 100. Values are compared at 2 decimals: `hundredths` is
/// the value rounded half away from zero to an integer number of hundredths, and every comparison
/// (priority, knapsack) uses it.
public struct StrategicValues: Sendable {
    /// The objectives with their normalised weights, in the portfolio's order.
    public let objectives: [(objective: Objective, weight: Double)]
    /// Strategic value of every project, by id (looked up, never iterated).
    private let values: [String: Double]
    /// Approved and proposed projects, highest priority first.
    public let ranking: [String]
    private let ranks: [String: Int]

    public init(portfolio: Portfolio, projects: [ProjectFigures]) {
        let total = portfolio.info.objectives.map(\.weight).reduce(0, +)
        // Weights summing to 0 are a content error (Ingest); here they give every project 0.
        objectives = portfolio.info.objectives.map { ($0, total > 0 ? $0.weight / total : 0) }
        var values: [String: Double] = [:]
        for f in projects {
            values[f.id] = 100 * objectives.map { $0.weight * (f.project.scores[$0.objective.id] ?? 0) / 5 }.reduce(0, +)
        }
        self.values = values
        let candidates = projects.filter { $0.project.phase == .approved || $0.project.phase == .proposed }
        let keys = candidates.map { PriorityKey(id: $0.id, hundredths: StrategicValues.hundredths(values[$0.id] ?? 0),
                                                bac: $0.earnedValue.bac?.amount) }
        ranking = keys.sorted(by: PriorityKey.precedes).map(\.id)
        ranks = Dictionary(uniqueKeysWithValues: ranking.enumerated().map { ($0.element, $0.offset + 1) })
    }

    /// The strategic value of a project (unrounded); nil for an id not in the build.
    public func value(of id: String) -> Double? { values[id] }

    /// 1 for the highest priority; nil for projects that are neither approved nor proposed.
    public func priority(of id: String) -> Int? { ranks[id] }

    /// Strategic value per unit of BAC; nil without a BAC or with BAC 0.
    public func valuePerBAC(of f: ProjectFigures) -> Double? {
        guard let bac = f.earnedValue.bac?.amount, bac > 0, let v = values[f.id] else { return nil }
        return Double(StrategicValues.hundredths(v)) / 100 / bac
    }

    /// The value as an integer number of hundredths, rounded half away from zero.
    public static func hundredths(_ value: Double) -> Int { Int((value * 100).rounded(.toNearestOrAwayFromZero)) }
}

/// The priority order of SPEC §3.8: strategic value descending (at 2 decimals), then value per
/// unit of BAC descending (BAC 0 first), then id. A project without a BAC has no value per unit of
/// budget and comes after those that have one.
struct PriorityKey {
    let id: String
    let hundredths: Int
    let bac: Double?

    static func precedes(_ a: PriorityKey, _ b: PriorityKey) -> Bool {
        if a.hundredths != b.hundredths { return a.hundredths > b.hundredths }
        // Equal values: a higher value per unit of BAC is a smaller BAC (0 first); the ratio
        // compared by cross-multiplication, so no division is rounded.
        switch (a.bac, b.bac) {
        case let (x?, y?):
            let l = Double(a.hundredths) * y, r = Double(b.hundredths) * x
            if l != r { return l > r }
            if (x == 0) != (y == 0) { return x == 0 }
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): break
        }
        return a.id < b.id
    }
}
