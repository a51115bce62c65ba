import Testing
@testable import Ingest

/// `NarrativeSource.split` must give the body the loader gives (`MarkdownDocument.read`),
/// or the build cache would take a front-matter edit for a narrative edit. Differential, over
/// seeded files assembled from the pieces that matter: a byte-order mark, CRLF or CR line ends,
/// fences with trailing blanks, no closing fence, invalid UTF-8, control characters, YAML that
/// does not parse.
@Suite struct NarrativeSourceTests {
    static let pieces: [[UInt8]] = [
        Array("---\n".utf8), Array("---  \r\n".utf8), Array("--- \t\n".utf8), Array("----\n".utf8),
        Array("overall: green\n".utf8), Array("percent_complete: 40\r\n".utf8), Array("a: [1, 2\n".utf8),
        Array("## Summary\n".utf8), Array("Text with --- inside.\n".utf8), Array("\r".utf8), Array("\n".utf8),
        Array("café — 東京\n".utf8), [0xEF, 0xBB, 0xBF], [0xFF], [0x01], [0xC3], Array("\t- item\n".utf8),
    ]

    @Test func theSplitIsTheLoaders() {
        var random = SampleRandom(seed: 4242)  // `pmo sample`'s SplitMix64: the same files every run
        var split = 0, compared = 0
        for _ in 0..<6000 {
            var bytes: [UInt8] = random.next() % 4 != 0 ? Array("---\n".utf8) : []
            for _ in 0..<Int(random.next() % 9) { bytes += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            let path = "content/projects/a/status/2026-06-30.md"
            var log = DiagnosticLog()
            let document = MarkdownDocument.read(bytes, path: path, log: &log)
            guard let (_, body) = NarrativeSource.split(bytes, path: path) else { continue }
            split += 1
            // When the split succeeds, the loader reads the same body (or stops at the YAML,
            // which the front matter's hash covers).
            if let document {
                compared += 1
                #expect(document.body == body, "\(bytes)")
            }
        }
        #expect(split > 800 && compared > 500, "\(split) split, \(compared) compared")
    }

    @Test func onlyStatusReportPaths() {
        #expect(NarrativeSource.isStatusReport("content/projects/a/status/2026-06-30.md"))
        for path in ["content/projects/a/index.md", "content/projects/a/status/2026-06-30.txt", "content/projects/status/x.md",
                     "content/programs/a/status/2026-06-30.md", "x/content/projects/a/status/2026-06-30.md",
                     "content/projects/a/status/sub/2026-06-30.md"] {
            #expect(!NarrativeSource.isStatusReport(path), "\(path)")
        }
    }
}
