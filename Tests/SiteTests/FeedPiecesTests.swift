import Analysis
import Portfolio
import Testing
@testable import Site

/// `feed.xml` handed over in pieces as its entries are made: the same text in any piece size,
/// on one thread or two, with only the final piece marked last.
@Suite struct FeedPiecesTests {
    static func site(_ portfolio: Portfolio = SamplePortfolio.make()) -> SiteModel {
        let asOf = Day(iso: "2026-11-20")!
        return SiteModel(portfolio: portfolio, figures: Figures(portfolio: portfolio, at: asOf), history: History(portfolio: portfolio, asOf: asOf))
    }

    @Test func piecesJoinToTheWholeFeed() throws {
        let site = Self.site()
        let whole = site.atomFeed()
        let entries = whole.components(separatedBy: "<entry>").count - 1
        try #require(entries >= 3)
        for (size, threads) in [(1, 1), (2, 2), (entries - 1, 2), (entries, 1), (1000, 2)] {
            var pieces: [([String], Bool)] = []
            site.atomFeed(threads: threads, entriesPerPiece: size) { pieces.append(($0.map { String(decoding: $0, as: UTF8.self) }, $1)) }
            #expect(pieces.map(\.0).joined().joined() == whole, "\(size)")
            // ⌈entries / size⌉ pieces, each with its entries; the header rides with the first.
            #expect(pieces.count == (entries + size - 1) / size, "\(size)")
            #expect(pieces.map(\.1) == Array(repeating: false, count: pieces.count - 1) + [true])
            #expect(pieces.first?.0.first?.hasPrefix("<?xml") == true && pieces.last?.0.last == "</feed>\n")
        }
    }

    /// With a `NarrativeMemo`, each status page leaves its narrative's HTML for the feed, which
    /// takes it out: the feed is the same text as one that renders every narrative itself, and
    /// the memo ends empty. A memo entry whose Markdown differs is not used.
    @Test func feedFromTheMemoIsTheFeedRenderedAfresh() throws {
        let plain = Self.site()
        var memoised = plain
        let memo = NarrativeMemo()
        memoised.narrativeMemo = memo
        var pages = 0
        for project in plain.portfolio.projects {
            for report in plain.reports(of: project) {
                let page = memoised.statusReportPage(report, of: project)
                #expect(page.narrativeHTML == plain.statusReportPage(report, of: project).narrativeHTML)
                pages += 1
            }
        }
        try #require(pages >= 3 && memo.count == pages)
        #expect(memoised.atomFeed() == plain.atomFeed())
        #expect(memo.count == 0)

        memo.keep("<p>another report's text</p>", of: "Other *text*", file: "same.md")
        #expect(memo.take("Different", file: "same.md") == nil)
        #expect(memo.take("Other *text*", file: "same.md") == nil)  // taken (and refused) once
        memo.keep("<p>x</p>", of: "x", file: "same.md")
        #expect(memo.take("x", file: "same.md") == "<p>x</p>")
    }

    @Test func noReportsOnePiece() {
        let empty = Portfolio(settings: Settings(asOf: Day(iso: "2026-11-20")!), info: PortfolioInfo(name: "P", location: SourceLocation(path: "x")))
        var pieces: [([String], Bool)] = []
        Self.site(empty).atomFeed(threads: 2) { pieces.append(($0.map { String(decoding: $0, as: UTF8.self) }, $1)) }
        #expect(pieces.count == 1 && pieces[0].1)
        #expect(pieces[0].0.joined().hasSuffix("<generator>pmo</generator>\n</feed>\n"))
    }
}
