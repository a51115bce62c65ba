import Portfolio
import Testing
@testable import Site

/// A page rendered once with symbolic links (for its own place and for the board pack) must
/// read exactly as if `Linker` had written its links from either place.
@Suite struct LinkTokensTests {
    static let routes: [Route] = [
        .dashboard, .programs, .program("core"), .projects, .project("erp"), .project("app-2"),
        .statusReport(project: "erp", date: Day(iso: "2026-10-31")!), .changes, .resources, .strategy, .risks,
        .methodology, .reports, .report(Day(iso: "2026-09-30")!), .print, .stylesheet, .feed, .portfolioData,
        .download(.projects),
    ]

    @Test func resolvedTokensEqualTheLinkerFromEveryPage() {
        for origin in Self.routes where origin.folder != nil {
            for target in Self.routes {
                for fragment in [nil, "plan", "change-CR-0001"] {
                    let token = Linker(baseURL: "", from: .print, symbolic: true).href(to: target, fragment: fragment)!
                    let html = "<a href=\"\(token)\">x</a>"
                    let expected = Linker(baseURL: "", from: origin).href(to: target, fragment: fragment)!
                    #expect(LinkTokens.resolve(html, from: origin) == "<a href=\"\(expected)\">x</a>", "\(origin) → \(target)")
                }
            }
        }
    }

    @Test func absoluteLinksAreNeverSymbolic() {
        let linker = Linker(baseURL: "https://pmo.example/", from: .dashboard, symbolic: true)
        #expect(linker.href(to: .project("erp")) == "https://pmo.example/projects/erp/")
    }

    @Test func textWithoutTokensIsUnchanged() {
        let html = "<p>café — <a href=\"../x/index.html\">x</a></p>"
        #expect(LinkTokens.resolve(html, from: .project("erp")) == html)
    }

    /// Several tokens on a page, text between them kept byte for byte (multi-byte characters too),
    /// and an opening byte with no closing one after it left as it is.
    @Test func severalTokensAndAnUnclosedOne() {
        let print = Linker(baseURL: "", from: .print, symbolic: true)
        let a = print.href(to: .project("erp"))!, b = print.href(to: .program("core"), fragment: "plan")!
        let html = "é<a href=\"\(a)\">1</a>—<a href=\"\(b)\">2</a>\u{1}tail"
        #expect(LinkTokens.resolve(html, from: .project("app-2"))
            == "é<a href=\"../erp/index.html\">1</a>—<a href=\"../../programs/core/index.html#plan\">2</a>\u{1}tail")
    }
}
