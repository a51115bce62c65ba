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
            site.atomFeed(threads: threads, entriesPerPiece: size) { pieces.append(($0, $1)) }
            #expect(pieces.map(\.0).joined().joined() == whole, "\(size)")
            // ⌈entries / size⌉ pieces, each with its entries; the header rides with the first.
            #expect(pieces.count == (entries + size - 1) / size, "\(size)")
            #expect(pieces.map(\.1) == Array(repeating: false, count: pieces.count - 1) + [true])
            #expect(pieces.first?.0.first?.hasPrefix("<?xml") == true && pieces.last?.0.last == "</feed>\n")
        }
    }

    @Test func noReportsOnePiece() {
        let empty = Portfolio(settings: Settings(asOf: Day(iso: "2026-11-20")!), info: PortfolioInfo(name: "P", location: SourceLocation(path: "x")))
        var pieces: [([String], Bool)] = []
        Self.site(empty).atomFeed(threads: 2) { pieces.append(($0, $1)) }
        #expect(pieces.count == 1 && pieces[0].1)
        #expect(pieces[0].0.joined().hasSuffix("<generator>pmo</generator>\n</feed>\n"))
    }
}
