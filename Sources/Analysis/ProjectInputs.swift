import Portfolio

/// A project's inputs at a date, each field from the first source that gives it (SPEC §3):
/// the latest status report on or before the date, then `financials.csv`, then front matter.
public struct ProjectInputs: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable { case statusReport = "status report", financials, frontMatter = "front matter", none }

    public let percentComplete: Double
    public let actualCost: Money
    public let forecastFinish: Day?
    public let forecastCost: Money?
    /// Where each came from, for the page ("from the 31 Oct status report").
    public let percentCompleteSource: Source
    public let actualCostSource: Source
    public let forecastFinishSource: Source
    public let forecastCostSource: Source

    public init(project: Project, at date: Day) {
        // The reports on or before `date`, newest first, as positions: a filtered and sorted
        // array of them copied every report (each of its strings and lists) for every project
        // at every reporting date of the history.
        let all = project.statusReports
        let newestFirst = all.indices.filter { all[$0].date <= date }.sorted { all[$0].date > all[$1].date }
        func latest<T>(_ field: (StatusReport) -> T?) -> T? {
            for i in newestFirst { if let value = field(all[i]) { return value } }
            return nil
        }

        let financials = project.financials
        let month = date.month
        let financialActual: Money? = financials.map { f in
            f.rows.filter { $0.month <= month }.compactMap(\.actual).sum()
        }
        let financialForecast: Money? = financials.flatMap { f in
            guard f.hasForecast, let actual = financialActual else { return nil }
            return actual + f.rows.filter { $0.month > month }.compactMap(\.forecast).sum()
        }

        if let v = latest(\.percentComplete) { (percentComplete, percentCompleteSource) = (v, .statusReport) }
        else if let v = project.percentComplete { (percentComplete, percentCompleteSource) = (v, .frontMatter) }
        else { (percentComplete, percentCompleteSource) = (0, .none) }

        if let v = latest(\.actualCost) { (actualCost, actualCostSource) = (v, .statusReport) }
        else if let v = financialActual { (actualCost, actualCostSource) = (v, .financials) }
        else if let v = project.actualCost { (actualCost, actualCostSource) = (v, .frontMatter) }
        else { (actualCost, actualCostSource) = (.zero, .none) }

        if let v = latest(\.forecastFinish) { (forecastFinish, forecastFinishSource) = (v, .statusReport) }
        else if let v = project.forecastFinish { (forecastFinish, forecastFinishSource) = (v, .frontMatter) }
        else { (forecastFinish, forecastFinishSource) = (nil, .none) }

        if let v = latest(\.forecastCost) { (forecastCost, forecastCostSource) = (v, .statusReport) }
        else if let v = financialForecast { (forecastCost, forecastCostSource) = (v, .financials) }
        else if let v = project.forecastCost { (forecastCost, forecastCostSource) = (v, .frontMatter) }
        else { (forecastCost, forecastCostSource) = (nil, .none) }
    }
}
