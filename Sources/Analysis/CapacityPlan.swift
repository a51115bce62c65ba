import Portfolio

/// Capacity against demand per role and month over the horizon (SPEC §3.7).
///
/// - Capacity: entries for the same role add up, each over its own from/to (default: the horizon).
///   A role without any capacity entry has capacity 0 (`rolesWithoutCapacity`, for a warning).
/// - Demand: approved and active projects' demand profiles (with their approved change requests),
///   as planned. Proposed projects' profiles are pipeline demand, apart.
/// - `utilisation = demand ÷ capacity`, nil where capacity is 0; over 1.0 is an overallocation.
///   Over-allocations list every cell where demand exceeds capacity (also where capacity is 0),
///   with the projects drawing on it.
/// FTE comparisons allow 10⁻⁹ for floating-point sums of fractions.
public struct CapacityPlan: Sendable {
    public struct Cell: Hashable, Sendable {
        public let capacity: Double
        public let demand: Double
        public let pipeline: Double
        /// demand ÷ capacity; nil where capacity is 0.
        public let utilisation: Double?
    }

    /// One project's FTE in a cell.
    public struct Draw: Hashable, Sendable {
        public let project: String
        public let fte: Double
    }

    public struct Overallocation: Hashable, Sendable {
        public let role: String
        public let month: Month
        public let capacity: Double
        public let demand: Double
        /// demand − capacity, in FTE.
        public var shortfall: Double { demand - capacity }
        /// Approved and active projects drawing on the role that month, by id.
        public let projects: [Draw]
    }

    /// Demand a project has outside the horizon, from the status month on: the plan cannot see it.
    public struct OutsideHorizon: Hashable, Sendable {
        public let project: String
        public let role: String
        public let months: [Month]
    }

    public static let tolerance = 1e-9

    public let horizon: MonthRange
    public let months: [Month]
    /// Every role in capacity, demand or pipeline demand, sorted.
    public let roles: [String]
    /// `cells[r][m]` for `roles[r]` and `months[m]`.
    public let cells: [[Cell]]
    /// Sorted by role, then month.
    public let overallocations: [Overallocation]
    /// Roles in demand or pipeline demand with no capacity entry at all.
    public let rolesWithoutCapacity: [String]
    /// Sorted by project, then role.
    public let outsideHorizon: [OutsideHorizon]
    /// Projects with demand entries that cannot be placed in time (no start or no finish).
    public let undated: [(project: String, roles: [String])]
    private let capacityEntries: [String: [CapacityEntry]]

    /// nil without a horizon: capacity entries have no default span and the plan no end.
    public init?(portfolio: Portfolio, projects: [ProjectFigures], profiles: [String: DemandProfile], at date: Day) {
        guard let horizon = portfolio.info.horizon else { return nil }
        self.horizon = horizon
        months = horizon.months
        var entries: [String: [CapacityEntry]] = [:]
        for entry in portfolio.info.capacity { entries[entry.role, default: []].append(entry) }
        capacityEntries = entries

        let demanding = projects.filter { $0.project.phase == .approved || $0.project.phase == .active }
        let pipeline = projects.filter { $0.project.phase == .proposed }
        var roleSet = Set(entries.keys)
        for f in demanding + pipeline { for load in profiles[f.id]?.loads ?? [] { roleSet.insert(load.role) } }
        roles = roleSet.sorted()
        let roleIndex = Dictionary(uniqueKeysWithValues: roles.enumerated().map { ($0.element, $0.offset) })
        let first = horizon.from.index, count = months.count

        var demand = [[Double]](repeating: [Double](repeating: 0, count: count), count: roles.count)
        var pipe = demand
        var draws = [[[Draw]]](repeating: [[Draw]](repeating: [], count: count), count: roles.count)
        for f in demanding {
            for load in profiles[f.id]?.loads ?? [] {
                let m = load.month.index - first
                guard m >= 0, m < count, let r = roleIndex[load.role] else { continue }
                demand[r][m] += load.fte
                draws[r][m].append(Draw(project: f.id, fte: load.fte))
            }
        }
        for f in pipeline {
            for load in profiles[f.id]?.loads ?? [] {
                let m = load.month.index - first
                guard m >= 0, m < count, let r = roleIndex[load.role] else { continue }
                pipe[r][m] += load.fte
            }
        }
        var cells: [[Cell]] = []
        var over: [Overallocation] = []
        for (r, role) in roles.enumerated() {
            var row: [Cell] = []
            for (m, month) in months.enumerated() {
                let capacity = CapacityPlan.capacity(of: entries[role] ?? [], in: month, horizon: horizon)
                row.append(Cell(capacity: capacity, demand: demand[r][m], pipeline: pipe[r][m],
                                utilisation: capacity == 0 ? nil : demand[r][m] / capacity))
                if demand[r][m] > capacity + CapacityPlan.tolerance {
                    over.append(Overallocation(role: role, month: month, capacity: capacity, demand: demand[r][m],
                                               projects: draws[r][m].sorted { $0.project < $1.project }))
                }
            }
            cells.append(row)
        }
        self.cells = cells
        overallocations = over
        rolesWithoutCapacity = roles.filter { entries[$0] == nil }

        var outside: [OutsideHorizon] = []
        var undated: [(String, [String])] = []
        for f in (demanding + pipeline).sorted(by: { $0.id < $1.id }) {
            guard let profile = profiles[f.id] else { continue }
            if !profile.undatedRoles.isEmpty { undated.append((f.id, profile.undatedRoles)) }
            var byRole: [(String, [Month])] = []
            for load in profile.loads where !horizon.contains(load.month) && load.month >= date.month {
                if byRole.last?.0 == load.role { byRole[byRole.count - 1].1.append(load.month) }
                else { byRole.append((load.role, [load.month])) }
            }
            outside += byRole.map { OutsideHorizon(project: f.id, role: $0.0, months: $0.1) }
        }
        outsideHorizon = outside
        self.undated = undated
    }

    /// The capacity of `role` in any month (also outside the horizon, where only entries with an
    /// explicit span reach).
    public func capacity(of role: String, in month: Month) -> Double {
        CapacityPlan.capacity(of: capacityEntries[role] ?? [], in: month, horizon: horizon)
    }

    static func capacity(of entries: [CapacityEntry], in month: Month, horizon: MonthRange) -> Double {
        entries.reduce(0) { sum, e in
            (e.from ?? horizon.from) <= month && month <= (e.to ?? horizon.to) ? sum + e.fte : sum
        }
    }

    public func cell(role: String, month: Month) -> Cell? {
        guard let r = roles.firstIndex(of: role), horizon.contains(month) else { return nil }
        return cells[r][month.index - horizon.from.index]
    }
}
