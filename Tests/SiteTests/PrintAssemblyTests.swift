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

/// The board-pack rule written plainly, as a reference for `PrintAssembly`'s one-pass rewriter:
/// walk the bytes; at `<hN` or `</hN` (h or H, N 1–6, then `>` or a space) write the level one
/// lower (at most 6); where a whole marker starts, prefix its value (each space-separated name
/// of a list, joined by single spaces), unless the value never ends, which leaves it and every
/// later marker of that kind as they are; copy everything else.
private func referenceRewrite(_ page: [UInt8], prefix: [UInt8], demoting: Bool) -> [UInt8] {
    let markers: [(text: [UInt8], end: UInt8, list: Bool)] = [
        (Array(" id=\"".utf8), 0x22, false), (Array("aria-labelledby=\"".utf8), 0x22, true),
        (Array("aria-describedby=\"".utf8), 0x22, true), (Array("href=\"#".utf8), 0x22, false), (Array("url(#".utf8), 0x29, false),
    ]
    var exhausted = Set<Int>()
    var out: [UInt8] = []
    var i = 0
    scan: while i < page.count {
        if demoting, page[i] == 0x3C {
            let tag = i + (i + 1 < page.count && page[i + 1] == 0x2F ? 2 : 1)
            if tag + 2 < page.count, page[tag] == 0x68 || page[tag] == 0x48, (0x31...0x36).contains(page[tag + 1]),
               page[tag + 2] == 0x3E || page[tag + 2] == 0x20 {
                out += page[i..<tag] + [0x68, min(0x36, page[tag + 1] + 1)]
                i = tag + 2
                continue
            }
        }
        for (kind, marker) in markers.enumerated() where !exhausted.contains(kind) && page[i...].starts(with: marker.text) {
            let valueStart = i + marker.text.count
            guard let valueEnd = page[valueStart...].firstIndex(of: marker.end) else {
                exhausted.insert(kind)
                out += page[i..<valueStart]
                i = valueStart
                continue scan
            }
            let value = page[valueStart..<valueEnd]
            let names = marker.list ? value.split(separator: 0x20).map(Array.init) : [Array(value)]
            out += marker.text + Array(names.map { prefix + $0 }.joined(separator: [0x20])) + [marker.end]
            i = valueEnd + 1
            continue scan
        }
        out.append(page[i])
        i += 1
    }
    return out
}

/// On 3,000 seeded fragments of markers, near-markers, quotes, parentheses, headings and text,
/// a board-pack section and a prefixing give what the plainly written rule gives.
@Suite struct IDRewriterReferenceTests {
    @Test func sameAsTheReference() {
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
            let expected = referenceRewrite(bytes, prefix: Array("p-".utf8), demoting: true)
            #expect(PrintAssembly.section(fromPage: open + body + "</main>", idPrefix: "p-") == String(decoding: expected, as: UTF8.self), "\(body)")
            let prefixed = referenceRewrite(bytes, prefix: Array("q-".utf8), demoting: false)
            #expect(PrintAssembly.prefixIDs(body, with: "q-") == String(decoding: prefixed, as: UTF8.self), "\(body)")
        }
    }
}

@Suite struct NextStopTests {
    /// The eight-bytes-at-a-time scan stops where a byte-by-byte scan does, from every start, on
    /// text dense with the three stops and their neighbours (`;` `<` `=` `>` are 0x3B–0x3E, `'`
    /// `(` `)` 0x27–0x29, `¼` 0xBC, `½` 0xBD: a stop's byte with the high bit set), on
    /// stretches without any, and at every length below a word.
    @Test func sameAsByteByByte() {
        let alphabet = Array("ab <=>;'()\"#x".utf8) + [0xBC, 0xBD, 0xA8, 0x00, 0xFF]
        var state: UInt64 = 11
        var text: [UInt8] = []
        for k in 0..<4_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            // Every eighth stretch of 40 bytes has no stop at all.
            let quiet = (k / 40) % 8 == 3
            var byte = alphabet[Int(state >> 59) % alphabet.count]
            if quiet && (byte == 0x3C || byte == 0x3D || byte == 0x28) { byte = 0x61 }
            text.append(byte)
        }
        func naive(_ from: Int, _ end: Int) -> Int {
            var i = from
            while i < end && !(text[i] == 0x3C || text[i] == 0x3D || text[i] == 0x28) { i += 1 }
            return i
        }
        var mismatches = 0
        text.withUnsafeBufferPointer { buffer in
            for from in 0..<text.count {
                for end in [text.count, min(text.count, from + 7), min(text.count, from + 13)] where end >= from {
                    if PrintAssembly.nextStop(buffer.baseAddress!, from: from, to: end) != naive(from, end) { mismatches += 1 }
                }
            }
        }
        #expect(mismatches == 0)
        // By hand: the stops in `ab(c=d<e` are at 2, 4 and 6; none in `abcdefghij`.
        let sample = Array("ab(c=d<e".utf8), none = Array("abcdefghij".utf8)
        sample.withUnsafeBufferPointer { b in
            #expect(PrintAssembly.nextStop(b.baseAddress!, from: 0, to: b.count) == 2)
            #expect(PrintAssembly.nextStop(b.baseAddress!, from: 3, to: b.count) == 4)
            #expect(PrintAssembly.nextStop(b.baseAddress!, from: 5, to: b.count) == 6)
        }
        none.withUnsafeBufferPointer { #expect(PrintAssembly.nextStop($0.baseAddress!, from: 0, to: $0.count) == 10) }
    }
}
