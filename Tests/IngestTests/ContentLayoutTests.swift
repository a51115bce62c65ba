import Testing
@testable import Ingest

/// `ContentLayout.Kind.classify` against the rules of SPEC §2 written out as the old
/// split-into-parts code did them (`expected` below), on the layout's paths and their near misses.
@Suite struct ContentLayoutTests {
    /// The classification as the split-by-parts code made it before `classify` replaced it.
    static func expected(_ path: String) -> ContentLayout.Kind {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isContent = parts.first == "content"
        let isMarkdown = path.hasSuffix(".md")
        switch parts.count {
        case 3 where isContent && parts[1] == "changes" && isMarkdown && parts[2] != "_index.md":
            return .change(id: String(parts[2].dropLast(3)))
        case 4 where isContent && parts[1] == "programs":
            if parts[3] == "index.md" { return .programIndex(id: parts[2]) }
            if parts[3] == "benefits.csv" { return .programBenefits(id: parts[2]) }
        case 4 where isContent && parts[1] == "projects":
            if parts[3] == "index.md" { return .projectIndex(id: parts[2]) }
            if parts[3] == "financials.csv" { return .projectFinancials(id: parts[2]) }
        case 5 where isContent && parts[1] == "projects" && parts[3] == "status" && isMarkdown:
            return .statusReport(project: parts[2])
        default:
            break
        }
        return path != "content/_index.md" && isContent && isMarkdown ? .unexpected : .other
    }

    static let paths: [String] = {
        var paths = [
            "pmo.yaml", "content/_index.md", "content/_index.mdx", "content", "content/", "content/x.md", "content/.md",
            "content/changes/CR-1.md", "content/changes/_index.md", "content/changes/CR-1.txt", "content/changes/.md",
            "content/changes/a/b.md", "content/changes/CR-ü.md",
            "content/programs/p1/index.md", "content/programs/p1/benefits.csv", "content/programs/p1/other.md",
            "content/programs/p1/index.mdx", "content/programs//index.md", "content/programs/p1/x/index.md",
            "content/projects/a/index.md", "content/projects/a/financials.csv", "content/projects/a/financials.csvx",
            "content/projects/a/notes.md", "content/projects/é-1/index.md",
            "content/projects/a/status/2026-01-31.md", "content/projects/a/status/2026-01-31.txt",
            "content/projects/a/statuses/2026-01-31.md", "content/projects/a/status/x/2026-01-31.md",
            "content/projects/a/status/.md", "content/projects//status/x.md", "content/projects/a/status/",
            "contents/projects/a/index.md", "Content/projects/a/index.md", "content/Projects/a/index.md",
            "content/projects/a/b/c/d/e/f.md", "content/a/b/c/d/e/f/g/h.md", "x.md", ".md", "", "/", "//", "content//",
            "content/projects/a/index.md/", "layouts/project.mustache",
        ]
        // Every path above cut short or grown by a byte, for the off-by-ones.
        for path in paths { paths.append(String(path.dropLast())); paths.append(path + "d"); paths.append("/" + path) }
        return paths
    }()

    @Test func everyPathIsClassifiedAsTheRulesSay() {
        for path in Self.paths {
            #expect(ContentLayout.Kind.classify(path) == Self.expected(path), "\(path)")
        }
    }

    @Test func theLayoutGroupsStatusReportsAndWarnsOfStrayMarkdown() {
        var log = DiagnosticLog()
        let layout = ContentLayout(paths: ["content/projects/a/status/2026-02-28.md", "content/projects/a/index.md",
                                           "content/projects/a/status/2026-01-31.md", "content/notes.md",
                                           "content/changes/CR-7.md", "content/programs/p/benefits.csv"], log: &log)
        #expect(layout.projects["a"]?.statusReports == ["content/projects/a/status/2026-01-31.md", "content/projects/a/status/2026-02-28.md"])
        #expect(layout.projects["a"]?.index == "content/projects/a/index.md")
        #expect(layout.changes == ["CR-7": "content/changes/CR-7.md"])
        #expect(layout.programs["p"]?.benefits == "content/programs/p/benefits.csv")
        #expect(log.items.map(\.location.path) == ["content/notes.md"])
    }
}
