import Portfolio
import Testing
@testable import Site

/// The methodology page states the settings of the very build that wrote it.
@Suite struct MethodologyTests {
    @Test func statesTheThresholdsAndRuleInForce() throws {
        var settings = Settings(title: "T", asOf: Day(iso: "2026-11-20")!, currency: "EUR", locale: "en_GB")
        settings.thresholds = Thresholds(indexGreen: 0.97, indexAmber: 0.85, varianceGreen: 0.02, varianceAmber: 0.15)
        settings.rollup = .weighted
        let html = try #require(SiteRenderer(portfolio: SamplePortfolio.make(settings: settings)).render().text("methodology/index.html"))
        #expect(html.contains("green at 0.97 or above, amber at 0.85 or above"))
        #expect(html.contains("green up to 2%, amber up to 15%"))
        #expect(html.contains("This site&#39;s rule is weighted.") || html.contains("This site's rule is weighted."))
        #expect(html.contains("Money is in EUR."))
        #expect(html.contains("20 Nov 2026"))
        // Every earned-value figure of the glossary is defined on the page.
        for metric in Glossary.earnedValue { #expect(html.contains(">\(metric.abbreviation)</abbr>"), "\(metric.key)") }
    }
}
