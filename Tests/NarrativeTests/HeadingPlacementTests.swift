import Testing
@testable import Narrative

/// `MarkdownRenderer.render(_:headingsFrom:)` moves the headings in the parsed document, not in
/// the HTML; without raw HTML that must give what `HeadingLevels.placing` makes of the HTML
/// (the pass it replaces, itself tested against an oracle in the site's tests). Checked on every
/// GFM example with the site's extensions, at each top level, and on seeded documents of
/// headings in quotes, lists and tables.
@Suite struct HeadingPlacementTests {
    static func same(_ markdown: String, top: Int, unsafe: Bool = false) -> Bool {
        let renderer = MarkdownRenderer(unsafe: unsafe)
        return renderer.render(markdown, headingsFrom: top) == HeadingLevels.placing(renderer.render(markdown), topAt: top)
    }

    @Test func byHand() {
        let renderer = MarkdownRenderer()
        // `#` and `###` under a top of 3: the highest (1) becomes 3, the other moves as far (5).
        #expect(renderer.render("# A\n\n### B\n", headingsFrom: 3) == "<h3>A</h3>\n<h5>B</h5>\n")
        // Levels stop at 6; a document already at or below the top is left as it is.
        #expect(renderer.render("# A\n\n###### B\n", headingsFrom: 3) == "<h3>A</h3>\n<h6>B</h6>\n")
        #expect(renderer.render("#### A\n", headingsFrom: 3) == "<h4>A</h4>\n")
        // Inside a quote and a list item: the highest (1, in the item) becomes 3, so 2 becomes 4.
        #expect(renderer.render("> ## Q\n\n- # L\n", headingsFrom: 3)
                == "<blockquote>\n<h4>Q</h4>\n</blockquote>\n<ul>\n<li>\n<h3>L</h3>\n</li>\n</ul>\n")
        // With raw HTML on, a raw heading moves too (the HTML is moved, not the document).
        #expect(MarkdownRenderer(unsafe: true).render("<h1>R</h1>\n\n## A\n", headingsFrom: 3) == "<h3>R</h3>\n<h4>A</h4>\n")
    }

    @Test func everyGFMExampleAtEachTop() throws {
        var differing: [String] = []
        for file in ["spec.txt", "extensions.txt", "regression.txt"] {
            for example in try GFMConformanceTests.examples(in: file) {
                for top in 1...4 where !Self.same(example.markdown, top: top) {
                    differing.append("\(file) \(example.number) top \(top)")
                }
                if !Self.same(example.markdown, top: 3, unsafe: true) { differing.append("\(file) \(example.number) unsafe") }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    @Test func seededDocuments() {
        let pieces = ["# ", "## ", "### ", "###### ", "####### ", "> ", "- ", "1. ", "  ", "\n", "\n\n", "text", "<h1>x</h1>", "`<h2>`",
                      "| a | b |\n|---|---|\n| # | ## |\n", "Title\n===\n", "Sub\n---\n", "    # code\n", "```\n# fenced\n```\n", "*", "é"]
        var state: UInt64 = 21
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let documents = (0..<2_000).map { _ in (0..<(3 + next() % 30)).map { _ in pieces[next() % pieces.count] }.joined() }
        let moved = documents.filter { MarkdownRenderer().render($0, headingsFrom: 3) != MarkdownRenderer().render($0) }
        #expect(moved.count > 500)
        let differing = documents.filter { !Self.same($0, top: 3) }
        #expect(differing.isEmpty, "\(differing.prefix(3).map { String(reflecting: $0) })")
    }
}
