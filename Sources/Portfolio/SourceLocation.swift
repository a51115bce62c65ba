/// Where something was written: a path relative to the site folder, and a 1-based line and
/// column (nil when the problem has no position, e.g. a missing file).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path; self.line = line; self.column = column
    }

    /// `path:line:column`, or `path` alone when there is no position.
    public var description: String {
        guard let line else { return path }
        return "\(path):\(line):\(column ?? 1)"
    }
}

/// A value and where it was written, for checks that need the place after decoding
/// (dangling references, cycles, duplicates).
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public let value: Value
    public let location: SourceLocation
    public init(_ value: Value, at location: SourceLocation) { self.value = value; self.location = location }
}
