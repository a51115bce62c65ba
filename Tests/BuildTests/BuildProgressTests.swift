import Foundation
import Testing
@testable import Build

/// The status line of long stages (`Pipeline.status`): how many projects the simulation has
/// drawn, and how many of the planned pages are rendered, never more than planned, ending at
/// all of them; nothing with `--quiet`.
@Suite struct BuildProgressTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-progress-\(UUID().uuidString)")

    @Test func theStatusCountsPagesUpToThePlannedNumber() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")
        _ = try SiteImport.sample(projects: 4, seed: 3, into: site, force: false)
        for quiet in [false, true] {
            let lines = StatusLines()
            var pipeline = Pipeline(options: BuildOptions(source: site, output: scratch.appendingPathComponent("out-\(quiet)"),
                                                          jobs: 2, quiet: quiet, noCache: true),
                                    progress: { _ in }, status: { lines.append($0) })
            pipeline.statusInterval = .zero  // every batch
            let result = try pipeline.build()
            #expect(result.succeeded)
            if quiet { #expect(lines.all.isEmpty); continue }
            // "compute  simulating K of M projects", K rising to M, the projects simulated.
            let simulating = lines.all.filter { $0.hasPrefix("compute") }.map { line -> (Int, Int) in
                let numbers = line.split(separator: " ").compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
                return (numbers[0], numbers[1])
            }
            #expect(!simulating.isEmpty && simulating.last?.0 == simulating.last?.1)
            #expect(zip(simulating, simulating.dropFirst()).allSatisfy { $0.0.0 <= $0.1.0 })
            // "render   N of M pages", N rising to M, M the pages the build wrote.
            let counts = lines.all.filter { $0.hasPrefix("render") }.map { line -> (Int, Int) in
                let numbers = line.split(separator: " ").compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
                return (numbers[0], numbers[1])
            }
            #expect(!counts.isEmpty)
            #expect(counts.allSatisfy { $0.1 == result.pages && $0.0 <= $0.1 })
            #expect(zip(counts, counts.dropFirst()).allSatisfy { $0.0.0 <= $0.1.0 })
            #expect(counts.last?.0 == result.pages)
        }
    }

    @Test func thousandsAreGrouped() {
        #expect(Pipeline.thousands(0) == "0")
        #expect(Pipeline.thousands(999) == "999")
        #expect(Pipeline.thousands(1000) == "1,000")
        #expect(Pipeline.thousands(11308) == "11,308")
        #expect(Pipeline.thousands(1234567) == "1,234,567")
    }
}

private final class StatusLines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
