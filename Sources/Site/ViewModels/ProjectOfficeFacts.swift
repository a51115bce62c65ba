import Analysis
import Portfolio

extension SiteModel {
    /// A project's place in the portfolio (SPEC §3.7–3.8): strategic value, priority, selection,
    /// planned and feasible start. Facts a project outside the selection or the plan does not have
    /// are left out.
    func officeFacts(of project: Project, from linker: Linker) -> [FactModel] {
        guard let office = figures.office else { return [] }
        let f = figures(of: project)
        var facts = [FactModel(label: "Strategic value", value: LinkModel(text: strategicValue(project.id), href: linker.href(to: .strategy, fragment: "scoring")))]
        if let rank = office.values.priority(of: project.id) {
            facts.append(FactModel(label: "Priority", value: LinkModel(text: "\(format.integer(rank)) of \(format.integer(office.values.ranking.count))",
                                                                       href: linker.href(to: .strategy, fragment: "selection"))))
        }
        if let selection = office.selection, let selected = selection.isSelected(f) {
            let text = project.phase == .active ? "Selected (active: fixed)" : selected ? "Selected" : "Not selected (below the cut line)"
            facts.append(FactModel(label: "Funding selection", value: LinkModel(text: text, href: linker.href(to: .strategy, fragment: "selection"))))
        }
        if let entry = office.feasibility?.entry(project.id) {
            facts.append(FactModel(label: "Planned start", text: format.month(entry.plannedStart)))
            let feasible: String
            if entry.fixed { feasible = format.month(entry.plannedStart) + " (active: fixed)" }
            else if let start = entry.feasibleStart {
                let delay = entry.delayMonths ?? 0
                feasible = format.month(start) + (delay == 0 ? " (on plan)" : " (\(format.integer(delay)) \(delay == 1 ? "month" : "months") late)")
            } else {
                feasible = "Infeasible within the horizon" + (entry.blocker.map { ": blocked by " + blockerText($0) } ?? "")
            }
            facts.append(FactModel(label: "Feasible start", value: LinkModel(text: feasible, href: linker.href(to: .resources, fragment: "plan"))))
        }
        return facts
    }
}
