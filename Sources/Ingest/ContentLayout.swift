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
        // By bytes: a site of 1,000 projects has 12,000 paths, and splitting and comparing them
        // as Characters was 65 ms of the build that ran on one core.
        func equals(_ part: Substring.UTF8View, _ text: StaticString) -> Bool {
            part.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        func id(_ part: Substring.UTF8View) -> String { String(Substring(part)) }
        for path in paths {
            let parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { Substring($0).utf8 }
            let isContent = parts.first.map { equals($0, "content") } ?? false
            let isMarkdown = path.utf8.count >= 3 && path.utf8.suffix(3).elementsEqual(".md".utf8)
            switch parts.count {
            case 3 where isContent && equals(parts[1], "changes") && isMarkdown && !equals(parts[2], "_index.md"):
                changes[String(id(parts[2]).dropLast(3))] = path
                continue
            case 4 where isContent && equals(parts[1], "programs"):
                if equals(parts[3], "index.md") { programs[id(parts[2]), default: .init()].index = path; continue }
                if equals(parts[3], "benefits.csv") { programs[id(parts[2]), default: .init()].benefits = path; continue }
            case 4 where isContent && equals(parts[1], "projects"):
                if equals(parts[3], "index.md") { projects[id(parts[2]), default: .init()].index = path; continue }
                if equals(parts[3], "financials.csv") { projects[id(parts[2]), default: .init()].financials = path; continue }
            case 5 where NarrativeSource.isStatusReport(path):
                projects[id(parts[2]), default: .init()].statusReports.append(path)
                continue
            default:
                break
            }
            if path != Self.portfolioPath, isContent, isMarkdown { unexpected.append(path) }
        }
        for id in projects.keys where projects[id]!.statusReports.count > 1 { projects[id]!.statusReports.sort() }
        for path in unexpected.sorted() {
            log.warning(.unexpectedFile, "this Markdown file is not part of the content layout and is ignored",
                        at: SourceLocation(path: path))
        }
    }
}
