/// Computes the `href` from one page to another (SPEC §2.1 `base_url`).
///
/// With an empty base URL every link is relative and names `index.html`, so the site works
/// from `file://` and under any sub-path: from `projects/a/` to `programs/b/` is
/// `../../programs/b/index.html`. With a base URL, links are absolute pretty URLs:
/// `https://pmo.example/programs/b/`.
public struct Linker: Sendable {
    public let baseURL: String
    /// The page the links are written on.
    public let from: Route
    /// Relative links as `LinkTokens`, resolved later for each page that shows them.
    let symbolic: Bool
    /// The folder of `from`, split once: every link on a page starts from it.
    private let here: [String]

    public init(baseURL: String, from: Route) {
        self.init(baseURL: baseURL, from: from, symbolic: false)
    }

    init(baseURL: String, from: Route, symbolic: Bool) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.from = from
        self.symbolic = symbolic
        here = from.folder ?? []
    }

    public var isRelative: Bool { baseURL.isEmpty }

    /// What a link to a top-level page (a folder of at most one name: a section's index,
    /// the stylesheet, the feed, the data) depends on besides the target: the base URL, whether
    /// links are symbolic, how deep this page is, and the first folder it is in (the one such a
    /// target can share with it). Pages with the same key get the same links to those targets.
    struct TopLevelKey: Hashable, Sendable {
        let baseURL: String
        let symbolic: Bool
        let depth: Int
        let first: String
    }

    var topLevelKey: TopLevelKey { TopLevelKey(baseURL: baseURL, symbolic: symbolic, depth: here.count, first: here.first ?? "") }

    /// The link to `route`, with an optional `#fragment`; nil when the route has no safe path.
    public func href(to route: Route, fragment: String? = nil) -> String? {
        guard let target = route.folder else { return nil }
        let suffix = fragment.map { "#" + $0 } ?? ""
        let file = route.fileName
        if !isRelative {
            let path = target.map { $0 + "/" }.joined()
            return baseURL + "/" + path + (route.isPage ? "" : file) + suffix
        }
        if symbolic { return LinkTokens.token(folder: target, file: file, suffix: suffix) }
        var common = 0
        while common < here.count, common < target.count, here[common] == target[common] { common += 1 }
        // `../` for each folder left, then each folder entered, then the file, as bytes made a
        // String once (each `+=` on a String was a few hundred instructions).
        var link: [UInt8] = []
        link.reserveCapacity(3 * (here.count - common) + target[common...].reduce(0) { $0 + $1.utf8.count + 1 } + file.utf8.count + suffix.utf8.count)
        for _ in common..<here.count { link.append(0x2E); link.append(0x2E); link.append(0x2F) }
        for segment in target[common...] { link.append(contentsOf: segment.utf8); link.append(0x2F) }
        link.append(contentsOf: file.utf8)
        link.append(contentsOf: suffix.utf8)
        return String(decoding: link, as: UTF8.self)
    }
}
