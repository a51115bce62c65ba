import Portfolio
@testable import Site
import Testing

@Suite struct RouteTests {
    let date = Day(iso: "2026-10-31")!

    @Test func outputPaths() {
        #expect(Route.dashboard.outputPath == "index.html")
        #expect(Route.programs.outputPath == "programs/index.html")
        #expect(Route.program("b").outputPath == "programs/b/index.html")
        #expect(Route.projects.outputPath == "projects/index.html")
        #expect(Route.project("a").outputPath == "projects/a/index.html")
        #expect(Route.statusReport(project: "a", date: date).outputPath == "projects/a/status/2026-10-31/index.html")
        #expect(Route.changes.outputPath == "changes/index.html")
        #expect(Route.stylesheet.outputPath == "style.css")
    }

    @Test(arguments: ["..", ".", "", "a/b", "../x", ".hidden", "a\\b", "a b", "x%2F"])
    func unsafeSegmentsGiveNoPath(_ id: String) {
        #expect(!Route.isSafeSegment(id))
        #expect(Route.project(id).outputPath == nil)
        #expect(Linker(baseURL: "", from: .dashboard).href(to: .program(id)) == nil)
    }

    @Test func safeSegments() {
        for id in ["mobile-app", "CR-0042", "a1", "v1.2"] { #expect(Route.isSafeSegment(id)) }
    }

    @Test func relativeLinks() {
        let fromProject = Linker(baseURL: "", from: .project("a"))
        #expect(fromProject.href(to: .program("b")) == "../../programs/b/index.html")
        #expect(fromProject.href(to: .projects) == "../index.html")
        #expect(fromProject.href(to: .project("a")) == "index.html")
        #expect(fromProject.href(to: .project("c")) == "../c/index.html")
        #expect(fromProject.href(to: .statusReport(project: "a", date: date)) == "status/2026-10-31/index.html")
        #expect(fromProject.href(to: .dashboard) == "../../index.html")
        #expect(fromProject.href(to: .stylesheet) == "../../style.css")
        #expect(fromProject.href(to: .changes, fragment: "change-CR-1") == "../../changes/index.html#change-CR-1")

        let fromHome = Linker(baseURL: "", from: .dashboard)
        #expect(fromHome.href(to: .dashboard) == "index.html")
        #expect(fromHome.href(to: .projects) == "projects/index.html")
        #expect(fromHome.href(to: .stylesheet) == "style.css")

        let fromReport = Linker(baseURL: "", from: .statusReport(project: "a", date: date))
        #expect(fromReport.href(to: .project("a")) == "../../index.html")
        #expect(fromReport.href(to: .statusReport(project: "a", date: Day(iso: "2026-09-30")!)) == "../2026-09-30/index.html")
        #expect(fromReport.href(to: .stylesheet) == "../../../../style.css")
        #expect(fromReport.href(to: .changes) == "../../../../changes/index.html")
    }

    @Test func layoutLinksSharedByPlaceAreEachPagesOwn() {
        // The layout's links to top-level pages are made once per kind of place (ChromeLinks)
        // and shared: for pages of every depth and section, relative, absolute and symbolic,
        // they must be exactly what the page's own linker writes. One cache for all, so the
        // second status page (another project, the same key) is served from the first.
        let chrome = ChromeLinks()
        let pages: [Route] = [.dashboard, .programs, .program("b"), .projects, .project("a"), .project("z"),
                              .statusReport(project: "a", date: date), .statusReport(project: "z", date: date),
                              .report(date), .reports, .methodology, .print, .changes]
        for (base, symbolic) in [("", false), ("https://pmo.example/sub/", false), ("", true)] {
            for page in pages {
                let linker = Linker(baseURL: base, from: page, symbolic: symbolic)
                let links = chrome.links(for: linker)
                #expect(links.sections == Route.Section.allCases.map { linker.href(to: $0.route)! })
                #expect(links.stylesheet == linker.href(to: .stylesheet))
                #expect(links.methodology == linker.href(to: .methodology))
                #expect(links.data == linker.href(to: .portfolioData))
                #expect(links.feed == linker.href(to: .feed))
                #expect(links.downloads == Route.Download.allCases.map { linker.href(to: .download($0))! })
            }
        }
        // By hand: from a status page, the projects index is three folders up; from a program page, over in projects/.
        #expect(chrome.links(for: Linker(baseURL: "", from: .statusReport(project: "a", date: date))).sections[2] == "../../../index.html")
        #expect(chrome.links(for: Linker(baseURL: "", from: .program("b"))).sections[2] == "../../projects/index.html")
    }

    @Test func absoluteLinksWithBaseURL() {
        for base in ["https://pmo.example/acme", "https://pmo.example/acme/"] {
            let linker = Linker(baseURL: base, from: .project("a"))
            #expect(linker.href(to: .program("b")) == "https://pmo.example/acme/programs/b/")
            #expect(linker.href(to: .dashboard) == "https://pmo.example/acme/")
            #expect(linker.href(to: .stylesheet) == "https://pmo.example/acme/style.css")
            #expect(linker.href(to: .changes, fragment: "change-X") == "https://pmo.example/acme/changes/#change-X")
        }
    }

    @Test func sections() {
        #expect(Route.statusReport(project: "a", date: date).section == .projects)
        #expect(Route.program("b").section == .programs)
        #expect(Route.stylesheet.section == nil)
    }
}
