@_spi(YAMLCheck) import Ingest
import Portfolio

/// Front matter and YAML decoding: the input's first byte picks a kind of file (modulo 6:
/// `pmo.yaml`, the portfolio, a program, a project, a status report, a change request), the
/// rest is that file's bytes, put into an otherwise valid site and loaded as `pmo build` loads
/// it. Holds: no crash or hang, every diagnostic located inside its file, and pmo's YAML
/// composer makes of the file's YAML exactly what Yams' composer makes (`YAMLDifferential`).
public enum FrontMatterHarness {
    public static let paths = [
        "pmo.yaml",
        "content/_index.md",
        "content/programs/prog/index.md",
        "content/projects/proj/index.md",
        "content/projects/proj/status/2026-03-31.md",
        "content/changes/CR-1.md",
    ]

    /// A valid site, each kind of file once (it loads without a diagnostic: see the corpus test).
    public static let site: [String: [UInt8]] = [
        "pmo.yaml": "title: Fuzz\nas_of: 2026-06-30\ncurrency: GBP\n",
        "content/_index.md": """
            ---
            name: Fuzz Portfolio
            objectives:
              - {id: growth, name: Growth, weight: 3}
            funding: 1000000
            horizon: {from: 2026-01, to: 2027-12}
            capacity:
              - {role: developer, fte: 4}
            ---
            Summary.

            """,
        "content/programs/prog/index.md": "---\nname: Program\nobjectives: [growth]\n---\nAbout it.\n",
        "content/projects/proj/index.md": """
            ---
            name: Project
            program: prog
            phase: active
            start: 2026-01-05
            finish: 2026-12-18
            budget: 120000
            scores: {growth: 3}
            ---
            Narrative.

            """,
        "content/projects/proj/status/2026-03-31.md": "---\noverall: amber\npercent_complete: 20\n---\nProgress.\n",
        "content/changes/CR-1.md": "---\ntitle: More scope\nproject: proj\nstatus: approved\nsubmitted: 2026-02-01\nimpact: {cost: 5000, schedule_days: 10}\n---\nWhy.\n",
    ].mapValues { Array($0.utf8) }

    public static func run(_ data: [UInt8]) -> [String] {
        guard let selector = data.first else { return [] }
        var files = site
        let path = paths[Int(selector) % paths.count]
        files[path] = Array(data.dropFirst())
        let result = PortfolioLoader.load(SourceTree(files: files))
        var findings = Findings()
        findings.checkLocations(result.diagnostics, files: files)
        findings.check((result.portfolio != nil) == !result.diagnostics.hasErrors,
                       "a portfolio came with errors, or none without")
        if let text = YAMLCheck.yamlText(of: files[path]!, path: path), let difference = YAMLDifferential.difference(text) {
            findings.check(false, difference)
        }
        return findings.broken
    }
}
