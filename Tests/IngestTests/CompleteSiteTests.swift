import Ingest
import Portfolio
import Testing

/// A complete site with every field of SPEC §2.1–2.6; each expected value is read off the
/// literals below.
@Suite struct CompleteSiteTests {
    static let files: [String: String] = [
        "pmo.yaml": """
        title: Acme PMO Status
        base_url: ""
        as_of: 2026-11-20
        currency: GBP
        locale: en_GB
        fiscal_year_start: 4
        rollup: weighted
        thresholds:
          index: {green: 0.97, amber: 0.85}
          variance: {green: 0.04, amber: 0.12}
        simulation: {trials: 500, seed: 7, distribution: triangular,
                     duration: [0.9, 1.0, 1.4], cost: [0.95, 1.0, 1.25]}
        markdown: {unsafe: true}
        reporting: {period: quarter}
        """,
        "content/_index.md": """
        ---
        name: Acme Enterprise Portfolio
        objectives:
          - {id: growth, name: Revenue growth, weight: 5}
          - {id: efficiency, name: Operational efficiency, weight: 3}
        funding: 25000000
        horizon: {from: 2026-01, to: 2028-12}
        capacity:
          - {role: developer, fte: 40}
          - {role: designer, fte: 6, from: 2026-01, to: 2027-06}
        ---
        Executive summary.
        """,
        "content/programs/digital-banking/index.md": """
        ---
        name: Digital Banking
        sponsor: Chief Digital Officer
        manager: Priya Raman
        objectives: [growth, efficiency]
        rollup: worst
        benefits:
          - id: adoption
            name: Digital adoption
            unit: "% of customers"
            financial: false
            baseline: 20
            target: 60
            start: 2026-06-01
            target_date: 2027-12-31
            owner: Head of Retail
            measurements: [{date: 2026-09-30, value: 28}]
          - id: Savings
            name: Cost savings
            financial: true
            target: 500000
        stakeholders:
          - {name: Chief Financial Officer, role: Sponsor, power: high, interest: low}
        ---
        Program narrative.
        """,
        "content/programs/digital-banking/benefits.csv": "benefit,date,value\nadoption,2026-10-31,31\nadoption,2026-07-31,24\nSavings,2026-09-30,\"120000\"\n",
        "content/projects/mobile-app/index.md": """
        ---
        name: Mobile Banking App
        program: digital-banking
        manager: Dana Ortiz
        sponsor: Chief Digital Officer
        phase: active
        start: 2026-01-05
        finish: 2026-12-18
        budget: 1200000
        percent_complete: 40
        actual_cost: 450000
        forecast: {finish: 2027-01-29, cost: 1350000}
        depends_on: [core-platform]
        scores: {growth: 4, efficiency: 2.5}
        savings: {planned: 300000, realised: 50000}
        category: Transformation
        milestones:
          - {name: Beta release, baseline: 2026-06-30, forecast: 2026-07-21, actual: 2026-07-24, deliverable: true}
        risks:
          - id: R1
            title: App store review delays
            probability: 0.3
            cost: [0, 10000, 40000]
            schedule_days: [5, 10, 30]
            owner: Dana Ortiz
            response: Submit early
            status: open
        uncertainty: {duration: [0.95, 1.0, 1.25], cost: [0.95, 1.0, 1.15]}
        demand:
          - {role: developer, fte: 4, from: 2026-01, to: 2026-12}
          - {role: designer, fte: 1}
        issues:
          - {title: Vendor contract unsigned, severity: high, owner: Legal, due: 2026-12-01, status: open}
        confidential: false
        ---
        Project narrative.
        """,
        // CRLF line ends; months out of order; an empty actual and empty forecasts.
        "content/projects/mobile-app/financials.csv":
            "month,planned,actual,forecast\r\n2026-02,100000,90000,\r\n2026-01,50000,45000.5,\r\n2026-03,120000,,130000\r\n",
        "content/projects/mobile-app/status/2026-10-31.md": """
        ---
        overall: amber-green
        schedule: A
        cost: green
        scope: Green
        resources: red
        percent_complete: 55
        actual_cost: 700000
        forecast_finish: 2027-01-29
        forecast_cost: 1350000
        ratings: [{by: IPA, value: amber}, {by: SRO, value: green}]
        ---
        Accomplishments.
        """,
        "content/projects/mobile-app/status/2026-09-30.md": "---\noverall: withheld\noverall_note: Exempt under section 43\n---\n",
        "content/projects/core-platform/index.md": "---\nname: Core Platform\nphase: approved\n---\n",
        "content/changes/CR-0042.md": """
        ---
        project: mobile-app
        title: Add biometric login
        status: approved
        submitted: 2026-08-01
        decided: 2026-08-15
        impact:
          cost: -80000
          schedule_days: 14
          demand: [{role: developer, fte: 1, from: 2026-09, to: 2026-11}]
        ---
        Rationale.
        """,
    ]

