import Portfolio
import Testing
@testable import Site

/// A started project with a rating but no percent complete or actual cost anywhere (as every
/// imported GMPP project): its earned-value panel says so in words instead of zeros.
@Suite struct NoPercentCompleteTests {
    static func site() -> SiteRendering {
        let project = Project(id: "clyde", name: "Clyde Infrastructure", phase: .active,
                              start: Day(iso: "2015-09-07"), finish: Day(iso: "2032-04-01"), budget: Money(1_869_000_000),
                              statusReports: [StatusReport(project: "clyde", date: Day(iso: "2023-03-31")!, overall: .rag(.amber),
                                                           location: SourceLocation(path: "s.md"))],
                              location: SourceLocation(path: "p.md"))
        let portfolio = Portfolio(settings: Settings(title: "GMPP", asOf: Day(iso: "2023-03-31")!, currency: "GBP", locale: "en_GB"),
                                  info: PortfolioInfo(name: "GMPP", location: SourceLocation(path: "i.md")),
                                  programs: [], projects: [project], changes: [])
        return SiteRenderer(portfolio: portfolio).render()
    }

    @Test func panelSaysWhyAndShowsNoMadeUpZeros() throws {
        let html = try #require(Self.site().text("projects/clyde/index.html"))
        #expect(html.contains("<p class=\"notice\">No percent complete has been reported, so earned value cannot be computed.</p>"))
        // KPI tiles are `<dt><abbr title="…">LABEL</abbr></dt>` (chart data tables may still name AC).
        for label in ["EV", "CPI", "SPI", "CV", "SV", "TCPI", "AC", "ETC", "VAC", "Percent complete"] {
            #expect(!html.contains(">\(label)</abbr></dt>"), "\(label) is shown")
        }
        #expect(html.contains(">BAC</abbr></dt>") && html.contains(">£1,869,000,000<"))
        // No computed RAG from figures never reported, so no watermelon.
        #expect(!html.contains("Watermelon"))
    }

    @Test func dashboardIndicesSaySoToo() throws {
        let html = try #require(Self.site().text("index.html"))
        #expect(occurrences(of: "no percent complete reported", in: html) == 2)   // CPI and SPI
        #expect(html.contains("no actual cost reported"))
    }
}
