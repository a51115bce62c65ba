import Foundation
import Portfolio

/// What `pmo build` and `pmo check` were asked to do (SPEC §1).
public struct BuildOptions: Sendable {
    /// The site folder (holding `pmo.yaml` and `content/`).
    public var source: URL
    /// Default: `public/` inside the source folder.
    public var output: URL?
    /// `--as-of`: the status date, overriding `pmo.yaml`.
    public var asOf: Day?
    /// `--base-url`, overriding `pmo.yaml`.
    public var baseURL: String?
    /// `--jobs`: threads for rendering; nil = all cores. Output bytes never depend on it.
    public var jobs: Int?
    public var includeConfidential: Bool
    /// `--pdf`: also write `board-pack.pdf` through a local Chromium.
    public var pdf: Bool
    /// `--force`: replace a non-empty output folder that pmo did not write.
    public var force: Bool
    /// `--quiet`: no progress lines.
    public var quiet: Bool
    /// `--no-cache`: build in full even when nothing changed since the last build (BuildCache);
    /// the cache is then recorded afresh.
    public var noCache: Bool

    public init(source: URL, output: URL? = nil, asOf: Day? = nil, baseURL: String? = nil, jobs: Int? = nil,
                includeConfidential: Bool = false, pdf: Bool = false, force: Bool = false, quiet: Bool = false,
                noCache: Bool = false) {
        self.source = source; self.output = output; self.asOf = asOf; self.baseURL = baseURL; self.jobs = jobs
        self.includeConfidential = includeConfidential; self.pdf = pdf; self.force = force; self.quiet = quiet
        self.noCache = noCache
    }

    /// The output folder in force.
    public var outputFolder: URL { (output ?? source.appendingPathComponent("public")).standardizedFileURL }
}
