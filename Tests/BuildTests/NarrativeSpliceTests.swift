import Foundation
import Portfolio
import Testing
@testable import Build

/// A rebuild after edits to status reports' narratives alone (`NarrativeSplice`) replaces them
/// in place. The test is differential: after every edit of a seeded random sequence, the site
/// the incremental build leaves is compared byte for byte with a clean build of the same
/// sources into a fresh folder. Edits of every kind are mixed in — narratives, several at once,
/// emptied, front matter, a project's own narrative, reverts — and each must take the path it
/// should: in place when only non-empty narratives changed, a full build otherwise.
@Suite(.serialized) struct NarrativeSpliceTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-splice-\(UUID().uuidString)")
    var site: URL { scratch.appendingPathComponent("site") }
    var output: URL { scratch.appendingPathComponent("public") }

    /// Builds `site` into `output`, the cache on; or builds `source` into `folder`, with no cache.
    func build(_ source: URL? = nil, into folder: URL? = nil) throws -> (Pipeline.Result, [String]) {
        let lines = SpliceLines()
        let options = BuildOptions(source: source ?? site, output: folder ?? output, jobs: 2, noCache: source != nil)
        let result = try Pipeline(options: options, progress: { lines.append($0) }).build()
        #expect(result.succeeded, "\(result.diagnostics.filter(\.isError))")
        return (result, lines.all)
    }


    func text(_ path: String) throws -> String { try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) }
    func write(_ path: String, _ text: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The report's text with its narrative replaced.
    func withNarrative(_ report: String, _ narrative: String) -> String {
        let fence = report.range(of: "\n---\n")!
        return String(report[..<fence.upperBound]) + narrative
    }

    static let narratives = [
        "## Summary\n\nBack on track after the **gateway review** & the supplier's <em>late</em> delivery.\n",
        "# A heading\n\n| Milestone | Date |\n|---|---|\n| Go-live | 2027-01-31 |\n\n- ~~dropped~~ kept\n- café, Zürich, 東京\n",
        "One line, no newline at the end",
        "Quotes \"here\" and 'there', <script>alert(1)</script> and a [link](https://example.org/a?b=1&c=2).\n",
        "> Blockquote\n\n```\ncode < & >\n```\n\nhttps://www.example.com autolink, and a footnote.[^1]\n\n[^1]: The note.\n",
    ]

    @Test func everyIncrementalBuildIsTheCleanBuild() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try SiteImport.sample(projects: 8, seed: 11, into: site, force: false)
        let reports = folderSnapshot(site).keys.filter { $0.contains("/status/") && $0.hasSuffix(".md") }.sorted()
        let projects = folderSnapshot(site).keys.filter { $0.hasPrefix("content/projects/") && $0.hasSuffix("/index.md") }.sorted()
        try #require(reports.count > 20 && !projects.isEmpty)
        let pristine = try Dictionary(uniqueKeysWithValues: reports.map { ($0, try text($0)) })
        _ = try build()

        var random = SplitMix64(seed: 2026)  // BadInputCorpusTests' generator: the same edits every run
        var spliced = 0, full = 0
        var narrativeEdited: Set<String> = []  // reports whose front matter is as it was
        for step in 0..<16 {
            let kind = step < 10 ? ["narrative", "narrative", "two", "revert", "narrative", "empty", "front", "project", "narrative", "refill"][step]
                                 : ["narrative", "two", "revert", "front", "empty", "narrative"][Int(random.next() % 6)]
            // A report whose narrative is not empty (its places are recorded), picked at random.
            func pick() throws -> String {
                let candidates = try reports.filter { !(try text($0)).hasSuffix("\n---\n") }
                return candidates[Int(random.next() % UInt64(candidates.count))]
            }
            func newNarrative() -> String { Self.narratives[Int(random.next() % UInt64(Self.narratives.count))] + "Edit \(step).\n" }
            var expectSplice = true
            switch kind {
            case "narrative":
                let report = try pick()
                try write(report, withNarrative(try text(report), newNarrative()))
                narrativeEdited.insert(report)
            case "two":
                let first = try pick()
                var second = try pick()
                while second == first { second = try pick() }
                try write(first, withNarrative(try text(first), newNarrative()))
                try write(second, try text(second) + "\nAnd one more line, step \(step).\n")
                narrativeEdited.formUnion([first, second])
            case "revert":
                guard let report = try narrativeEdited.sorted().first(where: { !(try text($0)).hasSuffix("\n---\n") }) else { continue }
                try write(report, pristine[report]!)
                narrativeEdited.remove(report)
            case "empty":
                let report = try pick()
                try write(report, withNarrative(try text(report), ""))
                expectSplice = false  // the page leaves the narrative's section out
            case "refill":
                // A report emptied earlier gets a narrative again: its places are not known.
                guard let report = try reports.first(where: { try text($0).hasSuffix("\n---\n") }) else { continue }
                try write(report, withNarrative(try text(report), newNarrative()))
                expectSplice = false
            case "front":
                let report = try pick()
                try write(report, "---\n# edited at step \(step)\n" + (try text(report)).dropFirst(4))
                narrativeEdited.remove(report)
                expectSplice = false
            default:  // "project": a project's own narrative is data
                let project = projects[Int(random.next() % UInt64(projects.count))]
                try write(project, try text(project) + "\nA new paragraph, step \(step).\n")
                expectSplice = false
            }
            let (result, lines) = try build()
            let inPlace = lines.contains { $0.contains("updated in place") }
            #expect(inPlace == expectSplice, "step \(step) (\(kind)): \(lines)")
            if inPlace { spliced += 1; #expect(!lines.contains { $0.hasPrefix("render") }) } else { full += 1 }
            // The clean build reads a copy of the sources: its cache record must not replace ours.
            let copy = scratch.appendingPathComponent("clean-site"), reference = scratch.appendingPathComponent("clean-\(step)")
            try? FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(at: site, to: copy)
            try? FileManager.default.removeItem(at: copy.appendingPathComponent(".pmo-cache"))
            _ = try build(copy, into: reference)
            let mine = folderSnapshot(output), clean = folderSnapshot(reference)
            #expect(mine.keys.sorted() == clean.keys.sorted(), "step \(step) (\(kind))")
            let differing = clean.keys.filter { mine[$0] != clean[$0] }.sorted()
            #expect(differing.isEmpty, "step \(step) (\(kind)): \(differing.prefix(5))")
            // A narrative is on its status page and in the feed.
            #expect(!inPlace || result.written == (kind == "two" ? 3 : 2), "step \(step) (\(kind)): \(result.written) written")
            try FileManager.default.removeItem(at: reference)
        }
        #expect(spliced >= 6 && full >= 4, "\(spliced) in place, \(full) full")
    }

    /// A record whose places name a file the output does not hold (`../` included) is not
    /// trusted: the edit is a full build, and nothing is written outside the output.
    @Test func placesOutsideTheOutputAreNotTrusted() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try SiteImport.sample(projects: 3, seed: 5, into: site, force: false)
        _ = try build()
        let cache = BuildCache(source: site)
        var record = try #require(cache.load())
        let report = try #require(record.places.first).source
        // A file outside the output, as long as the status page, so the place fits it.
        let outside = scratch.appendingPathComponent("outside.html")
        for i in record.places.indices where record.places[i].source == report && record.places[i].form == .html {
            try FileManager.default.copyItem(at: output.appendingPathComponent(record.places[i].output), to: outside)
            record.places[i].output = "../outside.html"
        }
        let before = try Data(contentsOf: outside)
        let tables = record.packedTables()
        record.tables = BuildCache.hex(XXHash64.hash(tables))
        try Data(tables).write(to: cache.tablesFile)
        try JSONEncoder().encode(record).write(to: cache.file)
        try #require(cache.load() == record)

        try write(report, try text(report) + "\nAn edit.\n")
        let (_, lines) = try build()
        #expect(lines.contains { $0.hasPrefix("render") } && !lines.contains { $0.contains("updated in place") }, "\(lines)")
        #expect(try Data(contentsOf: outside) == before)
    }

    /// A site's own template that names the narrative may show it anywhere, in any form: its
    /// places are then not recorded, and an edit builds the site in full. One that does not
    /// name it keeps the narratives replaceable.
    @Test func ownTemplatesThatNameTheNarrativeTurnItOff() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try SiteImport.sample(projects: 3, seed: 5, into: site, force: false)
        let report = try #require(folderSnapshot(site).keys.filter { $0.contains("/status/") }.sorted().last)
        try write("layouts/partials/footer.mustache", "<footer><p>Our own footer</p></footer>\n")
        _ = try build()
        try write(report, try text(report) + "\nFirst edit.\n")
        #expect(try build().1.contains { $0.contains("updated in place") })

        // The footer now repeats the narrative, escaped: on every status page.
        try write("layouts/partials/footer.mustache", "<footer><p>{{narrativeHTML}}</p></footer>\n")
        _ = try build()
        try write(report, try text(report) + "\nSecond edit.\n")
        let (_, lines) = try build()
        #expect(!lines.contains { $0.contains("updated in place") } && lines.contains { $0.hasPrefix("render") }, "\(lines)")
        let page = "projects/" + report.split(separator: "/")[2] + "/status/" + report.split(separator: "/")[4].dropLast(3) + "/index.html"
        let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
        #expect(html.contains("Second edit.</p>") && html.contains("Second edit.&lt;/p&gt;"))
    }
}

private final class SpliceLines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
