import Foundation
import Testing
import TestSupport
@testable import Build

/// docs/security.md, "Confidential projects": a project with `confidential: true` leaves no
/// trace in a build without `--include-confidential` — no page, no link, no figure labelled
/// with it, no feed entry, no row of the published data. The example's Civic Centre
/// Relocation is confidential; the strings below occur nowhere else in `content/`.
@Suite struct ConfidentialityTests {
    static let traces = ["civic-centre-relocation", "Civic Centre", "Graham Whitfield", "Sale price below book value",
                         "Preferred bidder withdrew", "Riverside House", "exempt information under paragraph 3"]

    func build(includeConfidential: Bool) throws -> [String: String] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-confidential-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Pipeline(options: BuildOptions(source: Fixtures.repositoryRoot(), output: output,
                                                        includeConfidential: includeConfidential, quiet: true)).build()
        #expect(result.succeeded)
        return try FolderSnapshot(output).files.mapValues { String(decoding: $0.bytes, as: UTF8.self) }
    }

    @Test func aConfidentialProjectLeavesNoTrace() throws {
        let files = try build(includeConfidential: false)
        #expect(files.count > 50)
        for (path, text) in files {
            for trace in Self.traces { #expect(!text.contains(trace), "\(path) mentions `\(trace)`") }
        }
        // With the flag, the same strings are there: the scan above looks in the right places.
        let all = try build(includeConfidential: true).values.joined()
        for trace in Self.traces { #expect(all.contains(trace), "`\(trace)` is not in the full build either") }
    }
}
