import Foundation
import Ingest
import Portfolio
import Testing
import TestSupport

/// `pmo import gmpp` on the real files in `shared/data/gmpp`, the imported site then loaded
/// as `pmo build` loads it. Expected numbers were counted once with Python, independently of
/// pmo: `csv.reader(open(f, 'rb').read().decode('latin-1'), delimiter=';')`, the shown rating
/// being the first `colour_rating` if non-empty, else the second; a text holding "Exempt" is
/// withheld, any other text not rated. Hand-checked rows were read in the raw files.
@Suite struct GMPPImportTests {
    static let files = ["uk_2021.csv", "uk_2022.csv", "uk_2023.csv"]

    static func input(_ name: String, date: Day? = nil) throws -> GMPPFile {
        let url = Fixtures.sharedFolder().appendingPathComponent("data/gmpp").appendingPathComponent(name)
        return GMPPFile(path: name, bytes: Array(try Data(contentsOf: url)), date: date)
    }

    /// The import of the three files, and the portfolio it loads to (computed once).
    static let imported: (site: ImportedSite, portfolio: Portfolio?, diagnostics: [Diagnostic]) = {
        let inputs = files.compactMap { try? input($0) }
        let site = GMPPImporter.importFiles(inputs)
        let tree = SourceTree(files: site.files.mapValues { Array($0.utf8) })
        let loaded = PortfolioLoader.load(tree)
        return (site, loaded.portfolio, loaded.diagnostics)
    }()

    static func project(_ id: String) throws -> Project {
        let portfolio = try #require(imported.portfolio)
        return try #require(portfolio.projects.first { $0.id == id })
    }

    @Test func importsAndLoadsWithoutErrors() throws {
        let (site, portfolio, diagnostics) = Self.imported
        #expect(!site.diagnostics.hasErrors)
        #expect(diagnostics.isEmpty, "the imported site loads clean: \(diagnostics.prefix(3))")
        let p = try #require(portfolio)
        #expect(p.settings.currency == "GBP")
        #expect(p.settings.locale == "en_GB")
        #expect(p.settings.fiscalYearStart == 4)
        #expect(p.settings.asOf == Day(iso: "2023-03-31"))
        // README: 298 distinct projects; 244 in 2023 (active), so 54 left before (closed).
        #expect(p.projects.count == 298)
        #expect(p.projects.filter { $0.phase == .active }.count == 244)
        #expect(p.projects.filter { $0.phase == .closed }.count == 54)
    }

    /// The one unreadable thing in the files: a 2023 row whose end date is before its start.
    @Test func everyUnreadableCellIsWarnedAtItsCell() {
        let warnings = Self.imported.site.diagnostics.map(\.description)
        #expect(warnings == ["uk_2023.csv:1065:1: warning: the end date 2023-01-20 is before the start date 2023-02-20; both are left out of the project's dates [unreadable-cell]"])
    }

    @Test func projectsPerYear() throws {
        let p = try #require(Self.imported.portfolio)
        func count(_ date: String) -> Int { p.projects.filter { $0.statusReports.contains { $0.date.iso == date } }.count }
        #expect(count("2020-09-30") == 184)
        #expect(count("2022-03-31") == 235)
        #expect(count("2023-03-31") == 244)
        // README: 138 projects are in all three files.
        #expect(p.projects.filter { $0.statusReports.count == 3 }.count == 138)
    }

    /// Projects per department, by the department of the latest file that holds each project.
    @Test func projectsPerDepartment() throws {
        let p = try #require(Self.imported.portfolio)
        let expected = ["beis": 6, "co": 19, "dbt": 3, "dcms": 10, "defra": 15, "desnz": 19, "dfe": 14, "dft": 29,
                        "dhsc": 12, "dluhc": 13, "dsit": 7, "dwp": 8, "fcdo": 6, "hmlr": 1, "hmrc": 25, "hmt": 1,
                        "ho": 16, "mod": 55, "moj": 35, "nca": 1, "ons": 2, "voa": 1]
        var counts: [String: Int] = [:]
        for project in p.projects { counts[project.program ?? "", default: 0] += 1 }
        #expect(counts == expected)
        #expect(p.programs.map(\.id) == expected.keys.sorted())
        #expect(p.programs.first { $0.id == "mod" }?.name == "Ministry of Defence (MOD)")
    }

