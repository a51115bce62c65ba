import Testing
@testable import Site
import Analysis
import Portfolio
import Charts

/// The template engine. Expected outputs follow the Mustache manual
/// (https://mustache.github.io/mustache.5.html) and its spec's rules for standalone lines and
/// partial indentation, worked out by hand; the extras (inheritance, transforms) follow
/// swift-mustache 2.x, whose rules the engine ports.
@Suite struct TemplateEngineTests {
    func render(_ text: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        for (name, partial) in partials { library.register(try Template(string: partial), named: name) }
        library.register(try Template(string: text), named: "main")
        let named = library.render(value, withTemplate: "main") ?? "(no template)"
        // Every case again with the partials linked (`TemplateLibrary.link`), as a site renders.
        library.link()
        let linked = library.render(value, withTemplate: "main") ?? "(no template)"
        #expect(linked == named, "linked partials render as partials found by name")
        return linked
    }

    @Test func linkingLeavesAMissingPartialEmptyAndReachesPartialsInsideBlocksAndParents() throws {
        let partials = ["p": "<{{x}}>", "layout": "[{{$body}}default{{/body}}|{{> p}}]"]
        #expect(try render("{{<layout}}{{$body}}{{#list}}{{> p}}{{/list}}{{> nowhere}}{{/body}}{{/layout}}",
                           .object(["x": .string("a&b"), "list": .list([.object(["x": .int(1)]), .object(["x": .int(2)])])]),
                           partials: partials) == "[<1><2>|<a&amp;b>]")
    }

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let value = TemplateValue.object(["x": .string(#"<b> & "q" 'a'"#)])
        #expect(try render("{{x}}|{{{x}}}|{{& x}}", value) == #"&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;|<b> & "q" 'a'|<b> & "q" 'a'"#)
    }

    @Test func markupBytesRenderAsTheStringTheyHold() throws {
        // `.markup` (a chart's SVG kept as bytes) renders exactly as `.string` of its text:
        // escaped by {{x}}, as it is by {{{x}}}, a section pushes it, `empty` sees its bytes.
        let text = "<svg class=\"a\">£ & é</svg>"
        let template = "{{x}}|{{{x}}}|{{#x}}[{{.}}]{{/x}}|{{^x}}none{{/x}}|{{#empty(x)}}e{{/empty(x)}}{{#uppercased(x)}}{{{.}}}{{/uppercased(x)}}"
        let asMarkup = try render(template, .object(["x": .markup(Array(text.utf8))]))
        #expect(asMarkup == (try render(template, .object(["x": .string(text)]))))
        #expect(asMarkup.hasPrefix("&lt;svg class=&quot;a&quot;&gt;£ &amp; é&lt;/svg&gt;|<svg class=\"a\">£ & é</svg>|[&lt;svg"))
        #expect(try render("{{^x}}none{{/x}}{{#empty(x)}}e{{/empty(x)}}", .object(["x": .markup([])])) == "e")
    }

    @Test func aQuoteFollowedByACombiningMarkIsStillEscaped() throws {
        // "'\u{301}" is one Character; escaping per Character would leave the quote raw.
        #expect(try render("{{x}}", .object(["x": .string("'\u{301}\"\u{301}")])) == "&#39;\u{301}&quot;\u{301}")
    }

    @Test func numbersAndFlagsPrintAsSwiftDescribesThem() throws {
        let value = TemplateValue.object(["i": .int(-3), "d": .double(2.5), "b": .bool(true)])
        #expect(try render("{{i}} {{d}} {{b}}", value) == "-3 2.5 true")
    }

    @Test func missingNamesAreEmptyAndLookupsClimbTheStack() throws {
        let value = TemplateValue.object(["name": .string("outer"), "inner": .object(["other": .int(1)])])
        #expect(try render("[{{missing}}]{{#inner}}{{name}}/{{other}}{{/inner}}", value) == "[]outer/1")
    }

    @Test func dottedNamesResolveTheFirstPartUpTheStackAndTheRestInside() throws {
        let value = TemplateValue.object([
            "a": .object(["b": .object(["c": .string("deep")])]),
            "list": .list([.object(["x": .int(1)])]),
        ])
        #expect(try render("{{a.b.c}}|{{#list}}{{a.b.c}}{{/list}}|{{a.x.c}}", value) == "deep|deep|")
        // A leading dot looks in the current value only.
        #expect(try render("{{#list}}[{{.a}}][{{.x}}]{{/list}}", value) == "[][1]")
    }

    @Test func sectionsIterateListsTestFlagsAndPushObjects() throws {
        let value = TemplateValue.object([
            "list": .list([.string("a"), .string("b")]), "empty": .list([]),
            "yes": .bool(true), "no": .bool(false), "obj": .object(["k": .string("v")]), "text": .string(""),
        ])
        #expect(try render("{{#list}}<{{.}}>{{/list}}{{#empty}}x{{/empty}}", value) == "<a><b>")
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^yes}}!Y{{/yes}}", value) == "Y!N")
        #expect(try render("{{#obj}}{{k}}{{/obj}}{{^obj}}none{{/obj}}{{^missing}}absent{{/missing}}", value) == "vabsent")
        #expect(try render("{{^empty}}nothing{{/empty}}{{^list}}nothing{{/list}}", value) == "nothing")
        // Text, even empty, is a value: its section renders (swift-mustache's rule).
        #expect(try render("{{#text}}[{{.}}]{{/text}}", value) == "[]")
    }

    @Test func standaloneTagsTakeTheirWholeLine() throws {
        let value = TemplateValue.object(["list": .list([.int(1), .int(2)])])
        let template = "<ul>\n  {{#list}}\n  <li>{{.}}</li>\n  {{/list}}\n  {{! a comment }}\n</ul>\n"
        #expect(try render(template, value) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n")
        // Not standalone: text beside the tag keeps the line and its spaces.
        #expect(try render("a {{#list}}{{.}}{{/list}} b\n", value) == "a 12 b\n")
    }

    @Test func standalonePartialsAreIndentedLineByLine() throws {
        let value = TemplateValue.object(["x": .string("X")])
        let partials = ["p": "line 1\n{{x}}\n"]
        #expect(try render("<div>\n    {{> p}}\n</div>\n", value, partials: partials) == "<div>\n    line 1\n    X\n</div>\n")
        // An inline partial is not indented.
        #expect(try render("[{{> p}}]", value, partials: partials) == "[line 1\nX\n]")
        // A missing partial renders nothing.
        #expect(try render("[{{> nope}}]", value) == "[]")
    }

    @Test func aVariableWithManyLinesIsIndentedOnlyWhereItStarts() throws {
        // Indentation goes before each token that starts a line, not inside a value.
        let value = TemplateValue.object(["html": .string("<p>a</p>\n<p>b</p>")])
        #expect(try render("  {{> p}}\n", value, partials: ["p": "{{{html}}}\n"]) == "  <p>a</p>\n<p>b</p>\n")
    }

    @Test func parentsWithBlocks() throws {
        let partials = ["layout": "<main>\n{{$content}}\ndefault\n{{/content}}\n</main>\n{{$foot}}foot{{/foot}}\n"]
        let template = "{{<layout}}\n{{$content}}\n<h1>{{title}}</h1>\n{{/content}}\n{{/layout}}\n"
        let out = try render(template, .object(["title": .string("T")]), partials: partials)
        #expect(out == "<main>\n<h1>T</h1>\n</main>\nfoot\n")
        // A block tag with text beside it is inline: the block's own last newline stays.
        let inline = try render(template, .object(["title": .string("T")]), partials: ["layout": "<main>{{$content}}x{{/content}}</main>"])
        #expect(inline == "<main><h1>T</h1>\n</main>")
    }

    @Test func theOuterBlockWinsOverOneSetInANestedParent() throws {
        let partials = [
            "base": "{{$b}}base{{/b}}",
            "middle": "{{<base}}{{$b}}middle{{/b}}{{/base}}",
        ]
        #expect(try render("{{<middle}}{{$b}}outer{{/b}}{{/middle}}", .object([:]), partials: partials) == "outer")
        #expect(try render("{{<middle}}{{/middle}}", .object([:]), partials: partials) == "middle")
    }

    @Test func transforms() throws {
        let value = TemplateValue.object([
            "list": .list([.string("a"), .string("b"), .string("c")]), "none": .list([]),
            "n": .int(4), "s": .string("hello world"),
        ])
        #expect(try render("{{#empty(none)}}E{{/empty(none)}}{{^empty(list)}}F{{/empty(list)}}", value) == "EF")
        #expect(try render("{{count(list)}} {{first(list)}} {{last(list)}} {{#reversed(list)}}{{.}}{{/reversed(list)}}", value) == "3 a c cba")
        #expect(try render("{{plusone(n)}} {{minusone(n)}} {{#even(n)}}even{{/even(n)}} {{uppercased(s)}} {{capitalized(s)}}", value) == "5 3 even HELLO WORLD Hello World")
        #expect(try render("{{#list}}{{index()}}{{#first()}}^{{/first()}}{{#last()}}${{/last()}}{{/list}}", value) == "0^12$")
        // Two transforms apply inside out; one that does not apply gives nothing.
        #expect(try render("{{plusone(count(list))}}|{{count(n)}}|", value) == "4||")
    }

    @Test func setDelimitersAndTextContentType() throws {
        let value = TemplateValue.object(["x": .string("<x>")])
        #expect(try render("{{=<% %>=}}<% x %> {{x}}", value) == "&lt;x&gt; {{x}}")
        #expect(try render("{{%CONTENT_TYPE:TEXT}}{{x}}", value) == "<x>")
    }

    @Test func parseErrorsSayWhatAndWhere() {
        func failure(_ text: String) -> TemplateParseError? {
            do { _ = try Template(string: text); return nil } catch { return error }
        }
        let unclosed = failure("line one\n{{#a}}\nno end\n")
        #expect(unclosed?.reason == .expectedSectionEnd)
        let mismatched = failure("ab\n  {{#a}}x{{/b}}")
        #expect(mismatched?.reason == .sectionCloseNameIncorrect)
        // Reported at the closing tag's name: line 2, column 13 ("  {{#a}}x{{/" is 12 characters).
        #expect(mismatched?.line == 2)
        #expect(mismatched?.column == 13)
        #expect(failure("{{unfinished")?.reason == .unfinishedName)
        #expect(failure("{{%NOPE:X}}")?.reason == .unrecognisedConfigVariable)
        #expect(failure("{{<p}}text{{$b}}{{/b}}{{#s}}{{/s}}{{/p}}")?.reason == .illegalTokenInsideInheritSection)
    }

    @Test func viewModelStructsBecomeObjectsWithoutTheirNilFields() throws {
        struct Row { let name: String; let note: String?; let count: Int; let tags: [String] }
        struct Page { let name: String; let rows: [Row] }
        let page = Page(name: "page", rows: [Row(name: "r1", note: nil, count: 2, tags: ["x", "y"]),
                                             Row(name: "r2", note: "n", count: 0, tags: [])])
        // r1 has no note, so {{note}} climbs to… nothing (Page has none); {{name}} is the row's.
        let out = try render("{{#rows}}{{name}}:{{note}}:{{count}}:{{#tags}}{{.}}{{/tags}};{{/rows}}{{name}}", TemplateValue(reflecting: page))
        #expect(out == "r1::2:xy;r2:n:0:;page")
    }
}

