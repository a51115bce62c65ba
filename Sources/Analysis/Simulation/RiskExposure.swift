import Portfolio

/// A risk's exposure (SPEC §3.9): probability × the mean of its impact triple, in money and in
/// days. The mean follows `simulation.distribution`: PERT (a + 4m + b)/6, triangular (a + m + b)/3.
public struct RiskExposure: Sendable, Hashable {
    public let projectID: String
    public let risk: Risk
    /// nil when the risk has no cost triple.
    public let cost: Money?
    /// nil when the risk has no schedule_days triple.
    public let days: Double?

    public init(projectID: String, risk: Risk, distribution: DistributionKind) {
        self.projectID = projectID
        self.risk = risk
        cost = risk.cost.map { Money(risk.probability * ThreePointDistribution($0, kind: distribution).mean) }
        days = risk.scheduleDays.map { risk.probability * ThreePointDistribution($0, kind: distribution).mean }
    }

    /// Open risks of the projects that are not closed or cancelled, the largest cost exposure
    /// first, then the largest days exposure, then project and risk id.
    public static func ranked(_ projects: [Project], distribution: DistributionKind) -> [RiskExposure] {
        projects.filter { $0.phase != .closed && $0.phase != .cancelled }
            .flatMap { p in p.risks.filter { $0.status == .open }.map { RiskExposure(projectID: p.id, risk: $0, distribution: distribution) } }
            .sorted { a, b in
                let ca = a.cost?.amount ?? 0, cb = b.cost?.amount ?? 0
                if ca != cb { return ca > cb }
                let da = a.days ?? 0, db = b.days ?? 0
                if da != db { return da > db }
                return (a.projectID, a.risk.id) < (b.projectID, b.risk.id)
            }
    }
}
