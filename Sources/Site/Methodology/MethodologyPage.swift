import Analysis
import Portfolio

/// `methodology/index.html`: every formula, threshold and rule in force in this build, from
/// its own settings, in words a sponsor understands.
public struct MethodologyPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let sections: [MethodSection]
}

public struct MethodSection: Sendable, Encodable, Equatable {
    public let id: String
    public let title: String
    public let paragraphs: [String]
    public let items: [MethodItem]
    public let hasItems: Bool
}

/// A defined term: "CPI — Cost performance index: … (CPI = EV ÷ AC)".
public struct MethodItem: Sendable, Encodable, Equatable {
    public let term: String
    public let name: String
    public let meaning: String
    public let formula: String
}

extension SiteModel {
    func methodologyPage() -> MethodologyPage {
        let s = portfolio.settings
        let t = s.thresholds
        let route = Route.methodology
        func item(_ m: Metric) -> MethodItem { MethodItem(term: m.abbreviation, name: m.name, meaning: m.meaning, formula: m.formula) }
        func section(_ id: String, _ title: String, _ paragraphs: [String], _ items: [MethodItem] = []) -> MethodSection {
            MethodSection(id: id, title: title, paragraphs: paragraphs, items: items, hasItems: !items.isEmpty)
        }
        let pct: (Double) -> String = { format.number($0 * 100, maxFractionDigits: 1) + "%" }
        let overrides = portfolio.programs.filter { $0.rollup != nil && $0.rollup != s.rollup }
            .map { "\($0.name) uses the \($0.rollup!.rawValue) rule." }

        let sections = [
            section("status-date", "Status date and inputs", [
                "Every figure on this site is computed at the status date, \(format.day(asOf)). Status reports dated after it are ignored; a change request decided after it still counts as submitted, and one submitted after it is left out.",
                "For each project, percent complete, actual cost, forecast finish and forecast cost are each taken from the latest status report on or before the status date that gives them; otherwise from the project's financials.csv (actual cost = the sum of the monthly actuals up to the status month; forecast cost = that plus the later monthly forecasts); otherwise from the project's own file. Missing everywhere, percent complete and actual cost count as 0 and there is no forecast.",
                "Dates are calendar days. Money is in \(s.currency). Published figures are rounded once, half away from zero: money to 2 decimals, indices and ratios to 4; pages show indices to 2 decimals and money to whole units.",
            ]),
            section("baseline", "Baseline and earned value", [
                "The baseline is the project's budget and finish date as approved, moved by every approved change request. Earned value compares the value of the work done with what was planned by now and with what it cost.",
            ], Glossary.earnedValue.map(item) + [item(Glossary.baselineFinish), item(Glossary.forecastFinish), item(Glossary.slip)]),
            section("rag", "RAG ratings", [
                "Computed schedule RAG is the worse of two tests: SPI (green at \(format.number(t.indexGreen)) or above, amber at \(format.number(t.indexAmber)) or above, red below) and the slip as a share of the baseline duration (green up to \(pct(t.varianceGreen)), amber up to \(pct(t.varianceAmber)), red above).",
                "Computed cost RAG is the worse of CPI (same bands as SPI) and the forecast overrun, (EAC − BAC) ÷ BAC (same bands as the slip). Computed overall RAG is the worse of schedule and cost. A test without its figures is left out: SPI and CPI count only when a percent complete has been reported, and a project for which no percent complete, actual cost or forecast has been reported has no computed RAG at all.",
                "The RAG shown for each dimension is the one the latest status report gives, else the computed one. Reports may use the five-point delivery-confidence scale; from best to worst: Green, Amber/Green, Amber, Amber/Red, Red. A rating that is withheld or not rated is shown in words, never as a colour, and is left out of every RAG rule.",
                "A project is flagged as a watermelon — green outside, red inside — when its reported overall RAG is better than the computed one.",
            ]),
            section("rollups", "Programs and the portfolio", [
                "Committed projects are those approved, active, on hold or closed. A program's and the portfolio's budget, planned value, earned value, actual cost, EAC and ETC are the sums over their committed projects with a budget; their CPI and SPI are ratios of those sums, never averages of the projects' indices. Start is the earliest start, baseline and forecast finish the latest. Proposed projects are the pipeline, reported apart.",
                "Program and portfolio RAG follow a rule over active projects. This site's rule is \(s.rollup.rawValue). " + (overrides.isEmpty ? "No program overrides it." : overrides.joined(separator: " ")),
                "Worst: the worst shown overall RAG among the active projects. Weighted: each active project scores Green 0, Amber/Green 0.5, Amber 1, Amber/Red 1.5, Red 2; the scores are averaged with the projects' budgets (BAC) as weights; below 0.5 is green, below 1.25 amber, otherwise red.",
            ]),
            section("benefits", "Benefits", [
                "A benefit's planned value follows a straight line from its baseline at its start date to its target at its target date (the baseline before, the target after). Realised is the latest measurement on or before the status date.",
                "Realisation = (realised − baseline) ÷ (target − baseline): how much of the promised change has arrived. On track = (realised − baseline) ÷ (planned − baseline): how much of the change due by now has arrived, banded like an index (green at \(format.number(t.indexGreen)) or above, amber at \(format.number(t.indexAmber)) or above).",
                "Financial benefits are summed per program and for the portfolio. A program's return on investment = (Σ target of its financial benefits − Σ EAC of its committed projects) ÷ Σ EAC.",
            ]),
            section("changes", "Change requests", [
                "One log holds every change request. Approved requests move their project's baseline budget and finish date. Submitted requests are pending exposure: their cost and days are shown per project, program and portfolio, but never added to the baseline. Rejected and deferred requests are logged only.",
            ]),
        ] + officeMethodSections() + [
            riskMethodologySection(),
            section("data", "Published data", [
                "Every figure of this site is also published, with the same rounding, in data/portfolio.json.",
            ]),
        ]
        return MethodologyPage(layout: layout(for: route, title: "Methodology", crumbs: [("Dashboard", .dashboard)]),
                               sections: sections)
    }
}
