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

    /// What one path is, with the id it names (`Kind.classify`).
    enum Kind: Equatable {
        case change(id: String)
        case programIndex(id: String), programBenefits(id: String)
        case projectIndex(id: String), projectFinancials(id: String), statusReport(project: String)
        /// A Markdown file under `content/` that is none of the above (not `content/_index.md`).
        case unexpected
        case other
    }

    /// The paths need not be sorted: each project's status reports are, in path order, and the
    /// warnings come in path order. (Sorting all of them first was most of this at 100,000 files.)
    init(paths: [String], log: inout DiagnosticLog) {
        var unexpected: [String] = []
        for path in paths {
            switch Kind.classify(path) {
            case .change(let id): changes[id] = path
            case .programIndex(let id): programs[id, default: .init()].index = path
            case .programBenefits(let id): programs[id, default: .init()].benefits = path
            case .projectIndex(let id): projects[id, default: .init()].index = path
            case .projectFinancials(let id): projects[id, default: .init()].financials = path
            case .statusReport(let id): projects[id, default: .init()].statusReports.append(path)
            case .unexpected: unexpected.append(path)
            case .other: break
            }
        }
        for id in projects.keys where projects[id]!.statusReports.count > 1 { projects[id]!.statusReports.sort() }
        for path in unexpected.sorted() {
            log.warning(.unexpectedFile, "this Markdown file is not part of the content layout and is ignored",
                        at: SourceLocation(path: path))
        }
    }
}

extension ContentLayout.Kind {
    /// The kind of `path` (relative, `/`-separated), read from its UTF-8 bytes in one pass: at a
    /// thousand projects a site has 12,000 paths, and this runs on one core before the files
    /// are parsed (splitting each path into an array of parts took 20 ms of it).
    static func classify(_ path: String) -> Self {
        var path = path
        return path.withUTF8 { classify(bytes: $0) }
    }

    private static func classify(bytes p: UnsafeBufferPointer<UInt8>) -> Self {
        // The first five slashes; a path with more parts than five is none of the layout's.
        var slash = (0, 0, 0, 0, 0), count = 0
        for i in p.indices where p[i] == UInt8(ascii: "/") {
            switch count {
            case 0: slash.0 = i
            case 1: slash.1 = i
            case 2: slash.2 = i
            case 3: slash.3 = i
            default: slash.4 = i
            }
            count += 1
            if count > 4 { break }
        }
        let parts = count + 1
        func part(_ k: Int) -> Range<Int> {
            let start: Int, end: Int
            switch k {
            case 0: (start, end) = (0, parts > 1 ? slash.0 : p.count)
            case 1: (start, end) = (slash.0 + 1, parts > 2 ? slash.1 : p.count)
            case 2: (start, end) = (slash.1 + 1, parts > 3 ? slash.2 : p.count)
            case 3: (start, end) = (slash.2 + 1, parts > 4 ? slash.3 : p.count)
            default: (start, end) = (slash.3 + 1, parts > 5 ? slash.4 : p.count)
            }
            return start..<end
        }
        func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
            guard range.count == text.utf8CodeUnitCount else { return false }
            for k in 0..<range.count where p[range.lowerBound + k] != text.utf8Start[k] { return false }
            return true
        }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: p[range]), as: UTF8.self) }
        let isContent = equals(part(0), "content")
        let isMarkdown = p.count >= 3 && p[p.count - 3] == UInt8(ascii: ".") && p[p.count - 2] == UInt8(ascii: "m")
            && p[p.count - 1] == UInt8(ascii: "d")
        guard isContent else { return .other }
        switch parts {
        case 3 where equals(part(1), "changes") && isMarkdown && !equals(part(2), "_index.md"):
            let name = part(2)
            return .change(id: text(name.lowerBound..<(name.upperBound - 3)))
        case 4 where equals(part(1), "programs"):
            if equals(part(3), "index.md") { return .programIndex(id: text(part(2))) }
            if equals(part(3), "benefits.csv") { return .programBenefits(id: text(part(2))) }
        case 4 where equals(part(1), "projects"):
            if equals(part(3), "index.md") { return .projectIndex(id: text(part(2))) }
            if equals(part(3), "financials.csv") { return .projectFinancials(id: text(part(2))) }
        case 5 where isMarkdown && equals(part(1), "projects") && equals(part(3), "status"):
            return .statusReport(project: text(part(2)))
        default:
            break
        }
        return isMarkdown && !(parts == 2 && equals(part(1), "_index.md")) ? .unexpected : .other
    }
}
