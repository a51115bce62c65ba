import Portfolio
@testable import Site
import Testing

/// Spreadsheet formula injection (OWASP "CSV injection"): author-written text in the CSV
/// downloads never starts like a formula; ids and numbers are left as they are.
@Suite struct CSVInjectionTests {
    @Test func textStartingLikeAFormulaGetsAnApostrophe() {
        for formula in ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", #"=HYPERLINK("http://evil.example","x")"#] {
            #expect(CSVExports.text(formula) == "'" + formula)
        }
        for plain in ["Mobile app", "1 = 1", "a-b", "", "'quoted"] {
            #expect(CSVExports.text(plain) == plain)
        }
        #expect(CSVExports.text(nil) == "")
    }

    @Test func theProjectsDownloadNeutralisesNamesButNotNumbers() throws {
        let portfolio = SamplePortfolio.make(mobileName: "=cmd|' /C calc'!A0")
        let site = SiteRenderer(portfolio: portfolio).render()
        let csv = try #require(site.text("data/projects.csv"))
        let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("mobile-app,") })
        // The name has no comma, quote or line end, so it is not quoted: just the apostrophe.
        #expect(row.hasPrefix("mobile-app,'=cmd|' /C calc'!A0,"), "\(row)")
        // A negative amount stays a number: data/changes.csv carries a descoping change's cost as written.
        #expect(CSVExports.money(Money(-20000)) == "-20000")
    }
}
