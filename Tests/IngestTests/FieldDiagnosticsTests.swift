import Ingest
import Portfolio
import Testing

/// Diagnostics about single fields. `SiteFixture.project` puts its first line at file line 2.
@Suite struct FieldDiagnosticsTests {
    static let path = "content/projects/p/index.md"

    static func loadProject(_ lines: String...) -> LoadResult {
        SiteFixture.load(SiteFixture.with([path: "---\n" + lines.joined(separator: "\n") + "\n---\n"]))
    }

    @Test func missingFieldAtTheMapping() throws {
        let d = try #require(expectOne(Self.loadProject("name: A"), "missing-field", Self.path, 2, 1))
        #expect(d.message == "a project has no `phase`")
    }

    @Test func missingFieldInAListItem() {
        // The risk mapping starts at its first key, line 5 after "  - ": column 5.
        let result = Self.loadProject("name: A", "phase: active", "risks:", "  - id: R1", "    probability: 0.5")
        let d = expectOne(result, "missing-field", Self.path, 5, 5)
        #expect(d?.message == "a risk has no `title`")
    }

    @Test func changeRequestMissesThreeFields() {
        let result = SiteFixture.load(SiteFixture.with(["content/changes/CR-1.md": "---\nsubmitted: 2026-01-01\n---\n"]))
        let missing = result.with(code: "missing-field")
        #expect(missing.map(\.message).sorted() == ["a change request has no `project`", "a change request has no `status`",
                                                    "a change request has no `title`"])
        #expect(missing.allSatisfy { $0.location == SourceLocation(path: "content/changes/CR-1.md", line: 2, column: 1) })
    }

    @Test func missingBenefitTarget() {
        // Line 3 `benefits:`, line 4 `  - id: b` → the mapping at column 5.
        let files = SiteFixture.with(["content/programs/g/index.md": "---\nname: G\nbenefits:\n  - id: b\n---\n"])
        let d = expectOne(SiteFixture.load(files), "missing-field", "content/programs/g/index.md", 4, 5)
        #expect(d?.message == "a benefit has no `target`")
    }

    @Test func objectiveWeightsSummingToZero() {
        // Weights are normalised by their sum (SPEC §3.8); reported at the list, line 4 column 3.
        let files = SiteFixture.with(["content/_index.md": "---\nname: P\nobjectives:\n  - {id: a, weight: 0}\n  - {id: b, weight: 0}\n---\n"])
        let d = expectOne(SiteFixture.load(files), "out-of-range", "content/_index.md", 4, 3)
        #expect(d?.message == "the objective weights sum to 0; at least one weight must be above 0")
    }

    @Test func wrongTypeNamesWhatWasFound() {
        // Line 4 `budget: abc`: the value after "budget: " (8 characters) is column 9.
        let d = expectOne(Self.loadProject("name: A", "phase: active", "budget: abc"), "wrong-type", Self.path, 4, 9)
        #expect(d?.message == "expected a number, found `abc`")
    }

    @Test func wrongTypeForAList() {
        // Line 4 `milestones: soon`: value at column 13.
        let d = expectOne(Self.loadProject("name: A", "phase: active", "milestones: soon"), "wrong-type", Self.path, 4, 13)
        #expect(d?.message == "expected a list under `milestones`, found `soon`")
    }

    @Test func impossibleDate() {
        // Line 4 `start: 2026-02-30`: value at column 8. February 2026 has 28 days.
        let d = expectOne(Self.loadProject("name: A", "phase: active", "start: 2026-02-30"), "invalid-date", Self.path, 4, 8)
        #expect(d?.message == "`2026-02-30` is not a date of the form YYYY-MM-DD")
    }

    @Test func statusReportFileNameMustBeADate() {
        let files = SiteFixture.with([
            Self.path: SiteFixture.project("name: A", "phase: active"),
            "content/projects/p/status/2026-13-01.md": "---\noverall: green\n---\n",
        ])
        expectOne(SiteFixture.load(files), "invalid-date", "content/projects/p/status/2026-13-01.md")
    }

    @Test func invalidMonthInYamlAndCSV() {
        // Line 5 `  - {role: dev, fte: 1, from: 2026-1}`: "  - {" 5 + "role: dev, " 11 + "fte: 1, " 8
        // + "from: " 6 = 30 characters before the value: column 31.
        let yaml = Self.loadProject("name: A", "phase: active", "demand:", "  - {role: dev, fte: 1, from: 2026-1}")
        expectOne(yaml, "invalid-month", Self.path, 5, 31)
        let files = SiteFixture.with([
            Self.path: SiteFixture.project("name: A", "phase: active"),
            "content/projects/p/financials.csv": "month,planned,actual\n2026-13,1,1\n",
        ])
        expectOne(SiteFixture.load(files), "invalid-month", "content/projects/p/financials.csv", 2, 1)
    }

    @Test func invalidEnumWithHint() {
        // Line 3 `phase: actve`: value at column 8; `active` is one edit away.
        let d = expectOne(Self.loadProject("name: A", "phase: actve"), "invalid-enum", Self.path, 3, 8)
        #expect(d?.hint == "did you mean `active`?")
        #expect(d?.description == "content/projects/p/index.md:3:8: error: unknown phase `actve`; expected one of proposed, approved, active, on-hold, closed, cancelled; did you mean `active`? [invalid-enum]")
    }

    @Test func invalidRatingInStatusReport() {
        // Line 2 `overall: ambr`: value at column 10.
        let files = SiteFixture.with([
            Self.path: SiteFixture.project("name: A", "phase: active"),
            "content/projects/p/status/2026-05-31.md": "---\noverall: ambr\n---\n",
        ])
        let d = expectOne(SiteFixture.load(files), "invalid-enum", "content/projects/p/status/2026-05-31.md", 2, 10)
        #expect(d?.hint == "did you mean `amber`?")
    }

    @Test func outOfRangeValues() {
        let result = Self.loadProject(
            "name: A", "phase: active",
            "percent_complete: 140",                   // line 4, value at 19
            "budget: -5",                              // line 5, value at 9
            "risks:",                                  // line 6
            "  - {id: R1, title: T, probability: 1.5}",  // line 7: 5 + 8 + 10 + 13 = 36 before: column 37
            "scores: {growth: 6}",                     // line 8: "scores: {growth: " = 17: column 18
            "demand:",                                 // line 9
            "  - {role: dev, fte: -1}")                // line 10: "  - {role: dev, fte: " = 21: column 22
        let found = result.with(code: "out-of-range").map { [$0.location.line!, $0.location.column!] }
        #expect(found == [[4, 19], [5, 9], [7, 37], [8, 18], [10, 22]], "\(result.printed)")
        #expect(result.portfolio == nil)
    }

    @Test func outOfRangeSettings() {
        // Line 2 `fiscal_year_start: 13`: column 20. Line 3 `simulation: {trials: 0}`: 13 + 8 = 21: column 22.
        let result = SiteFixture.load(SiteFixture.with(["pmo.yaml": "as_of: 2026-06-30\nfiscal_year_start: 13\nsimulation: {trials: 0}\n"]))
        let found = result.with(code: "out-of-range").map(\.location)
        #expect(found == [SourceLocation(path: "pmo.yaml", line: 2, column: 20), SourceLocation(path: "pmo.yaml", line: 3, column: 22)])
    }

    @Test func unorderedTriples() {
        let result = Self.loadProject(
            "name: A", "phase: active", "risks:", "  - id: R1", "    title: T", "    probability: 0.5",
            "    cost: [10, 5, 40]",          // line 8: "    cost: " = 10: column 11
            "    schedule_days: [1, 2]")      // line 9: "    schedule_days: " = 19: column 20
        let found = result.with(code: "unordered-triple")
        #expect(found.map(\.location) == [SourceLocation(path: Self.path, line: 8, column: 11),
                                          SourceLocation(path: Self.path, line: 9, column: 20)])
        #expect(found.first?.message == "`cost` must be ordered min ≤ likely ≤ max, found [10, 5, 40]")
        #expect(found.last?.message == "`schedule_days` must be exactly three numbers [min, likely, max], found 2")
    }

    @Test func finishBeforeStart() {
        // Line 5 `finish: 2026-01-01`: value at column 9.
        let result = Self.loadProject("name: A", "phase: active", "start: 2026-03-01", "finish: 2026-01-01")
        let d = expectOne(result, "finish-before-start", Self.path, 5, 9)
        #expect(d?.message == "`finish` 2026-01-01 is before `start` 2026-03-01")
    }

    @Test func unknownKeyWarnsWithHint() throws {
        // Line 4 `budjet: 5` (key at column 1); line 5 `forecast: {finsh: 2026-01-01}` (key at 12).
        let result = Self.loadProject("name: A", "phase: active", "budjet: 5", "forecast: {finsh: 2026-01-01}")
        let warnings = result.with(code: "unknown-key")
        #expect(warnings.map(\.location) == [SourceLocation(path: Self.path, line: 4, column: 1),
                                             SourceLocation(path: Self.path, line: 5, column: 12)])
        #expect(warnings.map(\.hint) == ["did you mean `budget`?", "did you mean `finish`?"])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        _ = try #require(result.portfolio)  // warnings alone keep the build
    }

    @Test func unknownColumnWarnsWithHint() {
        let files = SiteFixture.with([
            Self.path: SiteFixture.project("name: A", "phase: active"),
            "content/projects/p/financials.csv": "month,planned,actuals\n2026-01,1,1\n",
        ])
        let d = expectOne(SiteFixture.load(files), "unknown-column", "content/projects/p/financials.csv", 1, 3, severity: .warning)
        #expect(d?.hint == "did you mean `actual`?")
    }

    @Test func csvCellErrors() {
        // Row 2 (line 2): planned `ten` in cell 2; row 3 (line 3): actual `-4` in cell 3.
        let files = SiteFixture.with([
            Self.path: SiteFixture.project("name: A", "phase: active"),
            "content/projects/p/financials.csv": "month,planned,actual\n2026-01,ten,1\n2026-02,1,-4\n",
        ])
        let result = SiteFixture.load(files)
        expectOne(result, "wrong-type", "content/projects/p/financials.csv", 2, 2)
        expectOne(result, "out-of-range", "content/projects/p/financials.csv", 3, 3)
    }

    @Test func duplicateMonth() {
        let files = SiteFixture.with([
            Self.path: SiteFixture.project("name: A", "phase: active"),
            "content/projects/p/financials.csv": "month,planned\n2026-01,1\n2026-01,2\n",
        ])
        let d = expectOne(SiteFixture.load(files), "duplicate-month", "content/projects/p/financials.csv", 3, 1)
        #expect(d?.message == "month 2026-01 is already given on line 2")
    }

    @Test func missingColumn() {
        let files = SiteFixture.with([
            "content/programs/g/index.md": "---\nname: G\nbenefits: [{id: b, target: 1}]\n---\n",
            "content/programs/g/benefits.csv": "benefit,date\nb,2026-01-31\n",
        ])
        let d = expectOne(SiteFixture.load(files), "missing-column", "content/programs/g/benefits.csv", 1, 1)
        #expect(d?.message == "the header has no `value` column")
    }
}
