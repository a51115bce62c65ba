import Foundation
@testable import Ingest
import Portfolio
import Testing
import TestSupport

/// Hints, front matter splitting, and docs/diagnostics.md kept in sync with the code.
@Suite struct SupportTests {
    @Test func didYouMean() {
        #expect(Suggestion.hint(for: "ambr", among: ["green", "amber", "red"]) == "did you mean `amber`?")
        #expect(Suggestion.hint(for: "realized", among: ["planned", "realised"]) == "did you mean `realised`?")
        #expect(Suggestion.hint(for: "Active", among: ["proposed", "active"]) == "did you mean `active`?")
        #expect(Suggestion.hint(for: "banana", among: ["green", "amber", "red"]) == nil)
        #expect(Suggestion.distance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func frontMatterSplit() {
        #expect(FrontMatter.split("---\na: 1\n---\nbody\n") == .success(FrontMatter(yaml: "a: 1", body: "body\n")))
        #expect(FrontMatter.split("---\n---\n") == .success(FrontMatter(yaml: "", body: "")))
        #expect(FrontMatter.split("# title\n") == .failure(.missing))
        #expect(FrontMatter.split("---\na: 1\n") == .failure(.unclosed))
    }

    @Test func normalizedIds() {
        #expect(IdentifierRule.normalized("CO_0024_2021-Q2") == "co-0024-2021-q2")
        #expect(IdentifierRule.normalized("DEFRA & DFT") == "defra-dft")
        #expect(IdentifierRule.lowercase.accepts("core-2") && !IdentifierRule.lowercase.accepts("R1"))
        #expect(IdentifierRule.mixedCase.accepts("CR-0042") && !IdentifierRule.mixedCase.accepts("CR_1"))
    }

    /// Every code string in Sources/Ingest (and the site stage's own) is documented, and every documented code exists.
    @Test func diagnosticsDocumentIsInSync() throws {
        let root = Fixtures.repositoryRoot()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let sources = root.appendingPathComponent("Sources/Ingest")
        var used: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"(?:case \w+ = |code: )"([a-z]+(?:-[a-z]+)*)""#)
        for case let url as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                used.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        #expect(used == Set(DiagnosticCode.allCases.map(\.rawValue)))
        // The few the site stage reports itself (a layout override that does not parse, an id unsafe in a path).
        for folder in ["Sources/Site", "Sources/Build"] {
            for case let url as URL in FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)!
            where url.pathExtension == "swift" {
                let text = try String(contentsOf: url, encoding: .utf8)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    used.insert(String(text[Range(match.range(at: 1), in: text)!]))
                }
            }
        }
        for code in used.sorted() {
            #expect(doc.contains("| `\(code)` |"), "docs/diagnostics.md does not list `\(code)`")
        }
        let documented = try NSRegularExpression(pattern: #"^\| `([a-z-]+)` \|"#, options: .anchorsMatchLines)
        let listed = documented.matches(in: doc, range: NSRange(doc.startIndex..., in: doc)).map { String(doc[Range($0.range(at: 1), in: doc)!]) }
        #expect(Set(listed) == used, "documented codes that the code never uses: \(Set(listed).subtracting(used).sorted())")
        #expect(listed.count == Set(listed).count, "a code is listed twice")
    }
}
