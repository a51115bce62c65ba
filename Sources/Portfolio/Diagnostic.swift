/// A problem found in the content, printed as `path:line:column: error: message [code]` (SPEC §1).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String
    /// A stable kebab-case name, listed in docs/diagnostics.md.
    public let code: String
    /// An optional suggestion, e.g. "did you mean `amber`?", appended to the message.
    public let hint: String?

    public init(_ severity: Severity, _ message: String, code: String, at location: SourceLocation, hint: String? = nil) {
        self.severity = severity; self.message = message; self.code = code; self.location = location; self.hint = hint
    }

    public static func error(_ message: String, code: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, code: code, at: location, hint: hint)
    }
    public static func warning(_ message: String, code: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, code: code, at: location, hint: hint)
    }

    public var isError: Bool { severity == .error }

    /// The one-line form of SPEC §1.
    public var description: String {
        let text = hint.map { "\(message); \($0)" } ?? message
        return "\(location): \(severity.rawValue): \(text) [\(code)]"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.isError } }
    /// Sorted by path, line, column, then message: the order `pmo check` prints.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted {
            if $0.location.path != $1.location.path { return $0.location.path < $1.location.path }
            if ($0.location.line ?? 0) != ($1.location.line ?? 0) { return ($0.location.line ?? 0) < ($1.location.line ?? 0) }
            if ($0.location.column ?? 0) != ($1.location.column ?? 0) { return ($0.location.column ?? 0) < ($1.location.column ?? 0) }
            return $0.message < $1.message
        }
    }
}
