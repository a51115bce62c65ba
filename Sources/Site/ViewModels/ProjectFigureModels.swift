import Analysis
import Portfolio

/// One row of the project page's RAG table: the shown value beside what was reported and
/// what the figures say (SPEC §3.2).
public struct RAGRowModel: Sendable, Encodable, Equatable {
    public let dimension: String
    public let shown: BadgeModel
    public let reported: BadgeModel
    public let computed: BadgeModel
    /// False for scope and resources, which pmo does not compute.
    public let isComputed: Bool
}

extension SiteModel {
    /// Every earned-value figure of a project, each with its glossary meaning on hover.
    func earnedValueKPIs(of project: Project) -> [KPIModel] {
        let f = figures(of: project)
        let e = f.earnedValue
        let rules = RAGRules(thresholds: portfolio.settings.thresholds)
        let none = "—"
        func money(_ m: Money?) -> String { m.map(format.money) ?? none }
        func index(_ x: Double?) -> String { x.map(ratio) ?? none }
        func indexTone(_ x: Double?) -> String {
            guard let x else { return "" }
            return rules.indexBand(x) == .green ? "good" : rules.indexBand(x) == .red ? "bad" : "warn"
        }
        func signTone(_ m: Money?) -> String { (m?.amount ?? 0) < 0 ? "bad" : "" }
        let source: (ProjectInputs.Source) -> String = { $0 == .none ? "not reported" : "from \($0.rawValue)" }
        let all = [
            KPIModel(label: "Percent complete", value: format.percent(f.inputs.percentComplete),
                     note: source(f.inputs.percentCompleteSource), title: "Share of the work done, as reported."),
            KPIModel(Glossary.bac, value: money(e.bac), note: f.approvedChanges.isEmpty ? "" : "incl. \(format.integer(f.approvedChanges.count)) approved change(s)"),
            KPIModel(Glossary.pv, value: money(e.pv), note: project.financials?.hasPlanned == true ? "from financials" : "linear plan"),
            KPIModel(Glossary.ev, value: money(e.ev)),
            KPIModel(Glossary.ac, value: money(e.ac), note: source(f.inputs.actualCostSource)),
            KPIModel(Glossary.cv, value: e.cv.map(format.signedMoney) ?? none, tone: signTone(e.cv)),
            KPIModel(Glossary.sv, value: e.sv.map(format.signedMoney) ?? none, tone: signTone(e.sv)),
            KPIModel(Glossary.cpi, value: index(e.cpi), tone: indexTone(e.cpi)),
            KPIModel(Glossary.spi, value: index(e.spi), tone: indexTone(e.spi)),
            KPIModel(Glossary.eac, value: money(e.eac), note: f.inputs.forecastCost != nil ? "forecast " + source(f.inputs.forecastCostSource) : e.eacCPI != nil ? "BAC ÷ CPI" : "BAC"),
            KPIModel(Glossary.eacCPI, value: money(e.eacCPI)),
            KPIModel(Glossary.eacCPISPI, value: money(e.eacCPISPI)),
            KPIModel(Glossary.etc, value: money(e.etc)),
            KPIModel(Glossary.vac, value: e.vac.map(format.signedMoney) ?? none, tone: signTone(e.vac)),
            KPIModel(Glossary.tcpi, value: index(e.tcpi)),
            KPIModel(Glossary.es, value: e.esDays.map { format.number(Rounding.round($0, 1), maxFractionDigits: 1) + " days" } ?? none),
            KPIModel(Glossary.spiT, value: index(e.spiT), tone: indexTone(e.spiT)),
            KPIModel(Glossary.baselineFinish, value: day(e.baselineFinish)),
            KPIModel(Glossary.forecastFinish, value: day(e.forecastFinish), note: f.inputs.forecastFinish != nil ? source(f.inputs.forecastFinishSource) : "baseline"),
            KPIModel(Glossary.slip, value: e.slipDays.map { format.signedInteger($0) + " days" } ?? none, tone: (e.slipDays ?? 0) > 0 ? "bad" : ""),
            KPIModel(label: "Pending changes", value: format.signedMoney(f.pendingChangeCost),
                     note: "\(format.signedInteger(f.pendingChangeDays)) days, \(format.integer(f.pendingChanges.count)) awaiting decision",
                     title: "Submitted change requests: exposure not yet in the baseline."),
            KPIModel(label: "Savings", value: money(project.savingsRealised ?? .zero),
                     note: "realised of \(money(project.savingsPlanned ?? .zero)) planned",
                     title: "Cash savings the project has realised against what it planned."),
        ]
        guard !earnedValueNote(of: project).isEmpty else { return all }
        // Without a percent complete, EV and every figure built on it would show a made-up zero:
        // the panel says why instead (earnedValueNote) and keeps the figures that stand.
        let needEV: Set<String> = ["Percent complete", Glossary.ev.abbreviation, Glossary.cv.abbreviation, Glossary.sv.abbreviation, Glossary.cpi.abbreviation,
                                   Glossary.spi.abbreviation, Glossary.eacCPI.abbreviation, Glossary.eacCPISPI.abbreviation, Glossary.tcpi.abbreviation,
                                   Glossary.es.abbreviation, Glossary.spiT.abbreviation]
        // Likewise AC, ETC and VAC when no actual cost was reported either (ETC = EAC − AC).
        let needAC: Set<String> = f.inputs.actualCostSource == .none
            ? [Glossary.ac.abbreviation, Glossary.etc.abbreviation, Glossary.vac.abbreviation] : []
        return all.filter { !needEV.contains($0.label) && !needAC.contains($0.label) }
    }

