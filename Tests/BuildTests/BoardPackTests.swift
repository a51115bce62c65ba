import Foundation
import Testing
import TestSupport
@testable import Build

/// The board pack (print/) and `--pdf`.
@Suite(.serialized) struct BoardPackTests {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-pack-\(UUID().uuidString)")

    @Test func boardPackHoldsTheDashboardEveryProgramAndProjectWithUniqueIds() throws {
        let result = try Pipeline(options: BuildOptions(source: Fixtures.repositoryRoot(), output: out, quiet: true)).build()
        try #require(result.succeeded)
        let html = try String(contentsOf: out.appendingPathComponent("print/index.html"), encoding: .utf8)
        let sections = html.matches(of: /<section class="print-page print-([a-z]+)" id="([a-z0-9-]+)"/).map { "\($0.2)" }
        // The example: 3 programs; 13 projects in the build (one confidential), one of them cancelled.
        #expect(sections.first == "dashboard")
        #expect(sections.filter { $0.hasPrefix("program-") }.count == 3)
        #expect(sections.filter { $0.hasPrefix("project-") }.count == 12)
        #expect(!sections.contains("project-parking-permits-app"))  // cancelled
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids in the board pack")
        for anchor in html.matches(of: /href="#([^"]+)"/).map({ String($0.1) }) {
            #expect(ids.contains(anchor), "#\(anchor) has no target")
        }
        #expect(html.matches(of: /<h1[ >]/).count == 1)
    }

    @Test func pdfNeedsChromiumAndSaysSo() throws {
        #expect(BoardPackPDF.chromium(path: "/nonexistent") == nil)
        #expect(BoardPackPDF.missing.contains("apt-get install chromium"))
        let options = BuildOptions(source: Fixtures.repositoryRoot(), output: out, pdf: true, quiet: true)
        if BoardPackPDF.chromium() == nil {
            // No Chromium on this machine: a usage error (exit 2) before anything is written.
            #expect(throws: BuildError.usage(BoardPackPDF.missing)) { try Pipeline(options: options).build() }
            #expect(!FileManager.default.fileExists(atPath: out.path))
        } else {
            let result = try Pipeline(options: options).build()
            #expect(result.succeeded)
            let pdf = try #require(FileManager.default.contents(atPath: out.appendingPathComponent("board-pack.pdf").path))
            #expect(pdf.starts(with: Array("%PDF".utf8)))
            #expect(pdf.count > 100_000)
        }
    }
}
