import Foundation
import Ingest
import Portfolio
import Testing
import TestSupport

/// The bulk register (SPEC §2.7) and `pmo import csv` with a column map.
@Suite struct RegisterImportTests {
    static let settings = "currency: USD\nas_of: 2026-06-30\n"
    static let portfolio = "---\nname: P\nobjectives:\n  - {id: growth}\n---\n"
    static let program = "---\nname: Retail\n---\n"

    static func load(_ files: [String: String]) -> LoadResult {
        var all = ["pmo.yaml": settings, "content/_index.md": portfolio, "content/programs/retail/index.md": program]
        for (k, v) in files { all[k] = v }
        return PortfolioLoader.load(SourceTree(files: all.mapValues { Array($0.utf8) }))
    }

    @Test func registerAndBundleMergeFieldByFieldBundleWins() throws {
        let register = """
        id,name,program,phase,start,finish,budget,forecast.cost,savings.planned,scores.growth,manager
        crm,CRM from register,retail,approved,2026-01-01,2026-12-31,500000,550000,1000,3,Ann
        erp,ERP,retail,active,2026-02-01,2027-01-31,900000,,,,Bob

        """
        let bundle = "---\nname: CRM\nphase: active\nbudget: 600000\nmanager: Cat\n---\nNarrative.\n"
        let result = Self.load(["content/registers/projects.csv": register, "content/projects/crm/index.md": bundle,
                                "content/projects/erp/status/2026-06-30.md": "---\noverall: amber\n---\n"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let p = try #require(result.portfolio)
        let crm = try #require(p.projects.first { $0.id == "crm" })
        #expect(crm.name == "CRM")                     // bundle
        #expect(crm.phase == .active)                  // bundle
        #expect(crm.budget == Money(600_000))          // bundle
        #expect(crm.manager == "Cat")                  // bundle
        #expect(crm.program == "retail")               // register
        #expect(crm.start == Day(iso: "2026-01-01"))   // register
        #expect(crm.forecastCost == Money(550_000))    // register, dotted header
        #expect(crm.savingsPlanned == Money(1000))
        #expect(crm.scores == ["growth": 3])
        #expect(crm.body == "Narrative.\n")
        let erp = try #require(p.projects.first { $0.id == "erp" })   // register only, with a status report
        #expect(erp.name == "ERP" && erp.budget == Money(900_000) && erp.manager == "Bob")
        #expect(erp.statusReports.map(\.overall) == [.rag(.amber)])
    }

    @Test func registerDiagnosticsAreAtTheCell() {
        let register = """
        id,name,program,phase,start,budget,milestones,scores.growht
        crm,CRM,retial,active,2026-13-01,abc,,2
        Bad_ID,X,retail,active,,,,
        ops,,retail,,,,,

        """
        let result = Self.load(["content/registers/projects.csv": register])
        let path = "content/registers/projects.csv"
        #expect(result.diagnostics.map(\.description) == [
            "\(path):1:7: warning: `milestones` is a list field, kept in the project bundle only (content/projects/<id>/index.md); the column is ignored [unknown-column]",
            "\(path):2:3: error: project `crm` names program `retial`, which does not exist; did you mean `retail`? [unknown-program]",
            "\(path):2:5: error: `2026-13-01` is not a date of the form YYYY-MM-DD [invalid-date]",
            "\(path):2:6: error: expected a number in `budget`, found `abc` [wrong-type]",
            "\(path):2:8: error: project `crm` scores objective `growht`, which does not exist; did you mean `growth`? [unknown-objective]",
            "\(path):3:1: error: project id `Bad_ID` may hold only lowercase letters, digits and `-`; did you mean `bad-id`? [invalid-id]",
            "\(path):4:1: error: a project has no `name` (register row `ops`) [missing-field]",
            "\(path):4:1: error: a project has no `phase` (register row `ops`) [missing-field]",
        ])
    }

