import Foundation
import Ingest
import Portfolio
import Testing
import TestSupport
@testable import Build

/// The whole-build cache (`<source>/.pmo-cache/build.json`, BuildCache): a rebuild with nothing
/// changed stops after reading the sources and writes nothing; any change to an input, to the
/// options that shape the output or to the output folder itself means a real build.
@Suite(.serialized) struct BuildCacheTests {
    let scratch: URL
    let site: URL
    var output: URL { site.appendingPathComponent("public") }
    let project = "content/projects/self-service-portal"

    /// A scaffolded site plus one input of each kind the cache must notice: a CSV, a layout
    /// override, and a status report dated after the status date (a warning on every build).
    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-cache-\(UUID().uuidString)")
        site = scratch.appendingPathComponent("site")
        try Scaffold.write(into: site)
        try write("\(project)/financials.csv", "month,planned,actual\n2026-01,60000,55000\n2026-02,70000,68000\n")
        try write("layouts/partials/footer.mustache", "<footer class=\"site-footer\"><p>Footer v1</p></footer>\n")
        try write("\(project)/status/2026-07-31.md", "---\noverall: amber\n---\nLater.\n")
    }

    func write(_ path: String, _ text: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String, in folder: URL? = nil) throws -> String {
        try String(contentsOf: (folder ?? output).appendingPathComponent(path), encoding: .utf8)
    }

    /// Builds with the status date 2026-06-30 unless told otherwise; returns the result and the
    /// progress lines it printed.
    func build(asOf: String = "2026-06-30", baseURL: String? = nil, output: URL? = nil, noCache: Bool = false,
               pdf: Bool = false) throws -> (Pipeline.Result, [String]) {
        let lines = Lines()
        let options = BuildOptions(source: site, output: output ?? self.output, asOf: Day(iso: asOf), baseURL: baseURL,
                                   jobs: 2, noCache: noCache)
        let result = try Pipeline(options: options, progress: { lines.append($0) }).build()
        #expect(result.succeeded, "\(result.diagnostics)")
        return (result, lines.all)
    }


    func rendered(_ lines: [String]) -> Bool { lines.contains { $0.hasPrefix("render ") } }

    // MARK: - No-op

    @Test func aRebuildWithNothingChangedWritesNothingAndDoesNotRender() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (first, firstLines) = try build()
        #expect(!first.cached && first.written > 0 && rendered(firstLines))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".pmo-cache/build.json").path))
        let before = folderSnapshot(output)
        let times = BuildCache.manifest(of: output)

        let (again, lines) = try build()
        #expect(again.cached)
        #expect(again.written == 0 && again.removed == 0)
        #expect(again.unchanged == before.count)  // every file, the .pmo-output marker included
        #expect(again.pages == first.pages)
        // Read, then the cache line; no load, compute, render or publish stage ran.
        #expect(lines.map { String($0.prefix(8)) } == ["read    ", "cache   "], "\(lines)")
        #expect(lines.last!.contains("nothing changed since the last build: 0 written, \(before.count) unchanged"))
        #expect(folderSnapshot(output) == before)
        #expect(BuildCache.manifest(of: output) == times)  // not even touched
        // --no-cache renders anyway (and finds every file unchanged).
        let (forced, forcedLines) = try build(noCache: true)
        #expect(!forced.cached && rendered(forcedLines) && forced.written == 0)
    }

    @Test func warningsArePrintedAgainOnACachedRebuild() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (first, _) = try build()
        // The report of 2026-07-31 is after the status date 2026-06-30 (Assembly: report-after-as-of).
        #expect(first.diagnostics.contains { $0.code == "report-after-as-of" && $0.location.path == "\(project)/status/2026-07-31.md" })
        let (again, _) = try build()
        #expect(again.cached)
        #expect(again.diagnostics == first.diagnostics)
        #expect(again.diagnostics.map(\.description) == first.diagnostics.map(\.description))
    }

    // MARK: - Inputs

    /// One byte of each kind of input: the build renders again (or, for a narrative, replaces it
    /// in place) and the page showing it changes.
    @Test func changingOneByteOfAnyInputRebuilds() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try build()
        let edits: [(file: String, from: String, to: String, page: String, shows: String)] = [
            // A status report's body: its page shows the new text.
            ("\(project)/status/2026-06-30.md", "beta release.", "beta releasE.", "projects/self-service-portal/status/2026-06-30/index.html", "beta releasE."),
            // pmo.yaml: the site title, on every page.
            ("pmo.yaml", "title: My PMO Status", "title: My PMO Statue", "index.html", "My PMO Statue"),
            // A layout override: the footer partial, on every page.
            ("layouts/partials/footer.mustache", "Footer v1", "Footer v2", "index.html", "Footer v2"),
            // A CSV: February's planned cost 70000 → 70001; the project's PV (60,000 + 70,000 planned
            // by the status date) becomes $130,001.
            ("\(project)/financials.csv", "2026-02,70000,68000", "2026-02,70001,68000", "projects/self-service-portal/index.html", "$130,001"),
        ]
        for edit in edits {
            let before = try read(edit.page)
            #expect(!before.contains(edit.shows), "\(edit.file)")
            let path = site.appendingPathComponent(edit.file)
            let text = try String(contentsOf: path, encoding: .utf8)
            #expect(text.contains(edit.from))
            let edited = text.replacingOccurrences(of: edit.from, with: edit.to)
            #expect(edited.utf8.count == text.utf8.count)  // one byte replaced, same size
            try Data(edited.utf8).write(to: path)

            let (result, lines) = try build()
            // A narrative alone is replaced in place (NarrativeSplice); anything else renders.
            let inPlace = edit.file.contains("/status/")
            #expect(!result.cached && rendered(lines) != inPlace && result.written > 0, "\(edit.file): \(lines)")
            #expect(try read(edit.page).contains(edit.shows), "\(edit.file)")
            // And the build after it is a no-op again.
            #expect(try build().0.cached, "\(edit.file)")
        }
    }

    @Test func anotherStatusDateOrBaseURLRebuilds() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try build()
        let (later, _) = try build(asOf: "2026-07-31")
        #expect(!later.cached && later.written > 0)
        // The report of 2026-07-31 now counts: it gets a page.
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("projects/self-service-portal/status/2026-07-31/index.html").path))
        let (absolute, _) = try build(asOf: "2026-07-31", baseURL: "https://pmo.example.org/status/")
        #expect(!absolute.cached && absolute.written > 0)
        #expect(try read("index.html").contains("https://pmo.example.org/status/"))
        // Back to the first options: a real build again (the cache holds the last build only).
        let (back, _) = try build()
        #expect(!back.cached && back.written > 0)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("projects/self-service-portal/status/2026-07-31/index.html").path))
        // Another output folder is another build.
        let (elsewhere, _) = try build(output: scratch.appendingPathComponent("elsewhere"))
        #expect(!elsewhere.cached && elsewhere.written > 0)
    }

    // MARK: - The output folder

    @Test func aDeletedOrAlteredOutputFileForcesARealBuildThatRestoresIt() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try build()
        let pristine = folderSnapshot(output)
        let page = output.appendingPathComponent("projects/self-service-portal/index.html")

        // Deleted.
        try FileManager.default.removeItem(at: page)
        let (restored, lines) = try build()
        #expect(!restored.cached && rendered(lines) && restored.written == 1)
        #expect(lines.contains { $0.contains("the output folder changed since the last build") })
        #expect(folderSnapshot(output) == pristine)

        // Rewritten with other bytes of the same size, keeping its modification time.
        let attributes = try FileManager.default.attributesOfItem(atPath: page.path)
        var bytes = try Data(contentsOf: page)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: page)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: page.path)
        let (repaired, _) = try build()
        #expect(!repaired.cached && repaired.written == 1)
        #expect(folderSnapshot(output) == pristine)

        // Only touched: a real build, which finds the bytes unchanged and writes nothing.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: page.path)
        let (touched, touchedLines) = try build()
        #expect(!touched.cached && rendered(touchedLines) && touched.written == 0)

        // A file added to the output: a real build, which removes it.
        try Data("stray".utf8).write(to: output.appendingPathComponent("stray.html"))
        let (cleaned, _) = try build()
        #expect(!cleaned.cached && cleaned.removed == 1)
        #expect(folderSnapshot(output) == pristine)
        #expect(try build().0.cached)
    }

    @Test func aCorruptOrForeignCacheIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try build()
        let pristine = folderSnapshot(output)
        let file = site.appendingPathComponent(".pmo-cache/build.json")
        let valid = try Data(contentsOf: file)

        for bad in [Data("{\"format\": 1, \"fingerp".utf8), Data([0xFF, 0xFE, 0x00]), Data(),
                    Data(String(decoding: valid, as: UTF8.self).replacingOccurrences(of: "\"format\":\(BuildCache.format)", with: "\"format\":999").utf8)] {
            try bad.write(to: file)
            let (result, lines) = try build()
            #expect(!result.cached && rendered(lines), "\(lines)")
            #expect(folderSnapshot(output) == pristine)
            // The full build recorded a good cache again.
            #expect(try build().0.cached)
        }
        // Tables that are not the ones `build.json` names: one byte changed, or cut short.
        let tables = site.appendingPathComponent(".pmo-cache/build.tables")
        let good = try Data(contentsOf: tables)
        for bad in [good.prefix(good.count - 1), Data(good.enumerated().map { $0.offset == good.count / 2 ? $0.element ^ 1 : $0.element })] {
            try bad.write(to: tables)
            let (result, lines) = try build()
            #expect(!result.cached && rendered(lines), "\(lines)")
            #expect(folderSnapshot(output) == pristine)
            #expect(try build().0.cached)
        }
    }

    @Test func theRecordHoldsTheFingerprintAndTheOutputManifest() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try build()
        let record = try #require(BuildCache(source: site).load())
        #expect(record.format == BuildCache.format)
        #expect(record.fingerprint.count == 32 && record.fingerprint.allSatisfy(\.isHexDigit))
        #expect(record.asOf == "2026-06-30")
        #expect(record.output == output.path)
        #expect(record.files.map(\.path) == folderSnapshot(output).keys.sorted())
        #expect(record.files.contains { $0.path == ".pmo-output" })
        #expect(record.diagnostics.map(\.code) == ["report-after-as-of"])
        // Every status report's narrative, and the places of those the site shows: two each.
        let reports = folderSnapshot(site).keys.filter { $0.hasPrefix("content/") && $0.contains("/status/") }
        #expect(record.narratives.keys.sorted() == reports.sorted())
        #expect(!record.places.isEmpty && record.places.count == 2 * Set(record.places.map(\.source)).count)
        // No temporary file or clock probe is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".pmo-cache").path).sorted()
                == ["build.json", "build.tables"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
                == [".pmo-cache", "content", "layouts", "pmo.yaml", "public"])
    }

    // MARK: - The fingerprint

    @Test func theFingerprintCoversOptionsThatShapeTheOutputButNotTheThreadCount() throws {
        let sources: [String: [UInt8]] = ["pmo.yaml": Array("title: A\n".utf8), "content/_index.md": Array("---\nname: P\n---\n".utf8)]
        let layouts = ["partials/footer.mustache": "<footer/>"]
        let base = BuildOptions(source: URL(fileURLWithPath: "/tmp/site"), asOf: Day(iso: "2026-06-30"))
        func fingerprint(_ options: BuildOptions, sources: [String: [UInt8]] = sources, layouts: [String: String] = layouts) -> String {
            BuildCache.fingerprint(sources: sources, layouts: layouts, options: options, threads: 2)!.data
        }
        let reference = fingerprint(base)
        var jobs = base; jobs.jobs = 1
        var quiet = base; quiet.quiet = true
        #expect(fingerprint(jobs) == reference)
        #expect(fingerprint(quiet) == reference)
        var others: [BuildOptions] = []
        var o = base; o.asOf = Day(iso: "2026-07-01"); others.append(o)
        o = base; o.asOf = nil; others.append(o)
        o = base; o.baseURL = "https://a.example/"; others.append(o)
        o = base; o.baseURL = ""; others.append(o)  // "" (relative links) is not the same as no --base-url
        o = base; o.includeConfidential = true; others.append(o)
        o = base; o.pdf = true; others.append(o)
        o = base; o.output = URL(fileURLWithPath: "/tmp/elsewhere"); others.append(o)
        for options in others { #expect(fingerprint(options) != reference) }
        // A renamed file, a moved byte and a layout change are changes too.
        #expect(fingerprint(base, sources: ["pmo.yaml": sources["pmo.yaml"]!, "content/_index.mdx": sources["content/_index.md"]!]) != reference)
        #expect(fingerprint(base, sources: ["pmo.yaml": Array("title: A".utf8), "content/_index.md": Array("\n---\nname: P\n---\n".utf8)]) != reference)
        #expect(fingerprint(base, layouts: ["partials/footer.mustache": "<footer />"]) != reference)
        #expect(fingerprint(base, layouts: [:]) != reference)
    }

    /// A status report's front matter is data; its narrative is hashed apart, after the same
    /// decoding the loader does (byte-order mark dropped, CRLF read as LF).
    @Test func aStatusReportsNarrativeIsHashedApartFromItsFrontMatter() throws {
        let path = "content/projects/a/status/2026-06-30.md"
        let options = BuildOptions(source: URL(fileURLWithPath: "/tmp/site"))
        func fingerprint(_ report: String) throws -> BuildCache.Fingerprint {
            try #require(BuildCache.fingerprint(sources: ["pmo.yaml": Array("title: A\n".utf8), path: Array(report.utf8)],
                                                layouts: [:], options: options, threads: 1))
        }
        let reference = try fingerprint("---\noverall: green\n---\nOn track.\n")
        #expect(reference.narratives.keys.sorted() == [path])
        #expect(reference.narratives[path] == XXHash64.hash(Array("On track.\n".utf8)))
        // Another narrative: the same data. Another front matter: other data, the same narrative.
        let narrative = try fingerprint("---\noverall: green\n---\nOn track, just.\n")
        #expect(narrative.data == reference.data && narrative.narratives != reference.narratives)
        let front = try fingerprint("---\noverall: amber\n---\nOn track.\n")
        #expect(front.data != reference.data && front.narratives == reference.narratives)
        // What the loader reads as the same text is the same fingerprint.
        #expect(try fingerprint("\u{FEFF}---\r\noverall: green\r\n---\r\nOn track.\r\n") == reference)
        // A report the loader cannot read as text counts whole as data, with no narrative.
        let broken = try #require(BuildCache.fingerprint(sources: ["pmo.yaml": Array("title: A\n".utf8), path: [0x2D, 0x2D, 0x2D, 0x0A, 0xFF]],
                                                         layouts: [:], options: options, threads: 1))
        #expect(broken.narratives.isEmpty && broken.data != reference.data)
        // Only status reports are split: a project's own narrative is data.
        let project = try #require(BuildCache.fingerprint(sources: ["pmo.yaml": Array("title: A\n".utf8),
                                                                    "content/projects/a/index.md": Array("---\nname: A\n---\nText.\n".utf8)],
                                                          layouts: [:], options: options, threads: 1))
        #expect(project.narratives.isEmpty)
    }

    /// A status report of plain ASCII is hashed where its bytes lie; every report's digest must
    /// be what hashing `NarrativeSource.split`'s two Strings gives (the path taken for any other
    /// text), or the whole file when that is nil. Checked on reports by hand at the edges of
    /// the split (no YAML line, no body, a fence at the very end, unclosed, no fence) and with
    /// what takes the other path (a CR, a byte-order mark, non-ASCII text, a control character).
    @Test func asciiReportsHashAsTheirSplitParts() {
        func reference(_ bytes: [UInt8]) -> BuildCache.FileDigest {
            guard let split = NarrativeSource.split(bytes, path: "r.md") else {
                return BuildCache.FileDigest(data: XXHash64.hash(bytes), size: bytes.count, narrative: nil)
            }
            var data = XXHash64(), narrative = XXHash64()
            data.update(split.frontMatter)
            narrative.update(split.body)
            return BuildCache.FileDigest(data: data.finalize(), size: -1 - split.frontMatter.utf8.count, narrative: narrative.finalize())
        }
        let texts = ["---\noverall: green\n---\n# Body\n\nText.\n", "---\n---\nbody only\n", "---\na: 1\n---\n", "---\na: 1\n---",
                     "---\na: 1\n", "no fence\n", "", "---  \n\ta: 1\n--- \t\nbody\n", "---\r\na: 1\r\n---\r\nbody\r\n",
                     "\u{FEFF}---\na: 1\n---\nbody\n", "---\nname: café\n---\n£ body\n", "---\na: 1\n---\nbell \u{7}\n",
                     "---\na: 1\n---\n\n\n"]
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(BuildCache.digest(path: "content/projects/a/status/2026-01-31.md", bytes: bytes) == reference(bytes), "\(text.debugDescription)")
        }
        let first = Array(texts[0].utf8)
        let ranges = first.withUnsafeBufferPointer { NarrativeSource.asciiRanges($0) }
        #expect(ranges.map { (Array(first[$0.frontMatter]), Array(first[$0.body])) }.map { String(decoding: $0.0, as: UTF8.self) + "|" + String(decoding: $0.1, as: UTF8.self) }
                == "overall: green|# Body\n\nText.\n")
        for text in texts[8...11] { #expect(Array(text.utf8).withUnsafeBufferPointer { NarrativeSource.asciiRanges($0) } == nil) }
    }

    /// The digests made as the sources are read (`SourceReader.digesting`) give the fingerprint
    /// the sources' own bytes give: the example site, status reports and all.
    @Test func digestsMadeWhileReadingGiveTheSameFingerprint() throws {
        var reader = SourceReader(root: Fixtures.repositoryRoot(), threads: 2)
        reader.digesting = true
        let (tree, digests, paths) = try reader.sourceFiles()
        #expect(Set(digests.keys) == Set(tree.files.keys))
        #expect(paths == tree.files.keys.sorted())
        #expect(digests.values.contains { $0.narrative != nil })
        let options = BuildOptions(source: Fixtures.repositoryRoot())
        let read = try #require(BuildCache.fingerprint(sources: tree.files, layouts: [:], options: options, threads: 2, digests: digests,
                                                       sortedPaths: paths))
        let fresh = try #require(BuildCache.fingerprint(sources: tree.files, layouts: [:], options: options, threads: 1))
        #expect(read == fresh)
        // Without digesting, none are made.
        reader.digesting = false
        #expect(try reader.sourceFiles().digests.isEmpty)
    }

    @Test func theProgramIdentityNamesTheExecutableAndItsLibraries() throws {
        let identity = try #require(BuildCache.programIdentity)
        #expect(identity.hasPrefix("executable "))
        #if os(Linux)
        // The Swift runtime is a shared library on Linux: a new toolchain is a new identity.
        #expect(identity.contains("libswiftCore.so"))
        #endif
    }

    // MARK: - Sources

    @Test func anOutputInsideContentIsNeverReadBack() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inside = site.appendingPathComponent("content/site")
        let (first, firstLines) = try build(output: inside)
        #expect(first.written > 20)
        // Read back, the pages would be new sources: more files read, another fingerprint.
        let (again, lines) = try build(output: inside)
        func detail(_ line: String?) -> String? { line?.components(separatedBy: " ms ").last }
        #expect(detail(lines.first) == detail(firstLines.first), "\(lines) \(firstLines)")  // "read … 7 files, 1 layout overrides"
        #expect(again.cached)
    }

    // MARK: - XXH64

    /// Reference values from the xxHash library itself (libxxhash 0.8.1, `XXH64(data, len, seed)`
    /// called through Python's ctypes), not from this implementation.
    @Test func xxh64MatchesTheReferenceImplementation() {
        let long = Array((0..<768).map { UInt8($0 % 256) }) + Array("xyz".utf8)
        #expect(XXHash64.hash([]) == 0xEF46_DB37_51D8_E999)
        #expect(XXHash64.hash(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(XXHash64.hash(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(XXHash64.hash(Array("abcd".utf8)) == 0xDE03_27B0_D25D_92CC)
        #expect(XXHash64.hash(Array("Nobody inspects the spammish repetition".utf8)) == 0xFBCE_A83C_8A37_8BF1)
        #expect(XXHash64.hash(long) == 0xE921_A1B4_5BD7_79F8)
        #expect(XXHash64.hash(Array("abc".utf8), seed: 1) == 0xBEA9_CA81_9932_8908)
        #expect(XXHash64.hash(long, seed: 0x9E37_79B9_7F4A_7C15) == 0x179C_A020_1A65_D20E)
        // Fed in pieces of any size, the same hash.
        for piece in [1, 3, 7, 31, 32, 33, 100] {
            var hasher = XXHash64()
            var i = 0
            while i < long.count {
                hasher.update(Array(long[i..<min(i + piece, long.count)]))
                i += piece
            }
            #expect(hasher.finalize() == 0xE921_A1B4_5BD7_79F8, "pieces of \(piece)")
        }
    }
}

/// Progress lines collected from the build's threads.
private final class Lines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
