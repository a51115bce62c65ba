import Analysis
import Portfolio
import Testing
@testable import Site

/// The board pack is written as the print template rendered with placeholders and the
/// sections spliced in; it must be the very bytes Mustache writes when it renders the sections
/// itself — with the built-in template and with overrides that escape or indent them.
@Suite struct BoardPackSpliceTests {
    static let sections = [
        PrintSectionModel(anchor: "a", title: "A", kind: "project", html: "<h2>A &amp; B</h2>\n<p>it's \"x\" < y</p>\n"),
        PrintSectionModel(anchor: "b", title: "B", kind: "project", html: ""),
        PrintSectionModel(anchor: "c", title: "C", kind: "program", html: "<p>no newline at the end</p>"),
        PrintSectionModel(anchor: "d", title: "D", kind: "program", html: "line\r\nwindows\r\n"),
    ]

    func compare(overrides: [String: String]) {
        let site = SiteModel(portfolio: SamplePortfolio.make(), figures: Figures(portfolio: SamplePortfolio.make(), at: Day(iso: "2026-11-20")!),
                             history: History(portfolio: SamplePortfolio.make(), asOf: Day(iso: "2026-11-20")!))
        let templates = TemplateSet(overrides: overrides)
        let direct = templates.render(site.printPage(sections: Self.sections), with: "print.mustache")
        let renderer = SiteRenderer(portfolio: SamplePortfolio.make(), overrides: overrides)
        let spliced = renderer.boardPack(site: site, templates: templates, sections: Self.sections)
        #expect(direct != nil)
        #expect(spliced.map { String(decoding: $0.bytes, as: UTF8.self) } == direct)
    }

    @Test func builtInTemplate() { compare(overrides: [:]) }

    @Test func anOverrideThatEscapesTheHTML() {
        compare(overrides: ["print.mustache": "{{#sections}}<pre>{{html}}</pre>\n{{/sections}}"])
    }

    @Test func anOverrideThatIndentsThroughAPartial() {
        compare(overrides: [
            "print.mustache": "<main>\n{{#sections}}\n  {{> partials/section}}\n{{/sections}}\n</main>\n",
            "partials/section.mustache": "<section>\n{{{html}}}\nafter {{anchor}}\n</section>\n",
        ])
    }

    @Test func unescapedSectionsAreSplicedWholeNotCopiedShort() {
        // `{{{html}}}`: each non-empty section becomes one part, the whole html (so the part can
        // share the section's storage), and the character its placeholder ended with is skipped.
        let rendered = "<main>\n" + Self.sections.enumerated().map { i, s in
            "<section>" + BoardPackSplice.placeholder(i, for: s.html) + "</section>\n"
        }.joined() + "</main>\n"
        let parts = BoardPackSplice.splice(rendered, Self.sections.map(\.html))
        #expect(parts == ["<main>\n<section>", Self.sections[0].html, "</section>\n<section></section>\n<section>",
                          Self.sections[2].html, "</section>\n<section>", Self.sections[3].html, "</section>\n</main>\n"])
    }

    @Test func textWithoutPlaceholdersIsOnePart() {
        #expect(BoardPackSplice.splice("<p>\u{1}x</p>", []) == ["<p>\u{1}", "x</p>"])
    }
}
