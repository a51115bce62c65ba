import Foundation
import Portfolio
import Site
import Testing
import TestSupport
@testable import Build

/// The Monte Carlo figures (SPEC §3.9) of the example site: published in data/portfolio.json
/// and shown, formatted, on the project, program and Risks pages.
@Suite struct SimulationPagesTests {
    let site: URL
    let json: [String: Any]
    let format = SiteFormatter(currency: "GBP", locale: "en_GB")  // the example's pmo.yaml

    init() throws {
        site = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-simulation-\(UUID().uuidString)")
        let result = try Pipeline(options: BuildOptions(source: Fixtures.repositoryRoot(), output: site, quiet: true)).build()
        try #require(result.succeeded)
        let data = try Data(contentsOf: site.appendingPathComponent("data/portfolio.json"))
        json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func page(_ path: String) throws -> String { try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) }
    func money(_ any: Any?) -> String? { (any as? Double).map { format.money(Money($0)) } }
    func day(_ any: Any?) -> String? { (any as? String).flatMap(Day.init(iso:)).map(format.day) }
    func share(_ any: Any?) -> String? { (any as? Double).map { format.percent($0 * 100) } }

    @Test func projectKeysArePublishedForSimulatedPhasesOnly() throws {
        let projects = try #require(json["projects"] as? [[String: Any]])
        let keys = ["finish_p10", "finish_p50", "finish_p80", "finish_p90", "cost_p10", "cost_p50", "cost_p80", "cost_p90",
                    "prob_on_time", "prob_on_budget"]
        for project in projects {
            let phase = try #require(project["phase"] as? String)
            let simulated = ["proposed", "approved", "active"].contains(phase)
            for key in keys {
                #expect((project[key] is NSNull) != simulated, "\(project["id"]!): \(key) for phase \(phase)")
            }
            guard simulated else { continue }
            // Percentiles are ordered, and a finish percentile is an ISO date.
            let finishes = keys.prefix(4).compactMap { (project[$0] as? String).flatMap(Day.init(iso:)) }
            #expect(finishes.count == 4)
            #expect(finishes == finishes.sorted())
            let costs = keys.dropFirst(4).prefix(4).compactMap { project[$0] as? Double }
            #expect(costs.count == 4)
            #expect(costs == costs.sorted())
            for key in ["prob_on_time", "prob_on_budget"] {
                let p = try #require(project[key] as? Double)
                #expect(p >= 0 && p <= 1 && p == (p * 10_000).rounded() / 10_000)
            }
        }
    }

    @Test func pagesShowThePublishedSimulation() throws {
        var checked = 0
        for project in try #require(json["projects"] as? [[String: Any]]) where !(project["finish_p50"] is NSNull) {
            let id = try #require(project["id"] as? String)
            let html = try page("projects/\(id)/index.html")
            #expect(html.contains("<h2 id=\"confidence\">Risk confidence</h2>"))
            for key in ["finish_p50", "finish_p80"] {
                let text = try #require(day(project[key]))
                #expect(html.contains(">\(text)<"), "projects/\(id): \(key) \(text) not shown")
            }
            for key in ["cost_p50", "cost_p80"] {
                let text = try #require(money(project[key]))
                #expect(html.contains(">\(text)<"), "projects/\(id): \(key) \(text) not shown")
            }
            for key in ["prob_on_time", "prob_on_budget"] {
                let text = try #require(share(project[key]))
                #expect(html.contains(">\(text)<"), "projects/\(id): \(key) \(text) not shown")
            }
            #expect(html.contains("chart--histogram") && html.contains("chart--tornado"))
            checked += 1
        }
        #expect(checked == 11)  // 3 proposed, 2 approved, 6 active
        for program in try #require(json["programs"] as? [[String: Any]]) {
            let id = try #require(program["id"] as? String)
            let html = try page("programs/\(id)/index.html")
            for key in ["finish_p50", "finish_p80"] {
                let text = try #require(day(program[key]))
                #expect(html.contains(">\(text)<"), "programs/\(id): \(key) \(text) not shown")
            }
        }
        let portfolio = try #require(json["portfolio"] as? [String: Any])
        let risks = try page("risks/index.html")
        for key in ["cost_p50", "cost_p80", "bac"] {
            let text = try #require(money(portfolio[key]))
            #expect(risks.contains(">\(text)<"), "risks: portfolio \(key) \(text) not shown")
        }
    }

    @Test func risksPageRanksExposuresAndProjects() throws {
        let html = try page("risks/index.html")
        #expect(try page("index.html").contains("href=\"risks/index.html\">Risks</a>"))
        // The largest exposure of the example, by hand: school-heat-decarb R2, p 0.3, cost
        // PERT(200 000, 500 000, 900 000): mean (200 000 + 4 × 500 000 + 900 000)/6 = 516 666.67,
        // × 0.3 = £155,000; days (0, 0, 60): mean 10, × 0.3 = 3.
        let table = try #require(html.range(of: "id=\"top-risks\"").map { String(html[$0.upperBound...]) })
        let top = try #require(table.range(of: "<td class=\"num\">1</td>").map { String(table[$0.upperBound...].prefix(400)) })
        #expect(top.contains("R2: Public Sector Decarbonisation Scheme grant bid unsuccessful"))
        #expect(top.contains(">£155,000<") && top.contains(">3<"))
        #expect(html.contains("20 of 30 open risks"))
        // Projects least likely to finish on time first, as published.
        let projects = try #require(json["projects"] as? [[String: Any]])
        let ranked = projects.compactMap { p -> (Double, String, String)? in
            guard let prob = p["prob_on_time"] as? Double else { return nil }
            return (prob, p["id"] as! String, p["name"] as! String)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        let section = try #require(html.range(of: "id=\"on-time\"").map { String(html[$0.upperBound...]) })
        let positions = try ranked.map { try #require(section.range(of: ">\($0.2)</a>")?.lowerBound) }
        #expect(positions == positions.sorted())
    }

    @Test func methodologyExplainsTheModel() throws {
        let html = try page("methodology/index.html")
        #expect(html.contains("<h2 id=\"risk-simulation\">Risk simulation (Monte Carlo)</h2>"))
        #expect(html.contains("10,000 times"))
        #expect(html.contains("P80 is the date (or cost) that 80% of the trials meet"))
        #expect(html.contains("What is not simulated"))
        // The histograms' bins, with the target the simulation bins to (Analysis `Histogram`).
        #expect(html.contains("1, 2 or 5 × a power of ten nearest to the spread of the trials (largest − smallest) ÷ 24"))
    }
}