    // MARK: - pmo import csv

    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Fixtures.repositoryRoot().appendingPathComponent("docs/examples").appendingPathComponent(name)))
    }

    /// The worked example of docs/importing.md, imported and loaded: values checked against the export by hand.
    @Test func workedExampleImportsAndLoads() throws {
        let site = CSVRegisterImporter.importFile(path: "portfolio-export.csv", bytes: try Self.example("portfolio-export.csv"),
                                                  mapPath: "portfolio-export.map.yaml", map: try Self.example("portfolio-export.map.yaml"))
        #expect(site.diagnostics.map(\.description) == [
            "portfolio-export.csv:6:7: warning: cannot read `TBC` as a date (MM/DD/YY) in `End Date`; it is left out [unreadable-cell]",
        ])
        let loaded = PortfolioLoader.load(SourceTree(files: site.files.mapValues { Array($0.utf8) }))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let p = try #require(loaded.portfolio)
        #expect(p.settings.currency == "USD" && p.settings.asOf == Day(iso: "2026-06-30"))
        #expect(p.projects.map(\.id) == ["prj-101", "prj-102", "prj-103", "prj-104", "prj-105"])
        #expect(p.programs.map(\.id) == ["corporate-systems", "digital-services", "infrastructure"])
        let dc = try #require(p.projects.first { $0.id == "prj-102" })
        #expect(dc.name == "Data Centre Exit" && dc.program == "infrastructure" && dc.phase == .active && dc.manager == "Sam Lee")
        #expect(dc.start == Day(iso: "2026-03-02") && dc.finish == Day(iso: "2027-06-30"))
        #expect(dc.budget == Money(2_750_000) && dc.actualCost == Money(610_500) && dc.percentComplete == 25)
        #expect(dc.statusReports.map(\.overall) == [.rag(.amber)])   // Yellow, mapped
        let records = try #require(p.projects.first { $0.id == "prj-105" })
        #expect(records.name == "Records Digitisation, Phase 2" && records.phase == .onHold && records.finish == nil)
        #expect(p.projects.first { $0.id == "prj-103" }?.phase == .approved)
        #expect(p.projects.first { $0.id == "prj-103" }?.statusReports.isEmpty == true)
    }

    @Test func mapErrorsAreLocatedInTheMap() {
        let csv = Array("Name,Start,Cost\nA,2026-01-01,5\n".utf8)
        let map = """
        dates: DD/MM
        money: {scale: 12}
        columns:
          name: Name
          start: Begin
          budgte: Cost
        phases: {Live: running}
        colums: {}

        """
        let site = CSVRegisterImporter.importFile(path: "export.csv", bytes: csv, mapPath: "map.yaml", map: Array(map.utf8))
        #expect(site.files.isEmpty)
        #expect(site.diagnostics.map(\.description) == [
            "map.yaml:1:8: error: `DD/MM` is not a date pattern: it needs a year, a month and a day (e.g. DD/MM/YYYY, MM/DD/YY, D MMM YYYY) [invalid-pattern]",
            "map.yaml:2:16: error: `scale` must be a power of ten (1, 1000, 1000000), found 12 [out-of-range]",
            "map.yaml:6:3: error: `budgte` is not a project field a column can feed; fields: id, name, program, manager, sponsor, phase, start, finish, budget, percent_complete, actual_cost, forecast.finish, forecast.cost, savings.planned, savings.realised, category, confidential, overall, scores.<objective>; did you mean `budget`? [unknown-key]",
            "map.yaml:7:16: error: unknown phase `running`; expected one of proposed, approved, active, on-hold, closed, cancelled [invalid-enum]",
            "map.yaml:8:1: warning: unknown key `colums`; did you mean `columns`? [unknown-key]",
        ])
        // A mapped column the export lacks: an error at the map's value, naming the export's columns.
        let map2 = "columns:\n  name: Name\n  start: Begin\n"
        let site2 = CSVRegisterImporter.importFile(path: "export.csv", bytes: csv, mapPath: "map.yaml", map: Array(map2.utf8))
        #expect(site2.diagnostics.map(\.description) == [
            "map.yaml:3:10: error: the export export.csv has no column `Begin` (for `start`); its columns: Name, Start, Cost [missing-column]",
        ])
    }
}
