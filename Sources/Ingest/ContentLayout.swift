import Portfolio

/// Which file of a site folder is what (SPEC §2), from paths alone. Other files under
/// `content/` are ignored, except Markdown files in unexpected places (`unexpected-file`).
struct ContentLayout {
    struct ProgramFiles { var index: String?; var benefits: String? }
    struct ProjectFiles { var index: String?; var financials: String?; var statusReports: [String] = [] }

    static let settingsPath = "pmo.yaml"
    static let portfolioPath = "content/_index.md"

    private(set) var programs: [String: ProgramFiles] = [:]
    private(set) var projects: [String: ProjectFiles] = [:]
    /// Change request id → path.
    private(set) var changes: [String: String] = [:]

    /// The paths need not be sorted: each project's status reports are, in path order, and the
    /// warnings come in path order. (Sorting all of them first was most of this at 100,000 files.)
    init(paths: [String], log: inout DiagnosticLog) {
        var unexpected: [String] = []
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            switch parts.count {
            case 3 where parts[0] == "content" && parts[1] == "changes" && parts[2].hasSuffix(".md") && parts[2] != "_index.md":
                changes[String(parts[2].dropLast(3))] = path
                continue
            case 4 where parts[0] == "content" && parts[1] == "programs":
                switch parts[3] {
                case "index.md": programs[String(parts[2]), default: .init()].index = path; continue
                case "benefits.csv": programs[String(parts[2]), default: .init()].benefits = path; continue
                default: break
                }
            case 4 where parts[0] == "content" && parts[1] == "projects":
                switch parts[3] {
                case "index.md": projects[String(parts[2]), default: .init()].index = path; continue
                case "financials.csv": projects[String(parts[2]), default: .init()].financials = path; continue
                default: break
                }
            case 5 where NarrativeSource.isStatusReport(path):
                projects[String(parts[2]), default: .init()].statusReports.append(path)
                continue
            default:
                break
            }
            if path != Self.portfolioPath, parts.first == "content", path.hasSuffix(".md") { unexpected.append(path) }
        }
        for id in projects.keys where projects[id]!.statusReports.count > 1 { projects[id]!.statusReports.sort() }
        for path in unexpected.sorted() {
            log.warning(.unexpectedFile, "this Markdown file is not part of the content layout and is ignored",
                        at: SourceLocation(path: path))
        }
    }
}
