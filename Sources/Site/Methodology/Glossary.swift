/// One definition per figure: the abbreviation, the name, a one-line meaning a sponsor
/// understands, and the formula. The KPI panels (hover text) and the methodology page both
/// read it, so a figure is explained the same way everywhere.
public struct Metric: Hashable, Sendable {
    /// The key of the figure in `data/portfolio.json`.
    public let key: String
    public let abbreviation: String
    public let name: String
    public let meaning: String
    public let formula: String
}

public enum Glossary {
    public static let bac = Metric(key: "bac", abbreviation: "BAC", name: "Budget at completion",
        meaning: "The approved budget, including approved change requests.",
        formula: "BAC = budget + Σ cost of approved change requests")
    public static let pv = Metric(key: "pv", abbreviation: "PV", name: "Planned value",
        meaning: "The budgeted cost of the work scheduled to be done by the status date.",
        formula: "PV = Σ planned in financials.csv up to the status month; otherwise BAC × (days since start ÷ baseline duration), between 0 and 1")
    public static let ev = Metric(key: "ev", abbreviation: "EV", name: "Earned value",
        meaning: "The budgeted cost of the work actually done.",
        formula: "EV = percent complete ÷ 100 × BAC")
    public static let ac = Metric(key: "ac", abbreviation: "AC", name: "Actual cost",
        meaning: "What has been spent so far.",
        formula: "AC = the actual cost from the latest status report, else Σ actual in financials.csv up to the status month, else the project's own figure")
    public static let cv = Metric(key: "cv", abbreviation: "CV", name: "Cost variance",
        meaning: "Value of work done minus its cost: negative means over budget for the work done.",
        formula: "CV = EV − AC")
    public static let sv = Metric(key: "sv", abbreviation: "SV", name: "Schedule variance",
        meaning: "Value of work done minus value planned: negative means behind schedule.",
        formula: "SV = EV − PV")
    public static let cpi = Metric(key: "cpi", abbreviation: "CPI", name: "Cost performance index",
        meaning: "Value earned per unit spent: below 1 means each unit buys less than planned.",
        formula: "CPI = EV ÷ AC (none when AC is 0)")
    public static let spi = Metric(key: "spi", abbreviation: "SPI", name: "Schedule performance index",
        meaning: "Work done as a share of work planned by now: below 1 means behind.",
        formula: "SPI = EV ÷ PV (none when PV is 0)")
    public static let eac = Metric(key: "eac", abbreviation: "EAC", name: "Estimate at completion",
        meaning: "What the project is now expected to cost in total.",
        formula: "EAC = the forecast cost reported (status report, then financials.csv, then the project file); without one, BAC ÷ CPI; without CPI, BAC")
    public static let eacCPI = Metric(key: "eac_cpi", abbreviation: "EAC (CPI)", name: "Estimate at completion, cost trend",
        meaning: "The total cost if the rest of the work costs what the work so far did.",
        formula: "EAC(CPI) = BAC ÷ CPI")
    public static let eacCPISPI = Metric(key: "eac_cpi_spi", abbreviation: "EAC (CPI×SPI)", name: "Estimate at completion, cost and schedule trend",
        meaning: "The total cost if both cost and schedule pressure continue.",
        formula: "EAC(CPI×SPI) = AC + (BAC − EV) ÷ (CPI × SPI)")
    public static let etc = Metric(key: "etc", abbreviation: "ETC", name: "Estimate to complete",
        meaning: "What remains to be spent.",
        formula: "ETC = EAC − AC")
    public static let vac = Metric(key: "vac", abbreviation: "VAC", name: "Variance at completion",
        meaning: "Budget minus expected total cost: negative means an expected overrun.",
        formula: "VAC = BAC − EAC")
    public static let tcpi = Metric(key: "tcpi", abbreviation: "TCPI", name: "To-complete performance index",
        meaning: "The cost efficiency the remaining work needs to finish on budget: above 1 is harder than so far.",
        formula: "TCPI = (BAC − EV) ÷ (BAC − AC)")
    public static let es = Metric(key: "es_days", abbreviation: "ES", name: "Earned schedule",
        meaning: "How many days into the plan the work done should have taken.",
        formula: "ES = days from start until the planned-value curve reaches EV (linear interpolation)")
    public static let spiT = Metric(key: "spi_t", abbreviation: "SPI(t)", name: "Schedule performance index (time)",
        meaning: "Earned schedule per day elapsed: below 1 means behind, and unlike SPI it stays meaningful late in a project.",
        formula: "SPI(t) = ES ÷ AT, AT = days from start to the status date")
    public static let forecastFinish = Metric(key: "forecast_finish", abbreviation: "Forecast finish", name: "Forecast finish",
        meaning: "When the project is now expected to finish.",
        formula: "Forecast finish = the forecast finish reported (status report, then the project file); without one, the baseline finish")
    public static let slip = Metric(key: "slip_days", abbreviation: "Slip", name: "Schedule slip",
        meaning: "Days the forecast finish lies after the baseline finish (negative: early).",
        formula: "Slip = forecast finish − baseline finish, in calendar days")
    public static let baselineFinish = Metric(key: "baseline_finish", abbreviation: "Baseline finish", name: "Baseline finish",
        meaning: "The agreed finish date, moved by approved change requests.",
        formula: "Baseline finish = finish + Σ schedule days of approved change requests")

    /// The earned-value figures in the order the KPI panel shows them.
    public static let earnedValue: [Metric] = [bac, pv, ev, ac, cv, sv, cpi, spi, eac, eacCPI, eacCPISPI, etc, vac, tcpi, es, spiT]
}
