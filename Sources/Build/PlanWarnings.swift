import Analysis
import Ingest
import Portfolio

/// The warnings of the capacity plan (SPEC §3.7): roles in demand without capacity, demand outside
/// the horizon, demand without dates. Analysis lists them; `PlanDiagnostics` words them.
enum PlanWarnings {
    static func diagnostics(portfolio: Portfolio, figures: Figures) -> [Diagnostic] {
        guard let office = figures.office, let plan = office.capacity else { return [] }
        var out: [Diagnostic] = []
        for role in plan.rolesWithoutCapacity {
            let users = figures.projects.filter { f in
                [.approved, .active, .proposed].contains(f.project.phase) && (office.profiles[f.id]?.loads.contains { $0.role == role } ?? false)
            }.map(\.id)
            out.append(PlanDiagnostics.noCapacity(role: role, projects: users))
        }
        for o in plan.outsideHorizon {
            guard let project = portfolio.project(o.project) else { continue }
            out.append(PlanDiagnostics.demandOutsideHorizon(project: project, role: o.role, months: o.months, horizon: plan.horizon))
        }
        for u in plan.undated {
            guard let project = portfolio.project(u.project) else { continue }
            out.append(PlanDiagnostics.undatedDemand(project: project, roles: u.roles))
        }
        return out
    }
}
