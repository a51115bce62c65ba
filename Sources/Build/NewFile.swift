import Foundation
import Portfolio

/// `pmo new project|status|change`: a filled-in skeleton file in the right place, for the
/// analyst to complete. Refuses to overwrite an existing file.
public enum NewFile {
    public enum Kind: Sendable {
        case project(id: String, program: String?)
        case status(project: String, date: Day)
        case change(id: String, project: String, date: Day)
    }

    /// Writes the skeleton under `source` and returns its path relative to it.
    public static func write(_ kind: Kind, source: URL) throws(BuildError) -> String {
        let (path, text) = skeleton(kind)
        let url = source.appendingPathComponent(path)
        if case .status(let project, _) = kind,
           !FileManager.default.fileExists(atPath: source.appendingPathComponent("content/projects/\(project)/index.md").path) {
            throw BuildError.usage("no project `\(project)` in \(source.path)/content/projects; create it first with `pmo new project \(project)`")
        }
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw BuildError.usage("\(path) already exists; pmo new never overwrites a file")
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            throw BuildError.publish("cannot write \(url.path): \(error.localizedDescription)")
        }
        return path
    }

    /// An id as SPEC §2 allows: lowercase letters, digits and `-` (change ids may hold capitals).
    public static func isValidID(_ id: String, allowCapitals: Bool = false) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && id.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || (allowCapitals && $0 >= "A" && $0 <= "Z")
        }
    }

    static func skeleton(_ kind: Kind) -> (String, String) {
        switch kind {
        case .project(let id, let program):
            return ("content/projects/\(id)/index.md", """
            ---
            name: \(id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
            \(program.map { "program: \($0)" } ?? "# program: a program id")
            manager: 
            sponsor: 
            phase: proposed             # proposed | approved | active | on-hold | closed | cancelled
            start: 2027-01-04           # baseline start
            finish: 2027-12-17          # baseline finish
            budget: 0                   # baseline budget at completion
            scores: {}                  # 0-5 per objective id of content/_index.md
            milestones: []              # - {name: …, baseline: YYYY-MM-DD, forecast: YYYY-MM-DD}
            risks: []                   # - {id: R1, title: …, probability: 0.3, cost: [min, likely, max], schedule_days: [min, likely, max], status: open}
            demand: []                  # - {role: developer, fte: 2}
            ---
            ## Scope

            What the project delivers, for whom, and why.

            """)
        case .status(let project, let date):
            return ("content/projects/\(project)/status/\(date.iso).md", """
            ---
            overall: green              # green | amber | red, or amber-green / amber-red; withheld or not-rated with overall_note
            schedule: green
            cost: green
            scope: green
            resources: green
            percent_complete: 0
            actual_cost: 0
            # forecast_finish: YYYY-MM-DD
            # forecast_cost: 0
            ---
            ## Accomplishments

            ## Next steps

            ## Decisions needed

            """)
        case .change(let id, let project, let date):
            return ("content/changes/\(id).md", """
            ---
            project: \(project)
            title: 
            status: submitted           # submitted | approved | rejected | deferred
            submitted: \(date.iso)
            # decided: YYYY-MM-DD
            impact:
              cost: 0                   # may be negative (descoping)
              schedule_days: 0
            ---
            Why the change is needed, and what happens if it is not made.

            """)
        }
    }
}
