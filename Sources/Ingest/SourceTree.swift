import Portfolio

/// A site folder read into memory by Build: every file under the site root that pmo reads
/// (`pmo.yaml`, `content/**`), keyed by its `/`-separated path relative to the site root.
/// Ingest never touches the file system; it reads this.
public struct SourceTree: Sendable {
    public var files: [String: [UInt8]]
    /// Symbolic links Build found and did not follow; each is a `symbolic-link` error.
    public var unfollowedLinks: [UnfollowedLink]
    public init(files: [String: [UInt8]], unfollowedLinks: [UnfollowedLink] = []) {
        self.files = files; self.unfollowedLinks = unfollowedLinks
    }
}

/// A symbolic link in the site folder that pmo did not follow. pmo follows a link only to a
/// regular file inside the site folder (docs/security.md), so content can never pull in a
/// file from elsewhere on the machine, block on a pipe or loop through folders.
public struct UnfollowedLink: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// It resolves to something outside the site folder.
        case outsideSite
        /// It resolves to nothing.
        case dangling
        /// It resolves, inside the site folder, to a folder or something else that is not a file.
        case notAFile
    }
    /// The link's path relative to the site folder.
    public let path: String
    /// The link's text, as `readlink` gives it.
    public let target: String
    public let reason: Reason
    public init(path: String, target: String, reason: Reason) { self.path = path; self.target = target; self.reason = reason }
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
