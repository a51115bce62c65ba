#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Site

/// A page turned into a board-pack section (`PrintAssembly.section`), worked by hand: the
/// `<main>` content only, the breadcrumbs gone, headings one level down (h6 stays h6), every id
/// and reference to one prefixed — each name of `aria-labelledby`, single spaces between them —
/// and an attribute whose value never ends left as it is.
@Suite struct PrintAssemblyTests {
    @Test func aSectionFromAPage() {
        let page = """
        <html><body><header><h1 id="top">Site</h1></header><main id="main" class="wrap">\
        <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="../">Dashboard</a></nav>\
        <h1 id="title">Project</h1><section aria-labelledby="a  b"><h2 id="a">A</h2><H6>deep</H6>\
        <hr><header>x</header><a href="#a">to A</a> <a href="../x/">away</a>\
        <svg><rect fill="url(#g)"/></svg><p aria-describedby="n">t</p></h2 ></section>\
        <p>end url(#never</p></main><footer id="f"></footer></body></html>
        """
        let expected = """
        <h2 id="p-title">Project</h2><section aria-labelledby="p-a p-b"><h3 id="p-a">A</h3><h6>deep</h6>\
        <hr><header>x</header><a href="#p-a">to A</a> <a href="../x/">away</a>\
        <svg><rect fill="url(#p-g)"/></svg><p aria-describedby="p-n">t</p></h3 ></section>\
        <p>end url(#never</p>
        """
        #expect(PrintAssembly.section(fromPage: page, idPrefix: "p-") == expected)
    }

    @Test func noMainNoSection() {
        #expect(PrintAssembly.section(fromPage: "<html><body><p id=\"x\">x</p></body></html>", idPrefix: "p-") == "")
    }

    @Test func prefixingAloneLeavesHeadings() {
        #expect(PrintAssembly.prefixIDs("<h2 id=\"a\">A</h2><a href=\"#a\">", with: "q-") == "<h2 id=\"q-a\">A</h2><a href=\"#q-a\">")
    }
}

/// The rewriting as written before 2026-11-28 (it stopped at every space and at every `a`, `h`
/// and `u`), kept as the oracle for the one that stops at `<`, `=` and `(` only.
private struct OracleIDRewriter {
    let prefix: [UInt8]
    var demoting = true
    /// Kinds of attribute whose value was found unterminated, one bit each.
    private var exhausted: UInt8 = 0

    init(prefix: [UInt8], demoting: Bool = true) {
        self.prefix = prefix
        self.demoting = demoting
    }

    /// The attributes, their value's end, and whether each space-separated name is prefixed.
    /// One kind of attribute: its text up to the value, the byte ending the value, and whether
    /// the value is a list of names. `StaticString`s: reading one costs no reference count.
    private struct Marker {
        let start: StaticString
        let end: UInt8
        let list: Bool
        var count: Int { start.utf8CodeUnitCount }
    }

    private static let markers: [Marker] = [
        Marker(start: " id=\"", end: UInt8(ascii: "\""), list: false),
        Marker(start: "aria-labelledby=\"", end: UInt8(ascii: "\""), list: true),
        Marker(start: "aria-describedby=\"", end: UInt8(ascii: "\""), list: true),
        Marker(start: "href=\"#", end: UInt8(ascii: "\""), list: false),
        Marker(start: "url(#", end: UInt8(ascii: ")"), list: false),
    ]

    mutating func rewrite(_ page: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into out: inout [UInt8]) {
        var i = start
        var copied = start  // bytes before this are in `out`
        func flush(_ upTo: Int) {
            if upTo > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied..<upTo])) }
            copied = upTo
        }
        while i < end {
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
            guard let (kind, marker) = marker(page, at: i, end: end) else { i += 1; continue }
            let valueStart = i + marker.count
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

    /// The attribute starting at `i`, unless its kind is exhausted.
    private func marker(_ page: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Int, Marker)? {
        let kinds: ClosedRange<Int>
        switch page[i] {
        case 0x20: kinds = 0...0
        case UInt8(ascii: "a"): kinds = 1...2
        case UInt8(ascii: "h"): kinds = 3...3
        case UInt8(ascii: "u"): kinds = 4...4
        default: return nil
        }
        for kind in kinds where exhausted & (1 << kind) == 0 {
            let marker = Self.markers[kind]
            guard end - i >= marker.count, page[i + 1] == marker.start.utf8Start[1],
                  memcmp(page.baseAddress! + i, marker.start.utf8Start, marker.count) == 0 else { continue }
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


/// On 3,000 seeded fragments of markers, near-markers, quotes, parentheses, headings and text,
/// a board-pack section and a prefixing give what the oracle gives.
@Suite struct IDRewriterOracleTests {
    @Test func sameAsTheOracle() {
        let pieces = [" id=\"", "id=\"", "xid=\"", " id=", "aria-labelledby=\"", "aria-describedby=\"", "aria-labelledby=",
                      "href=\"#", "href=\"", "href=", "url(#", "url(", "rl(#", "\"", ")", "=", "(", "#", " ", "  ", "a", "b c",
                      "<h2>", "</h3 >", "<H6>", "<h7>", "<h1 ", "<", "h", "u", "d", "y", "f", "l", ">", "é", "<p>", "</p>"]
        var state: UInt64 = 7
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let open = "<main id=\"main\" class=\"wrap\">"
        for _ in 0..<3000 {
            var body = ""
            for _ in 0..<Int(next() % 24) { body += pieces[Int(next() % UInt64(pieces.count))] }
            let bytes = Array(body.utf8)
            var oracle = OracleIDRewriter(prefix: Array("p-".utf8))
            var expected: [UInt8] = []
            bytes.withUnsafeBufferPointer { oracle.rewrite($0, from: 0, to: $0.count, into: &expected) }
            #expect(PrintAssembly.section(fromPage: open + body + "</main>", idPrefix: "p-") == String(decoding: expected, as: UTF8.self), "\(body)")
            var plain = OracleIDRewriter(prefix: Array("q-".utf8), demoting: false)
            var prefixed: [UInt8] = []
            bytes.withUnsafeBufferPointer { plain.rewrite($0, from: 0, to: $0.count, into: &prefixed) }
            #expect(PrintAssembly.prefixIDs(body, with: "q-") == String(decoding: prefixed, as: UTF8.self), "\(body)")
        }
    }
}
