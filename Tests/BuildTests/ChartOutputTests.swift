import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
@testable import Build

/// Every chart the example site draws is well-formed XML, has a title and a description,
/// and comes with its data table (SPEC §4; issue "SVG chart kit").
@Suite struct ChartOutputTests {
    @Test func everySVGOnEveryPageIsWellFormedAndDescribed() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-svg-\(UUID().uuidString)")
        let result = try Pipeline(options: BuildOptions(source: Fixtures.repositoryRoot(), output: site, quiet: true)).build()
        try #require(result.succeeded)
        var charts = 0
        var kinds = Set<String>()
        for case let url as URL in FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)! where url.pathExtension == "html" {
            let html = try String(contentsOf: url, encoding: .utf8)
            var rest = html[...]
            while let open = rest.range(of: "<svg "), let close = rest[open.lowerBound...].range(of: "</svg>") {
                let svg = String(rest[open.lowerBound..<close.upperBound])
                rest = rest[close.upperBound...]
                charts += 1
                let parser = XMLParser(data: Data(svg.utf8))
                #expect(parser.parse(), "\(url.lastPathComponent): SVG is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
                #expect(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id="), "\(url.path): chart without title or desc")
                // No NaN or infinity in a coordinate, and no inline style (CSP).
                let badNumber = try Regex(#"\s(x|y|x1|x2|y1|y2|width|height|cx|cy|r|d|points)="[^"]*(?i:nan|inf)"#)
                #expect(svg.firstMatch(of: badNumber) == nil, "\(url.path)")
                #expect(!svg.contains("style="), "\(url.path)")
                if let kind = svg.firstMatch(of: /chart--([a-z-]+)/) { kinds.insert(String(kind.1)) }
                // Its data table follows in <details>.
                #expect(rest.prefix(400).contains("<details class=\"chart-data\">"), "\(url.path): chart without its data table")
            }
        }
        #expect(charts > 40)
        // Every chart type of SPEC §4 that the example shows (all but the sparkline).
        #expect(kinds.isSuperset(of: ["gantt", "evm", "budget", "rag-strip", "benefits", "power-interest", "heatmap", "demand",
                                      "bubble", "histogram", "tornado", "frontier"]), "\(kinds)")
    }
}
