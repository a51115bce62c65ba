import Portfolio

/// Warnings about the capacity plan (SPEC §3.7). Analysis finds the facts (it is pure and knows no
/// diagnostics); these functions word them, with the codes of docs/diagnostics.md, and the build
/// prints them with the content's own.
public enum PlanDiagnostics {
    /// A role that projects need but `content/_index.md` gives no capacity: its capacity is 0.
    public static func noCapacity(role: String, projects: [String]) -> Diagnostic {
        .warning("role `\(role)` is in demand (\(projects.joined(separator: ", "))) but has no capacity; its capacity counts as 0",
                 code: DiagnosticCode.noCapacity.rawValue, at: SourceLocation(path: ContentLayout.portfolioPath),
                 hint: "add a `capacity` entry for it")
    }

    /// Demand in months after the horizon (or before it, from the status month on): the plan cannot see it.
    public static func demandOutsideHorizon(project: Project, role: String, months: [Month], horizon: MonthRange) -> Diagnostic {
        let span = months.count == 1 ? months[0].iso : "\(months.first!.iso)…\(months.last!.iso)"
        return .warning("project `\(project.id)` needs `\(role)` in \(span), outside the horizon \(horizon.from.iso)…\(horizon.to.iso); the capacity plan leaves it out",
                        code: DiagnosticCode.demandOutsideHorizon.rawValue, at: project.location)
    }

    /// Demand entries that cannot be placed in time: no `from` and no start, or no `to` and no finish.
    public static func undatedDemand(project: Project, roles: [String]) -> Diagnostic {
        .warning("project `\(project.id)` has demand for \(roles.map { "`\($0)`" }.joined(separator: ", ")) without dates, and no start or finish to default to; it is left out of the capacity plan",
                 code: DiagnosticCode.undatedDemand.rawValue, at: project.location, hint: "give the entry `from` and `to`, or the project `start` and `finish`")
    }
}
