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
    /// The section, in one pass over the page's bytes: the breadcrumbs skipped, headings moved
    /// one level down as `HeadingLevels.demote` does, and the ids prefixed as `prefixIDs` does.
    /// (Five passes and as many copies of each page were 4 % of a 1,000-project build.)
    static func section(fromPage html: String, idPrefix: String) -> String {
        String(decoding: section(fromPage: Array(html.utf8), idPrefix: idPrefix), as: UTF8.self)
    }

    /// The same from and as UTF-8 bytes (a page's, made into text once its links are resolved).
    static func section(fromPage bytes: [UInt8], idPrefix: String) -> [UInt8] {
        guard let open = UTF8Text.find("<main id=\"main\" class=\"wrap\">", in: bytes),
              let close = UTF8Text.findLast("</main>", in: bytes) else { return [] }
        let start = open + "<main id=\"main\" class=\"wrap\">".utf8.count
        guard start <= close else { return [] }
        var skip = close..<close
        if let nav = UTF8Text.find(Array("<nav class=\"breadcrumbs\"".utf8), in: bytes, from: start), nav < close,
           let end = UTF8Text.find(Array("</nav>".utf8), in: bytes, from: nav), end + 6 <= close {
            skip = nav..<(end + 6)
        }
        var rewriter = IDRewriter(prefix: Array(idPrefix.utf8))
        var out: [UInt8] = []
        out.reserveCapacity(close - start + (close - start) / 8)
        bytes.withUnsafeBufferPointer { page in
            rewriter.rewrite(page, from: start, to: skip.lowerBound, into: &out)
            rewriter.rewrite(page, from: skip.upperBound, to: close, into: &out)
        }
        return out
    }

    /// Prefixes `id`, `aria-labelledby`, `aria-describedby`, `href="#…"` and `url(#…)`.
    static func prefixIDs(_ html: String, with prefix: String) -> String {
        var rewriter = IDRewriter(prefix: Array(prefix.utf8), demoting: false)
        var out: [UInt8] = []
        let bytes = Array(html.utf8)
        bytes.withUnsafeBufferPointer { rewriter.rewrite($0, from: 0, to: $0.count, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first `<`, `=` or `(` at or after `i`, or `end`: eight bytes at a time (a byte that is
    /// one of them, or `<` and `=` alike with their lowest bit set, makes a zero byte in `x ^ m`,
    /// which `(x − 0x01…) & ~x & 0x80…` flags; the lowest flag is always a true one). Byte by byte,
    /// the scan was a fiftieth of a 1,000-project build.
    @inline(__always)
    static func nextStop(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = start
        while end - i >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let tagOrEquals = (word | ones) ^ 0x3D3D_3D3D_3D3D_3D3D  // `<` 0x3C, `=` 0x3D
            let parenthesis = word ^ 0x2828_2828_2828_2828  // `(`
            let flags = ((tagOrEquals &- ones) & ~tagOrEquals | (parenthesis &- ones) & ~parenthesis) & highs
            if flags != 0 { return i + flags.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < end {
            let byte = base[i]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "(") { return i }
            i += 1
        }
        return end
    }
}

/// The rewriting of a board-pack section, byte by byte: each attribute that names an id gets
/// the prefix (`aria-labelledby` and `aria-describedby` on each of their names), and, when
/// `demoting`, each `<hN` and `</hN` tag becomes one level lower (at most `h6`).
///
/// The value of an attribute runs to the next `"` (`)` for `url(#`); an attribute whose value
/// never ends is left as it is, and so are later ones of its kind.
private struct IDRewriter {
    let prefix: [UInt8]
    var demoting = true
    /// Kinds of attribute whose value was found unterminated, one bit each.
    private var exhausted: UInt8 = 0

    init(prefix: [UInt8], demoting: Bool = true) {
        self.prefix = prefix
        self.demoting = demoting
    }

    /// One kind of attribute: the text before its `=` or `(` (`" id"`, `"href"`, `"url"`), what
    /// follows it up to the value (`="`, `="#`, `(#`), the byte ending the value, and whether
    /// the value is a list of names. `StaticString`s: reading one costs no reference count.
    private struct Marker {
        let name: StaticString
        let opening: StaticString
        let end: UInt8
        let list: Bool
    }

    private static let markers: [Marker] = [
        Marker(name: " id", opening: "=\"", end: UInt8(ascii: "\""), list: false),
        Marker(name: "aria-labelledby", opening: "=\"", end: UInt8(ascii: "\""), list: true),
        Marker(name: "aria-describedby", opening: "=\"", end: UInt8(ascii: "\""), list: true),
        Marker(name: "href", opening: "=\"#", end: UInt8(ascii: "\""), list: false),
        Marker(name: "url", opening: "(#", end: UInt8(ascii: ")"), list: false),
    ]

    /// Every marker holds a `=` or `(` and no other `=`, `(` or `<`: the scan stops at those three
    /// bytes only and looks back for a marker's name, which finds the markers `find` would
    /// find scanning forward, in the same order. (Stopping at every space and at every `a`, `h`
    /// and `u` of the text was a fortieth of a 1,000-project build.)
    mutating func rewrite(_ page: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into out: inout [UInt8]) {
        var i = start
        var copied = start  // bytes before this are in `out`
        func flush(_ upTo: Int) {
            if upTo > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied..<upTo])) }
            copied = upTo
        }
        while i < end {
            i = PrintAssembly.nextStop(page.baseAddress!, from: i, to: end)
            guard i < end else { break }
            let byte = page[i]
            if byte == UInt8(ascii: "<") {
                if demoting, let tag = headingDigit(page, at: i, end: end) {
                    flush(tag)
                    let level = Int(page[tag + 1] - UInt8(ascii: "1")) + 1
                    out.append(UInt8(ascii: "h"))
                    out.append(UInt8(ascii: "1") + UInt8(min(6, level + 1) - 1))
                    copied = tag + 2
                    i = tag + 2
                } else {
                    i += 1
                }
                continue
            }
            guard let (kind, marker) = marker(page, at: i, start: start, end: end) else { i += 1; continue }
            let valueStart = i + marker.opening.utf8CodeUnitCount
            guard let valueEnd = firstIndex(of: marker.end, in: page, from: valueStart, to: end) else {
                exhausted |= 1 << kind
                i = valueStart
                continue
            }
            flush(valueStart)
            if marker.list {
                var first = true
                var k = valueStart
                while k < valueEnd {
                    while k < valueEnd && page[k] == 0x20 { k += 1 }
                    guard k < valueEnd else { break }
                    var e = k
                    while e < valueEnd && page[e] != 0x20 { e += 1 }
                    if !first { out.append(0x20) }
                    out += prefix
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: page[k..<e]))
                    first = false
                    k = e
                }
            } else {
                out += prefix
                out.append(contentsOf: UnsafeBufferPointer(rebasing: page[valueStart..<valueEnd]))
            }
            out.append(marker.end)
            copied = valueEnd + 1
            i = valueEnd + 1
        }
        flush(end)
    }

    /// The attribute whose `=` or `(` is at `i` (its whole marker between `start` and `end`),
    /// unless its kind is exhausted.
    private func marker(_ page: UnsafeBufferPointer<UInt8>, at i: Int, start: Int, end: Int) -> (Int, Marker)? {
        let kinds: ClosedRange<Int>
        switch page[i - 1 >= start ? i - 1 : i] {
        case UInt8(ascii: "d") where page[i] == UInt8(ascii: "="): kinds = 0...0
        case UInt8(ascii: "y") where page[i] == UInt8(ascii: "="): kinds = 1...2
        case UInt8(ascii: "f") where page[i] == UInt8(ascii: "="): kinds = 3...3
        case UInt8(ascii: "l") where page[i] == UInt8(ascii: "("): kinds = 4...4
        default: return nil
        }
        for kind in kinds where exhausted & (1 << kind) == 0 {
            let marker = Self.markers[kind]
            let name = marker.name.utf8CodeUnitCount, opening = marker.opening.utf8CodeUnitCount
            guard i - name >= start, end - i >= opening,
                  memcmp(page.baseAddress! + i - name, marker.name.utf8Start, name) == 0,
                  memcmp(page.baseAddress! + i, marker.opening.utf8Start, opening) == 0 else { continue }
            return (kind, marker)
        }
        return nil
    }

    /// For `<hN>`, `<hN …>`, `</hN>` (h or H, N 1–6) at `i`: the position of the tag letter.
    private func headingDigit(_ page: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        let tag = i + (i + 1 < end && page[i + 1] == UInt8(ascii: "/") ? 2 : 1)
        guard tag + 2 < end, page[tag] == UInt8(ascii: "h") || page[tag] == UInt8(ascii: "H"),
              (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(page[tag + 1]),
              page[tag + 2] == UInt8(ascii: ">") || page[tag + 2] == 0x20 else { return nil }
        return tag
    }

    private func firstIndex(of byte: UInt8, in page: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int? {
        guard from < end, let hit = memchr(page.baseAddress! + from, Int32(byte), end - from) else { return nil }
        return page.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
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
