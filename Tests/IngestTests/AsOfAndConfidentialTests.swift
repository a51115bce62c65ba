import Ingest
import Portfolio
import Testing

/// The effective status date (SPEC §2.1) and confidential projects (SPEC §3).
@Suite struct AsOfAndConfidentialTests {
    /// Project `p` with reports on 2026-05-31 and 2026-07-15; `pmo.yaml` as given.
    static func files(pmo: String) -> [String: String] {
        SiteFixture.with([
            "pmo.yaml": pmo,
            "content/projects/p/index.md": SiteFixture.project("name: P", "phase: active"),
            "content/projects/p/status/2026-05-31.md": "---\noverall: green\n---\n",
            "content/projects/p/status/2026-07-15.md": "---\noverall: red\n---\n",
        ])
    }

    @Test func optionBeatsPmoYaml() throws {
        let result = SiteFixture.load(Self.files(pmo: "as_of: 2026-06-30\n"), options: LoadOptions(asOf: Day(iso: "2026-08-01")))
        let portfolio = try #require(result.portfolio)
        #expect(portfolio.settings.asOf == Day(iso: "2026-08-01"))
        #expect(portfolio.project("p")?.statusReports.count == 2)  // both on or before 08-01
        #expect(result.diagnostics.isEmpty)
    }

    @Test func pmoYamlBeatsLatestReportAndLaterReportsAreDropped() throws {
        let result = SiteFixture.load(Self.files(pmo: "as_of: 2026-06-30\n"))
        let portfolio = try #require(result.portfolio)
        #expect(portfolio.settings.asOf == Day(iso: "2026-06-30"))
        // 2026-07-15 is after 2026-06-30: dropped, with a warning at its path.
        #expect(portfolio.project("p")?.statusReports.map(\.date.iso) == ["2026-05-31"])
        let d = expectOne(result, "report-after-as-of", "content/projects/p/status/2026-07-15.md", severity: .warning)
        #expect(d?.message == "status report dated 2026-07-15 is after the status date 2026-06-30 and is ignored")
    }

    @Test func latestReportWhenNothingElse() throws {
        let portfolio = try #require(SiteFixture.load(Self.files(pmo: "title: T\n")).portfolio)
        #expect(portfolio.settings.asOf == Day(iso: "2026-07-15"))
        #expect(portfolio.project("p")?.statusReports.count == 2)
    }

    /// `secret` is confidential, has a change request and a later report; `p` depends on it.
    static let confidentialSite = SiteFixture.with([
        "pmo.yaml": "title: T\n",
        "content/projects/p/index.md": SiteFixture.project("name: P", "phase: active", "depends_on: [secret]"),
        "content/projects/p/status/2026-05-31.md": "---\noverall: green\n---\n",
        "content/projects/secret/index.md": SiteFixture.project("name: S", "phase: active", "confidential: true"),
        "content/projects/secret/status/2026-09-30.md": "---\noverall: red\n---\n",
        "content/changes/CR-1.md": "---\nproject: secret\ntitle: T\nstatus: approved\n---\n",
        "content/changes/CR-2.md": "---\nproject: p\ntitle: T\nstatus: submitted\n---\n",
    ])

    @Test func confidentialLeftOutByDefault() throws {
        let result = SiteFixture.load(Self.confidentialSite)
        let portfolio = try #require(result.portfolio)
        #expect(portfolio.projects.map(\.id) == ["p"])
        #expect(portfolio.changes.map(\.id) == ["CR-2"])
        #expect(portfolio.project("p")?.dependsOn == [])
        // The secret project's 09-30 report does not set the status date.
        #expect(portfolio.settings.asOf == Day(iso: "2026-05-31"))
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
    }

    @Test func confidentialIncludedOnRequest() throws {
        let portfolio = try #require(SiteFixture.load(Self.confidentialSite, options: LoadOptions(includeConfidential: true)).portfolio)
        #expect(portfolio.projects.map(\.id) == ["p", "secret"])
        #expect(portfolio.project("secret")?.confidential == true)
        #expect(portfolio.changes.map(\.id) == ["CR-1", "CR-2"])
        #expect(portfolio.project("p")?.dependsOn == ["secret"])
        #expect(portfolio.settings.asOf == Day(iso: "2026-09-30"))
    }

    @Test func emptyPmoYamlKeepsDefaults() throws {
        let files = SiteFixture.with(["pmo.yaml": ""])
        let portfolio = try #require(SiteFixture.load(files, options: LoadOptions(asOf: Day(iso: "2026-01-31"))).portfolio)
        var expected = Settings()
        expected.asOf = Day(iso: "2026-01-31")
        #expect(portfolio.settings == expected)
    }

    @Test func notRatedAndRatingNotes() throws {
        let files = SiteFixture.with([
            "content/projects/p/index.md": SiteFixture.project("name: P", "phase: proposed"),
            "content/projects/p/status/2026-05-31.md": """
            ---
            overall: not-rated
            overall_note: Early planning
            ratings: [{by: IPA, value: withheld, note: Section 43}, {by: SRO, value: AR}]
            ---
            """,
        ])
        let report = try #require(SiteFixture.load(files).portfolio?.project("p")?.statusReports.first)
        #expect(report.overall == .notRated(note: "Early planning"))
        #expect(report.ratings == [Assessment(by: "IPA", value: .withheld(note: "Section 43")),
                                   Assessment(by: "SRO", value: .rag(.amberRed))])
    }
}
