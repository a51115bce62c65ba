import Foundation
import Testing
import TestSupport
@testable import Build

/// The bad-input corpus of issue #10: `Tests/Fixtures/bad/<defect>/` holds one small site per
/// class of defect and `expected.txt`, the diagnostic lines `pmo build` must print for it
/// (lines starting with `#` are comments). Each site is built by the real binary over a
/// previous site: the build must exit 1 (not crash), print exactly those lines, and leave
/// the previous output byte for byte, time for time, as it was (SPEC §1).
@Suite struct BadInputCorpusTests {
    static let corpus = Fixtures.repositoryRoot().appendingPathComponent("Tests/Fixtures/bad")

    /// The defect folders, by name.
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { name in
            var folder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: corpus.appendingPathComponent(name).path, isDirectory: &folder)
                && folder.boolValue
        }.sorted()
    }()

    /// A real site, built once from `pmo init`'s scaffold, planted as each case's previous output.
    static let previousSite: URL? = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-bad-previous-\(UUID().uuidString)")
        let site = root.appendingPathComponent("site")
        guard (try? Scaffold.write(into: site)) != nil else { return nil }
        let output = root.appendingPathComponent("public")
        let result = try? Pipeline(options: BuildOptions(source: site, output: output, quiet: true)).build()
        return result?.succeeded == true ? output : nil
    }()

    @Test func theCorpusHoldsEveryClassTheIssueNames() {
        // Issue #10, part 1, in its order.
        let classes = ["malformed-yaml", "wrong-types", "unknown-enum", "impossible-dates", "negative-money",
                       "probability-out-of-range", "unordered-triples", "dangling-references", "dependency-cycle",
                       "duplicate-ids", "csv-missing-columns", "csv-non-numeric", "csv-ragged-rows", "non-utf8",
                       "status-report-names", "ids-with-dots", "ids-with-spaces", "ids-with-capitals", "empty-content",
                       "binary-garbage", "symbolic-links"]
        #expect(Set(classes).isSubset(of: Set(Self.cases)), "missing: \(Set(classes).subtracting(Self.cases).sorted())")
    }

    @Test(arguments: cases)
    func failsWithItsDiagnosticsAndLeavesThePreviousSite(_ name: String) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-bad-\(name)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("expected.txt"))
        try GeneratedBadFiles.write(name, site: site)

        let output = site.appendingPathComponent("public")
        let previous = try #require(Self.previousSite, "the scaffold site did not build")
        try FileManager.default.copyItem(at: previous, to: output)
        let before = try FolderSnapshot(output)
        #expect(before.files[".pmo-output"] != nil && before.files.count > 10)

        let run = try PMOBinary.run(["build", "--source", site.path, "--quiet"])
        #expect(run.exitedNormally, "pmo died of signal \(run.status)")
        #expect(run.status == 1, "\(run.stderr)")
        let expected = try String(contentsOf: Self.corpus.appendingPathComponent("\(name)/expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(!expected.isEmpty)
        // Every expected line, in SPEC §1's form, and nothing else.
        #expect(run.diagnostics == expected, "\(run.stderr)")
        #expect(run.stderr.contains("pmo: build failed at the load stage; the previous site was left untouched"))

        #expect(try FolderSnapshot(output) == before, "the previous site changed")
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.path)
        #expect(!beside.contains { $0.contains("pmo-staging") || $0.contains("pmo-previous") }, "\(beside)")
    }
}

/// The corpus files the test writes itself: bytes that are not UTF-8 text (git could mangle
/// them under some settings) and symbolic links.
enum GeneratedBadFiles {
    static func write(_ name: String, site: URL) throws {
        func file(_ path: String, _ bytes: [UInt8]) throws {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        func link(_ path: String, to target: String) throws {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        switch name {
        case "non-utf8":
            // Latin-1 é (0xE9) after "Caf" on line 4: column 4.
            try file("content/projects/alpha/status/2026-05-31.md", Array("---\noverall: amber\n---\nCaf".utf8) + [0xE9] + Array(" opening delayed.\n".utf8))
            // UTF-16 with its byte-order mark FF FE: the first byte is not UTF-8.
            let utf16 = "---\nname: Beta\nphase: active\n---\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            try file("content/projects/beta/index.md", [0xFF, 0xFE] + utf16)
            // Windows-1252 € (0x80) after "2026-01," on line 2: in its second cell (a CSV column is the cell's index, SPEC §1).
            try file("content/projects/alpha/financials.csv", Array("month,planned,actual\n2026-01,".utf8) + [0x80] + Array("100,50\n".utf8))
        case "binary-garbage":
            // A PNG saved as index.md: its first byte, 0x89, is not UTF-8.
            var random = SplitMix64(seed: 1)
            try file("content/projects/beta/index.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<4096).map { _ in random.nextByte() })
            // Valid UTF-8 but binary: NUL after "Report" on line 4 (column 7); a ZIP header, whose
            // third byte is U+0003 (line 1, column 3).
            try file("content/projects/alpha/status/2026-05-31.md", Array("---\noverall: green\n---\nReport".utf8) + [0, 0, 0, 7] + Array(" tail\n".utf8))
            try file("content/changes/CR-1.md", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])
        case "symbolic-links":
            // scratch/outside.csv: beside the site folder, so outside it.
            try Data("month,planned\n2026-01,1\n".utf8).write(to: site.deletingLastPathComponent().appendingPathComponent("outside.csv"))
            try link("content/projects/alpha/financials.csv", to: "../../../../outside.csv")
            try link("content/projects/beta/index.md", to: "/etc/passwd")
            try link("content/changes/CR-1.md", to: "CR-0.md")
            try link("content/programs/retail", to: "../projects")
            try link("layouts/partials", to: "../..")
            // A link to a file inside the site is followed: gamma is a copy of alpha, no diagnostic.
            try link("content/projects/gamma/index.md", to: "../alpha/index.md")
        default:
            break
        }
    }
}

/// A small seeded generator (SplitMix64, Steele et al. 2014) for reproducible garbage.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func nextByte() -> UInt8 { UInt8(truncatingIfNeeded: next() >> 56) }
}
