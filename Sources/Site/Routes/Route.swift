import Portfolio

/// A page (or file) of the site and where it is written. Every path is built from
/// validated segments, so no id can reach outside its folder (SPEC §4).
public enum Route: Hashable, Sendable {
    case dashboard
    case programs
    case program(String)
    case projects
    case project(String)
    case statusReport(project: String, date: Day)
    case changes
    case resources
    case strategy
    case risks
    case methodology
    /// The archive of reporting dates, and the dashboard as it stood at one of them.
    case reports
    case report(Day)
    /// The board pack.
    case print
    case stylesheet
    case portfolioData
    case feed
    case sitemap
    /// A CSV download beside a table: `data/<name>.csv`.
    case download(Download)

    public enum Download: String, Sendable, CaseIterable { case projects, risks, changes, capacity }

    /// The top-level section a page belongs to, for the navigation.
    public enum Section: String, CaseIterable, Sendable {
        case dashboard, programs, projects, changes, resources, strategy, risks, reports, methodology
        public var title: String {
            switch self {
            case .dashboard: "Dashboard"
            case .programs: "Programs"
            case .projects: "Projects"
            case .changes: "Changes"
            case .resources: "Resources"
            case .strategy: "Strategy"
            case .risks: "Risks"
            case .methodology: "Methodology"
            case .reports: "Reports"
            }
        }
        public var route: Route {
            switch self {
            case .dashboard: .dashboard
            case .programs: .programs
            case .projects: .projects
            case .changes: .changes
            case .resources: .resources
            case .strategy: .strategy
            case .risks: .risks
            case .methodology: .methodology
            case .reports: .reports
            }
        }
    }

    public var section: Section? {
        switch self {
        case .dashboard: .dashboard
        case .programs, .program: .programs
        case .projects, .project, .statusReport: .projects
        case .changes: .changes
        case .resources: .resources
        case .strategy: .strategy
        case .risks: .risks
        case .methodology: .methodology
        case .reports, .report: .reports
        case .print: .dashboard
        case .stylesheet, .portfolioData, .feed, .sitemap, .download: nil
        }
    }

    /// The folder of a page, as path segments: `["projects", "a"]`; nil when an id is not a
    /// safe path segment.
    public var folder: [String]? {
        let segments: [String]
        switch self {
        case .dashboard, .stylesheet, .feed, .sitemap: segments = []
        case .portfolioData, .download: segments = ["data"]
        case .methodology: segments = ["methodology"]
        case .reports: segments = ["reports"]
        case .print: segments = ["print"]
        case .report(let date): segments = ["reports", date.iso]
        case .programs: segments = ["programs"]
        case .program(let id): segments = ["programs", id]
        case .projects: segments = ["projects"]
        case .project(let id): segments = ["projects", id]
        case .statusReport(let project, let date): segments = ["projects", project, "status", date.iso]
        case .changes: segments = ["changes"]
        case .resources: segments = ["resources"]
        case .strategy: segments = ["strategy"]
        case .risks: segments = ["risks"]
        }
        return segments.allSatisfy(Route.isSafeSegment) ? segments : nil
    }

    /// The output file: `projects/a/index.html`, `style.css`; nil when an id is unsafe.
    public var outputPath: String? {
        guard let folder else { return nil }
        return (folder + [fileName]).joined(separator: "/")
    }

    /// `index.html` for a page; the file's own name otherwise.
    public var fileName: String {
        switch self {
        case .stylesheet: "style.css"
        case .portfolioData: "portfolio.json"
        case .feed: "feed.xml"
        case .sitemap: "sitemap.xml"
        case .download(let d): d.rawValue + ".csv"
        default: "index.html"
        }
    }

    /// A page (a folder with `index.html`), linked by its folder under a base URL.
    public var isPage: Bool { fileName == "index.html" }

    /// A segment that cannot climb out of its folder or name a hidden file: letters, digits,
    /// `-`, `_` and `.`, not starting with `.`.
    /// Every allowed character is ASCII, so the UTF-8 bytes are checked (any other character's
    /// bytes are ≥ 0x80): asked for every link of every page.
    public static func isSafeSegment(_ segment: String) -> Bool {
        guard let first = segment.utf8.first, first != UInt8(ascii: ".") else { return false }
        func allowed(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
        }
        return segment.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where !allowed(b) { return false }
            return true
        } ?? segment.utf8.allSatisfy(allowed)
    }
}
