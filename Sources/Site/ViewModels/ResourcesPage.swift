import Analysis
import Charts
import Portfolio

/// `resources/index.html`: capacity against demand and the feasibility plan (SPEC §3.7).
public struct ResourcesPage: Sendable, Encodable {
    public let layout: LayoutModel
    /// False without a horizon: `noPlan` says why.
    public let hasPlan: Bool
    public let noPlan: String
    public let horizon: String
    public let kpis: [KPIModel]
    /// Roles without capacity, demand outside the horizon, undated demand.
    public let warnings: [String]
    public let heatmap: [ChartModel]
    /// Demand of approved and active projects against capacity, one chart per role.
    public let roleCharts: [ChartModel]
    /// Proposed projects' demand, apart.
    public let pipeline: [PipelineRowModel]
    public let overallocations: [OverallocationRowModel]
    public let plan: [PlanRowModel]
    public let infeasible: [PlanRowModel]
}

public struct PipelineRowModel: Sendable, Encodable, Equatable {
    public let role: String
    public let peak: String
    public let peakMonth: String
    /// Months where demand plus pipeline would exceed capacity.
    public let overMonths: String
    public let projects: [LinkModel]
}

public struct OverallocationRowModel: Sendable, Encodable, Equatable {
    public let role: String
    public let month: String
    public let capacity: String
    public let demand: String
    public let shortfall: String
    public let draws: [DrawModel]
}

/// A project drawing FTE on a role: "Customer portal 4".
public struct DrawModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let fte: String
}

public struct PlanRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let phase: String
    public let phaseKey: String
    public let priority: String
    public let plannedStart: String
    public let feasibleStart: String
    public let delay: String
    /// `fixed`, `on-plan`, `delayed` or `infeasible`: the CSS modifier.
    public let statusKey: String
    public let status: String
    public let blocker: String
}

extension SiteModel {
    func resourcesPage() -> ResourcesPage {
        let route = Route.resources
        let linker = linker(route)
        let layout = layout(for: route, title: "Resources", crumbs: [("Dashboard", .dashboard)])
        guard let office = figures.office, let capacity = office.capacity, let feasibility = office.feasibility else {
            return ResourcesPage(layout: layout, hasPlan: false,
                                 noPlan: "The portfolio sets no horizon in content/_index.md, so there is no capacity plan: capacity entries have no default span and the plan no end.",
                                 horizon: "", kpis: [], warnings: [], heatmap: [], roleCharts: [], pipeline: [], overallocations: [],
                                 plan: [], infeasible: [])
        }
        let rows = feasibility.entries.map { planRow($0, from: linker) }
        let delayed = feasibility.entries.count(where: { ($0.delayMonths ?? 0) > 0 })
        let infeasible = feasibility.entries.count(where: { !$0.feasible })
        let overRoles = Set(capacity.overallocations.map(\.role)).count
        let kpis = [
            KPIModel(label: "Roles", value: format.integer(capacity.roles.count)),
            KPIModel(label: "Over-allocated role-months", value: format.integer(capacity.overallocations.count),
                     note: overRoles == 0 ? "" : "\(format.integer(overRoles)) \(overRoles == 1 ? "role" : "roles")",
                     tone: capacity.overallocations.isEmpty ? "good" : "bad"),
            KPIModel(label: "Delayed by capacity", value: format.integer(delayed), note: "of \(format.integer(feasibility.entries.count(where: { !$0.fixed }))) to place"),
            KPIModel(label: "Infeasible in the horizon", value: format.integer(infeasible), tone: infeasible == 0 ? "good" : "bad"),
        ]
        return ResourcesPage(
            layout: layout, hasPlan: true, noPlan: "",
            horizon: "\(format.month(capacity.horizon.from)) to \(format.month(capacity.horizon.to))",
            kpis: kpis,
            warnings: planWarnings(capacity),
            heatmap: [heatmap(capacity)],
            roleCharts: capacity.roles.map { roleChart(capacity, role: $0) },
            pipeline: pipelineRows(capacity, office: office, from: linker),
            overallocations: overallocationRows(capacity.overallocations, from: linker),
            plan: rows,
            infeasible: rows.filter { $0.statusKey == "infeasible" })
    }

