import Analysis
import Portfolio
import Testing
@testable import Site

/// The board pack handed over section by section: the same bytes as Mustache writes rendering
/// every section itself, and each section out as soon as it is added (nothing held) with the
/// built-in print template.
@Suite struct BoardPackStreamTests {
    static let sections = BoardPackSpliceTests.sections + [
        PrintSectionModel(anchor: "e", title: "E", kind: "project", html: "<p>é ✓</p>\n"),
        PrintSectionModel(anchor: "f", title: "F", kind: "project", html: ""),
    ]

    /// The pack rendered directly, and streamed: the pieces after each section, and the rest.
    func render(_ sections: [PrintSectionModel], overrides: [String: String]) -> (direct: String?, pieces: [[String]], rest: [String], streams: Bool) {
        let portfolio = SamplePortfolio.make()
        let asOf = Day(iso: "2026-11-20")!
        let site = SiteModel(portfolio: portfolio, figures: Figures(portfolio: portfolio, at: asOf), history: History(portfolio: portfolio, asOf: asOf))
        let templates = TemplateSet(overrides: overrides)
        let direct = templates.render(site.printPage(sections: sections), with: "print.mustache")
        var pack = SiteRenderer(portfolio: portfolio, overrides: overrides).boardPackStream(
            site: site, templates: templates, entries: sections.map { .init(anchor: $0.anchor, title: $0.title, kind: $0.kind) })
        let pieces = sections.map { pack.add($0.html) }
        return (direct, pieces, pack.finish().map { String(decoding: $0, as: UTF8.self) }, pack.streams)
    }

    @Test func theBuiltInTemplateStreamsEverySectionAsItComes() throws {
        let r = render(Self.sections, overrides: [:])
        #expect(r.streams)
        #expect((r.pieces.flatMap { $0 } + r.rest).joined() == r.direct)
        // Each non-empty section goes out whole with the text before it; an empty one adds nothing.
        for (section, pieces) in zip(Self.sections, r.pieces) {
            #expect(pieces.last == (section.html.isEmpty ? nil : section.html), "\(section.anchor)")
            #expect(pieces.count <= 2)
        }
        let direct = try #require(r.direct)
        // The text before the first section: the page up to it, table of contents included.
        #expect(direct.hasPrefix(r.pieces[0][0]) && r.pieces[0][0].contains("<ol>"))
        #expect(r.rest.joined().hasSuffix("</html>\n"))
    }

    @Test func aLayoutThatIndentsTheSectionsStreamsTheSameBytes() {
        // The engine indents the line after a section by its last character: "\n", none, "\r\n".
        let overrides = ["layout.mustache": "<body>\n  <div>\n    {{$content}}\n    {{/content}}\n  </div>\n</body>\n"]
        let r = render(Self.sections, overrides: overrides)
        #expect(r.streams)
        #expect(r.direct?.contains("\n    <section class=\"print-page") == true)   // indented
        #expect((r.pieces.flatMap { $0 } + r.rest).joined() == r.direct)
    }

    @Test func aSitePrintTemplateHoldsTheSectionsToTheEnd() {
        let overrides = ["print.mustache": "{{#sections}}<h2>{{title}}</h2>\n{{{html}}}{{/sections}}{{#sections}}{{{html}}}{{/sections}}"]
        let r = render(Self.sections, overrides: overrides)
        #expect(!r.streams)
        #expect(r.pieces.allSatisfy { $0.isEmpty })
        #expect(r.rest.joined() == r.direct)
    }

    /// A section's last character, read from its bytes, is `String.last` of its text.
    @Test func lastCharacterAsStringLast() {
        for text in ["", "<p>a</p>\n", "x", "a\r\n", "a\r", "é", "e\u{301}", "✓\n", "👍🏽", "\n"] {
            #expect(BoardPackStream.lastCharacter(of: Array(text.utf8)) == text.last.map(String.init) ?? "", "\(Array(text.unicodeScalars))")
        }
    }

    @Test func placeholdersOnceEachAndInOrder() {
        let ends = ["\n", "", "x"]
        let p0 = BoardPackSplice.placeholder(0, for: "\n"), p2 = BoardPackSplice.placeholder(2, for: "x")
        let cuts = BoardPackStream.cuts(in: Array(("a" + p0 + "b" + p2 + "c").utf8), ends: ends)
        #expect(cuts == [.init(section: 0, start: 1, end: 1 + p0.utf8.count),
                         .init(section: 2, start: 2 + p0.utf8.count, end: 2 + p0.utf8.count + p2.utf8.count)])
        #expect(BoardPackStream.cuts(in: Array((p2 + p0).utf8), ends: ends) == nil)            // out of order
        #expect(BoardPackStream.cuts(in: Array((p0 + p0 + p2).utf8), ends: ends) == nil)       // twice
        #expect(BoardPackStream.cuts(in: Array(p0.utf8), ends: ends) == nil)                   // one missing
        #expect(BoardPackStream.cuts(in: Array((p0 + p2 + "\u{1}&lt;pmo-section-0&gt;\u{2}").utf8), ends: ends) == nil)  // escaped
        #expect(BoardPackStream.cuts(in: Array("no sections".utf8), ends: ["", ""]) == [])
    }
}
