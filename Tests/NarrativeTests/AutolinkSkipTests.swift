import Dispatch
import Testing
@testable import Narrative

/// `MarkdownRenderer.render` leaves the autolink extension off for a document with no `@`,
/// `://` or `www.`; the HTML must be what the extension, always on, gives. Checked on every
/// example of the GFM files with the site's extensions, safe and unsafe; on seeded documents
/// built from the pieces autolinks, emphasis, tables, breaks and strikethrough are made of;
/// and concurrently, documents with and without those texts mixed, as a build renders them.
@Suite struct AutolinkSkipTests {
    static func same(_ markdown: String, unsafe: Bool = false) -> Bool {
        let renderer = MarkdownRenderer(unsafe: unsafe)
        return renderer.render(markdown) == renderer.render(markdown, autolinkWhenNeeded: false)
    }

    @Test func theTriggersAreFound() {
        #expect(!MarkdownRenderer.mayHoldAutolink("Plain text: a table | b, ww. w.w :/ / wwW."))
        #expect(MarkdownRenderer.mayHoldAutolink("mail me@example.com"))
        #expect(MarkdownRenderer.mayHoldAutolink("see ftp://x"))
        #expect(MarkdownRenderer.mayHoldAutolink("www.example.com"))
        #expect(MarkdownRenderer.mayHoldAutolink("end www."))
        #expect(!MarkdownRenderer.mayHoldAutolink("end www"))
        #expect(!MarkdownRenderer.mayHoldAutolink(""))
    }

    @Test func everyGFMExampleRendersTheSame() throws {
        var differing: [String] = []
        for file in ["spec.txt", "extensions.txt", "regression.txt"] {
            for example in try GFMConformanceTests.examples(in: file) {
                for unsafe in [false, true] where !Self.same(example.markdown, unsafe: unsafe) {
                    differing.append("\(file) \(example.number) unsafe \(unsafe)")
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// Documents of random pieces: words with `w` and `:` (the extension's triggers), hard
    /// and soft breaks, emphasis and strikethrough beside them, links, code, tables, lists.
    static func documents(count: Int, seed: UInt64) -> [String] {
        let pieces = ["w", "ww", "www", "wow", "w:", ":", "::", "a:b", "http:", "http:/", "x/", " ", "  ", "\n", "  \n", "\n\n",
                      "*", "**", "_", "~", "~~", "`", "[", "]", "(", ")", "[a](b)", "![i](j)", "<", ">", "&amp;", "\\", "|", "| a | b |\n|---|---|\n| w | : |\n",
                      "- [ ] ", "- [x] ", "1. ", "> ", "# ", "text", "Word", "w_x_", "_w_", "*w*", "~~w~~", "  w  ", "w\t", "é", "—"]
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        return (0..<count).map { _ in (0..<(5 + next() % 60)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    @Test func seededDocumentsRenderTheSame() {
        let documents = Self.documents(count: 3_000, seed: 13).filter { !MarkdownRenderer.mayHoldAutolink($0) }
        #expect(documents.count > 2_000)
        let differing = documents.filter { !Self.same($0) }
        #expect(differing.isEmpty, "\(differing.prefix(3).map { String(reflecting: $0) })")
    }

    @Test func documentsWithAndWithoutTheTriggersRenderConcurrently() {
        let renderer = MarkdownRenderer()
        let documents = Self.documents(count: 400, seed: 21).enumerated().map { $0.offset % 4 == 0 ? $0.element + "\n\nwww.example.com" : $0.element }
        let serial = documents.map { renderer.render($0, autolinkWhenNeeded: false) }
        final class Box: @unchecked Sendable { var out: [String]; init(_ n: Int) { out = .init(repeating: "", count: n) } }
        for _ in 0..<3 {
            let box = Box(documents.count)
            let lock = DispatchQueue(label: "AutolinkSkipTests")
            DispatchQueue.concurrentPerform(iterations: documents.count) { i in
                let html = renderer.render(documents[i])
                lock.sync { box.out[i] = html }
            }
            #expect(box.out == serial)
        }
        // The link is made where the text is not in code or another construct: most of them.
        let linked = serial.enumerated().filter { $0.offset % 4 == 0 && $0.element.contains("<a href=\"http://www.example.com\">") }.count
        #expect(linked > 80, "\(linked) of 100")
    }
}
