import Foundation
import Portfolio
import Site
import Testing
import TestSupport
@testable import Build

/// Every figure a page shows that has a key in data/portfolio.json is that key's value,
/// formatted (SPEC §4.1; issue "The numbers": money and dates never drift between pages).
/// Builds the example portfolio, reads the JSON back and looks for each formatted value on
/// the pages that show it.
@Suite struct PublishedFiguresTests {
    let site: URL
    let json: [String: Any]
    let format = SiteFormatter(currency: "GBP", locale: "en_GB")  // the example's pmo.yaml

    init() throws {
        site = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-figures-\(UUID().uuidString)")
        let result = try Pipeline(options: BuildOptions(source: Fixtures.repositoryRoot(), output: site, quiet: true)).build()
        try #require(result.succeeded)
        let data = try Data(contentsOf: site.appendingPathComponent("data/portfolio.json"))
        json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    func money(_ any: Any?) -> String? { (any as? Double).map { format.money(Money($0)) } }
    func compact(_ any: Any?) -> String? { (any as? Double).map { format.compactMoney(Money($0)) } }
    func index(_ any: Any?) -> String? { (any as? Double).map { format.fixed($0, digits: 2) } }
    func day(_ any: Any?) -> String? { (any as? String).flatMap(Day.init(iso:)).map(format.day) }

    @Test func projectPagesShowThePublishedFigures() throws {
        let projects = try #require(json["projects"] as? [[String: Any]])
        #expect(projects.count == 13)  // 14 in content/, one confidential
        var checked = 0
        for project in projects {
            let id = try #require(project["id"] as? String)
            let html = try page("projects/\(id)/index.html")
            for key in ["bac", "pv", "ev", "ac", "eac", "eac_cpi", "eac_cpi_spi", "etc"] {
                guard let text = money(project[key]) else { continue }
                #expect(html.contains(">\(text)<"), "projects/\(id): \(key) \(text) not shown")
                checked += 1
            }
            for key in ["cpi", "spi", "tcpi", "spi_t"] {
                guard let text = index(project[key]) else { continue }
                #expect(html.contains(">\(text)<"), "projects/\(id): \(key) \(text) not shown")
                checked += 1
            }
            for key in ["baseline_finish", "forecast_finish"] {
                guard let text = day(project[key]) else { continue }
                #expect(html.contains(">\(text)<"), "projects/\(id): \(key) \(text) not shown")
                checked += 1
            }
        }
        #expect(checked > 150)
    }

    @Test func dashboardAndProgramPagesShowThePublishedRollups() throws {
        let dashboard = try page("index.html")
        let portfolio = try #require(json["portfolio"] as? [String: Any])
        for key in ["bac", "ac", "eac"] {
            let text = try #require(compact(portfolio[key]))
            #expect(dashboard.contains(">\(text)<"), "dashboard: portfolio \(key) \(text) not shown")
        }
        for key in ["cpi", "spi"] {
            let text = try #require(index(portfolio[key]))
            #expect(dashboard.contains(">\(text)<"), "dashboard: portfolio \(key) \(text) not shown")
        }
        for program in try #require(json["programs"] as? [[String: Any]]) {
            let id = try #require(program["id"] as? String)
            let html = try page("programs/\(id)/index.html")
            for key in ["bac", "ac", "eac"] {
                let text = try #require(compact(program[key]))
                #expect(html.contains(">\(text)<"), "programs/\(id): \(key) \(text) not shown")
                #expect(dashboard.contains(">\(text)<"), "dashboard: \(id) \(key) \(text) not shown")
            }
            for key in ["cpi", "spi"] {
                guard let text = index(program[key]) else { continue }
                #expect(html.contains(">\(text)<"), "programs/\(id): \(key) \(text) not shown")
            }
        }
    }

    @Test func publishedDataFollowsTheSpecForm() throws {
        let text = try page("data/portfolio.json")
        #expect(text.hasSuffix("}\n"))
        #expect(!text.contains("\r"))
        // No number in exponent form: a digit, then e or E, then a sign or digit.
        #expect(text.firstMatch(of: /[0-9][eE][-+0-9]/) == nil)
        // Keys in the order of SPEC §4.1.
        let order = ["\"as_of\"", "\"currency\"", "\"portfolio\"", "\"programs\"", "\"projects\"", "\"capacity\"", "\"changes\"", "\"frontier\""]
        let positions = order.map { text.range(of: "\n  \($0):")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 }.sorted() == positions.compactMap { $0 })
        #expect(json["as_of"] as? String == "2026-10-31")
        // The watermelon of the example: reported green, computed red.
        let projects = try #require(json["projects"] as? [[String: Any]])
        let flagged = projects.filter { (($0["rag"] as? [String: Any])?["watermelon"] as? Bool) == true }.compactMap { $0["id"] as? String }
        #expect(flagged == ["contact-centre-telephony"])
        // A change decided after the status date counts as submitted (CR-0008, decided 2026-11-15).
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.first { $0["id"] as? String == "CR-0008" }?["status"] as? String == "submitted")
    }

    @Test func csvDownloadsAgreeWithThePublishedData() throws {
        let text = try page("data/projects.csv")
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let projects = try #require(json["projects"] as? [[String: Any]])
        #expect(lines.count == projects.count + 1)
        // The example's names hold no comma or quote, so a plain split reads each row.
        for (line, project) in zip(lines.dropFirst(), projects) {
            let cells = Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
            #expect(cells["id"] == project["id"] as? String)
            for key in ["bac", "ev", "ac", "eac", "cpi", "spi"] {
                let published = (project[key] as? Double).map { JSONValue.format($0) } ?? ""
                #expect(cells[key] == published, "\(cells["id"] ?? ""): \(key)")
            }
        }
        // capacity.csv holds the rows of `capacity`, in the same order and rounding.
        let capacity = try page("data/capacity.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let rows = try #require(json["capacity"] as? [[String: Any]])
        #expect(capacity.count == rows.count + 1)
        for (line, row) in zip(capacity.dropFirst(), rows) {
            let expected = [row["role"] as? String ?? "", row["month"] as? String ?? "",
                            (row["capacity"] as? Double).map { JSONValue.format($0) } ?? "",
                            (row["demand"] as? Double).map { JSONValue.format($0) } ?? "",
                            (row["pipeline_demand"] as? Double).map { JSONValue.format($0) } ?? "",
                            (row["utilisation"] as? Double).map { JSONValue.format($0) } ?? ""].joined(separator: ",")
            #expect(line == expected)
        }
        let changes = try page("data/changes.csv")
        #expect(changes.contains("CR-0008,") && changes.contains(",submitted,"))
    }
}
