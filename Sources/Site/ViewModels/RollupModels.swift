import Analysis
import Portfolio

/// One row of the program rollup table (dashboard) — figures of SPEC §3.3 per program.
public struct ProgramRollupRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let rag: BadgeModel
    public let rule: String
    public let bac: String
    public let ac: String
    public let eac: String
    public let vac: String
    public let cpi: String
    public let spi: String
    public let forecastFinish: String
    public let pipeline: String
    public let pendingChanges: String
}

/// A project flagged as a watermelon, for the dashboard list.
public struct WatermelonRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let reported: BadgeModel
    public let computed: BadgeModel
    public let why: String
}

extension SiteModel {
    /// The headline figures of a rollup: committed budget, spend and forecast, indices,
    /// pipeline, pending changes and savings (SPEC §3.3).
    func rollupKPIs(_ r: Rollup) -> [KPIModel] {
        let rules = RAGRules(thresholds: portfolio.settings.thresholds)
        func index(_ x: Double?) -> (String, String) {
            guard let x else { return ("—", "") }
            let band = rules.indexBand(x)
            return (ratio(x), band == .green ? "good" : band == .red ? "bad" : "warn")
        }
        // With no percent complete (or actual cost) reported anywhere (e.g. imported GMPP data),
        // ΣEV and ΣAC are zeros by default, not by report: say so rather than show 0.00 and £0.
        let noPercent = noPercentComplete, noActual = noActualCost
        let (cpi, cpiTone) = noPercent ? ("—", "") : index(r.cpi)
        let (spi, spiTone) = noPercent ? ("—", "") : index(r.spi)
        let indexNote = noPercent ? "no percent complete reported" : nil
        let vac = r.bac - r.eac
        let leftOut = r.withoutBudget > 0 ? "\(format.integer(r.withoutBudget)) without a budget left out" : "\(format.integer(r.committedCount)) committed projects"
        return [
            KPIModel(Glossary.bac, value: format.compactMoney(r.bac), note: leftOut),
            KPIModel(Glossary.ac, value: noActual ? "—" : format.compactMoney(r.ac), note: noActual ? "no actual cost reported" : ""),
            KPIModel(Glossary.eac, value: format.compactMoney(r.eac), note: "VAC \(format.signedCompactMoney(vac))",
                     tone: vac.amount < 0 ? "bad" : ""),
            KPIModel(Glossary.cpi, value: cpi, note: indexNote ?? "ΣEV ÷ ΣAC", tone: cpiTone),
            KPIModel(Glossary.spi, value: spi, note: indexNote ?? "ΣEV ÷ ΣPV", tone: spiTone),
            KPIModel(Glossary.forecastFinish, value: day(r.forecastFinish), note: "baseline \(day(r.baselineFinish))"),
            KPIModel(label: "Pipeline", value: format.compactMoney(r.pipelineBAC), note: "BAC of proposed projects",
                     title: "Proposed projects are not committed: their budgets are reported apart."),
            KPIModel(label: "Pending changes", value: format.signedCompactMoney(r.pendingChangeCost),
                     note: "\(format.signedInteger(r.pendingChangeDays)) days awaiting decision",
                     title: "Submitted change requests: exposure not yet in the baseline."),
            KPIModel(label: "Savings", value: format.compactMoney(r.savingsRealised),
                     note: "realised of \(format.compactMoney(r.savingsPlanned)) planned",
                     title: "Cash savings realised against those planned, over committed projects."),
        ]
    }

    func programRollupRow(_ f: ProgramFigures, from linker: Linker) -> ProgramRollupRowModel {
        let r = f.rollup
        return ProgramRollupRowModel(
            link: LinkModel(text: f.program.name, href: linker.href(to: .program(f.id))),
            rag: f.rag.map { BadgeModel(rag: $0) } ?? .noData,
            rule: f.rule.rawValue.capitalized,
            bac: format.compactMoney(r.bac), ac: format.compactMoney(r.ac), eac: format.compactMoney(r.eac),
            vac: format.signedCompactMoney(r.bac - r.eac),
            cpi: r.cpi.map(ratio) ?? "—", spi: r.spi.map(ratio) ?? "—",
            forecastFinish: day(r.forecastFinish),
            pipeline: format.compactMoney(r.pipelineBAC),
            pendingChanges: format.signedCompactMoney(r.pendingChangeCost))
    }

    func watermelonRows(from linker: Linker) -> [WatermelonRowModel] {
        figures.projects.filter(\.rag.watermelon).map { f in
            let e = f.earnedValue
            var why: [String] = []
            if let spi = e.spi { why.append("SPI \(ratio(spi))") }
            if let cpi = e.cpi { why.append("CPI \(ratio(cpi))") }
            if let eac = e.eac, let bac = e.bac, eac > bac { why.append("EAC \(format.compactMoney(eac)) vs BAC \(format.compactMoney(bac))") }
            if let slip = e.slipDays, slip > 0 { why.append("\(format.integer(slip)) days late") }
            return WatermelonRowModel(link: LinkModel(text: f.project.name, href: linker.href(to: .project(f.id))),
                                      reported: BadgeModel(rating: f.rag.reportedOverall),
                                      computed: BadgeModel(rag: f.rag.computedOverall),
                                      why: why.joined(separator: "; "))
        }
    }
}
