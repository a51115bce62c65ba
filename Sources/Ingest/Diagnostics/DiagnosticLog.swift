import Portfolio

/// The diagnostics found so far in one load. Every stage appends here and carries on, so a
/// run reports all problems, never only the first.
struct DiagnosticLog {
    private(set) var items: [Diagnostic] = []

    var hasErrors: Bool { items.contains { $0.isError } }

    mutating func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        items.append(.error(message, code: code.rawValue, at: location, hint: hint))
    }

    mutating func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        items.append(.warning(message, code: code.rawValue, at: location, hint: hint))
    }

    mutating func append(_ other: DiagnosticLog) { items += other.items }
}
