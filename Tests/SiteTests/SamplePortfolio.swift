import Portfolio

/// Small portfolios built in code for the Site tests.
enum SamplePortfolio {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func at(_ path: String) -> SourceLocation { SourceLocation(path: path) }

    /// Two programs, four projects (one outside any program, one withheld, one unreported),
    /// status reports either side of the status date, and change requests.
    static func make(settings: Settings = Settings(title: "Acme PMO Status", asOf: Day(iso: "2026-11-20")!,
                                                   currency: "USD", locale: "en_US"),
                     mobileName: String = "Mobile Banking App") -> Portfolio {
        let info = PortfolioInfo(
            name: "Acme Enterprise Portfolio",
            objectives: [Objective(id: "growth", name: "Revenue growth", weight: 5),
                         Objective(id: "efficiency", name: "Operational efficiency", weight: 3)],
            funding: 25_000_000,
            body: "## Summary\n\nThe portfolio is **on track** overall.\n",
            location: at("content/_index.md"))
        let banking = Program(
            id: "digital-banking", name: "Digital Banking", sponsor: "Chief Digital Officer", manager: "Priya Raman",
            objectives: ["growth", "efficiency"], rollup: .weighted,
            benefits: [Benefit(id: "adoption", name: "Digital adoption", unit: "% of customers", baseline: 20, target: 60,
                               start: day("2026-06-01"), targetDate: day("2027-12-31"), owner: "Head of Retail",
                               measurements: [Measurement(date: day("2026-09-30"), value: 28),
                                              Measurement(date: day("2026-12-31"), value: 35)]),
                       Benefit(id: "savings", name: "Branch savings", financial: true, baseline: 0, target: 1_500_000,
                               targetDate: day("2028-03-31"))],
            stakeholders: [Stakeholder(name: "Chief Financial Officer", role: "Sponsor", power: .high, interest: .high)],
            body: "Programme narrative.", location: at("content/programs/digital-banking/index.md"))
        let ops = Program(id: "operations", name: "Operations", manager: "Sam Lee",
                          location: at("content/programs/operations/index.md"))

        let mobile = Project(
            id: "mobile-app", name: mobileName, program: "digital-banking", manager: "Dana Ortiz",
            sponsor: "Chief Digital Officer", phase: .active, start: day("2026-01-05"), finish: day("2026-12-18"),
            budget: 1_200_000, dependsOn: ["core-platform"], category: "Transformation",
            milestones: [Milestone(name: "Beta release", baseline: day("2026-06-30"), forecast: day("2026-07-21"),
                                   actual: day("2026-07-24"), deliverable: true),
                         Milestone(name: "Launch", baseline: day("2026-12-01"), forecast: day("2027-01-15"))],
            risks: [Risk(id: "R1", title: "App store review delays", probability: 0.3, cost: Triple(0, 10_000, 40_000),
                         scheduleDays: Triple(5, 10, 30), owner: "Dana Ortiz", response: "Submit early")],
            demand: [DemandEntry(role: "developer", fte: 4, from: Month(iso: "2026-01"), to: Month(iso: "2026-12")),
                     DemandEntry(role: "designer", fte: 1.5)],
            issues: [Issue(title: "Vendor contract unsigned", severity: .high, owner: "Legal", due: day("2026-12-01"), status: "open")],
            body: "The app is in **beta**.\n",
            statusReports: [
                StatusReport(project: "mobile-app", date: day("2026-09-30"), overall: .rag(.green), schedule: .green,
                             cost: .green, percentComplete: 40, body: "September.", location: at("s1")),
                StatusReport(project: "mobile-app", date: day("2026-10-31"), overall: .rag(.amber), schedule: .amber,
                             cost: .green, scope: .green, resources: .red,
                             ratings: [Assessment(by: "IPA", value: .rag(.amberRed)), Assessment(by: "SRO", value: .rag(.amber))],
                             percentComplete: 55, actualCost: 700_000, forecastFinish: day("2027-01-29"),
                             forecastCost: 1_350_000, body: "October: **slipping**.\n", location: at("s2")),
                // After the status date: no page, no rating.
                StatusReport(project: "mobile-app", date: day("2026-11-30"), overall: .rag(.red), location: at("s3")),
            ],
            location: at("content/projects/mobile-app/index.md"))
        let core = Project(
            id: "core-platform", name: "Core Platform", program: "digital-banking", manager: "Ali Khan", phase: .active,
            start: day("2025-06-01"), finish: day("2026-10-31"), budget: 3_400_000,
            statusReports: [StatusReport(project: "core-platform", date: day("2026-10-31"),
                                         overall: .withheld(note: "FOI exemption"), location: at("s4"))],
            location: at("content/projects/core-platform/index.md"))
        let warehouse = Project(id: "warehouse", name: "Warehouse Automation", program: "operations", phase: .proposed,
                                location: at("content/projects/warehouse/index.md"))
        let intranet = Project(id: "intranet", name: "Intranet Refresh", phase: .closed, budget: 250_000,
                               statusReports: [StatusReport(project: "intranet", date: day("2026-03-31"),
                                                            overall: .rag(.green), location: at("s5"))],
                               location: at("content/projects/intranet/index.md"))
        let changes = [
            ChangeRequest(id: "CR-0042", project: "mobile-app", title: "Add biometric login", status: .approved,
                          submitted: day("2026-08-01"), decided: day("2026-08-15"), cost: 80_000, scheduleDays: 14,
                          location: at("content/changes/CR-0042.md")),
            ChangeRequest(id: "CR-0043", project: "mobile-app", title: "Drop tablet layout", status: .approved,
                          submitted: day("2026-11-01"), decided: day("2026-12-01"), cost: -20_000, scheduleDays: -5,
                          location: at("content/changes/CR-0043.md")),
            ChangeRequest(id: "CR-0099", project: "core-platform", title: "Future change", status: .submitted,
                          submitted: day("2026-12-05"), location: at("content/changes/CR-0099.md")),
        ]
        return Portfolio(settings: settings, info: info, programs: [ops, banking],
                         projects: [warehouse, mobile, intranet, core], changes: changes)
    }
}
