import Ingest
import Portfolio
import Testing

/// Expects exactly one diagnostic with `code` at `path:line:column` and returns it. Lines
/// and columns in the tests are counted by hand from the literal input: line 1 of a Markdown
/// file is its opening `---`, columns count characters from 1.
@discardableResult
func expectOne(_ result: LoadResult, _ code: String, _ path: String, _ line: Int? = nil, _ column: Int? = nil,
               severity: Diagnostic.Severity = .error,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let found = result.with(code: code)
    #expect(found.count == 1, "expected one [\(code)], got:\n\(result.printed)", sourceLocation: sourceLocation)
    guard let d = found.first else { return nil }
    #expect(d.location == ContentLocation(path: path, line: line, column: column),
            "\(d)", sourceLocation: sourceLocation)
    #expect(d.severity == severity, "\(d)", sourceLocation: sourceLocation)
    if severity == .error {
        #expect(result.portfolio == nil, "an error must withhold the portfolio", sourceLocation: sourceLocation)
    }
    return d
}
