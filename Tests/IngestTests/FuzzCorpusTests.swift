import Foundation
import FuzzSupport
import Ingest
import Portfolio
import Testing
import TestSupport

/// The fuzz harnesses (docs/fuzzing.md) on their seed corpus, Fuzz/corpus/<target>/, in the
/// normal test run: the harnesses keep compiling, and every seed, including each input a
/// fuzzer once found, still holds every invariant.
@Suite struct FuzzCorpusTests {
    static func harness(_ target: String) -> ([UInt8]) -> [String] {
        switch target {
        case "frontmatter": FrontMatterHarness.run
        case "csv": CSVHarness.run
        case "values": ValuesHarness.run
        default: GMPPHarness.run
        }
    }

    static func corpus(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = Fixtures.repositoryRoot().appendingPathComponent("Fuzz/corpus/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    @Test(arguments: ["frontmatter", "csv", "values", "gmpp"])
    func seedsHoldEveryInvariant(target: String) throws {
        let run = Self.harness(target)
        let seeds = try Self.corpus(target)
        #expect(seeds.count >= 5)
        for seed in seeds {
            #expect(run(seed.bytes) == [], "Fuzz/corpus/\(target)/\(seed.name)")
        }
    }

    /// The sites the harnesses put each input into are valid: every diagnostic is the input's.
    @Test func harnessSitesLoadClean() {
        for files in [FrontMatterHarness.site, CSVHarness.site] {
            let result = PortfolioLoader.load(SourceTree(files: files))
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
            #expect(result.portfolio?.projects.map(\.id) == ["proj"])
        }
    }

    /// The location check is not vacuous: a diagnostic past the file's end, or a cell past its
    /// widest record, is reported. (The file below has 2 lines, the longest 5 bytes; 3 cells.)
    @Test func locationCheckCatchesOutOfRangeDiagnostics() {
        let files = ["a.md": Array("abcde\nxy".utf8), "t.csv": Array("a,b,c\n".utf8)]
        func broken(_ path: String, _ line: Int, _ column: Int) -> Int {
            var findings = Findings()
            findings.checkLocations([.error("m", code: "c", at: SourceLocation(path: path, line: line, column: column))],
                                    files: files, csvSeparators: ["t.csv": UInt8(ascii: ",")])
            return findings.broken.count
        }
        #expect(broken("a.md", 2, 6) == 0)   // one past the widest line: allowed (end of line)
        #expect(broken("a.md", 3, 1) == 1)
        #expect(broken("a.md", 1, 7) == 1)
        #expect(broken("a.md", 0, 1) == 1)
        #expect(broken("t.csv", 2, 3) == 0)
        #expect(broken("t.csv", 1, 4) == 1)
        #expect(broken("missing.md", 1, 1) == 1)
    }
}
