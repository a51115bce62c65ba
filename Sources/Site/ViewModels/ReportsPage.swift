import Analysis
import Portfolio

/// `reports/index.html`: the reporting dates (SPEC §4 "History"), newest first, each with
/// the portfolio RAG and counts then, linking to the dashboard as it stood.
public struct ReportsPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let period: String
    public let rows: [ReportRowModel]
}

public struct ReportRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    /// `FY2026/27 Q3`, from `fiscal_year_start`.
    public let fiscalPeriod: String
    public let rag: BadgeModel
    public let counts: [RatingCountModel]
    public let cpi: String
    public let spi: String
    public let isCurrent: Bool
}

extension SiteModel {
    func reportsPage() -> ReportsPage {
        let route = Route.reports
        let linker = linker(route)
        let fiscal = FiscalCalendar(startMonth: portfolio.settings.fiscalYearStart)
        let rows = zip(history.dates, history.snapshots).reversed().map { date, snapshot in
            let counts = RAG.allCases.compactMap { rag -> RatingCountModel? in
                let n = snapshot.projects.count(where: { $0.rag.overall?.rag == rag })
                return n == 0 ? nil : RatingCountModel(badge: BadgeModel(rag: rag), count: format.integer(n))
            }
            let isCurrent = date == asOf
            return ReportRowModel(
                link: LinkModel(text: format.day(date) + (isCurrent ? " (status date)" : ""),
                                href: linker.href(to: isCurrent ? .dashboard : .report(date))),
                fiscalPeriod: fiscal.label(date.month, reporting: portfolio.settings.reportingPeriod),
                rag: snapshot.portfolio.rag.map { BadgeModel(rag: $0) } ?? .noData,
                counts: counts,
                cpi: snapshot.portfolio.rollup.cpi.map(ratio) ?? "—",
                spi: snapshot.portfolio.rollup.spi.map(ratio) ?? "—",
                isCurrent: isCurrent)
        }
        let period = portfolio.settings.reportingPeriod == .month ? "month" : "quarter"
        return ReportsPage(layout: layout(for: route, title: "Reports", crumbs: [("Dashboard", .dashboard)]),
                           period: period, rows: rows)
    }

    /// A model of the site as it stood at the reporting date at `index` of the history.
    func archived(at index: Int) -> SiteModel {
        SiteModel(portfolio: portfolio, figures: history.snapshots[index], history: history.upTo(index))
    }
}
