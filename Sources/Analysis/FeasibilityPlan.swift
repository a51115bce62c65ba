import Portfolio

/// The feasibility plan of SPEC §3.7: can this set of projects be executed with finite resources
/// in the time given?
///
/// 1. Active projects are fixed: their demand profiles (with approved change requests) consume
///    capacity first, at their planned months.
/// 2. Approved and proposed projects, in priority order (SPEC §3.8), are each placed at the earliest
///    month `m ≥ max(planned start month, status month)` where, with the whole profile shifted by
///    `m − planned start month`, every role fits in every month (used + demand ≤ capacity), and the
///    shifted baseline finish month is on or before the horizon's end. The placed profile then
///    consumes capacity.
/// 3. A project that cannot be so placed is infeasible: it consumes nothing, and what blocks it is
///    the first role (by name) and month that fail at `m = max(planned start month, status month)`
///    — or, when every role fits there, the horizon itself.
/// On-hold, closed and cancelled projects are outside the plan; so is a project without a start.
public struct FeasibilityPlan: Sendable {
    public enum Blocker: Hashable, Sendable {
        /// `role` does not fit in `month` at the earliest start: `used` FTE already planned, the
        /// project needs `demand`, against `capacity`.
        case capacity(role: String, month: Month, capacity: Double, used: Double, demand: Double)
        /// Every role fits at the earliest start, but the project would finish in `finish`, after
        /// the horizon.
        case horizon(finish: Month)
    }

    public struct Entry: Hashable, Sendable {
        public let project: String
        /// True for active projects (fixed load).
        public let fixed: Bool
        public let plannedStart: Month
        public let feasibleStart: Month?
        public var feasible: Bool { feasibleStart != nil }
        /// Feasible start month − planned start month; nil when infeasible.
        public var delayMonths: Int? { feasibleStart.map { plannedStart.distance(to: $0) } }
        public let blocker: Blocker?
    }

    /// Fixed projects by id, then placed ones in priority order.
    public let entries: [Entry]
    private let byID: [String: Int]

    public init(plan: CapacityPlan, projects: [ProjectFigures], profiles: [String: DemandProfile],
                priority: [String], at date: Day) {
        let horizon = plan.horizon
        let active = projects.filter { $0.project.phase == .active }
        let byID = Dictionary(uniqueKeysWithValues: projects.map { ($0.id, $0) })
        let candidates = priority.compactMap { byID[$0] }
            .filter { $0.project.phase == .approved || $0.project.phase == .proposed }

        // The month window every load can reach: the horizon, every fixed load, and every
        // candidate's loads shifted as late as the horizon allows.
        var lo = horizon.from.index, hi = horizon.to.index
        for f in active { for load in profiles[f.id]?.loads ?? [] { lo = min(lo, load.month.index); hi = max(hi, load.month.index) } }
        for f in candidates {
            guard let p = profiles[f.id], let start = p.start, let end = p.end else { continue }
            let lastShift = max(0, horizon.to.index - end.index, date.month.index - start.index)
            for load in p.loads {
                lo = min(lo, min(load.month.index, start.index))
                hi = max(hi, load.month.index + lastShift)
            }
        }
        let roles = Array(Set(plan.roles + candidates.flatMap { profiles[$0.id]?.loads.map(\.role) ?? [] })).sorted()
        let roleIndex = Dictionary(uniqueKeysWithValues: roles.enumerated().map { ($0.element, $0.offset) })
        let width = hi - lo + 1
        var capacity = [[Double]]()
        for role in roles {
            capacity.append((0..<width).map { plan.capacity(of: role, in: Month(index: lo + $0)) })
        }
        var used = [[Double]](repeating: [Double](repeating: 0, count: width), count: roles.count)

        var entries: [Entry] = []
        for f in active {
            guard let p = profiles[f.id] else { continue }
            for load in p.loads { used[roleIndex[load.role]!][load.month.index - lo] += load.fte }
            if let start = p.start {
                entries.append(Entry(project: f.id, fixed: true, plannedStart: start, feasibleStart: start, blocker: nil))
            }
        }

        /// The first load (by role, then month) that does not fit at `offset`, if any.
        func firstFailure(_ loads: [DemandProfile.Load], offset: Int) -> (load: DemandProfile.Load, r: Int, m: Int)? {
            for load in loads {
                let r = roleIndex[load.role]!, m = load.month.index + offset - lo
                if used[r][m] + load.fte > capacity[r][m] + CapacityPlan.tolerance { return (load, r, m) }
            }
            return nil
        }

        let statusMonth = date.month
        for f in candidates {
            guard let p = profiles[f.id], let planned = p.start, let end = p.end else { continue }
            let earliest = max(planned, statusMonth)
            var placed: Month? = nil
            var m = earliest
            while end.index + planned.distance(to: m) <= horizon.to.index {
                if firstFailure(p.loads, offset: planned.distance(to: m)) == nil { placed = m; break }
                m = m.advanced(by: 1)
            }
            var blocker: Blocker? = nil
            if let start = placed {
                let offset = planned.distance(to: start)
                for load in p.loads { used[roleIndex[load.role]!][load.month.index + offset - lo] += load.fte }
            } else if let failure = firstFailure(p.loads, offset: planned.distance(to: earliest)) {
                blocker = .capacity(role: failure.load.role, month: failure.load.month.advanced(by: planned.distance(to: earliest)),
                                    capacity: capacity[failure.r][failure.m], used: used[failure.r][failure.m], demand: failure.load.fte)
            } else {
                blocker = .horizon(finish: end.advanced(by: planned.distance(to: earliest)))
            }
            entries.append(Entry(project: f.id, fixed: false, plannedStart: planned, feasibleStart: placed, blocker: blocker))
        }
        self.entries = entries
        self.byID = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($0.element.project, $0.offset) })
    }

    /// The plan's entry for a project; nil for projects outside the plan.
    public func entry(_ id: String) -> Entry? { byID[id].map { entries[$0] } }
}
