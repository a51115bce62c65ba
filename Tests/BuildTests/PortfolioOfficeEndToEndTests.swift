import Foundation
import Portfolio
import Site
import Testing
import TestSupport
@testable import Build

/// SPEC §3.7–3.8 on the example portfolio (Kingsmere City Council), end to end: the published
/// keys of data/portfolio.json, worked out by hand below from content/, and the Resources,
/// Strategy and project pages that show them.
@Suite struct PortfolioOfficeEndToEndTests {
    let site: URL
    let json: [String: Any]
    let projects: [String: [String: Any]]

    init() throws {
        site = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-office-\(UUID().uuidString)")
        let result = try Pipeline(options: BuildOptions(source: Fixtures.repositoryRoot(), output: site, quiet: true)).build()
        try #require(result.succeeded)
        let data = try Data(contentsOf: site.appendingPathComponent("data/portfolio.json"))
        json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let list = try #require(json["projects"] as? [[String: Any]])
        projects = Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, $0) })
    }

    func page(_ path: String) throws -> String { try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) }

    /// Weights 4, 3, 3, 2 normalise to 1/3, 1/4, 1/4, 1/6; value = 20 × Σ w × score.
    /// school-heat-decarb 2,5,3,2 → 20 × (2/3 + 5/4 + 3/4 + 2/6) = 60; social-care 4,0,3,4 → 55;
    /// ai-contact 4,0,4,1 → 50; ev-charging 3,4,1,0 → 45; cyber 2,0,1,5 → 35.
    @Test func strategicValueAndPriority() {
        let expected: [(String, Double, Int)] = [("school-heat-decarb", 60, 1), ("social-care-case-mgmt", 55, 2),
                                                 ("ai-contact-assistant", 50, 3), ("ev-charging", 45, 4), ("cyber-resilience", 35, 5)]
        for (id, value, rank) in expected {
            #expect(projects[id]?["strategic_value"] as? Double == value, "\(id)")
            #expect(projects[id]?["priority"] as? Int == rank, "\(id)")
        }
        // housing-retrofit 4,5,1,3 → 20 × (4/3 + 5/4 + 1/4 + 1/2) = 66.67, active: no priority.
        #expect(projects["housing-retrofit"]?["strategic_value"] as? Double == 66.67)
        #expect(projects["housing-retrofit"]?["priority"] is NSNull)
        #expect(projects["libraries-wifi"]?["selected"] is NSNull)  // closed
    }

    /// Fixed: the six active projects' BAC = 920 000 + (1 850 000 + 95 000) + (4 600 000 + 180 000)
    /// + 5 200 000 + 1 400 000 + (2 100 000 − 140 000) = 16 205 000 (CR-0008 is decided after
    /// as_of: not approved yet). Headroom 21 250 000 − 16 205 000 = 5 045 000.
    /// school + ai + cyber = 4 350 000 → 145 is the best; school + ev + ai = 5 050 000 misses by
    /// 5 000; social + ai + cyber = 4 750 000 → 140. Fixed value 41.67 + 51.67 + 45 + 66.67 +
    /// 53.33 + 65 = 323.34 (in hundredths), selected value 468.34.
    @Test func selectionCutsSocialCareAndEVCharging() throws {
        for id in ["school-heat-decarb", "ai-contact-assistant", "cyber-resilience"] { #expect(projects[id]?["selected"] as? Bool == true, "\(id)") }
        for id in ["social-care-case-mgmt", "ev-charging"] { #expect(projects[id]?["selected"] as? Bool == false, "\(id)") }
        let portfolio = try #require(json["portfolio"] as? [String: Any])
        #expect(portfolio["selected_value"] as? Double == 468.34)
        let frontier = try #require(json["frontier"] as? [[String: Any]])
        #expect(frontier.count == 21)
        // From the fixed BAC to it plus all five candidates (9 150 000), steps of 457 500.
        #expect(frontier.first?["funding"] as? Double == 16_205_000)
        #expect(frontier.first?["value"] as? Double == 323.34)
        #expect(frontier.last?["funding"] as? Double == 25_355_000)
        #expect(frontier.last?["value"] as? Double == 568.34)  // 323.34 + 245
        #expect(frontier[10]["funding"] as? Double == 20_780_000)  // headroom 4 575 000: school + ai + cyber
        #expect(frontier[10]["value"] as? Double == 468.34)
    }

    /// Worked by hand from content/ (status month Oct 2026):
    /// - school-heat-decarb (priority 1) needs 3 energy engineers from Jan 2027; the active
    ///   retrofit (3) and street lighting (1) fill the 4 until Mar 2027; capacity is 7 from Apr:
    ///   feasible Apr 2027, 3 months late.
    /// - social-care (2) needs 4 developers from Apr 2027, when capacity drops to 10 and the ERP (5)
    ///   and revenues (2) projects hold 7; May is the same and a start in June would finish in
    ///   Jan 2029, after the horizon: infeasible, blocked by developer in Apr 2027.
    /// - ai-contact (3) needs 3 developers from Feb 2027: 13 and 12 of 14 are used in Feb and
    ///   Mar; in Apr 7 + 3 = 10 fits: Apr 2027, 2 months late.
    /// - ev-charging (4) fits at its planned Apr 2027 (energy engineers 3 + 3 + 1 = 7).
    /// - cyber (5) needs 1 developer Jan–Jun 2027: Jan is 13.5 of 14; from Feb its fourth month
    ///   meets Apr–May at 10 of 10 (ERP, revenues, ai); it fits from Jun 2027: 5 months late.
    @Test func feasibilityPlan() throws {
        let expected: [(String, String, String?, Int?)] = [
            ("school-heat-decarb", "2027-01", "2027-04", 3), ("social-care-case-mgmt", "2027-04", nil, nil),
            ("ai-contact-assistant", "2027-02", "2027-04", 2), ("ev-charging", "2027-04", "2027-04", 0),
            ("cyber-resilience", "2027-01", "2027-06", 5), ("erp-replacement", "2025-04", "2025-04", 0),
        ]
        for (id, planned, feasible, delay) in expected {
            let p = try #require(projects[id])
            #expect(p["planned_start"] as? String == planned, "\(id)")
            #expect(p["feasible_start"] as? String == feasible, "\(id)")
            #expect(p["feasible"] as? Bool == (feasible != nil), "\(id)")
            #expect(p["delay_months"] as? Int == delay, "\(id)")
        }
        #expect(projects["libraries-wifi"]?["planned_start"] is NSNull)  // closed: outside the plan
        let resources = try page("resources/index.html")
        #expect(resources.contains("blocked by developer in Apr 2027: needs 4 FTE, 7 of 10 already planned"))
    }

    /// Capacity rows: 5 roles × 36 months. Developer, Jan 2027: capacity 10 + 4 = 14; demand
    /// telephony 1 (to Dec 2026: 0) … customer portal 4 + CR-0002 1, ERP 5 + CR-0001 1,
    /// revenues 2, street lighting 0.5 = 13.5, plus approved cyber 1 (as planned) = 14.5.
    /// Pipeline in Apr 2027: social care 4 + ai 3 = 7.
    @Test func capacityRows() throws {
        let rows = try #require(json["capacity"] as? [[String: Any]])
        #expect(rows.count == 5 * 36)
        #expect(rows.first?["role"] as? String == "business-analyst")
        #expect(rows.first?["month"] as? String == "2026-01")
        let jan = try #require(rows.first { $0["role"] as? String == "developer" && $0["month"] as? String == "2027-01" })
        #expect(jan["capacity"] as? Double == 14)
        #expect(jan["demand"] as? Double == 14.5)
        #expect(jan["utilisation"] as? Double == 1.0357)  // 14.5 / 14
        let apr = try #require(rows.first { $0["role"] as? String == "developer" && $0["month"] as? String == "2027-04" })
        #expect(apr["pipeline_demand"] as? Double == 7)
    }

    @Test func pagesShowTheOffice() throws {
        let strategy = try page("strategy/index.html")
        #expect(strategy.contains("Cut line: funding £21,250,000 − active projects £16,205,000 − selected candidates £4,350,000 = headroom £695,000."))
        #expect(strategy.contains("Data: Efficient frontier: best total strategic value at each funding level"))
        #expect(strategy.contains(">468.34<"))
        let resources = try page("resources/index.html")
        #expect(resources.contains("Data: Utilisation by role and month: approved and active projects"))
        #expect(resources.contains("Data: developer: demand against capacity (FTE)"))
        #expect(resources.contains(">Delayed<"))
        let project = try page("projects/cyber-resilience/index.html")
        #expect(project.contains("<dt>Priority</dt><dd><a href=\"../../strategy/index.html#selection\">5 of 5</a></dd>"))
        #expect(project.contains("Jun 2027 (5 months late)"))
        let methodology = try page("methodology/index.html")
        #expect(methodology.contains("id=\"feasibility\""))
        #expect(methodology.contains("id=\"selection\""))
    }
}
