import Ingest
import Portfolio
import Testing

/// Ids and the references between files.
@Suite struct ReferenceDiagnosticsTests {
    @Test func invalidProjectFolderId() {
        let files = SiteFixture.with(["content/projects/Bad_Id/index.md": SiteFixture.project("name: A", "phase: active")])
        let d = expectOne(SiteFixture.load(files), "invalid-id", "content/projects/Bad_Id")
        #expect(d?.hint == "did you mean `bad-id`?")
    }

    @Test func invalidObjectiveAndChangeIds() {
        let files = SiteFixture.with([
            // Line 3 `  - {id: Growth}`: "  - {id: " = 9 characters: column 10.
            "content/_index.md": "---\nname: P\nobjectives:\n  - {id: Growth}\n---\n",
            "content/projects/p/index.md": SiteFixture.project("name: A", "phase: active"),
            "content/changes/CR_1.md": "---\nproject: p\ntitle: T\nstatus: submitted\n---\n",
            "content/changes/CR-2.md": "---\nproject: p\ntitle: T\nstatus: submitted\n---\n",  // capitals are fine here
        ])
        let result = SiteFixture.load(files)
        let found = result.with(code: "invalid-id").map(\.location)
        #expect(found == [SourceLocation(path: "content/_index.md", line: 4, column: 10), SourceLocation(path: "content/changes/CR_1.md")],
                "\(result.printed)")
    }

    @Test func duplicateRiskIds() {
        // Line 6 `  - {id: R1, …}`: "  - {id: " = 9 characters: column 10.
        let files = SiteFixture.with(["content/projects/p/index.md": SiteFixture.project(
            "name: A", "phase: active", "risks:",
            "  - {id: R1, title: A, probability: 0.1}",
            "  - {id: R1, title: B, probability: 0.2}")])
        let d = expectOne(SiteFixture.load(files), "duplicate-id", "content/projects/p/index.md", 6, 10)
        #expect(d?.message == "duplicate risk id `R1`, first given at line 5")
    }

    @Test func duplicateObjectivesAndBenefits() {
        let files = SiteFixture.with([
            "content/_index.md": "---\nname: P\nobjectives:\n  - {id: growth}\n  - {id: growth}\n---\n",  // line 5, column 10
            "content/programs/g/index.md": "---\nname: G\nbenefits:\n  - {id: b, target: 1}\n  - {id: b, target: 2}\n---\n",
        ])
        let found = SiteFixture.load(files).with(code: "duplicate-id").map(\.location)
        #expect(found == [SourceLocation(path: "content/_index.md", line: 5, column: 10),
                          SourceLocation(path: "content/programs/g/index.md", line: 5, column: 10)])
    }

    @Test func unknownProgram() {
        // Line 4 `program: retial`: column 10.
        let files = SiteFixture.with([
            "content/programs/retail/index.md": "---\nname: Retail\n---\n",
            "content/projects/p/index.md": SiteFixture.project("name: A", "phase: active", "program: retial"),
        ])
        let d = expectOne(SiteFixture.load(files), "unknown-program", "content/projects/p/index.md", 4, 10)
        #expect(d?.hint == "did you mean `retail`?")
    }

    @Test func unknownProjects() {
        let files = SiteFixture.with([
            "content/projects/core/index.md": SiteFixture.project("name: Core", "phase: active"),
            // Line 4 `depends_on: [core, cor]`: "depends_on: [core, " = 19 characters: column 20.
            "content/projects/p/index.md": SiteFixture.project("name: A", "phase: active", "depends_on: [core, cor]"),
            // Line 2 `project: mobil`: column 10.
            "content/changes/CR-1.md": "---\nproject: mobil\ntitle: T\nstatus: approved\n---\n",
        ])
        let found = SiteFixture.load(files).with(code: "unknown-project")
        #expect(found.map(\.location) == [SourceLocation(path: "content/changes/CR-1.md", line: 2, column: 10),
                                          SourceLocation(path: "content/projects/p/index.md", line: 4, column: 20)])
        #expect(found.last?.hint == "did you mean `core`?")
    }

    @Test func unknownObjectives() {
        let files = SiteFixture.with([
            // Line 3 `objectives: [growth, effciency]`: "objectives: [growth, " = 21: column 22.
            "content/programs/g/index.md": "---\nname: G\nobjectives: [growth, effciency]\n---\n",
            // Line 4 `scores: {grwth: 3}`: key at column 10.
            "content/projects/p/index.md": SiteFixture.project("name: A", "phase: active", "scores: {grwth: 3}"),
        ])
        let found = SiteFixture.load(files).with(code: "unknown-objective")
        #expect(found.map(\.location) == [SourceLocation(path: "content/programs/g/index.md", line: 3, column: 22),
                                          SourceLocation(path: "content/projects/p/index.md", line: 4, column: 10)])
        #expect(found.map(\.hint) == ["did you mean `efficiency`?", "did you mean `growth`?"])
    }

    @Test func unknownBenefitInCSV() {
        let files = SiteFixture.with([
            "content/programs/g/index.md": "---\nname: G\nbenefits: [{id: adoption, target: 60}]\n---\n",
            "content/programs/g/benefits.csv": "benefit,date,value\nadopton,2026-01-31,5\n",
        ])
        let d = expectOne(SiteFixture.load(files), "unknown-benefit", "content/programs/g/benefits.csv", 2, 1)
        #expect(d?.hint == "did you mean `adoption`?")
    }

    @Test func dependencyCyclesReportedOncePerCycle() {
        // a → b → c → a and d → d; e depends on a but is in no cycle. `depends_on: [` is 13
        // characters, so each first entry is at line 4, column 14.
        let files = SiteFixture.with([
            "content/projects/a/index.md": SiteFixture.project("name: A", "phase: active", "depends_on: [b]"),
            "content/projects/b/index.md": SiteFixture.project("name: B", "phase: active", "depends_on: [c]"),
            "content/projects/c/index.md": SiteFixture.project("name: C", "phase: active", "depends_on: [a]"),
            "content/projects/d/index.md": SiteFixture.project("name: D", "phase: active", "depends_on: [d]"),
            "content/projects/e/index.md": SiteFixture.project("name: E", "phase: active", "depends_on: [a]"),
        ])
        let result = SiteFixture.load(files)
        let cycles = result.with(code: "dependency-cycle")
        #expect(cycles.map(\.description) == [
            "content/projects/a/index.md:4:14: error: dependency cycle: a → b → c → a [dependency-cycle]",
            "content/projects/d/index.md:4:14: error: dependency cycle: d → d [dependency-cycle]",
        ])
        #expect(result.portfolio == nil)
    }

    @Test func asOfMissing() {
        let files = SiteFixture.with(["pmo.yaml": "title: X\n"])
        expectOne(SiteFixture.load(files), "as-of-missing", "pmo.yaml")
    }

    @Test func manyErrorsInOneRun() {
        let files = SiteFixture.with([
            "content/projects/p/index.md": SiteFixture.project("name: A", "start: 2026-02-30", "program: nowhere"),
            "content/projects/p/status/2026-05-31.md": "---\noverall: purple\n---\n",
            "content/changes/CR-1.md": "---\nproject: p\ntitle: T\nstatus: aproved\n---\n",
        ])
        let result = SiteFixture.load(files)
        // Sorted by path, line, column.
        #expect(result.diagnostics.map(\.description) == [
            "content/changes/CR-1.md:4:9: error: unknown change status `aproved`; expected one of submitted, approved, rejected, deferred; did you mean `approved`? [invalid-enum]",
            "content/projects/p/index.md:2:1: error: a project has no `phase` [missing-field]",
            "content/projects/p/index.md:3:8: error: `2026-02-30` is not a date of the form YYYY-MM-DD [invalid-date]",
            "content/projects/p/index.md:4:10: error: project `p` names program `nowhere`, which does not exist [unknown-program]",
            "content/projects/p/status/2026-05-31.md:2:10: error: unknown overall rating `purple`; expected one of green, amber-green, amber, amber-red, red, withheld, not-rated [invalid-enum]",
        ], "\(result.printed)")
        #expect(result.portfolio == nil)
    }
}
