import Portfolio

/// A project's resource demand month by month (SPEC §3.7): its own `demand` entries and those of
/// its approved change requests. An entry without `from` starts in the project's start month; one
/// without `to` ends in its current baseline finish month (SPEC §3.1), inclusive.
public struct DemandProfile: Hashable, Sendable {
    /// FTE of one role in one month.
    public struct Load: Hashable, Sendable {
        public let role: String
        public let month: Month
        public let fte: Double
    }

    /// Summed per role and month, sorted by role, then month; months with 0 FTE left out.
    public let loads: [Load]
    /// Roles of entries that cannot be placed in time: no `from` and no project start, or no `to`
    /// and no baseline finish.
    public let undatedRoles: [String]
    /// The planned start month (the project's start), if any.
    public let start: Month?
    /// The month the project ends: its current baseline finish month; without one, its last month
    /// of demand; without demand, its start month.
    public let end: Month?

    public init(_ f: ProjectFigures) {
        let project = f.project
        let start = project.start?.month
        let finish = f.earnedValue.baselineFinish?.month
        var sums: [Load] = []
        var undated: Set<String> = []
        for entry in project.demand + f.approvedChanges.flatMap(\.demand) {
            guard let from = entry.from ?? start, let to = entry.to ?? finish else { undated.insert(entry.role); continue }
            guard from <= to, entry.fte != 0 else { continue }
            for month in from...to { sums.append(Load(role: entry.role, month: month, fte: entry.fte)) }
        }
        // Sum per (role, month); the entries' order only changes the order of additions.
        sums.sort { ($0.role, $0.month) < ($1.role, $1.month) }
        var merged: [Load] = []
        for load in sums {
            if let last = merged.last, last.role == load.role, last.month == load.month {
                merged[merged.count - 1] = Load(role: load.role, month: load.month, fte: last.fte + load.fte)
            } else {
                merged.append(load)
            }
        }
        loads = merged
        undatedRoles = undated.sorted()
        self.start = start
        end = finish ?? merged.map(\.month).max() ?? start
    }
}