    @Test func ratingsPerYear() throws {
        let p = try #require(Self.imported.portfolio)
        func counts(_ date: String) -> [String: Int] {
            var c: [String: Int] = [:]
            for report in p.projects.flatMap(\.statusReports) where report.date.iso == date {
                c[report.overall?.name ?? "none", default: 0] += 1
            }
            return c
        }
        #expect(counts("2020-09-30") == ["green": 12, "amber-green": 29, "amber": 84, "amber-red": 44, "red": 7,
                                         "withheld": 5, "not-rated": 3])
        #expect(counts("2022-03-31") == ["green": 24, "amber": 170, "red": 27, "withheld": 11, "not-rated": 3])
        #expect(counts("2023-03-31") == ["green": 26, "amber": 183, "red": 23, "withheld": 11, "not-rated": 1])
    }

    /// CO_0024_2021-Q2, read by hand in the three files: IPA Amber in 2021 and 2022; in 2023
    /// the IPA column is empty and the SRO's is Amber. WLC £40.86m, £34m, 34 (£m).
    @Test func civilServicePensionsAcrossThreeYears() throws {
        let project = try Self.project("co-0024-2021-q2")
        #expect(project.name == "Civil Service Pensions 2015 Remedy")
        #expect(project.program == "co")
        #expect(project.phase == .active)
        #expect(project.start == Day(iso: "2020-05-20"))   // 20.05.2020 in the 2023 file
        #expect(project.finish == Day(iso: "2024-09-30"))  // 30.09.2024
        #expect(project.budget == Money(34_000_000))
        #expect(project.category == "Government Transformation and Service Delivery")
        #expect(project.statusReports.map(\.date.iso) == ["2020-09-30", "2022-03-31", "2023-03-31"])
        #expect(project.statusReports.map(\.overall) == [.rag(.amber), .rag(.amber), .rag(.amber)])
        #expect(project.statusReports.map { $0.ratings.map(\.by) } == [["IPA"], ["IPA"], ["SRO"]])
        // The financial-year baseline and forecast are a table in the body, not BAC or forecast cost.
        let reports = project.statusReports
        #expect(reports.allSatisfy { $0.forecastCost == nil && $0.actualCost == nil && $0.percentComplete == nil })
        #expect(reports[0].body.contains("| Baseline (including non-government costs) | £5.20m |"))
        #expect(reports[0].body.contains("| Forecast (including non-government costs) | £1.50m |"))
        #expect(reports[0].body.contains("## Budget, financial year 2020/21"))
        #expect(reports[1].body.contains("| Forecast (including non-government costs) | £2.30m |"))
        #expect(reports[2].body.contains("| Baseline (including non-government costs) | £7.90m |"))
        #expect(reports[2].body.contains("| Forecast (including non-government costs) | £4.20m |"))
        #expect(reports[0].body.contains("| Baseline (including non-government costs) | £40.86m |"))
        #expect(reports[2].body.contains("| 20 May 2020 | 30 September 2024 |"))
    }

    /// DECC_0010_1112-Q1, Smart Metering: BEIS in 2021 and 2022, DESNZ in 2023; WLC £20,136.95m,
    /// £20,147m, 20177; end date 2025-06-30, then 2025-12-31.
    @Test func smartMeteringChangesDepartment() throws {
        let project = try Self.project("decc-0010-1112-q1")
        #expect(project.name == "Smart Metering Implementation Programme")
        #expect(project.program == "desnz")
        #expect(project.start == Day(iso: "2009-12-02"))
        #expect(project.finish == Day(iso: "2025-12-31"))
        #expect(project.budget == Money(20_177_000_000))
        #expect(project.body.contains("BEIS in 2021, BEIS in 2022, DESNZ in 2023"))
        let reports = project.statusReports
        #expect(reports.map(\.overall) == [.rag(.amber), .rag(.amber), .rag(.amber)])
        #expect(reports.map { $0.ratings.map(\.by) } == [["IPA"], ["SRO"], ["SRO"]])
        #expect(reports[0].body.contains("| Baseline (including non-government costs) | £1,139.18m |"))
        #expect(reports[0].body.contains("| Forecast (including non-government costs) | £1,139.86m |"))
        #expect(reports[0].body.contains("| Baseline (including non-government costs) | £20,136.95m |"))
        #expect(reports[0].body.contains("| 2 December 2009 | 30 June 2025 |"))
        #expect(reports[2].body.contains("| Baseline (including non-government costs) | £0.00m |"))
    }

    /// DFT_0039_2021-Q1, Brighton Mainline: only in 2021, rated `Amber/red` (five-point scale, odd case).
    @Test func brightonMainlineLeftAfter2021() throws {
        let project = try Self.project("dft-0039-2021-q1")
        #expect(project.name == "Brighton Mainline Upgrade Programme")
        #expect(project.phase == .closed)
        #expect(project.body.contains("Left the GMPP after the 2021 report."))
        #expect(project.budget == Money(3_995_340_000))
        #expect(project.statusReports.map(\.overall) == [.rag(.amberRed)])
        #expect(project.finish == Day(iso: "2040-05-01"))
    }

    /// MOD_0118_1718-Q3, Clyde Infrastructure: Amber (2021), Red (2022), then both ratings
    /// withheld under section 26 in 2023 — withheld with its text, never a colour.
    @Test func withheldRatingKeepsItsText() throws {
        let project = try Self.project("mod-0118-1718-q3")
        let reports = project.statusReports
        #expect(reports.map(\.overall?.name) == ["amber", "red", "withheld"])
        let note = try #require(reports[2].overall?.note)
        #expect(note.hasPrefix("Exempt under Section 26 of Freedom of Information Act 2000"))
        #expect(reports[2].ratings.map(\.value.name) == ["withheld", "withheld"])
        #expect(project.budget == Money(1_869_000_000))
    }

    /// Whole-life cost withheld in the latest file: no budget (never a zero), and the page says why.
    @Test func withheldBudgetIsNullWithItsReason() throws {
        let p = try #require(Self.imported.portfolio)
        let withheld = p.projects.filter { $0.phase == .active && $0.budget == nil }
        // 2023 file: 49 wlc_baseline_incl_NCG cells hold text (46 of them "Exempt …") and 2 are empty (counted with Python).
        #expect(withheld.count == 51)
        #expect(withheld.filter { $0.body.contains("The whole-life cost baseline, and so the budget, is withheld in the 2023 report: Exempt") }.count == 46)
        #expect(!p.projects.contains { $0.budget == .zero && $0.body.contains("withheld in the") })
    }

    /// Not-rated ("Early planning GMPP project …") keeps its text as the note, on one line.
    @Test func earlyPlanningIsNotRated() throws {
        let p = try #require(Self.imported.portfolio)
        let notes = p.projects.flatMap(\.statusReports).filter { $0.date.iso == "2023-03-31" && $0.overall?.name == "not-rated" }
            .compactMap(\.overall?.note)
        #expect(notes == ["Early planning GMPP project (The project has not yet passed SOC, or its programme equivalent)"])
    }

    /// ISO-8859-1: byte 0xA3 is `£`; the imported text is UTF-8 with `£` in it, no U+FFFD.
    @Test func poundSignSurvivesTheEncoding() throws {
        let project = try Self.project("mod-0135-2122-q1")  // Submarine Dismantling, 2022 file, line 2
        let report = try #require(project.statusReports.first { $0.date.iso == "2022-03-31" })
        #expect(report.body.contains("The project's Baseline Whole Life Cost is 277.66 (£M)."))
        #expect(!Self.imported.site.files.values.contains { $0.contains("\u{FFFD}") })
    }

    @Test func dateOverrideAndUnknownYear() throws {
        let site = GMPPImporter.importFiles([try Self.input("uk_2021.csv", date: Day(iso: "2021-03-31"))])
        #expect(site.files.keys.contains("content/projects/co-0024-2021-q2/status/2021-03-31.md"))
        #expect(site.files["pmo.yaml"]?.contains("as_of: 2021-03-31") == true)
        let renamed = GMPPFile(path: "export.csv", bytes: Array("year;project_number;project_name;department\n2024;X_1;A;CO\n".utf8))
        #expect(GMPPImporter.importFiles([renamed]).diagnostics.map(\.description)
                == ["export.csv: error: no snapshot date is known for this file (year 2024); give one with --date export.csv=YYYY-MM-DD [missing-snapshot-date]"])
    }
}
