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

    /// `split`'s two parts as byte ranges of `bytes`, for a file that reading as text changes
    /// nothing in and logs nothing about: printable ASCII, tabs and line feeds only (no
    /// byte-order mark, no carriage return, nothing to check as UTF-8). Nil for any other file,
    /// or when `split` would be nil: `split` then says. (Made Strings and checked again, the
    /// parts of every status report were half a per cent of a build, hashed for the cache.)
    public static func asciiRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> (frontMatter: Range<Int>, body: Range<Int>)? {
        guard ByteScan.firstNotText(in: bytes, from: 0) == nil, ByteScan.firstIndex(of: 0x0D, in: bytes) == nil,
              case .success(let at) = FrontMatter.ranges(in: bytes) else { return nil }
        return (at.yaml, at.body)
    }
}
