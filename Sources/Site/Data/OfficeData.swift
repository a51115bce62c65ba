import Analysis
import Portfolio

/// The SPEC §3.7–3.8 keys of `data/portfolio.json`: `capacity`, `frontier`, `selected_value` and
/// each project's strategic value, priority, selection and feasibility. FTE and strategic value
/// 2 decimals, utilisation 4, months `YYYY-MM`.
enum OfficeData {
    /// One row per role and month of the horizon, sorted by role, then month; [] without a horizon.
    static func capacity(_ office: PortfolioOffice?) -> JSONValue {
        guard let plan = office?.capacity else { return .array([]) }
        var rows: [JSONValue] = []
        for (r, role) in plan.roles.enumerated() {
            for (m, month) in plan.months.enumerated() {
                let cell = plan.cells[r][m]
                rows.append(.object([
                    ("role", .string(role)), ("month", .month(month)),
                    ("capacity", .value(cell.capacity)), ("demand", .value(cell.demand)),
                    ("pipeline_demand", .value(cell.pipeline)), ("utilisation", .ratio(cell.utilisation)),
                ]))
            }
        }
        return .array(rows)
    }

    /// The 21 levels; [] without `funding`.
    static func frontier(_ office: PortfolioOffice?) -> JSONValue {
        .array((office?.selection?.frontier ?? []).map { .object([("funding", .money($0.funding)), ("value", .value($0.value))]) })
    }

    static func selectedValue(_ office: PortfolioOffice?) -> JSONValue { .value(office?.selection?.selectedValue) }

    /// `strategic_value` … `delay_months` of one project, in the order of SPEC §4.1.
    static func projectKeys(_ f: ProjectFigures, _ office: PortfolioOffice?) -> [(String, JSONValue)] {
        let entry = office?.feasibility?.entry(f.id)
        return [
            ("strategic_value", .value(office?.values.value(of: f.id))),
            ("priority", office?.values.priority(of: f.id).map { .number(Double($0)) } ?? .null),
            ("selected", office?.selection?.isSelected(f).map { .bool($0) } ?? .null),
            ("planned_start", .month(entry?.plannedStart)),
            ("feasible_start", .month(entry?.feasibleStart)),
            ("feasible", entry.map { .bool($0.feasible) } ?? .null),
            ("delay_months", .days(entry?.delayMonths)),
        ]
    }
}

extension JSONValue {
    static func month(_ m: Month?) -> JSONValue { m.map { .string($0.iso) } ?? .null }
}