    /// One row per run of consecutive months of a role with the same capacity, demand and projects.
    private func overallocationRows(_ list: [CapacityPlan.Overallocation], from linker: Linker) -> [OverallocationRowModel] {
        var runs: [(first: CapacityPlan.Overallocation, last: Month)] = []
        for o in list {
            if let run = runs.last, run.first.role == o.role, run.last.advanced(by: 1) == o.month, run.first.capacity == o.capacity,
               run.first.demand == o.demand, run.first.projects == o.projects {
                runs[runs.count - 1].last = o.month
            } else {
                runs.append((o, o.month))
            }
        }
        return runs.map { run in
            let o = run.first
            let months = o.month == run.last ? format.month(o.month) : "\(format.month(o.month)) to \(format.month(run.last))"
            return OverallocationRowModel(role: o.role, month: months, capacity: fte(o.capacity), demand: fte(o.demand), shortfall: fte(o.shortfall),
                                          draws: draws(o.projects, from: linker))
        }
    }

    /// The projects drawing on an over-allocated role in a month: all of them up to
    /// `Self.layerLimit`; beyond, the largest `layerLimit − 1` (most FTE first, then by id) and
    /// one "N more projects" entry with the rest's FTE, so a large portfolio's row stays readable.
    private func draws(_ projects: [CapacityPlan.Draw], from linker: Linker) -> [DrawModel] {
        guard projects.count > Self.layerLimit else {
            return projects.map { DrawModel(link: projectLink($0.project, from: linker), fte: fte($0.fte)) }
        }
        let largest = projects.sorted { ($1.fte, $0.project) < ($0.fte, $1.project) }
        let shown = largest.prefix(Self.layerLimit - 1)
        let rest = largest.dropFirst(Self.layerLimit - 1)
        return shown.map { DrawModel(link: projectLink($0.project, from: linker), fte: fte($0.fte)) }
            + [DrawModel(link: LinkModel(text: "\(format.integer(rest.count)) more projects", href: nil), fte: fte(rest.reduce(0) { $0 + $1.fte }))]
    }

    /// Most projects a role's demand chart stacks, and an over-allocation row names, one by one.
    static let layerLimit = 12

    /// FTE as published: 2 decimals, trailing zeros dropped.
    func fte(_ x: Double) -> String { format.number(Rounding.value(x), maxFractionDigits: 2) }

    /// Utilisation as published (4 decimals) shown as a percentage with one decimal.
    func utilisation(_ u: Double) -> String { format.percent(Rounding.ratio(u) * 100) }

    private func planWarnings(_ capacity: CapacityPlan) -> [String] {
        var warnings = capacity.rolesWithoutCapacity.map {
            "No capacity is given for \($0): it counts as 0, so every month it is needed is over-allocated."
        }
        warnings += capacity.outsideHorizon.map { o in
            let name = portfolio.project(o.project)?.name ?? o.project
            return "\(name) needs \(o.role) in \(format.month(o.months.first!))\(o.months.count > 1 ? " to \(format.month(o.months.last!))" : ""), outside the horizon: that demand is not in the plan."
        }
        warnings += capacity.undated.map { u in
            "\(portfolio.project(u.project)?.name ?? u.project) has demand for \(u.roles.joined(separator: ", ")) without dates and no start or finish to place it: it is not in the plan."
        }
        return warnings
    }

    private func heatmap(_ capacity: CapacityPlan) -> ChartModel {
        ChartModel(CapacityHeatmap(
            info: ChartInfo(id: "heatmap", title: "Utilisation by role and month: approved and active projects"),
            roles: capacity.roles, months: capacity.months.map { ChartMonth(year: $0.year, month: $0.monthNumber) },
            utilisation: capacity.cells.map { $0.map { $0.utilisation.map { Rounding.ratio($0) } } },
            // Whole percentages fit the cells; the data table beneath has the same.
            width: 960, percentFormat: { [format] in format.percent(($0 * 100).rounded(.toNearestOrAwayFromZero)) }, monthNames: monthNames))
    }