    static func loaded() throws -> Portfolio {
        var tree = SiteFixture.tree(files)
        tree.files["content/projects/mobile-app/diagram.png"] = [0x89, 0x50, 0xFF, 0xFE]  // not UTF-8, not read
        let result = PortfolioLoader.load(tree)
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
        return try #require(result.portfolio)
    }

    @Test func settings() throws {
        let s = try Self.loaded().settings
        #expect(s.title == "Acme PMO Status")
        #expect(s.baseURL == "")
        #expect(s.asOf == Day(iso: "2026-11-20"))
        #expect(s.currency == "GBP")
        #expect(s.locale == "en_GB")
        #expect(s.fiscalYearStart == 4)
        #expect(s.rollup == .weighted)
        #expect(s.thresholds == Thresholds(indexGreen: 0.97, indexAmber: 0.85, varianceGreen: 0.04, varianceAmber: 0.12))
        #expect(s.simulation == SimulationSettings(trials: 500, seed: 7, distribution: .triangular,
                                                    duration: Triple(0.9, 1.0, 1.4), cost: Triple(0.95, 1.0, 1.25)))
        #expect(s.markdownUnsafe)
        #expect(s.reportingPeriod == .quarter)
    }

    @Test func portfolioInfo() throws {
        let info = try Self.loaded().info
        #expect(info.name == "Acme Enterprise Portfolio")
        #expect(info.objectives == [Objective(id: "growth", name: "Revenue growth", weight: 5),
                                    Objective(id: "efficiency", name: "Operational efficiency", weight: 3)])
        #expect(info.funding == Money(25_000_000))
        #expect(info.horizon == MonthRange(from: Month(year: 2026, month: 1)!, to: Month(year: 2028, month: 12)!))
        #expect(info.capacity == [CapacityEntry(role: "developer", fte: 40),
                                  CapacityEntry(role: "designer", fte: 6, from: Month(iso: "2026-01"), to: Month(iso: "2027-06"))])
        #expect(info.body == "Executive summary.")
        #expect(info.location == SourceLocation(path: "content/_index.md"))
    }

    @Test func programWithBenefitsMergedFromCSV() throws {
        let program = try #require(try Self.loaded().program("digital-banking"))
        #expect(program.name == "Digital Banking")
        #expect(program.sponsor == "Chief Digital Officer")
        #expect(program.manager == "Priya Raman")
        #expect(program.objectives == ["growth", "efficiency"])
        #expect(program.rollup == .worst)
        #expect(program.stakeholders == [Stakeholder(name: "Chief Financial Officer", role: "Sponsor", power: .high, interest: .low)])
        #expect(program.body == "Program narrative.")
        let adoption = try #require(program.benefits.first)
        #expect(adoption.id == "adoption")
        #expect(adoption.unit == "% of customers")
        #expect(!adoption.financial)
        #expect(adoption.baseline == 20 && adoption.target == 60)
        #expect(adoption.start == Day(iso: "2026-06-01") && adoption.targetDate == Day(iso: "2027-12-31"))
        #expect(adoption.owner == "Head of Retail")
        // Front matter 09-30 = 28 and the CSV's 10-31 = 31 and 07-31 = 24, sorted by date.
        #expect(adoption.measurements == [Measurement(date: Day(iso: "2026-07-31")!, value: 24),
                                          Measurement(date: Day(iso: "2026-09-30")!, value: 28),
                                          Measurement(date: Day(iso: "2026-10-31")!, value: 31)])
        let savings = program.benefits[1]
        #expect(savings.id == "Savings" && savings.financial && savings.baseline == 0 && savings.target == 500_000)
        #expect(savings.measurements == [Measurement(date: Day(iso: "2026-09-30")!, value: 120_000)])
    }

    @Test func projectFields() throws {
        let p = try #require(try Self.loaded().project("mobile-app"))
        #expect(p.name == "Mobile Banking App")
        #expect(p.program == "digital-banking")
        #expect(p.manager == "Dana Ortiz" && p.sponsor == "Chief Digital Officer")
        #expect(p.phase == .active)
        #expect(p.start == Day(iso: "2026-01-05") && p.finish == Day(iso: "2026-12-18"))
        #expect(p.budget == Money(1_200_000))
        #expect(p.percentComplete == 40 && p.actualCost == Money(450_000))
        #expect(p.forecastFinish == Day(iso: "2027-01-29") && p.forecastCost == Money(1_350_000))
        #expect(p.dependsOn == ["core-platform"])
        #expect(p.scores == ["growth": 4, "efficiency": 2.5])
        #expect(p.savingsPlanned == Money(300_000) && p.savingsRealised == Money(50_000))
        #expect(p.category == "Transformation")
        #expect(p.milestones == [Milestone(name: "Beta release", baseline: Day(iso: "2026-06-30"), forecast: Day(iso: "2026-07-21"),
                                           actual: Day(iso: "2026-07-24"), deliverable: true)])
        #expect(p.risks == [Risk(id: "R1", title: "App store review delays", probability: 0.3, cost: Triple(0, 10_000, 40_000),
                                 scheduleDays: Triple(5, 10, 30), owner: "Dana Ortiz", response: "Submit early", status: .open)])
        #expect(p.uncertaintyDuration == Triple(0.95, 1.0, 1.25) && p.uncertaintyCost == Triple(0.95, 1.0, 1.15))
        #expect(p.demand == [DemandEntry(role: "developer", fte: 4, from: Month(iso: "2026-01"), to: Month(iso: "2026-12")),
                             DemandEntry(role: "designer", fte: 1)])
        #expect(p.issues == [Issue(title: "Vendor contract unsigned", severity: .high, owner: "Legal",
                                   due: Day(iso: "2026-12-01"), status: "open")])
        #expect(!p.confidential)
        #expect(p.body == "Project narrative.")
        #expect(p.location == SourceLocation(path: "content/projects/mobile-app/index.md"))
    }

    @Test func financials() throws {
        let f = try #require(try Self.loaded().project("mobile-app")?.financials)
        #expect(f.hasPlanned && f.hasForecast)
        #expect(f.rows == [FinancialMonth(month: Month(iso: "2026-01")!, planned: 50_000, actual: 45_000.5),
                           FinancialMonth(month: Month(iso: "2026-02")!, planned: 100_000, actual: 90_000),
                           FinancialMonth(month: Month(iso: "2026-03")!, planned: 120_000, forecast: 130_000)])
    }

    @Test func statusReports() throws {
        let reports = try #require(try Self.loaded().project("mobile-app")?.statusReports)
        #expect(reports.map(\.date.iso) == ["2026-09-30", "2026-10-31"])  // sorted oldest first
        #expect(reports[0].overall == .withheld(note: "Exempt under section 43"))
        #expect(reports[0].overall?.rag == nil)
        let r = reports[1]
        #expect(r.project == "mobile-app")
        #expect(r.overall == .rag(.amberGreen))  // five-point scale
        #expect(r.schedule == .amber && r.cost == .green && r.scope == .green && r.resources == .red)
        #expect(r.ratings == [Assessment(by: "IPA", value: .rag(.amber)), Assessment(by: "SRO", value: .rag(.green))])
        #expect(r.percentComplete == 55 && r.actualCost == Money(700_000))
        #expect(r.forecastFinish == Day(iso: "2027-01-29") && r.forecastCost == Money(1_350_000))
        #expect(r.body == "Accomplishments.")
    }

    @Test func changeRequest() throws {
        let portfolio = try Self.loaded()
        #expect(portfolio.changes.map(\.id) == ["CR-0042"])
        let c = portfolio.changes[0]
        #expect(c.project == "mobile-app" && c.title == "Add biometric login" && c.status == .approved)
        #expect(c.submitted == Day(iso: "2026-08-01") && c.decided == Day(iso: "2026-08-15"))
        #expect(c.cost == Money(-80_000))  // negative impact cost is allowed (descoping)
        #expect(c.scheduleDays == 14)
        #expect(c.demand == [DemandEntry(role: "developer", fte: 1, from: Month(iso: "2026-09"), to: Month(iso: "2026-11"))])
        #expect(c.body == "Rationale.")
    }

    @Test func projectsSortedById() throws {
        #expect(try Self.loaded().projects.map(\.id) == ["core-platform", "mobile-app"])
    }
}
