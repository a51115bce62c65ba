import Analysis
import Portfolio

/// `projects/<id>/status/<YYYY-MM-DD>/index.html`.
public struct StatusReportPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let project: LinkModel
    public let date: String
    public let dateISO: String
    public let overall: BadgeModel
    /// The dimensions this report rates (schedule, cost, scope, resources).
    public let ratings: [DimensionModel]
    public let assessments: [DimensionModel]
    /// The figures this report gives, each noted with its change since the previous report.
    public let figures: [KPIModel]
    /// "Changed from Green (30 Sep 2026)"; empty on the first report or when unchanged.
    public let overallChange: String
    public let hasOverallChange: Bool
    public let narrativeHTML: String
    public let hasNarrative: Bool
    /// Zero or one each.
    public let previous: [LinkModel]
    public let next: [LinkModel]
}

extension SiteModel {
    func statusReportPage(_ report: StatusReport, of project: Project) -> StatusReportPage {
        let route = Route.statusReport(project: project.id, date: report.date)
        let linker = linker(route)
        let all = reports(of: project)
        let index = all.firstIndex { $0.date == report.date } ?? 0
        let neighbour: (Int) -> [LinkModel] = { i in
            guard all.indices.contains(i) else { return [] }
            let d = all[i].date
            return [LinkModel(text: format.day(d), href: linker.href(to: .statusReport(project: project.id, date: d)))]
        }
        let dimensions: [(String, RAG?)] = [("Schedule", report.schedule), ("Cost", report.cost),
                                            ("Scope", report.scope), ("Resources", report.resources)]
        let delta = ReportDelta(report, among: all)
        let since = delta.previous.map { " since \(format.day($0.date))" } ?? ""
        func note<T>(_ change: T?, _ show: (T) -> String, zero: (T) -> Bool) -> String {
            guard let change else { return "" }
            return zero(change) ? "unchanged" + since : show(change) + since
        }
        var figures: [KPIModel] = []
        if let p = report.percentComplete {
            figures.append(KPIModel(label: "Percent complete", value: format.percent(p),
                                    note: note(delta.percentComplete, { (d: Double) in (d > 0 ? "+" : "") + format.number(d, maxFractionDigits: 1) + (abs(d) == 1 ? " point" : " points") }, zero: { $0 == 0 })))
        }
        if let c = report.actualCost {
            figures.append(KPIModel(label: "Actual cost", value: format.money(c),
                                    note: note(delta.actualCost, { format.signedMoney($0) }, zero: { $0 == .zero })))
        }
        if let f = report.forecastFinish {
            figures.append(KPIModel(label: "Forecast finish", value: format.day(f),
                                    note: delta.previous.flatMap { previous in delta.forecastFinishDays.map { d in
                                        d == 0 ? "unchanged since \(format.day(previous.date))"
                                            : "\(format.integer(abs(d))) day\(abs(d) == 1 ? "" : "s") \(d > 0 ? "later" : "earlier") than on \(format.day(previous.date))"
                                    } } ?? "",
                                    tone: (delta.forecastFinishDays ?? 0) > 0 ? "bad" : ""))
        }
        if let f = report.forecastCost {
            figures.append(KPIModel(label: "Forecast cost", value: format.money(f),
                                    note: note(delta.forecastCost, { format.signedMoney($0) }, zero: { $0 == .zero }),
                                    tone: (delta.forecastCost?.amount ?? 0) > 0 ? "bad" : ""))
        }
        var overallChange = ""
        if let previous = delta.previous, delta.overallFrom != delta.overallTo {
            overallChange = "Changed from \(delta.overallFrom?.label ?? "not reported") on \(format.day(previous.date))."
        }
        let body = pageHTML(of: report)
        let title = "Status report \(format.day(report.date))"
        return StatusReportPage(
            layout: layout(for: route, title: title,
                           crumbs: [("Dashboard", .dashboard), ("Projects", .projects), (project.name, .project(project.id))]),
            project: LinkModel(text: project.name, href: linker.href(to: .project(project.id))),
            date: format.day(report.date),
            dateISO: report.date.iso,
            overall: BadgeModel(rating: report.overall),
            ratings: dimensions.compactMap { name, rag in rag.map { DimensionModel(dimension: name, badge: BadgeModel(rag: $0)) } },
            assessments: report.ratings.map { DimensionModel(dimension: $0.by, badge: BadgeModel(rating: $0.value)) },
            figures: figures,
            overallChange: overallChange,
            hasOverallChange: !overallChange.isEmpty,
            narrativeHTML: body,
            hasNarrative: !body.isEmpty,
            previous: neighbour(index - 1),
            next: neighbour(index + 1))
    }
}
