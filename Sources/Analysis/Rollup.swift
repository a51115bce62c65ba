import Portfolio

/// Sums over the committed projects of a program or of the portfolio (SPEC §3.3): indices
/// come from the sums, never from averaging the projects' indices.
public struct Rollup: Hashable, Sendable {
    public let bac: Money
    public let pv: Money
    public let ev: Money
    public let ac: Money
    public let eac: Money
    public let etc: Money
    public var cpi: Double? { ev / ac }
    public var spi: Double? { ev / pv }
    public let savingsPlanned: Money
    public let savingsRealised: Money
    /// Σ BAC of proposed projects: the pipeline, apart from committed totals.
    public let pipelineBAC: Money
    public let pendingChangeCost: Money
    public let pendingChangeDays: Int
    public let start: Day?
    public let baselineFinish: Day?
    public let forecastFinish: Day?
    /// Committed projects.
    public let committedCount: Int
    /// Committed projects without a budget, left out of the money sums (SPEC §3.1).
    public let withoutBudget: Int

    /// Rolls up `members` (all projects of the program or portfolio, any phase).
    public init(_ members: [ProjectFigures]) {
        let committed = members.filter { $0.project.phase.isCommitted }
        let budgeted = committed.filter { $0.earnedValue.bac != nil }
        func sum(_ f: (EarnedValue) -> Money?) -> Money { budgeted.compactMap { f($0.earnedValue) }.sum() }
        bac = sum(\.bac)
        pv = sum(\.pv)
        ev = sum(\.ev)
        ac = sum { $0.ac }
        eac = sum(\.eac)
        etc = sum(\.etc)
        savingsPlanned = committed.compactMap(\.project.savingsPlanned).sum()
        savingsRealised = committed.compactMap(\.project.savingsRealised).sum()
        pipelineBAC = members.filter { $0.project.phase == .proposed }.compactMap(\.earnedValue.bac).sum()
        pendingChangeCost = members.map(\.pendingChangeCost).sum()
        pendingChangeDays = members.map(\.pendingChangeDays).reduce(0, +)
        start = committed.compactMap(\.project.start).min()
        baselineFinish = committed.compactMap(\.earnedValue.baselineFinish).max()
        forecastFinish = committed.compactMap(\.earnedValue.forecastFinish).max()
        committedCount = committed.count
        withoutBudget = committed.count - budgeted.count
    }
}

/// The program RAG rule (SPEC §3.4) applied to active projects.
public enum RollupRAG {
    public static func rag(of members: [ProjectFigures], rule: RollupRule) -> RAG? {
        let active = members.filter { $0.project.phase == .active }
        switch rule {
        case .worst:
            return active.compactMap { $0.rag.overall?.rag }.max()
        case .weighted:
            guard let score = weightedScore(of: active) else { return nil }
            return score < 0.5 ? .green : score < 1.25 ? .amber : .red
        }
    }

    /// Σ(score × BAC) / Σ BAC over active projects with a RAG and a budget; nil when the
    /// weights sum to 0.
    public static func weightedScore(of members: [ProjectFigures]) -> Double? {
        var weighted = 0.0, weights = 0.0
        for figures in members where figures.project.phase == .active {
            guard let rag = figures.rag.overall?.rag, let bac = figures.earnedValue.bac else { continue }
            weighted += rag.score * bac.amount
            weights += bac.amount
        }
        return weights > 0 ? weighted / weights : nil
    }
}
