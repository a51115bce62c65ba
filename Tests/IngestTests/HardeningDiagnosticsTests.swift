import Ingest
import Portfolio
import Testing

/// The diagnostics added for issue #10 (hardening): binary content, ragged CSV rows,
/// symbolic links, and no second error after an unreadable `pmo.yaml`. The end-to-end cases
/// are in `Tests/Fixtures/bad` (BadInputCorpusTests).
@Suite struct HardeningDiagnosticsTests {
    static let path = "content/projects/p/index.md"

    func load(project bytes: [UInt8]) -> LoadResult {
        var tree = SiteFixture.tree(SiteFixture.minimal)
        tree.files[Self.path] = bytes
        return PortfolioLoader.load(tree)
    }

    @Test func controlCharactersAreFoundByCharacterColumn() throws {
        // Line 5 is the body `é\u{1B}[31m`: é is one character (two bytes), so ESC is column 2.
        let d = try #require(expectOne(load(project: Array("---\nname: A\nphase: active\n---\né\u{1B}[31m\n".utf8)),
                                       "control-character", Self.path, 5, 2))
        #expect(d.message.hasPrefix("the file holds the control character U+001B,"))
    }

    @Test func c1ControlsAndNoncharactersAreNotText() {
        // U+0085 (NEL, bytes C2 85) in the name: line 2, after "name: A" (7 characters): column 8.
        expectOne(load(project: Array("---\nname: A\u{85}\nphase: active\n---\n".utf8)), "control-character", Self.path, 2, 8)
        // U+FFFF (bytes EF BF BF) as the body's first character: line 5, column 1.
        expectOne(load(project: Array("---\nname: A\nphase: active\n---\n\u{FFFF}\n".utf8)), "control-character", Self.path, 5, 1)
    }

    @Test func tabsLineEndsAndOrdinaryUnicodeAreText() throws {
        // Tab, CR LF, a non-breaking space (C2 A0, next to the C1 range), an emoji, U+FFFD.
        let result = load(project: Array("---\r\nname: \"A\tB\u{A0}😀\u{FFFD}\"\r\nphase: active\r\n---\r\nBody\t\r\n".utf8))
        let project = try #require(result.portfolio?.project("p"), "\(result.printed)")
        #expect(project.name == "A\tB\u{A0}😀\u{FFFD}")
    }

    @Test func raggedRowsAtTheFirstCellThatDisagrees() {
        let files = SiteFixture.with([
            Self.path: SiteFixture.project("name: A", "phase: active"),
            // Header: 3 cells. Row 2 has 2 (cell 3 is missing); row 3 has 4 (cell 4 is extra); row 4 is fine.
            "content/projects/p/financials.csv": "month,planned,actual\n2026-01,1\n2026-02,1,2,3\n2026-03,1,2\n",
        ])
        let result = SiteFixture.load(files)
        #expect(result.with(code: "ragged-row").map(\.description) == [
            "content/projects/p/financials.csv:2:3: error: this row has 2 cells but the header has 3 [ragged-row]",
            "content/projects/p/financials.csv:3:4: error: this row has 4 cells but the header has 3 [ragged-row]",
        ], "\(result.printed)")
    }

    @Test func unfollowedLinksAreErrorsAtTheirPath() {
        var tree = SiteFixture.tree(SiteFixture.minimal)
        tree.unfollowedLinks = [
            UnfollowedLink(path: "content/projects/p/index.md", target: "/etc/passwd", reason: .outsideSite),
            UnfollowedLink(path: "content/changes/CR-1.md", target: "gone.md", reason: .dangling),
            UnfollowedLink(path: "content/programs/g", target: "../projects", reason: .notAFile),
        ]
        let result = PortfolioLoader.load(tree)
        #expect(result.portfolio == nil)
        #expect(result.with(code: "symbolic-link").map(\.description) == [
            "content/changes/CR-1.md: error: this symbolic link points to `gone.md`, which does not exist [symbolic-link]",
            "content/programs/g: error: this symbolic link points to `../projects`, which is not a file; pmo follows links to files only [symbolic-link]",
            "content/projects/p/index.md: error: this symbolic link points outside the site folder, to `/etc/passwd`; pmo reads only files inside the site folder [symbolic-link]",
        ])
    }

    @Test func anUnreadablePmoYamlIsReportedOnce() {
        // Before, a pmo.yaml that did not decode also gave `as-of-missing`.
        var tree = SiteFixture.tree(SiteFixture.minimal)
        tree.files["pmo.yaml"] = Array("title: A".utf8) + [0xFF]
        let result = PortfolioLoader.load(tree)
        #expect(result.diagnostics.map(\.code) == ["invalid-encoding"], "\(result.printed)")
        let missing = SiteFixture.load(SiteFixture.minimal.filter { $0.key != "pmo.yaml" })
        #expect(missing.diagnostics.map(\.code) == ["missing-file"], "\(missing.printed)")
    }

    @Test func mixedCaseIdHintsKeepTheirCapitals() {
        let files = SiteFixture.with([
            Self.path: SiteFixture.project("name: A", "phase: active"),
            "content/changes/CR 7.md": "---\nproject: p\ntitle: T\nstatus: submitted\n---\n",
        ])
        let d = expectOne(SiteFixture.load(files), "invalid-id", "content/changes/CR 7.md")
        #expect(d?.hint == "did you mean `CR-7`?")
    }
}
