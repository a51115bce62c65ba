import Dispatch
import Narrative
import Testing

/// pmo's defaults: `MarkdownRenderer()` is unsafe false with table, strikethrough, autolink,
/// tagfilter and tasklist. Every expected string is the output of Debian's cmark-gfm 0.29.0.gfm.6
/// command with the matching flags:
///     cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist
/// (plus `--unsafe` where the test says unsafe: true).
@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test("the defaults are SPEC §2's: safe, with table, strikethrough, autolink, tagfilter, tasklist")
    func defaults() {
        #expect(renderer.unsafe == false)
        #expect(renderer.extensions == [.table, .strikethrough, .autolink, .tagfilter, .tasklist])
    }

    // MARK: - GFM extensions

    @Test func table() {
        let markdown = """
            | Project | RAG | Budget |
            |:--|:-:|--:|
            | Apollo | green | 1,200 |
            | Borealis | *amber* | 950 |

            """
        #expect(renderer.render(markdown) == """
            <table>
            <thead>
            <tr>
            <th align="left">Project</th>
            <th align="center">RAG</th>
            <th align="right">Budget</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">Apollo</td>
            <td align="center">green</td>
            <td align="right">1,200</td>
            </tr>
            <tr>
            <td align="left">Borealis</td>
            <td align="center"><em>amber</em></td>
            <td align="right">950</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func taskList() {
        #expect(renderer.render("- [x] Baseline signed off\n- [ ] Benefits register updated\n") == """
            <ul>
            <li><input type="checkbox" checked="" disabled="" /> Baseline signed off</li>
            <li><input type="checkbox" disabled="" /> Benefits register updated</li>
            </ul>

            """)
    }

    @Test func strikethrough() {
        #expect(renderer.render("Go-live ~~March~~ April.\n") == "<p>Go-live <del>March</del> April.</p>\n")
    }

    @Test("autolinks: www. and https://")
    func autolink() {
        #expect(renderer.render("See www.example.com and https://example.org/status?q=1.\n") ==
            #"<p>See <a href="http://www.example.com">www.example.com</a> and <a href="https://example.org/status?q=1">https://example.org/status?q=1</a>.</p>"# + "\n")
    }

    // MARK: - Raw HTML and dangerous links

    @Test("raw HTML is omitted by default, block and inline")
    func rawHTMLOmittedByDefault() {
        #expect(renderer.render("<script>alert(1)</script>\n\nText <div>inline</div> here.\n") == """
            <!-- raw HTML omitted -->
            <p>Text <!-- raw HTML omitted -->inline<!-- raw HTML omitted --> here.</p>

            """)
        #expect(renderer.render("<div class=\"x\">\n**not bold**\n</div>\n") == "<!-- raw HTML omitted -->\n")
    }

    @Test("a javascript: link loses its URL by default")
    func javascriptLinkEmptied() {
        #expect(renderer.render("[click](javascript:alert(1))\n") == "<p><a href=\"\">click</a></p>\n")
    }

    @Test("unsafe: true keeps raw HTML and links; tagfilter still escapes <script> and <iframe>")
    func rawHTMLKeptWhenUnsafe() {
        let unsafe = MarkdownRenderer(unsafe: true)
        // cmark-gfm --unsafe -e table -e strikethrough -e autolink -e tagfilter -e tasklist
        #expect(unsafe.render("<script>alert(1)</script>\n\nText <div>inline</div> here.\n") == """
            &lt;script>alert(1)&lt;/script>
            <p>Text <div>inline</div> here.</p>

            """)
        #expect(unsafe.render("<div>kept</div>\n\n<iframe src=\"x\"></iframe>\n") == """
            <div>kept</div>
            &lt;iframe src="x">&lt;/iframe>

            """)
        #expect(unsafe.render("[click](javascript:alert(1))\n") == "<p><a href=\"javascript:alert(1)\">click</a></p>\n")
    }

    // MARK: - Text

    @Test func emptyInput() {
        #expect(renderer.render("") == "")
    }

    @Test("non-ASCII text passes through as UTF-8")
    func nonASCII() {
        #expect(renderer.render("Café budget: £1.2m 🚀 — naïve Ω\n") == "<p>Café budget: £1.2m 🚀 — naïve Ω</p>\n")
    }

    @Test("a NUL character is fed, not a terminator: it becomes U+FFFD")
    func nulCharacter() {
        #expect(renderer.render("a\u{0}b\n") == "<p>a\u{FFFD}b</p>\n")
    }

    // MARK: - Determinism

    /// Documents using every inline extension: `~` (strikethrough), `|` (table), `w` and `:`
    /// (autolink) are the characters cmark-gfm's extensions add to its inline scanner.
    static let documents: [String] = (0..<100).map { i in
        """
        # Report \(i)

        Status ~~amber~~ green, see www.example.com/\(i) and https://example.org/r/\(i).
        \(String(repeating: "Work ~~stopped~~ resumed on www.site\(i).org; ", count: 1 + i % 7))

        | step | state |
        |---|---|
        | \(i) | ~~late~~ on time |

        - [x] done \(i)
        - [ ] next **\(i + 1)**

        """
    }

    @Test("repeated calls give the same output")
    func repeatedCalls() {
        let first = Self.documents.map(renderer.render)
        for round in 0..<3 {
            let again = Self.documents.map(renderer.render)
            let differing = Self.documents.indices.filter { again[$0] != first[$0] }
            #expect(differing.isEmpty, "round \(round): documents \(differing) render differently")
        }
        #expect(first.allSatisfy { $0.contains("<del>stopped</del>") && $0.contains("<del>late</del>") })
    }

    /// Renderers with different extension sets, run concurrently, must give what they give alone:
    /// cmark-gfm 0.29.0.gfm.6 switches the extensions' inline characters in a process-wide table
    /// on every parse, so unserialised parses race and lose strikethrough or autolinks.
    @Test("concurrent renders on several threads match serial renders")
    func concurrentRenders() {
        let renderers = [MarkdownRenderer(), MarkdownRenderer(extensions: [.table]), MarkdownRenderer(extensions: [])]
        let jobs = (0..<600).map { (renderer: renderers[$0 % renderers.count], document: Self.documents[$0 % Self.documents.count]) }
        let serial = jobs.map { $0.renderer.render($0.document) }
        for round in 0..<5 {
            let results = Results(count: jobs.count)
            DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
                results.set(index, jobs[index].renderer.render(jobs[index].document))
            }
            let differing = (0..<jobs.count).filter { results[$0] != serial[$0] }
            #expect(differing.isEmpty, "round \(round): \(differing.count) concurrent renders differ, first job \(differing.first ?? -1)")
        }
    }

    /// pmo pins the site extensions' characters in cmark-gfm's tables and lets their inline
    /// passes overlap; a renderer with other extensions must still see only its own characters.
    /// `~` in the table also changes emphasis next to it (inlines.c skips such characters when
    /// it looks at a delimiter's neighbours), so `_x a_~b` tells the two states apart. Expected
    /// strings from Debian's cmark-gfm 0.29.0.gfm.6: `cmark-gfm -e table` and
    /// `cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist`.
    @Test("a renderer without strikethrough keeps its own inline characters while site renders run")
    func otherExtensionsBesideConcurrentSiteRenders() {
        #expect(MarkdownRenderer.inlineParsingRunsConcurrently)
        let plain = MarkdownRenderer(extensions: [.table])
        let document = "see www.example.com and _x a_~b\n"
        let results = Results(count: 1200)
        DispatchQueue.concurrentPerform(iterations: 1200) { index in
            let html = index % 3 == 0 ? plain.render(document)
                : index % 3 == 1 ? renderer.render(document) : renderer.render(Self.documents[index % Self.documents.count])
            results.set(index, html)
        }
        let withoutStrikethrough = (0..<1200).filter { $0 % 3 == 0 }.filter { results[$0] != "<p>see www.example.com and <em>x a</em>~b</p>\n" }
        let siteExtensions = (0..<1200).filter { $0 % 3 == 1 }.filter {
            results[$0] != "<p>see <a href=\"http://www.example.com\">www.example.com</a> and _x a_~b</p>\n"
        }
        let documents = (0..<1200).filter { $0 % 3 == 2 }.filter { !results[$0].contains("<del>stopped</del>") }
        #expect(withoutStrikethrough.isEmpty && siteExtensions.isEmpty && documents.isEmpty,
                "\(withoutStrikethrough.count) plain, \(siteExtensions.count) site, \(documents.count) document renders differ")
    }

    @Test("concurrent renders in a task group match serial renders")
    func taskGroupRenders() async {
        let serial = Self.documents.map(renderer.render)
        let concurrent = await withTaskGroup(of: (Int, String).self) { group in
            for (index, document) in Self.documents.enumerated() {
                group.addTask { [renderer] in (index, renderer.render(document)) }
            }
            var out = [String](repeating: "", count: Self.documents.count)
            for await (index, html) in group { out[index] = html }
            return out
        }
        #expect(concurrent == serial)
    }
}

/// A fixed-size array written from `concurrentPerform`, one index per iteration.
private final class Results: @unchecked Sendable {
    private var storage: [String]
    private let lock = DispatchQueue(label: "MarkdownRendererTests.Results")
    init(count: Int) { storage = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.sync { storage[index] = value } }
    subscript(index: Int) -> String { lock.sync { storage[index] } }
}
