import Foundation
import Testing
@testable import Build

/// On a large portfolio the Resources page groups: a role's demand chart stacks at most 12
/// layers (the 11 largest projects and "N other projects"), and an over-allocation row names at
/// most 12 (the 11 largest and "N more projects"). Nothing is lost: checked against the
/// published data/capacity.csv, an independent output of the same capacity plan.
@Suite struct LargePortfolioPagesTests {
    /// The files both tests read from one build of `pmo sample --projects 120 --seed 3`.
    struct Built: Sendable {
        let resources: String, capacityCSV: String, dashboard: String, portfolioJSON: Data
    }

    static let built: Result<Built, any Error> = Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("site"), out = scratch.appendingPathComponent("out")
        _ = try SiteImport.sample(projects: 120, seed: 3, into: folder, force: false)
        let result = try Pipeline(options: BuildOptions(source: folder, output: out, quiet: true)).build()
        guard result.succeeded else { throw BuildError.publish("the sample did not build: \(result.diagnostics)") }
        func text(_ path: String) throws -> String { try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8) }
        return Built(resources: try text("resources/index.html"), capacityCSV: try text("data/capacity.csv"),
                     dashboard: try text("index.html"), portfolioJSON: try Data(contentsOf: out.appendingPathComponent("data/portfolio.json")))
    }

    @Test func resourcesPageGroupsSmallProjectsWithoutLosingDemand() throws {
        let built = try Self.built.get()
        let page = built.resources
        let csv = built.capacityCSV

        // data/capacity.csv: role,month,capacity,demand,… in month order per role.
        var demand: [String: [Double]] = [:]
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            demand[String(cells[0]), default: []].append(Double(cells[3])!)
        }
        #expect(!demand.isEmpty)

        var grouped = 0
        for (role, monthly) in demand {
            guard let start = page.range(of: "id=\"demand-\(role)-title\""),
                  let end = page.range(of: "</table>", range: start.upperBound..<page.endIndex) else {
                Issue.record("no demand chart for \(role)"); continue
            }
            let table = page[start.upperBound..<end.lowerBound]
            let header = table.components(separatedBy: "<thead>")[1].components(separatedBy: "</thead>")[0]
            // Month, the layers, then total, capacity and the excess over it.
            let layers = header.components(separatedBy: "<th scope=\"col\" class=\"num\">").count - 1 - 3
            #expect(layers <= 12, "\(role): \(layers) layers")
            if header.contains(" other projects</th>") { grouped += 1 }
            let rows = table.components(separatedBy: "<tbody>")[1].components(separatedBy: "<tr>").dropFirst()
            #expect(rows.count == monthly.count)
            for (row, expected) in zip(rows, monthly) {
                let values = row.components(separatedBy: "<td class=\"num\">").dropFirst().prefix(layers)
                    .map { Double($0.prefix { $0 != "<" }.replacingOccurrences(of: ",", with: "")) ?? .nan }
                // Each layer is rounded to 2 decimals on its own: the sum is within half a hundredth per layer.
                #expect(abs(values.reduce(0, +) - expected) <= 0.005 * Double(layers) + 1e-9, "\(role): \(values) vs \(expected)")
            }
        }
        #expect(grouped > 0, "120 projects should put more than 12 on some role")

        // Over-allocation rows: at most 12 names, and their FTE add up to the row's demand.
        let overallocations = page.components(separatedBy: "id=\"overallocations\"")[1].components(separatedBy: "</table>")[0]
        var more = 0
        for row in overallocations.components(separatedBy: "<tr><th scope=\"row\">").dropFirst() {
            let cells = row.components(separatedBy: "<td class=\"num\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
            let rowDemand = Double(cells[1].replacingOccurrences(of: ",", with: ""))!
            let draws = row.components(separatedBy: "<span class=\"draw\">").dropFirst()
            #expect(draws.count <= 12)
            if row.contains(" more projects") { more += 1 }
            let fte = draws.map { draw -> Double in
                let text = draw.components(separatedBy: "</span>")[0]
                return Double(text.split(separator: " ").last!.replacingOccurrences(of: ",", with: "")) ?? .nan
            }
            #expect(abs(fte.reduce(0, +) - rowDemand) <= 0.005 * Double(draws.count + 1) + 1e-9)
        }
        #expect(more > 0)
    }

    /// The dashboard's RAG overview draws at most 40 rows (PageCharts.overviewLimit): beyond, the
    /// active and on-hold projects rated worst (shown overall RAG), then by budget, then by id,
    /// in the published order. Checked against data/portfolio.json, ranked here independently.
    @Test func dashboardOverviewShowsTheWorstRatedFortyProjects() throws {
        let built = try Self.built.get()
        let page = built.dashboard
        let json = try JSONSerialization.jsonObject(with: built.portfolioJSON) as! [String: Any]

        let severity = ["green": 0, "amber-green": 1, "amber": 2, "amber-red": 3, "red": 4]
        let tracked = (json["projects"] as! [[String: Any]]).enumerated().filter { ["active", "on-hold"].contains($0.element["phase"] as? String) }
        #expect(tracked.count > 40, "the sample should track more projects than the overview draws")
        func key(_ p: [String: Any]) -> (Int, Double) {
            let overall = (p["rag"] as? [String: Any])?["overall"] as? String
            return (overall.flatMap { severity[$0] } ?? -1, p["bac"] as? Double ?? -1)
        }
        let chosen = tracked.sorted { a, b in
            let (ka, kb) = (key(a.element), key(b.element))
            if ka.0 != kb.0 { return ka.0 > kb.0 }
            if ka.1 != kb.1 { return ka.1 > kb.1 }
            return (a.element["id"] as! String) < (b.element["id"] as! String)
        }.prefix(40).sorted { $0.offset < $1.offset }.map { $0.element["name"] as! String }

        // The chart's data table: a column per project, in the chart's order.
        let figure = page.components(separatedBy: "id=\"rag-overview-title\"")[1].components(separatedBy: "</figure>")[0]
        let header = figure.components(separatedBy: "<thead>")[1].components(separatedBy: "</thead>")[0]
        let names = header.components(separatedBy: "<th scope=\"col\">").dropFirst(2).map { $0.components(separatedBy: "</th>")[0] }
        #expect(names == chosen.map { $0.replacingOccurrences(of: "&", with: "&amp;") })
        #expect(figure.contains("the 40 of \(tracked.count) active or on-hold projects rated worst on"))
    }
}
