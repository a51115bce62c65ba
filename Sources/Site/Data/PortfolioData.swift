import Analysis
import Portfolio

/// `data/portfolio.json` (SPEC §4.1): keys in the listed order, rounding of SPEC §3, null
/// where a figure cannot be computed; docs/data.md lists every key.
public enum PortfolioData {
    public static func document(portfolio: Portfolio, figures: Figures) -> JSONValue {
        let p = figures.portfolio
        let r = p.rollup
        let simulation = figures.simulation
        return .object([
            ("as_of", .day(figures.date)),
            ("currency", .string(portfolio.settings.currency)),
            ("portfolio", .object(rollupKeys(r, rag: p.rag, prefix: []) + [
                ("pipeline_bac", .money(r.pipelineBAC)),
                ("savings_planned", .money(r.savingsPlanned)),
                ("savings_realised", .money(r.savingsRealised)),
                ("pending_change_cost", .money(r.pendingChangeCost)),
                ("pending_change_days", .days(r.pendingChangeDays)),
                ("benefits_target", .money(Money(p.benefitsTarget))),
                ("benefits_planned", .money(Money(p.benefitsPlanned))),
                ("benefits_realised", .money(Money(p.benefitsRealised))),
                ("cost_p50", .money(simulation?.portfolio.map { Money($0.cost.percentiles.p50) })),
                ("cost_p80", .money(simulation?.portfolio.map { Money($0.cost.percentiles.p80) })),
                ("funding", .money(portfolio.info.funding)),
                ("selected_value", OfficeData.selectedValue(figures.office)),
                ("counts", .object([
                    ("phase", .object(p.phaseCounts.map { ($0.0.rawValue, .number(Double($0.1))) })),
                    ("rag", .object(p.ragCounts.map { ($0.0, .number(Double($0.1))) })),
                ])),
            ])),
            ("programs", .array(figures.programs.map { program($0, simulation?.program($0.id)) })),
            ("projects", .array(figures.projects.map { project($0, simulation?.project($0.id), figures.office) })),
            ("capacity", OfficeData.capacity(figures.office)),
            ("changes", .array(figures.changes.entries.map { entry in
                .object([
                    ("id", .string(entry.change.id)),
                    ("project", .string(entry.change.project)),
                    ("status", .string(entry.status.rawValue)),
                    ("cost", .money(entry.change.cost)),
                    ("schedule_days", .days(entry.change.scheduleDays)),
                ])
            })),
            ("frontier", OfficeData.frontier(figures.office)),
        ])
    }

    /// bac … spi, then rag, start and the finishes, in the portfolio's order of keys.
    private static func rollupKeys(_ r: Rollup, rag: RAG?, prefix: [(String, JSONValue)]) -> [(String, JSONValue)] {
        prefix + [
            ("bac", .money(r.bac)), ("pv", .money(r.pv)), ("ev", .money(r.ev)), ("ac", .money(r.ac)),
            ("eac", .money(r.eac)), ("etc", .money(r.etc)), ("cpi", .ratio(r.cpi)), ("spi", .ratio(r.spi)),
            ("rag", .text(rag?.name)),
            ("start", .day(r.start)), ("baseline_finish", .day(r.baselineFinish)), ("forecast_finish", .day(r.forecastFinish)),
        ]
    }

    private static func program(_ f: ProgramFigures, _ s: ProgramSimulation?) -> JSONValue {
        let r = f.rollup
        return .object([
            ("id", .string(f.id)), ("name", .string(f.program.name)), ("rag", .text(f.rag?.name)), ("rule", .string(f.rule.rawValue)),
            ("bac", .money(r.bac)), ("pv", .money(r.pv)), ("ev", .money(r.ev)), ("ac", .money(r.ac)),
            ("eac", .money(r.eac)), ("etc", .money(r.etc)), ("cpi", .ratio(r.cpi)), ("spi", .ratio(r.spi)),
            ("pipeline_bac", .money(r.pipelineBAC)),
            ("savings_planned", .money(r.savingsPlanned)), ("savings_realised", .money(r.savingsRealised)),
            ("pending_change_cost", .money(r.pendingChangeCost)), ("pending_change_days", .days(r.pendingChangeDays)),
            ("start", .day(r.start)), ("baseline_finish", .day(r.baselineFinish)), ("forecast_finish", .day(r.forecastFinish)),
            ("finish_p50", .day(s?.finishDay(\.p50))), ("finish_p80", .day(s?.finishDay(\.p80))),
            ("benefits", .array(f.benefits.map { b in
                .object([
                    ("id", .string(b.benefit.id)), ("planned", .value(b.planned)), ("realised", .value(b.realised)),
                    ("realisation", .ratio(b.realisation)), ("on_track", .ratio(b.onTrack)), ("on_track_rag", .text(b.onTrackRAG?.name)),
                ])
            })),
            ("roi", .ratio(f.roi)),
        ])
    }

    private static func project(_ f: ProjectFigures, _ s: ProjectSimulation?, _ office: PortfolioOffice?) -> JSONValue {
        let cost: (KeyPath<Percentiles, Double>) -> JSONValue = { k in .money(s?.cost.map { Money($0.percentiles[keyPath: k]) }) }
        let e = f.earnedValue
        let p = f.project
        return .object([
            ("id", .string(p.id)), ("name", .string(p.name)), ("program", .text(p.program)), ("phase", .string(p.phase.rawValue)),
            ("bac", .money(e.bac)), ("pv", .money(e.pv)), ("ev", .money(e.ev)), ("ac", .money(e.ac)),
            ("cv", .money(e.cv)), ("sv", .money(e.sv)), ("cpi", .ratio(e.cpi)), ("spi", .ratio(e.spi)),
            ("eac", .money(e.eac)), ("eac_cpi", .money(e.eacCPI)), ("eac_cpi_spi", .money(e.eacCPISPI)),
            ("etc", .money(e.etc)), ("vac", .money(e.vac)), ("tcpi", .ratio(e.tcpi)),
            ("es_days", e.esDays.map { .number(Rounding.round($0, 1)) } ?? .null), ("spi_t", .ratio(e.spiT)),
            ("baseline_finish", .day(e.baselineFinish)), ("forecast_finish", .day(e.forecastFinish)), ("slip_days", .days(e.slipDays)),
            ("rag", .object([
                ("overall", .text(f.rag.overall?.name)), ("schedule", .text(f.rag.schedule?.name)), ("cost", .text(f.rag.cost?.name)),
                ("reported", .text(f.rag.reportedOverall?.name)), ("computed", .text(f.rag.computedOverall?.name)),
                ("watermelon", .bool(f.rag.watermelon)),
            ])),
            ("finish_p10", .day(s?.finishDay(\.p10))), ("finish_p50", .day(s?.finishDay(\.p50))),
            ("finish_p80", .day(s?.finishDay(\.p80))), ("finish_p90", .day(s?.finishDay(\.p90))),
            ("cost_p10", cost(\.p10)), ("cost_p50", cost(\.p50)), ("cost_p80", cost(\.p80)), ("cost_p90", cost(\.p90)),
            ("prob_on_time", .ratio(s?.probOnTime)), ("prob_on_budget", .ratio(s?.probOnBudget)),
        ] + OfficeData.projectKeys(f, office) + [
            ("savings_planned", .money(p.savingsPlanned)), ("savings_realised", .money(p.savingsRealised)),
            ("pending_change_cost", .money(f.pendingChangeCost)), ("pending_change_days", .days(f.pendingChangeDays)),
        ])
    }
}