/// Values `TemplateEncoding` builds directly for hot types must be what `encode(to:)` gives:
/// the same fields, in the same order, holding the same values.
@Suite struct DirectTemplateValueTests {
    static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .string(let s): return "s(\(s.debugDescription))"
        // Markup bytes are the string they hold (`encode(to:)` writes that string).
        case .markup(let bytes): return "s(\(String(decoding: bytes, as: UTF8.self).debugDescription))"
        case .bool(let b): return "b(\(b))"
        case .int(let i): return "i(\(i))"
        case .double(let d): return "d(\(d))"
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .object(let fields): return "{" + fields.names.map { "\($0): \(describe(fields[$0]!))" }.joined(separator: ", ") + "}"
        }
    }

    /// Every chart of the sample portfolio's dashboard and project pages: tables with numeric
    /// and text columns, notes and none.
    @Test func chartModelAsEncoded() throws {
        let site = FeedPiecesTests.site()
        let charts = site.dashboardCharts() + site.portfolio.projects.flatMap { site.projectCharts($0) }
        try #require(charts.count >= 10)
        #expect(charts.contains { !$0.notes.isEmpty } && charts.contains { $0.rowCount > 3 })
        for chart in charts {
            let direct = Self.describe(chart.templateValue)
            #expect(direct == Self.describe(TemplateEncoding.encoded(chart)))
            #expect(direct.hasPrefix("{svg: s(\"<svg"))
        }
    }

    /// A chart's table rows, written by `ChartModel` since 2026-11-28, are what the chart
    /// partial's row and cell sections made of them before: the old sections, rendered by the
    /// engine over row and cell objects, are the oracle; and one table worked by hand.
    @Test func chartRowsAsTheTemplateMadeThem() throws {
        let oldSections = "{{#rows}}\n<tr>{{#cells}}<td{{#numeric}} class=\"num\"{{/numeric}}>{{text}}</td>{{/cells}}</tr>\n{{/rows}}\n"
        var library = TemplateLibrary()
        library.register(try Template(string: oldSections), named: "rows")
        // Seeded tables of 0–5 columns and 0–6 rows (given short or long: the table pads or cuts
        // them to its columns), cells mixing markup characters and text.
        let pieces = ["A", "1,200", "&", "<", ">", "\"", "'", " ", "é", "—", "12.5%", ""]
        var state: UInt64 = 0xC0FFEE
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let columns = (0..<next(6)).map { ChartTable.Column("h\($0)", numeric: next(2) == 0) }
            let rows = (0..<next(7)).map { _ in
                (0..<max(0, columns.count + next(3) - 1)).map { _ in (0..<next(4)).map { _ in pieces[next(pieces.count)] }.joined() }
            }
            let table = ChartTable(caption: "c", columns: columns, rows: rows)
            // The cells as ChartModel made row and cell objects of them: the table's (padded) rows.
            let value: TemplateValue = .list(table.rows.map { cells in
                .object(["cells": .list(zip(cells, columns).map { .object(["text": .string($0), "numeric": .bool($1.numeric)]) })])
            })
            let expected = library.render(.object(["rows": value]), withTemplate: "rows")
            #expect(String(decoding: ChartModel.rowsHTML(table), as: UTF8.self) == expected)
        }
        let table = ChartTable(caption: "c", columns: [.init("Name"), .init("Cost", numeric: true)],
                               rows: [["A & <B>", "1,200"], ["'q'", "-3"]])
        #expect(String(decoding: ChartModel.rowsHTML(table), as: UTF8.self) == """
            <tr><td>A &amp; &lt;B&gt;</td><td class="num">1,200</td></tr>
            <tr><td>&#39;q&#39;</td><td class="num">-3</td></tr>

            """)
    }

    /// The layout, links, badges and figures of every status report page and project page of
    /// the sample portfolio, and the badges with words only.
    @Test func pageModelsAsEncoded() throws {
        let site = FeedPiecesTests.site()
        var layouts: [LayoutModel] = [], links: [LinkModel] = [], badges: [BadgeModel] = [.notReported, .notComputed, .noData]
        var kpis: [[KPIModel]] = [[KPIModel(label: "CPI", value: "0.91", note: "was 0.95", title: "Cost performance", tone: "bad")]]
        for project in site.portfolio.projects {
            let page = site.projectPage(project)
            layouts.append(page.layout)
            for report in site.reports(of: project) {
                let status = site.statusReportPage(report, of: project)
                layouts.append(status.layout)
                links.append(status.project)
                badges.append(status.overall)
                badges += status.ratings.map(\.badge) + status.assessments.map(\.badge)
                kpis.append(status.figures)
            }
        }
        try #require(layouts.count >= 6 && !links.isEmpty && badges.count >= 6 && kpis.contains { !$0.isEmpty })
        #expect(layouts.contains { $0.hasBreadcrumbs } && layouts.contains { $0.nav.contains(where: \.isCurrent) })
        #expect(badges.contains { $0.coloured } && badges.contains { !$0.coloured })
        #expect(kpis.joined().contains { $0.hasNote } && kpis.joined().contains { $0.hasTone })
        for layout in layouts { #expect(Self.describe(layout.templateValue) == Self.describe(TemplateEncoding.encoded(layout))) }
        for link in links { #expect(Self.describe(link.templateValue) == Self.describe(TemplateEncoding.encoded(link))) }
        for badge in badges { #expect(Self.describe(badge.templateValue) == Self.describe(TemplateEncoding.encoded(badge))) }
        for figures in kpis {
            #expect(Self.describe(TemplateEncoding.value(figures)) == Self.describe(TemplateEncoding.encoded(figures)))
        }
    }

    /// Whole status report pages, and the rows and references of the project pages, the
    /// projects index and the dashboard: each as the encoder makes it.
    @Test func pagesAndRowsAsEncoded() throws {
        let site = FeedPiecesTests.site()
        var pages = 0
        for project in site.portfolio.projects {
            let page = site.projectPage(project)
            #expect(Self.describe(TemplateEncoding.value(page.reports)) == Self.describe(TemplateEncoding.encoded(page.reports)))
            #expect(Self.describe(TemplateEncoding.value(page.assessments)) == Self.describe(TemplateEncoding.encoded(page.assessments)))
            for report in site.reports(of: project) {
                let status = site.statusReportPage(report, of: project)
                #expect(Self.describe(TemplateEncoding.value(status)) == Self.describe(TemplateEncoding.encoded(status)))
                pages += 1
            }
        }
        let rows = site.projectsIndexPage().projects
        try #require(pages >= 3 && rows.count >= 3)
        #expect(Self.describe(TemplateEncoding.value(rows)) == Self.describe(TemplateEncoding.encoded(rows)))
    }

    /// Whole project pages, built directly (`ProjectPage.templateValue` and its rows), against
    /// the encoder, which encodes the page and every row type added with it field by field; the
    /// sample's pages between them have every kind of row and a simulated and an unsimulated
    /// confidence panel.
    @Test func projectPagesAsEncoded() throws {
        let portfolio = SamplePortfolio.make(), asOf = Day(iso: "2026-11-20")!
        let figures = Figures(portfolio: portfolio, at: asOf).simulated(SimulationSettings(trials: 300), threads: 1)
        let site = SiteModel(portfolio: portfolio, figures: figures, history: History(portfolio: portfolio, asOf: asOf, threads: 1))
        let pages = site.portfolio.projects.map { site.projectPage($0) }
        try #require(pages.contains { !$0.risks.isEmpty } && pages.contains { !$0.issues.isEmpty }
                     && pages.contains { !$0.milestones.isEmpty } && pages.contains { !$0.demand.isEmpty }
                     && pages.contains { !$0.changes.isEmpty } && pages.contains { !$0.facts.isEmpty }
                     && pages.contains { !$0.ragRows.isEmpty } && pages.contains { !$0.dependencies.isEmpty })
        try #require(pages.contains { $0.confidence.hasSimulation } && pages.contains { !$0.confidence.hasSimulation })
        for page in pages {
            let direct = Self.describe(TemplateEncoding.value(page))
            #expect(direct == Self.describe(TemplateEncoding.encoded(page)))
            #expect(direct.contains("risks: [") && direct.contains("confidence: {hasSimulation: b("))
        }
    }

    /// Whole dashboards, today's and those archived at each earlier reporting date, built
    /// directly (`DashboardPage.templateValue` and its per-project rows) against the encoder;
    /// between them they hold every kind of row.
    @Test func dashboardsAsEncoded() throws {
        var portfolio = SamplePortfolio.make()
        let asOf = Day(iso: "2026-11-20")!
        // The sample has no project shown red: its first project's latest report says red, so
        // the dashboards have rows needing attention.
        let p = try #require(portfolio.projects.firstIndex { !$0.statusReports.isEmpty })
        portfolio.projects[p].statusReports[portfolio.projects[p].statusReports.count - 1].overall = .rag(.red)
        let figures = Figures(portfolio: portfolio, at: asOf).simulated(SimulationSettings(trials: 300), threads: 1)
        let history = History(portfolio: portfolio, asOf: asOf, threads: 1)
        let site = SiteModel(portfolio: portfolio, figures: figures, history: history)
        var pages = [site.dashboardPage()]
        for (index, date) in history.dates.enumerated() where date != figures.date {
            pages.append(site.archived(at: index).dashboardPage(route: .report(date)))
        }
        try #require(pages.count >= 2)
        try #require(pages.contains { !$0.attention.isEmpty })
        try #require(pages.contains { !$0.ragMatrix.isEmpty })
        try #require(pages.contains { !$0.milestonesDue.isEmpty || !$0.milestonesMissed.isEmpty })
        try #require(pages.contains { !$0.watermelons.isEmpty })
        try #require(pages.contains { $0.isArchive })
        for page in pages {
            let direct = Self.describe(TemplateEncoding.value(page))
            #expect(direct == Self.describe(TemplateEncoding.encoded(page)))
            #expect(direct.contains("ragMatrix: [{link: {"))
            // The rows built directly since 2026-11-28, each against the encoder's own
            // field-by-field value of it (whose fields are text, links and badges).
            #expect(Self.describe(.list(page.whatChanged.map(\.templateValue))) == Self.describe(TemplateEncoding.encoded(page.whatChanged)))
            #expect(Self.describe(.list(page.programs.map(\.templateValue))) == Self.describe(TemplateEncoding.encoded(page.programs)))
            #expect(Self.describe(.list(page.programRollups.map(\.templateValue))) == Self.describe(TemplateEncoding.encoded(page.programRollups)))
        }
        try #require(pages.contains { $0.whatChanged.contains { !$0.moves.isEmpty } } && pages.contains { $0.whatChanged.contains { !$0.slips.isEmpty } })
        try #require(pages.contains { !$0.programs.isEmpty } && pages.contains { !$0.programRollups.isEmpty })
        // The sample has no overallocated role, so the resources page's draws are made here.
        let draws = [DrawModel(link: LinkModel(text: "A & B", href: "../a/index.html"), fte: "1.5"),
                     DrawModel(link: LinkModel(text: "C", href: nil), fte: "0.25")]
        #expect(Self.describe(.list(draws.map(\.templateValue))) == Self.describe(TemplateEncoding.encoded(draws)))
    }

    @Test func indexRowsAsEncoded() throws {
        let site = FeedPiecesTests.site()
        let rows = site.projectsIndexPage().projects
        try #require(rows.count >= 3)
        #expect(Self.describe(TemplateEncoding.value(rows)) == Self.describe(TemplateEncoding.encoded(rows)))
        #expect(Self.describe(TemplateEncoding.value(rows)).contains("reportDate"))
    }
}

/// `{{name}}` escaping, which copies runs of plain bytes whole, against the rule written a byte
/// at a time (`<` `>` `&` `"` `'` replaced, every other byte kept) on 3,000 seeded strings of
/// special characters, combining marks, multi-byte text and plain runs; into bytes and into text.
@Suite struct HTMLEscapeReferenceTests {
    static func reference(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func sameAsTheReference() {
        let pieces = ["<", ">", "&", "\"", "'", "'\u{301}", "é", "🚀", "plain text", " ", "&amp;", "<script>", "\n", ""]
        var state: UInt64 = 11
        for _ in 0..<3000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var text = ""
            for k in 0..<Int(state >> 60) { text += pieces[Int((state >> UInt64(4 * k % 56)) % UInt64(pieces.count))] }
            var bytes: [UInt8] = Array("prefix ".utf8)
            HTMLEscape.append(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "prefix " + Self.reference(text), "\(Array(text.utf8))")
            var string = "prefix "
            HTMLEscape.append(text, to: &string)
            #expect(string == "prefix " + Self.reference(text))
        }
    }
}
