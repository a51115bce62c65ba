import Ingest
import Portfolio

/// Site folders built in memory from string literals.
enum SiteFixture {
    /// A `SourceTree` from text files.
    static func tree(_ files: [String: String]) -> SourceTree {
        SourceTree(files: files.mapValues { Array($0.utf8) })
    }

    /// The smallest valid site: settings with a status date, a portfolio with two objectives.
    static let minimal: [String: String] = [
        "pmo.yaml": "title: Test PMO\nas_of: 2026-06-30\n",
        "content/_index.md": """
        ---
        name: Test Portfolio
        objectives:
          - {id: growth, name: Growth, weight: 3}
          - {id: efficiency, name: Efficiency, weight: 1}
        ---
        Summary.
        """,
    ]

    /// `minimal` with `files` added (or replaced).
    static func with(_ files: [String: String]) -> [String: String] {
        minimal.merging(files) { _, new in new }
    }

    static func load(_ files: [String: String], options: LoadOptions = .init()) -> LoadResult {
        PortfolioLoader.load(tree(files), options: options)
    }

    /// A project file with the given front matter lines after `---` (so the first is line 2).
    static func project(_ lines: String...) -> String {
        "---\n" + lines.joined(separator: "\n") + "\n---\nBody.\n"
    }
}

extension LoadResult {
    /// The diagnostics with `code`.
    func with(code: String) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
    /// Every diagnostic as its printed line, for failure messages.
    var printed: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// The content location type, named apart from `Testing.SourceLocation`.
typealias ContentLocation = SourceLocation