    private func roleChart(_ capacity: CapacityPlan, role: String) -> ChartModel {
        let r = capacity.roles.firstIndex(of: role)!
        let first = capacity.horizon.from.index
        // One layer per approved or active project drawing on the role, by id.
        var perProject: [String: [Double]] = [:]
        for f in figures.projects where f.project.phase == .approved || f.project.phase == .active {
            for load in figures.office?.profiles[f.id]?.loads ?? [] where load.role == role && capacity.horizon.contains(load.month) {
                perProject[f.id, default: [Double](repeating: 0, count: capacity.months.count)][load.month.index - first] += load.fte
            }
        }
        // A layer's label is its project's name, read in place (`portfolio.project(id)` copied
        // the whole project), and made only for the layers drawn.
        func layer(_ id: String) -> DemandAreaChart.Layer {
            let name = portfolio.projects.index(withID: id, \.id).map { portfolio.projects[$0].name } ?? id
            return DemandAreaChart.Layer(label: name, values: perProject[id]!.map { Rounding.value($0) })
        }
        let ids = perProject.keys.sorted()
        let layers: [DemandAreaChart.Layer]
        if ids.count > Self.layerLimit {
            // The largest projects by total FTE over the horizon (then by id), in id order, and the
            // rest as one layer: a stack of hundreds of slivers shows nothing.
            let total = Dictionary(uniqueKeysWithValues: ids.map { ($0, perProject[$0]!.reduce(0, +)) })
            let kept = Set(ids.sorted { (total[$1]!, $0) < (total[$0]!, $1) }.prefix(Self.layerLimit - 1))
            var rest = [Double](repeating: 0, count: capacity.months.count)
            for id in ids where !kept.contains(id) {
                for (m, v) in perProject[id]!.enumerated() { rest[m] += v }
            }
            layers = ids.filter(kept.contains).map(layer)
                + [DemandAreaChart.Layer(label: "\(format.integer(ids.count - kept.count)) other projects", values: rest.map { Rounding.value($0) })]
        } else {
            layers = ids.map(layer)
        }
        return ChartModel(DemandAreaChart(
            info: ChartInfo(id: "demand-\(role)", title: "\(role): demand against capacity (FTE)"),
            months: capacity.months.map { ChartMonth(year: $0.year, month: $0.monthNumber) },
            layers: layers, capacity: capacity.cells[r].map { Rounding.value($0.capacity) },
            valueFormat: { [format] in format.number($0, maxFractionDigits: 2) }, monthNames: monthNames))
    }

    private func pipelineRows(_ capacity: CapacityPlan, office: PortfolioOffice, from linker: Linker) -> [PipelineRowModel] {
        capacity.roles.enumerated().compactMap { r, role in
            let cells = capacity.cells[r]
            guard let peak = cells.indices.max(by: { (cells[$0].pipeline, $1) < (cells[$1].pipeline, $0) }), cells[peak].pipeline > 0 else { return nil }
            let over = cells.count(where: { $0.demand + $0.pipeline > $0.capacity + CapacityPlan.tolerance && $0.pipeline > 0 })
            let projects = figures.projects.filter { f in
                f.project.phase == .proposed && (office.profiles[f.id]?.loads.contains { $0.role == role && capacity.horizon.contains($0.month) } ?? false)
            }
            return PipelineRowModel(role: role, peak: fte(cells[peak].pipeline), peakMonth: format.month(capacity.months[peak]),
                                    overMonths: format.integer(over), projects: projects.map { projectLink($0.id, from: linker) })
        }
    }

    private func planRow(_ e: FeasibilityPlan.Entry, from linker: Linker) -> PlanRowModel {
        let project = portfolio.project(e.project)!
        let status: (String, String)
        if e.fixed { status = ("fixed", "Fixed: active") }
        else if !e.feasible { status = ("infeasible", "Infeasible") }
        else if (e.delayMonths ?? 0) > 0 { status = ("delayed", "Delayed") }
        else { status = ("on-plan", "On plan") }
        return PlanRowModel(
            link: projectLink(e.project, from: linker), phase: project.phase.label, phaseKey: project.phase.rawValue,
            priority: figures.office?.values.priority(of: e.project).map(format.integer) ?? "—",
            plannedStart: format.month(e.plannedStart), feasibleStart: e.feasibleStart.map(format.month) ?? "—",
            delay: e.delayMonths.map(format.integer) ?? "—", statusKey: status.0, status: status.1,
            blocker: e.blocker.map(blockerText) ?? "")
    }

    func blockerText(_ blocker: FeasibilityPlan.Blocker) -> String {
        switch blocker {
        case let .capacity(role, month, capacity, used, demand):
            return "\(role) in \(format.month(month)): needs \(fte(demand)) FTE, \(fte(used)) of \(fte(capacity)) already planned"
        case let .horizon(finish):
            return "the horizon: it would finish in \(format.month(finish)), after \(figures.office?.capacity.map { format.month($0.horizon.to) } ?? "the horizon")"
        }
    }
}