    /// "No percent complete has been reported, …" for a started project when no status report
    /// or front matter gives one on or before the status date (e.g. an imported GMPP project);
    /// empty otherwise. (Before its start a project has earned nothing: EV 0 is a fact.)
    func earnedValueNote(of project: Project) -> String {
        guard figures(of: project).inputs.percentCompleteSource == .none, project.start.map({ $0 <= asOf }) ?? true else { return "" }
        return "No percent complete has been reported, so earned value cannot be computed."
    }

    /// Overall, schedule and cost shown beside reported and computed; scope and resources
    /// as reported.
    func ragRows(of project: Project) -> [RAGRowModel] {
        let r = figures(of: project).rag
        return [
            RAGRowModel(dimension: "Overall", shown: BadgeModel(rating: r.overall), reported: BadgeModel(rating: r.reportedOverall),
                        computed: BadgeModel(rag: r.computedOverall), isComputed: true),
            RAGRowModel(dimension: "Schedule", shown: BadgeModel(rag: r.schedule), reported: BadgeModel(rag: r.reportedSchedule),
                        computed: BadgeModel(rag: r.computedSchedule), isComputed: true),
            RAGRowModel(dimension: "Cost", shown: BadgeModel(rag: r.cost), reported: BadgeModel(rag: r.reportedCost),
                        computed: BadgeModel(rag: r.computedCost), isComputed: true),
            RAGRowModel(dimension: "Scope", shown: BadgeModel(rag: r.reportedScope), reported: BadgeModel(rag: r.reportedScope),
                        computed: .notComputed, isComputed: false),
            RAGRowModel(dimension: "Resources", shown: BadgeModel(rag: r.reportedResources), reported: BadgeModel(rag: r.reportedResources),
                        computed: .notComputed, isComputed: false),
        ]
    }

    /// The watermelon warning in words; empty when the project is not flagged.
    func watermelonText(of project: Project) -> String {
        let r = figures(of: project).rag
        guard r.watermelon, let reported = r.reportedOverall, let computed = r.computedOverall else { return "" }
        return "Reported \(reported.label) but the figures say \(computed.label): green outside, red inside. Ask for the recovery plan."
    }

    /// An index or ratio for display: 2 decimals (`0.89`, `0.90`).
    func ratio(_ x: Double) -> String { format.fixed(x, digits: 2) }
}

