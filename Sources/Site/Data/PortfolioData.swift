import Analysis
import Portfolio

/// `data/portfolio.json` (SPEC §4.1): keys in the listed order, rounding of SPEC §3, null
/// where a figure cannot be computed. Keys that later analyses (Monte Carlo) fill are present as null until they exist; docs/data.md says which.
public enum PortfolioData {
    public static func document(portfolio: Portfolio, figures: Figures) -> JSONValue {
        let p = figures.portfolio
        let r = p.rollup
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
                ("cost_p50", .null),
                ("cost_p80", .null),
                ("funding", .money(portfolio.info.funding)),
                ("selected_value", OfficeData.selectedValue(figures.office)),
                ("counts", .object([
                    ("phase", .object(p.phaseCounts.map { ($0.0.rawValue, .number(Double($0.1))) })),
                    ("rag", .object(p.ragCounts.map { ($0.0, .number(Double($0.1))) })),
                ])),
            ])),
            ("programs", .array(figures.programs.map(program))),
            ("projects", .array(figures.projects.map { project($0, figures.office) })),
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

    private static func program(_ f: ProgramFigures) -> JSONValue {
        let r = f.rollup
        return .object([
            ("id", .string(f.id)), ("name", .string(f.program.name)), ("rag", .text(f.rag?.name)), ("rule", .string(f.rule.rawValue)),
            ("bac", .money(r.bac)), ("pv", .money(r.pv)), ("ev", .money(r.ev)), ("ac", .money(r.ac)),
            ("eac", .money(r.eac)), ("etc", .money(r.etc)), ("cpi", .ratio(r.cpi)), ("spi", .ratio(r.spi)),
            ("pipeline_bac", .money(r.pipelineBAC)),
            ("savings_planned", .money(r.savingsPlanned)), ("savings_realised", .money(r.savingsRealised)),
            ("pending_change_cost", .money(r.pendingChangeCost)), ("pending_change_days", .days(r.pendingChangeDays)),
            ("start", .day(r.start)), ("baseline_finish", .day(r.baselineFinish)), ("forecast_finish", .day(r.forecastFinish)),
            ("finish_p50", .null), ("finish_p80", .null),
            ("benefits", .array(f.benefits.map { b in
                .object([
                    ("id", .string(b.benefit.id)), ("planned", .value(b.planned)), ("realised", .value(b.realised)),
                    ("realisation", .ratio(b.realisation)), ("on_track", .ratio(b.onTrack)), ("on_track_rag", .text(b.onTrackRAG?.name)),
                ])
            })),
            ("roi", .ratio(f.roi)),
        ])
    }

    private static func project(_ f: ProjectFigures, _ office: PortfolioOffice?) -> JSONValue {
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
            ("finish_p10", .null), ("finish_p50", .null), ("finish_p80", .null), ("finish_p90", .null),
            ("cost_p10", .null), ("cost_p50", .null), ("cost_p80", .null), ("cost_p90", .null),
            ("prob_on_time", .null), ("prob_on_budget", .null),
        ] + OfficeData.projectKeys(f, office) + [
            ("savings_planned", .money(p.savingsPlanned)), ("savings_realised", .money(p.savingsRealised)),
            ("pending_change_cost", .money(f.pendingChangeCost)), ("pending_change_days", .days(f.pendingChangeDays)),
        ])
    }
}
