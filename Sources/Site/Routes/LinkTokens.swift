/// Links written once and resolved for two pages. The board pack (`print/`) shows the
/// dashboard, programs and projects as their own pages show them, with links as seen from
/// `print/`; rendering each of those pages twice, once per place, was a fifth of a large
/// build. Instead those pages render once with symbolic links — `\u{1}` + the target's path
/// from the site root (and `#fragment`) + `\u{2}` — and each copy resolves them for where it
/// lives, giving exactly the text `Linker` writes from that page.
///
/// Only relative links are symbolic (with a base URL a link is the same from every page).
/// The two control characters never occur in an escaped attribute or in text pmo writes.
enum LinkTokens {
    static let open: UInt8 = 0x01
    static let close: UInt8 = 0x02

    /// The symbolic link to `file` in `folder` (segments from the site root), with `suffix` (`#fragment` or "").
    static func token(folder: [String], file: String, suffix: String) -> String {
        "\u{1}" + (folder + [file]).joined(separator: "/") + suffix + "\u{2}"
    }

    /// `html` with every symbolic link written as `Linker` writes it on the page at `route`.
    static func resolve(_ html: String, from route: Route) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(open) else { return html }
        let here = route.folder ?? []
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == open, let end = bytes[(i + 1)...].firstIndex(of: close) else {
                out.append(bytes[i]); i += 1; continue
            }
            let link = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            out += relative(link, from: here).utf8
            i = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `projects/a/index.html#x` as seen from the folder `here`: the same steps as `Linker.href`.
    static func relative(_ link: String, from here: [String]) -> String {
        let hash = link.firstIndex(of: "#")
        let path = hash.map { String(link[..<$0]) } ?? link
        let suffix = hash.map { String(link[$0...]) } ?? ""
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let file = segments.removeLast()
        var common = 0
        while common < here.count, common < segments.count, here[common] == segments[common] { common += 1 }
        let up = Array(repeating: "..", count: here.count - common)
        return (up + segments[common...] + [file]).joined(separator: "/") + suffix
    }
}
