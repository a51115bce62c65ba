/// The enumerations of SPEC §2. Each raw value is the word content uses.

/// A project's life-cycle phase (SPEC §2.4).
public enum Phase: String, CaseIterable, Hashable, Sendable {
    case proposed, approved, active
    case onHold = "on-hold"
    case closed, cancelled

    /// Committed projects: approved, active, on-hold or closed (SPEC §3.3).
    public var isCommitted: Bool { self == .approved || self == .active || self == .onHold || self == .closed }
    /// Words for a reader.
    public var label: String {
        switch self {
        case .proposed: "Proposed"
        case .approved: "Approved"
        case .active: "Active"
        case .onHold: "On hold"
        case .closed: "Closed"
        case .cancelled: "Cancelled"
        }
    }
}

public enum RiskStatus: String, CaseIterable, Hashable, Sendable { case open, closed }

public enum ChangeStatus: String, CaseIterable, Hashable, Sendable {
    case submitted, approved, rejected, deferred
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

public enum IssueSeverity: String, CaseIterable, Hashable, Sendable, Comparable {
    case low, medium, high, critical
    private var order: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// Stakeholder power and interest (SPEC §2.3).
public enum Level: String, CaseIterable, Hashable, Sendable { case high, low }

/// Program RAG rule (SPEC §3.4).
public enum RollupRule: String, CaseIterable, Hashable, Sendable { case worst, weighted }

/// Distribution for the Monte Carlo simulation (SPEC §3.9).
public enum DistributionKind: String, CaseIterable, Hashable, Sendable { case pert, triangular }

/// Step between history snapshots (SPEC §4 "History").
public enum ReportingPeriod: String, CaseIterable, Hashable, Sendable { case month, quarter }
