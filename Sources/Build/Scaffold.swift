import Foundation

/// `pmo init DIR`: a new site folder with a small, valid sample portfolio that a PMO
/// analyst edits into their own.
public enum Scaffold {
    /// The files written, by relative path.
    static let files: [(String, String)] = [
        ("pmo.yaml", """
        # Site and computation settings. Every key is explained in docs/content.md.
        title: My PMO Status
        base_url: ""              # "" = relative links: the site works from disk and under any path
        # as_of: 2026-10-31       # status date; absent = the latest status report's date
        currency: USD
        locale: en_US
        fiscal_year_start: 1      # month 1-12
        rollup: worst             # program RAG rule: worst | weighted
        thresholds:
          index: {green: 0.95, amber: 0.90}
          variance: {green: 0.05, amber: 0.10}
        markdown: {unsafe: false}
        reporting: {period: month}

        """),
        ("content/_index.md", """
        ---
        name: My Portfolio
        objectives:
          - {id: growth, name: Revenue growth, weight: 3}
          - {id: efficiency, name: Operational efficiency, weight: 2}
        funding: 2000000
        horizon: {from: 2026-01, to: 2027-12}
        capacity:
          - {role: developer, fte: 10}
          - {role: analyst, fte: 3}
        ---
        The executive summary goes here: two or three sentences a sponsor reads first.

        """),
        ("content/programs/customer-experience/index.md", """
        ---
        name: Customer Experience
        sponsor: Chief Operating Officer
        manager: Alex Morgan
        objectives: [growth]
        ---
        What this program delivers, and why.

        """),
        ("content/projects/self-service-portal/index.md", """
        ---
        name: Self-service Portal
        program: customer-experience
        manager: Sam Lee
        sponsor: Chief Operating Officer
        phase: active
        start: 2026-01-05
        finish: 2026-12-18
        budget: 800000
        scores: {growth: 4, efficiency: 2}
        milestones:
          - {name: Beta release, baseline: 2026-06-30, forecast: 2026-07-15}
        risks:
          - {id: R1, title: Identity provider integration late, probability: 0.3, cost: [0, 20000, 60000], schedule_days: [5, 15, 40], owner: Sam Lee, status: open}
        demand:
          - {role: developer, fte: 4}
          - {role: analyst, fte: 1}
        ---
        ## Scope
        A portal where customers update their details and track requests.

        """),
        ("content/projects/self-service-portal/status/2026-06-30.md", """
        ---
        overall: green
        schedule: green
        cost: green
        scope: green
        resources: amber
        percent_complete: 45
        actual_cost: 350000
        ---
        **Accomplishments:** design signed off; first two releases live in test.

        **Next steps:** beta release.

        """),
        ("layouts/README.md", """
        # Layout overrides

        A file here replaces the built-in theme's template of the same name, e.g.
        `layouts/project.mustache` replaces the project page. See docs/theme.md in the pmo
        repository for the template names and the keys each one receives.

        """),
    ]

    /// Writes the sample site into `folder`, which must be absent or empty.
    public static func write(into folder: URL) throws(BuildError) {
        let fm = FileManager.default
        if let entries = try? fm.contentsOfDirectory(atPath: folder.path), !entries.isEmpty {
            throw BuildError.usage("refusing to initialise \(folder.path): the folder is not empty")
        }
        do {
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            throw BuildError.publish("cannot write \(folder.path): \(error.localizedDescription)")
        }
    }
}
