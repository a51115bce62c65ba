import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
@testable import Build

/// feed.xml (Atom, one entry per status report on or before the status date, stable ids) and
/// sitemap.xml (only with a base URL) of the example site.
@Suite struct FeedTests {
    func build(baseURL: String?) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-feed-\(UUID().uuidString)")
        let result = try Pipeline(options: BuildOptions(source: Fixtures.repositoryRoot(), output: out, baseURL: baseURL, quiet: true)).build()
        try #require(result.succeeded)
        return out
    }

    /// Status reports of non-confidential projects dated on or before 2026-10-31, counted from content/.
    func reportsInContent() throws -> [String] {
        let projects = Fixtures.repositoryRoot().appendingPathComponent("content/projects")
        var ids: [String] = []
        for project in try FileManager.default.contentsOfDirectory(atPath: projects.path) {
            let index = try String(contentsOf: projects.appendingPathComponent("\(project)/index.md"), encoding: .utf8)
            if index.contains("\nconfidential: true") { continue }
            let status = projects.appendingPathComponent("\(project)/status")
            for file in (try? FileManager.default.contentsOfDirectory(atPath: status.path)) ?? [] where file.hasSuffix(".md") && file <= "2026-10-31.md" {
                ids.append("urn:pmo:status:\(project):\(file.dropLast(3))")
            }
        }
        return ids.sorted()
    }

    @Test func oneEntryPerStatusReportWithStableIds() throws {
        let site = try build(baseURL: nil)
        let feed = try String(contentsOf: site.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(XMLParser(data: Data(feed.utf8)).parse())
        let ids = feed.matches(of: /<id>(urn:pmo:status:[^<]+)<\/id>/).map { String($0.1) }
        #expect(ids.sorted() == (try reportsInContent()))
        #expect(ids.count > 30)
        // Newest first.
        #expect(ids.first?.hasSuffix(":2026-10-31") == true)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("sitemap.xml").path))
    }

    @Test func baseURLGivesAbsoluteIdsAndASitemap() throws {
        let site = try build(baseURL: "https://pmo.example.org/status/")
        let feed = try String(contentsOf: site.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.contains("<id>https://pmo.example.org/status/projects/customer-portal/status/2026-10-31/</id>"))
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://pmo.example.org/status/feed.xml\"/>"))
        let sitemap = try String(contentsOf: site.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        #expect(sitemap.contains("<loc>https://pmo.example.org/status/methodology/</loc>"))
        // Every page of the site is in it, and nothing else.
        let pages = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent == "index.html" }.count
        #expect(sitemap.matches(of: /<url>/).count == pages)
    }
}
