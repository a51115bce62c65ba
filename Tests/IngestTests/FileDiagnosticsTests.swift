import Ingest
import Portfolio
import Testing

/// Diagnostics about files as a whole: presence, encoding, front matter, YAML and CSV syntax.
@Suite struct FileDiagnosticsTests {
    @Test func emptySiteMissesBothFiles() {
        let result = SiteFixture.load([:])
        let missing = result.with(code: "missing-file").map(\.location)
        #expect(missing == [SourceLocation(path: "content/_index.md"), SourceLocation(path: "pmo.yaml")])
        #expect(result.diagnostics.allSatisfy { $0.isError })
        #expect(result.portfolio == nil)
        let lines = result.diagnostics.map(\.description)
        #expect(lines.contains { $0 == "pmo.yaml: error: the site has no pmo.yaml [missing-file]" })
    }

    @Test func projectFolderWithoutIndex() {
        let result = SiteFixture.load(SiteFixture.with(["content/projects/orphan/financials.csv": "month\n"]))
        expectOne(result, "missing-file", "content/projects/orphan/index.md")
    }

    @Test func invalidEncodingPointsAtTheByte() {
        var tree = SiteFixture.tree(SiteFixture.minimal)
        // "name: A" is 7 bytes on line 2, so the bad byte is column 8.
        tree.files["content/projects/p/index.md"] = Array("---\nname: A".utf8) + [0xFF] + Array("\nphase: active\n---\n".utf8)
        let result = PortfolioLoader.load(tree)
        expectOne(result, "invalid-encoding", "content/projects/p/index.md", 2, 8)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        // Line 3 is `phase: actve`; the value starts after "phase: " (7 characters): column 8.
        let files = SiteFixture.with(["content/projects/p/index.md": "\u{FEFF}---\r\nname: A\r\nphase: actve\r\n---\r\nBody\r\n"])
        let result = SiteFixture.load(files)
        expectOne(result, "invalid-enum", "content/projects/p/index.md", 3, 8)
        let fixed = SiteFixture.with(["content/projects/p/index.md": "\u{FEFF}---\r\nname: A\r\nphase: active\r\n---\r\nBody\r\n"])
        let project = try #require(SiteFixture.load(fixed).portfolio?.project("p"))
        #expect(project.name == "A" && project.body == "Body\n")
    }

    @Test func missingFrontMatter() {
        let result = SiteFixture.load(SiteFixture.with(["content/changes/CR-1.md": "project: p\n"]))
        expectOne(result, "missing-front-matter", "content/changes/CR-1.md", 1, 1)
    }

    @Test func unclosedFrontMatter() {
        let result = SiteFixture.load(SiteFixture.with(["content/projects/p/index.md": "---\nname: x\n"]))
        expectOne(result, "unclosed-front-matter", "content/projects/p/index.md", 1, 1)
    }

    @Test func yamlSyntaxErrorIsOffsetByTheOpeningLine() throws {
        // YAML line 1 = file line 2: `name: a: b`; libyaml stops at the second `:`, character 8.
        let result = SiteFixture.load(SiteFixture.with(["content/projects/p/index.md": "---\nname: a: b\nphase: active\n---\n"]))
        let d = try #require(expectOne(result, "yaml-syntax", "content/projects/p/index.md", 2, 8))
        #expect(d.message.contains("mapping values are not allowed"))
    }

    @Test func yamlSyntaxInPmoYamlHasNoOffset() {
        // pmo.yaml has no front matter: line 2 is `title: [unclosed` … the flow sequence never
        // closes; libyaml reports it at the end of the text, line 3 column 1.
        let result = SiteFixture.load(SiteFixture.with(["pmo.yaml": "as_of: 2026-06-30\ntitle: [unclosed\n"]))
        expectOne(result, "yaml-syntax", "pmo.yaml", 3, 1)
    }

    @Test func duplicateYamlKey() {
        // `name` at file lines 2 and 4: reported at the first, column 1.
        let result = SiteFixture.load(SiteFixture.with(["content/projects/p/index.md": "---\nname: a\nphase: active\nname: b\n---\n"]))
        let d = expectOne(result, "yaml-syntax", "content/projects/p/index.md", 2, 1)
        #expect(d?.message.contains("`name`") == true)
    }

    @Test func csvSyntaxUnclosedQuote() {
        // Record 2 starts on line 2; the quote opens in its second cell.
        let files = SiteFixture.with([
            "content/projects/p/index.md": SiteFixture.project("name: P", "phase: active"),
            "content/projects/p/financials.csv": "month,planned\n2026-01,\"100\n",
        ])
        expectOne(SiteFixture.load(files), "csv-syntax", "content/projects/p/financials.csv", 2, 2)
    }

    @Test func unexpectedMarkdownFilesWarnOnly() throws {
        let files = SiteFixture.with([
            "content/notes.md": "# notes",
            "content/projects/p/index.md": SiteFixture.project("name: P", "phase: active"),
            "content/projects/p/notes.md": "# more notes",
            "content/projects/p/photo.jpg": "not read",
        ])
        let result = SiteFixture.load(files)
        let warnings = result.with(code: "unexpected-file")
        #expect(warnings.map(\.location) == [SourceLocation(path: "content/notes.md"), SourceLocation(path: "content/projects/p/notes.md")])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(result.diagnostics.count == 2)
        _ = try #require(result.portfolio)
    }
}
