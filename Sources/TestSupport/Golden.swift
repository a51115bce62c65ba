import Foundation
import Testing

/// Golden-file assertions: compare text with a file stored beside the tests.
///
/// Golden files live in `Tests/<TestTarget>/Golden/<name>`. Run the tests with
/// `PMO_RECORD=1` to write the actual text as the new golden file, then review the diff.
public enum Golden {
    /// Fails the calling test, at the caller's file and line, when `actual` differs from the
    /// golden file `name`, and prints the first differing line.
    public static func assertMatches(_ actual: String, named name: String,
                                     filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        let location = SourceLocation(fileID: "TestSupport/Golden.swift", filePath: filePath, line: line, column: column)
        let url = goldenURL(name, testFile: filePath)
        if ProcessInfo.processInfo.environment["PMO_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(url.path) is missing; run with PMO_RECORD=1 to record it", sourceLocation: location)
            return
        }
        guard expected != actual else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = index < a.count ? String(a[index]) : "<end of text>"
        let want = index < e.count ? String(e[index]) : "<end of text>"
        Issue.record("differs from golden \(name) at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n(PMO_RECORD=1 re-records)",
                     sourceLocation: location)
    }

    /// `Tests/<TestTarget>/Golden/<name>`, found from the calling test file's path.
    public static func goldenURL(_ name: String, testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
    }
}

/// Paths of the repository, found from a test file's path, so tests run from any directory.
public enum Fixtures {
    /// The repository root: the folder holding `Package.swift` above the calling test file.
    public static func repositoryRoot(filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// `../shared` beside the repository (read-only in CI).
    public static func sharedFolder(filePath: String = #filePath) -> URL {
        repositoryRoot(filePath: filePath).deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// A file under `Tests/<TestTarget>/Fixtures/`, as text.
    public static func text(_ name: String, filePath: String = #filePath) throws -> String {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
