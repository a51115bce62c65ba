import Analysis
import Charts
import Portfolio

/// `strategy/index.html`: objectives, scoring matrix, ranking, cut line and efficient frontier
/// (SPEC §3.8).
public struct StrategyPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let objectives: [ObjectiveRowModel]
    public let hasObjectives: Bool
    /// The scoring matrix's columns.
    public let objectiveColumns: [ObjectiveRowModel]
    public let matrix: [ScoreRowModel]
    /// False without `funding`: `noSelection` says so.
    public let hasSelection: Bool
    public let noSelection: String
    public let kpis: [KPIModel]
    /// Candidates above the cut line (selected), then below it, each in priority order.
    public let funded: [RankRowModel]
    public let unfunded: [RankRowModel]
    public let cutLine: String
    public let fixedNote: String
    public let uncostedNote: String
    public let hasUncosted: Bool
    public let frontier: [ChartModel]
    public let perUnitLabel: String
}

public struct ObjectiveRowModel: Sendable, Encodable, Equatable {
    public let name: String
    public let id: String
    public let weight: String
    public let share: String
}

public struct ScoreRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let phase: String
    public let phaseKey: String
    public let scores: [String]
    public let value: String
}

public struct RankRowModel: Sendable, Encodable, Equatable {
    public let priority: String
    public let link: LinkModel
    public let phase: String
    public let phaseKey: String
    public let value: String
    public let bac: String
    public let perUnit: String
    public let selected: String
    public let note: String
}

extension SiteModel {
    func strategyPage() -> StrategyPage {
        let route = Route.strategy
        let linker = linker(route)
        let office = figures.office
        let values = office?.values
        let objectives = values?.objectives ?? []
        let scored = figures.projects.filter { [.proposed, .approved, .active].contains($0.project.phase) }
            .sorted { (values?.value(of: $0.id) ?? 0, $1.id) > (values?.value(of: $1.id) ?? 0, $0.id) }
        let perUnitLabel = "Value per " + format.compactMoney(Money(1_000_000))
        let matrix = scored.map { f in
            ScoreRowModel(link: projectLink(f.id, from: linker), phase: f.project.phase.label, phaseKey: f.project.phase.rawValue,
                          scores: objectives.map { format.number(f.project.scores[$0.objective.id] ?? 0) },
                          value: strategicValue(f.id))
        }
        let selection = office?.selection
        var kpis: [KPIModel] = []
        var funded: [RankRowModel] = [], unfunded: [RankRowModel] = []
        var cutLine = "", fixedNote = ""
        var frontier: [ChartModel] = []
        if let s = selection {
            kpis = [
                KPIModel(label: "Funding", value: format.compactMoney(s.funding), note: format.money(s.funding)),
                KPIModel(label: "Fixed: active projects", value: format.compactMoney(s.fixedBAC), note: format.money(s.fixedBAC)),
                KPIModel(label: "Selected candidates", value: format.compactMoney(s.chosenBAC), note: format.money(s.chosenBAC)),
                KPIModel(label: "Headroom", value: format.compactMoney(s.headroom), note: format.money(s.headroom),
                         tone: s.headroom.amount < 0 ? "bad" : ""),
                KPIModel(label: "Selected value", value: format.number(Rounding.value(s.selectedValue)),
                         note: "fixed \(format.number(Double(s.fixedHundredths) / 100))"),
            ]
            let byID = Dictionary(uniqueKeysWithValues: figures.projects.map { ($0.id, $0) })
            var firstCut: Int? = nil
            for c in s.candidates {
                let f = byID[c.id]!
                let rank = values?.priority(of: c.id) ?? 0
                var note = ""
                if !c.selected, s.chosenBAC + c.bac + s.fixedBAC > s.funding { note = "does not fit in the headroom" }
                if c.selected, let cut = firstCut, cut < rank { note = "funded although ranked below a candidate that does not fit" }
                if !c.selected, firstCut == nil { firstCut = rank }
                let row = RankRowModel(
                    priority: format.integer(rank), link: projectLink(c.id, from: linker),
                    phase: f.project.phase.label, phaseKey: f.project.phase.rawValue, value: strategicValue(c.id),
                    bac: format.money(c.bac),
                    perUnit: values?.valuePerBAC(of: f).map { format.number($0 * 1_000_000) } ?? "—",
                    selected: c.selected ? "Selected" : "Not selected", note: note)
                if c.selected { funded.append(row) } else { unfunded.append(row) }
            }
            cutLine = "Cut line: funding \(format.money(s.funding)) − active projects \(format.money(s.fixedBAC)) − selected candidates \(format.money(s.chosenBAC)) = headroom \(format.money(s.headroom))."
            fixedNote = s.fixedExceedsFunding
                ? "The active projects alone cost more than the funding: no candidate can be selected."
                : "Active projects are fixed: they are selected, and their BAC counts against the funding first."
            frontier = [ChartModel(EfficientFrontierChart(
                info: ChartInfo(id: "frontier", title: "Efficient frontier: best total strategic value at each funding level",
                                description: "Best total value (active projects included) at \(Selection.frontierLevels) funding levels from \(format.money(s.fixedBAC)) (active projects only) to \(format.money(s.frontier.last?.funding ?? s.fixedBAC)) (every candidate)."),
                levels: s.frontier.map { .init(funding: Rounding.money($0.funding), value: Rounding.value($0.value)) },
                funding: Rounding.money(s.funding), selectedValue: Rounding.value(s.selectedValue), width: 640,
                fundingFormat: chartMoney, fundingAxisFormat: chartCompactMoney,
                valueFormat: { [format] in format.number($0) }))]
        }
        let uncosted = selection?.uncosted ?? []
        return StrategyPage(
            layout: layout(for: route, title: "Strategy", crumbs: [("Dashboard", .dashboard)]),
            objectives: objectives.map { o in
                ObjectiveRowModel(name: o.objective.name, id: o.objective.id, weight: format.number(o.objective.weight),
                                  share: format.percent(Rounding.ratio(o.weight) * 100))
            },
            hasObjectives: !objectives.isEmpty,
            objectiveColumns: objectives.map { o in
                ObjectiveRowModel(name: o.objective.name, id: o.objective.id, weight: "", share: "")
            },
            matrix: matrix,
            hasSelection: selection != nil,
            noSelection: "Selection was not run: content/_index.md sets no funding. Set `funding` to see which candidates fit, the cut line and the efficient frontier.",
            kpis: kpis, funded: funded, unfunded: unfunded, cutLine: cutLine, fixedNote: fixedNote,
            uncostedNote: uncosted.isEmpty ? "" : "Without a budget, and so not in the selection: " +
                uncosted.map { portfolio.project($0)?.name ?? $0 }.joined(separator: ", ") + ".",
            hasUncosted: !uncosted.isEmpty,
            frontier: frontier, perUnitLabel: perUnitLabel)
    }

    /// Strategic value as published: 2 decimals, trailing zeros dropped.
    func strategicValue(_ id: String) -> String {
        figures.office?.values.value(of: id).map { format.number(Rounding.value($0)) } ?? "—"
    }
}
