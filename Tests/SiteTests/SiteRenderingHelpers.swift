import Portfolio
@testable import Site

extension SiteRendering {
    /// The text of a rendered file, or nil when there is no such file.
    func text(_ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
    var paths: [String] { files.map(\.path) }
    var htmlFiles: [OutputFile] { files.filter { $0.path.hasSuffix(".html") } }
}

extension OutputFile {
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Internal links of a page: every `href` and `src` value.
func links(in html: String) -> [String] {
    let pattern = /(?:href|src)="([^"]*)"/
    return html.matches(of: pattern).map { String($0.output.1) }
}

/// Resolves a relative link against the folder of `page` (`projects/a/index.html`);
/// nil when it climbs above the site root.
func resolve(_ link: String, from page: String) -> String? {
    var parts = page.split(separator: "/").map(String.init).dropLast()
    for segment in link.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
        switch segment {
        case "..": guard !parts.isEmpty else { return nil }; parts.removeLast()
        case ".", "": continue
        default: parts.append(segment)
        }
    }
    return parts.joined(separator: "/")
}

/// Counts the occurrences of `needle` in `haystack`.
func occurrences(of needle: String, in haystack: String) -> Int {
    haystack.ranges(of: needle).count
}
