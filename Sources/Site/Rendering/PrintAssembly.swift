#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a rendered page into a section of the board pack (`print/`): its `<main>` content
/// without breadcrumbs, headings one level down (the pack has its own `<h1>`), and every id
/// and reference to one prefixed, so sections never share an id.
///
/// Works on UTF-8 bytes: every marker it looks for is ASCII, and Foundation's `range(of:)`
/// on Linux re-indexed the whole page as UTF-16 for every match (a third of a 1,000-project build).
enum PrintAssembly {
    static func section(fromPage html: String, idPrefix: String) -> String {
        let bytes = Array(html.utf8)
        guard let open = UTF8Text.find("<main id=\"main\" class=\"wrap\">", in: bytes),
              let close = UTF8Text.findLast("</main>", in: bytes) else { return "" }
        let start = open + "<main id=\"main\" class=\"wrap\">".utf8.count
        guard start <= close else { return "" }
        var body = Array(bytes[start..<close])
        if let nav = UTF8Text.find("<nav class=\"breadcrumbs\"", in: body),
           let end = UTF8Text.find("</nav>", in: body, from: nav) {
            body.removeSubrange(nav..<(end + "</nav>".utf8.count))
        }
        return HeadingLevels.demote(prefixIDs(String(decoding: body, as: UTF8.self), with: idPrefix), by: 1)
    }

    /// Prefixes `id`, `aria-labelledby`, `aria-describedby`, `href="#…"` and `url(#…)`.
    static func prefixIDs(_ html: String, with prefix: String) -> String {
        var out = Array(html.utf8)
        out = replace(out, between: " id=\"", and: "\"") { prefix + $0 }
        out = replace(out, between: "aria-labelledby=\"", and: "\"") { $0.split(separator: " ").map { prefix + $0 }.joined(separator: " ") }
        out = replace(out, between: "aria-describedby=\"", and: "\"") { $0.split(separator: " ").map { prefix + $0 }.joined(separator: " ") }
        out = replace(out, between: "href=\"#", and: "\"") { prefix + $0 }
        out = replace(out, between: "url(#", and: ")") { prefix + $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// Rewrites every text found between `start` and the next `end`.
    private static func replace(_ text: [UInt8], between start: String, and end: String, _ transform: (String) -> String) -> [UInt8] {
        let startBytes = Array(start.utf8), endBytes = Array(end.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 1024)
        var rest = 0
        while let s = UTF8Text.find(startBytes, in: text, from: rest) {
            let inner = s + startBytes.count
            out += text[rest..<inner]
            rest = inner
            guard let e = UTF8Text.find(endBytes, in: text, from: inner) else { break }
            out += transform(String(decoding: text[inner..<e], as: UTF8.self)).utf8
            out += endBytes
            rest = e + endBytes.count
        }
        out += text[rest...]
        return out
    }
}

/// Searching UTF-8 bytes for ASCII markers.
enum UTF8Text {
    static func find(_ needle: String, in bytes: [UInt8], from: Int = 0) -> Int? { find(Array(needle.utf8), in: bytes, from: from) }

    /// The first `needle` at or after `from`: `memchr` to each candidate first byte, `memcmp` for the rest.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int = 0) -> Int? {
        guard let first = needle.first, from >= 0, bytes.count - from >= needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pattern in
                guard let base = hay.baseAddress, let rest = pattern.baseAddress else { return nil }
                let last = hay.count - pattern.count  // the last place a match can start
                var i = from
                while i <= last, let hit = memchr(base + i, Int32(first), last - i + 1) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at + 1, rest + 1, pattern.count - 1) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }

    static func findLast(_ needle: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var i = bytes.count - pattern.count
        while i >= 0 {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }
}
