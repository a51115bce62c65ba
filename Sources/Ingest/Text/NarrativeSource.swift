/// A status report's file as the loader reads it, split into the part the figures come from
/// and the narrative, for the build cache: a rebuild after edits to narratives alone need not
/// load and compute the portfolio again (Build's `NarrativeSplice`).
public enum NarrativeSource {
    /// True for `content/projects/<id>/status/<file>.md`, the paths the loader reads as status
    /// reports (`ContentLayout`).
    public static func isStatusReport(_ path: String) -> Bool {
        // By bytes: asked for every file of the site on every build.
        guard path.utf8.starts(with: "content/projects/".utf8), path.utf8.reversed().starts(with: "dm.".utf8) else { return false }
        let parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return parts.count == 5 && parts[3].elementsEqual("status".utf8)
    }

    /// The front matter's YAML and the Markdown body, exactly as `PortfolioLoader` gets them
    /// (byte-order mark dropped, line ends normalised, split at the fences); nil when reading
    /// the file as text logs anything, as then the whole file must count as data.
    public static func split(_ bytes: [UInt8], path: String) -> (frontMatter: String, body: String)? {
        var log = DiagnosticLog()
        guard let raw = SourceText.decode(bytes, path: path, log: &log), log.items.isEmpty,
              case .success(let split) = FrontMatter.split(SourceText.normalizingLineEnds(raw)) else { return nil }
        return (split.yaml, split.body)
    }
}
