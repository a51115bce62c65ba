#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Works on the UTF-8 bytes: pages without a token come back as they are after one `memchr`.
    static func resolve(_ html: String, from route: Route) -> String {
        resolvedBytes(html, from: route).map { String(decoding: $0, as: UTF8.self) } ?? html
    }

    /// The page at `path` with its tokens resolved as seen from `route`: its bytes as they come
    /// (not checked again as text: the page and the links are valid UTF-8 already), or the text
    /// itself when it holds no token.
    static func resolvedFile(_ html: String, path: String, from route: Route) -> OutputFile {
        resolvedBytes(html, from: route).map { OutputFile(path: path, bytes: $0) } ?? OutputFile(path: path, text: html)
    }

    /// `resolve` of UTF-8 bytes, as bytes (already valid text: not checked again).
    static func resolvedBytes(_ html: [UInt8], from route: Route) -> [UInt8] {
        html.withUnsafeBufferPointer { resolvedBytes($0, from: route) } ?? html
    }

    /// The page at `path`, rendered as UTF-8 bytes, with its tokens resolved as seen from `route`.
    static func resolvedFile(bytes html: [UInt8], path: String, from route: Route) -> OutputFile {
        OutputFile(path: path, bytes: html.withUnsafeBufferPointer { resolvedBytes($0, from: route) } ?? html)
    }

    /// The bytes of `html` with every token resolved; nil when it holds none.
    private static func resolvedBytes(_ html: String, from route: Route) -> [UInt8]? {
        var html = html
        return html.withUTF8 { resolvedBytes($0, from: route) }
    }

    private static func resolvedBytes(_ bytes: UnsafeBufferPointer<UInt8>, from route: Route) -> [UInt8]? {
        guard let base = bytes.baseAddress, memchr(base, Int32(open), bytes.count) != nil else { return nil }
        let here = (route.folder ?? []).map { Array($0.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var i = 0
        while i < bytes.count {
            guard let hit = memchr(base + i, Int32(open), bytes.count - i) else { break }
            let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard let stop = memchr(base + start + 1, Int32(close), bytes.count - start - 1) else { break }
            let end = base.distance(to: stop.assumingMemoryBound(to: UInt8.self))
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<start]))
            appendRelative(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), from: here, into: &out)
            i = end + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i...]))
        return out
    }

    /// Appends `link` (a path from the site root, maybe with `#fragment`) as seen from the folder
    /// `here`: `..` for each folder of `here` past the folders both share, then the rest of the
    /// link — the same text `Linker.href` writes from there.
    static func appendRelative(_ link: UnsafeBufferPointer<UInt8>, from here: [[UInt8]], into out: inout [UInt8]) {
        let slash = UInt8(ascii: "/")
        let pathEnd = link.firstIndex(of: UInt8(ascii: "#")) ?? link.count
        // Folders of the link are the segments before its last slash; match them one by one.
        var common = 0, restStart = 0
        while common < here.count {
            guard let segmentEnd = link[restStart..<pathEnd].firstIndex(of: slash),
                  link[restStart..<segmentEnd].elementsEqual(here[common]) else { break }
            common += 1
            restStart = segmentEnd + 1
        }
        for _ in common..<here.count { out.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "."), slash]) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: link[restStart...]))
    }
}
