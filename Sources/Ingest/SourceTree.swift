import Portfolio

/// A site folder read into memory by Build: every file under the site root that pmo reads
/// (`pmo.yaml`, `content/**`), keyed by its `/`-separated path relative to the site root.
/// Ingest never touches the file system; it reads this.
public struct SourceTree: Sendable {
    public var files: [String: [UInt8]]
    public init(files: [String: [UInt8]]) { self.files = files }
}

/// What the loader is asked to do beyond reading the content.
public struct LoadOptions: Sendable {
    /// `--as-of`; overrides `pmo.yaml`.
    public var asOf: Day?
    /// `--include-confidential`.
    public var includeConfidential: Bool
    /// Threads to parse project bundles on (the result does not depend on it).
    public var threads: Int
    public init(asOf: Day? = nil, includeConfidential: Bool = false, threads: Int = 1) {
        self.asOf = asOf; self.includeConfidential = includeConfidential; self.threads = max(1, threads)
    }
}

/// The outcome of loading: a portfolio when there was no error, and every diagnostic found.
public struct LoadResult: Sendable {
    public let portfolio: Portfolio?
    public let diagnostics: [Diagnostic]
    public init(portfolio: Portfolio?, diagnostics: [Diagnostic]) {
        self.portfolio = portfolio; self.diagnostics = diagnostics
    }
}
