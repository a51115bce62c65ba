import Foundation
import Narrative
import TestSupport
import Testing

/// cmark-gfm's own conformance examples (`../shared/data/gfm-spec/`, see its README), run through
/// `MarkdownRenderer` the way upstream's `test/CMakeLists.txt` runs them: raw HTML allowed, outputs
/// compared byte for byte (upstream passes `--no-normalize`), `disabled` examples skipped.
///
/// Counted from the files: spec.txt 673 examples (2 `disabled`: 279 and 280), extensions.txt 28,
/// regression.txt 19 — 720 in all, 2 skipped, 718 run.
///
/// Debian's libcmark-gfm 0.29.0.gfm.6 is newer than the files: for extensions 20 and 23 and
/// regression 13 the reference is the `cmark-gfm` command's output, stored under
/// `Fixtures/gfm-spec/` (commands in its README), so no command runs at test time.
@Suite("GFM conformance")
struct GFMConformanceTests {
    /// Expected HTML that replaces the file's, by file and example number.
    static let debianReferences: [String: Set<Int>] = ["extensions.txt": [20, 23], "regression.txt": [13]]

    @Test("spec.txt: 671 of 673 examples run, 2 disabled skipped")
    func spec() throws {
        let tally = try run("spec.txt") { $0 }
        #expect(tally == Tally(examples: 673, skipped: 2, run: 671))
    }

    @Test("extensions.txt: all 28 examples with every extension on")
    func extensions() throws {
        // Upstream: --extensions "table strikethrough autolink tagfilter footnotes tasklist".
        let tally = try run("extensions.txt") { _ in ["table", "strikethrough", "autolink", "tagfilter", "footnotes", "tasklist"] }
        #expect(tally == Tally(examples: 28, skipped: 0, run: 28))
    }

    @Test("regression.txt: all 19 examples")
    func regression() throws {
        let tally = try run("regression.txt") { $0 }
        #expect(tally == Tally(examples: 19, skipped: 0, run: 19))
    }

    @Test("720 examples in all, 2 of them disabled: 718 to run")
    func totals() throws {
        let all = try ["spec.txt", "extensions.txt", "regression.txt"].flatMap(Self.examples(in:))
        #expect(all.count == 720)
        #expect(all.filter(\.isDisabled).count == 2)
    }

    /// Upstream skips spec 279–280 (task lists), whose expected HTML predates the tasklist
    /// extension's markup. Run them with `tasklist` against Debian's `cmark-gfm -e tasklist`
    /// output so the extension's list markup is still pinned; they are not in the 718.
    @Test("spec.txt disabled task-list examples 279–280 match cmark-gfm -e tasklist")
    func disabledTaskListExamples() throws {
        let disabled = try Self.examples(in: "spec.txt").filter(\.isDisabled)
        #expect(disabled.map(\.number) == [279, 280])
        let renderer = MarkdownRenderer(unsafe: true, extensions: [.tasklist])
        for example in disabled {
            let expected = try Fixtures.text("gfm-spec/spec-\(example.number).html")
            check(example, actual: renderer.render(example.markdown), expected: expected)
        }
    }

    /// A stored Debian reference must still be needed: if the shared files are updated to match
    /// the library, delete the fixture rather than keep shadowing the file's expectation.
    @Test("each stored Debian reference differs from its file's expectation")
    func debianReferencesAreNeeded() throws {
        for (file, numbers) in Self.debianReferences {
            let examples = try Self.examples(in: file)
            for number in numbers.sorted() {
                let example = try #require(examples.first { $0.number == number }, "\(file) has no example \(number)")
                let stored = try Fixtures.text("gfm-spec/\(Self.fixtureName(file, number))")
                #expect(stored != example.html, "\(example): the stored reference equals the file's; remove the fixture")
            }
        }
    }

    // MARK: - Running a file

    struct Tally: Equatable, CustomStringConvertible {
        var examples = 0, skipped = 0, run = 0
        var description: String { "\(examples) examples, \(skipped) skipped, \(run) run" }
    }

    /// Runs every example that is not `disabled`, records one issue per failing example, and
    /// returns the counts. `extensionNames` maps an example's header words to the extensions it needs.
    private func run(_ file: String, extensionNames: ([String]) -> [String]) throws -> Tally {
        let examples = try Self.examples(in: file)
        var tally = Tally(examples: examples.count)
        var failed: [Int] = []
        for example in examples {
            if example.isDisabled { tally.skipped += 1; continue }
            tally.run += 1
            var extensions: Set<MarkdownRenderer.Extension> = []
            for name in extensionNames(example.headerWords) {
                guard let ext = MarkdownRenderer.Extension(rawValue: name) else {
                    Issue.record("\(example): unknown extension \(name)")
                    continue
                }
                extensions.insert(ext)
            }
            let expected = Self.debianReferences[file, default: []].contains(example.number)
                ? try Fixtures.text("gfm-spec/\(Self.fixtureName(file, example.number))")
                : example.html
            let actual = MarkdownRenderer(unsafe: true, extensions: extensions).render(example.markdown)
            if !check(example, actual: actual, expected: expected) { failed.append(example.number) }
        }
        if !failed.isEmpty {
            Issue.record("\(file): \(failed.count) of \(tally.run) examples fail: \(failed.map(String.init).joined(separator: ", "))")
        }
        return tally
    }

    @discardableResult
    private func check(_ example: GFMExample, actual: String, expected: String) -> Bool {
        guard actual != expected else { return true }
        Issue.record("""
            \(example) [\(example.headerWords.joined(separator: " "))] fails
              markdown: \(String(reflecting: example.markdown))
              expected: \(String(reflecting: expected))
              actual:   \(String(reflecting: actual))
            """)
        return false
    }

    // MARK: - Loading the shared files

    static func fixtureName(_ file: String, _ number: Int) -> String {
        "\(file.replacingOccurrences(of: ".txt", with: ""))-\(number).html"
    }

    /// The examples of `../shared/data/gfm-spec/<file>`; throws with a clear message when the
    /// shared folder is missing, so the suite can never pass by running nothing.
    static func examples(in file: String) throws -> [GFMExample] {
        let folder = Fixtures.sharedFolder().appendingPathComponent("data/gfm-spec")
        let url = folder.appendingPathComponent(file)
        let text = try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "cannot read \(url.path): the GFM conformance files must be in ../shared/data/gfm-spec beside the repository root")
        let examples = GFMExampleFile.parse(text, file: file)
        try #require(!examples.isEmpty, "\(url.path) holds no examples")
        return examples
    }
}
