/// One node of an SVG tree: an element, or text that is always escaped when written.
public enum SVGNode: Sendable, Equatable {
    case element(SVGElement)
    case text(String)
}

/// An attribute; its value is escaped when written, whatever it holds. A number is kept as
/// one and written straight into the markup (`SVGNumber.append`), never made a String first:
/// a chart's attributes are mostly coordinates.
public struct SVGAttribute: Sendable, Equatable {
    public let name: String
    let content: SVGValue
    public init(_ name: String, _ value: String) { self.name = name; content = .string(value) }
    init(_ name: String, _ content: SVGValue) { self.name = name; self.content = content }

    /// The value as written (before escaping).
    public var value: String { content.text }

    /// Equal when they write the same: a number equals its text.
    public static func == (a: SVGAttribute, b: SVGAttribute) -> Bool { a.name == b.name && a.value == b.value }

    /// `name="value"`, the value escaped (a number needs none).
    func write<O: ByteOutput>(into out: inout O) { Self.write(name: name, content, into: &out) }

    static func write<O: ByteOutput>(name: String, _ content: SVGValue, into out: inout O) {
        out.put(0x20)
        SVG.appendUTF8(name, to: &out)
        out.put(0x3D); out.put(0x22)  // ="
        switch content {
        case .number(let x): SVGNumber.write(x, to: &out)
        case .string(let text): SVG.appendEscaped(text, to: &out)
        }
        out.put(0x22)
    }
}

/// An attribute value: text, or a number written with `SVGNumber.format`.
public enum SVGValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    case string(String)
    case number(Double)

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }

    /// A number attribute (coordinates, sizes).
    public static func n(_ value: Double) -> SVGValue { .number(value) }
    /// A text attribute (classes, ids, labels).
    public static func s(_ value: String) -> SVGValue { .string(value) }

    var text: String {
        switch self {
        case .string(let s): return s
        case .number(let x): return SVGNumber.format(x)
        }
    }
}

/// Escaping and small helpers shared by every chart.
public enum SVG {
    /// Escapes `&`, `<`, `>`, `"` and `'` — safe in text nodes and double- or single-quoted attributes.
    /// Control characters XML 1.0 forbids are dropped, so the output always parses.
    /// `apostrophe` is what `'` becomes (the feeds write `&apos;`).
    public static func escape(_ text: String, apostrophe: String = "&#39;") -> String {
        // Most labels need nothing: scan the bytes once and hand the text back.
        // A tight loop over the bytes (a native string's are contiguous).
        func special(_ b: UInt8) -> Bool { b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF }
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where special(byte) { return false }
            return true
        } ?? !text.utf8.contains(where: special)
        guard !plain else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8 + 16)
        appendEscaped(text, to: &out, apostrophe: apostrophe)
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 bytes of `text` appended, read where they lie. (`append(contentsOf: text.utf8)`
    /// goes through the generic sequence path: about 170 instructions for a short name, a fiftieth
    /// of a build in the charts' element and attribute names and the templates' values.)
    @inline(__always)
    public static func appendUTF8(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil {
            out.append(contentsOf: text.utf8)
        }
    }

    @inline(__always)
    package static func appendUTF8<O: ByteOutput>(_ text: String, to out: inout O) {
        if text.utf8.withContiguousStorageIfAvailable({ out.put($0) }) == nil {
            var text = text
            text.withUTF8 { out.put($0) }
        }
    }

    /// `depth` spaces.
    static func indent<O: ByteOutput>(_ out: inout O, _ depth: Int) {
        for _ in 0..<depth { out.put(0x20) }
    }

    /// `escape(text, apostrophe:)` appended as UTF-8 bytes, with no String in between: runs of
    /// bytes that need nothing (tabs and line breaks among them) are copied whole.
    package static func appendEscaped<O: ByteOutput>(_ text: String, to out: inout O, apostrophe: String = "&#39;") {
        // A native string's bytes are read where they lie; only another string is copied.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped(utf8: $0, to: &out, apostrophe: apostrophe) }) == nil {
            var text = text
            text.withUTF8 { appendEscaped(utf8: $0, to: &out, apostrophe: apostrophe) }
        }
    }

    private static func appendEscaped<O: ByteOutput>(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout O, apostrophe: String) {
        // Bit b set: byte b (below 64) needs escaping or dropping — C0 controls but tab, line
        // feed and carriage return, and " & ' < >.
        let special: UInt64 = (0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D))
            | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E
        let n = bytes.count
        if n >= 256 {
            appendEscapedLong(bytes, to: &out, apostrophe: apostrophe, special: special)
            return
        }
        var i = 0, clean = 0  // bytes[clean..<i] need nothing and are copied as one run
        while i < n {
            let b = bytes[i]
            guard b < 64 ? (special >> UInt64(b)) & 1 != 0 : b == 0xEF else { i &+= 1; continue }
            if b == 0xEF && !(i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF)) { i &+= 1; continue }
            if clean < i { out.put(UnsafeBufferPointer(rebasing: bytes[clean..<i])) }
            switch b {
            case 0x26: out.put(0x26); out.put(0x61); out.put(0x6D); out.put(0x70); out.put(0x3B)  // &amp;
            case 0x3C: out.put(0x26); out.put(0x6C); out.put(0x74); out.put(0x3B)  // &lt;
            case 0x3E: out.put(0x26); out.put(0x67); out.put(0x74); out.put(0x3B)  // &gt;
            case 0x22: out.put(0x26); out.put(0x71); out.put(0x75); out.put(0x6F); out.put(0x74); out.put(0x3B)  // &quot;
            case 0x27: appendUTF8(apostrophe, to: &out)
            case 0xEF: i += 2  // U+FFFE, U+FFFF: not characters
            default: break  // other control characters: dropped
            }
            i &+= 1
            clean = i
        }
        if clean < n { out.put(UnsafeBufferPointer(rebasing: bytes[clean..<n])) }
    }

    /// The same for a long text full of markup (the feed escapes every narrative's HTML): room
    /// for the longest replacement of every byte is made at once and the bytes are written
    /// through a pointer, eight at a time where none of them needs anything and else one at a
    /// time, then the unused room is cut off. (Copying the runs between special bytes, a few
    /// bytes each in markup, cost an append call per run; byte by byte, the feed's 33 MB were
    /// a hundredth of a build.)
    private static func appendEscapedLong<O: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout O, apostrophe: String,
                                          special: UInt64) {
        var apostrophe = apostrophe
        apostrophe.withUTF8 { apos in
            let n = bytes.count
            // Written into uninitialised room of the most it can take (six bytes a byte), then
            // appended as it came out: zero-filling that room in `out` first, and cutting it
            // back, wrote five times the text for nothing (the feed escapes 33 MB of narratives).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * max(6, apos.count)) { room in
                let p = room.baseAddress!
                let source = UnsafeRawPointer(bytes.baseAddress!)
                var w = 0, i = 0, checked = 0  // bytes before `checked` were looked at eight at a time
                while i < n {
                    // Eight bytes at a time while none of them can need anything: copied as one
                    // word. A word that might goes through the loop below byte by byte.
                    if i >= checked {
                        while i &+ 8 <= n {
                            let word = source.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                            guard !mayNeedEscaping(word) else { break }
                            UnsafeMutableRawPointer(p + w).storeBytes(of: word, as: UInt64.self)
                            i &+= 8; w &+= 8
                        }
                        checked = i &+ 8
                        guard i < n else { break }
                    }
                    let b = bytes[i]
                    if b < 64 ? (special >> UInt64(b)) & 1 == 0 : b != 0xEF { p[w] = b; w &+= 1; i &+= 1; continue }
                    if b == 0xEF && !(i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF)) {
                        p[w] = b; w &+= 1; i &+= 1; continue
                    }
                    switch b {
                    case 0x26: p[w] = 0x26; p[w + 1] = 0x61; p[w + 2] = 0x6D; p[w + 3] = 0x70; p[w + 4] = 0x3B; w &+= 5  // &amp;
                    case 0x3C: p[w] = 0x26; p[w + 1] = 0x6C; p[w + 2] = 0x74; p[w + 3] = 0x3B; w &+= 4  // &lt;
                    case 0x3E: p[w] = 0x26; p[w + 1] = 0x67; p[w + 2] = 0x74; p[w + 3] = 0x3B; w &+= 4  // &gt;
                    case 0x22: for (k, c) in "&quot;".utf8.enumerated() { p[w + k] = c }; w &+= 6
                    case 0x27: for k in 0..<apos.count { p[w + k] = apos[k] }; w &+= apos.count
                    case 0xEF: i &+= 2  // U+FFFE, U+FFFF: not characters
                    default: break  // other control characters: dropped
                    }
                    i &+= 1
                }
                out.put(UnsafeBufferPointer(start: p, count: w))
            }
        }
    }

    /// Whether any of the eight bytes of `word` may need `appendEscapedLong`'s attention: a
    /// control character (tab and line breaks too), `"`, `&`, `'`, `<`, `>` or 0xEF. A byte
    /// `c` is found as a zero byte of `word ^ c…` (`(x − 0x01…) & ~x & 0x80…` flags one:
    /// exact as to whether there is one); `&` and `'` (0x26, 0x27) alike with the lowest bit
    /// set, `<` and `>` (0x3C, 0x3E) with the second.
    @inline(__always)
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs  // a byte below 0x20
        return control | zero(word ^ 0x2222_2222_2222_2222) | zero((word | ones) ^ 0x2727_2727_2727_2727)
            | zero((word | (ones << 1)) ^ 0x3E3E_3E3E_3E3E_3E3E) | zero(word ^ 0xEFEF_EFEF_EFEF_EFEF) != 0
    }

    /// A path `d` attribute through points: `M x y L x y …`.
    public static func pathData(_ points: [ChartPoint], closed: Bool = false) -> String {
        var d: [UInt8] = []
        d.reserveCapacity(points.count * 16)
        for (i, p) in points.enumerated() {
            if i == 0 { d.append(0x4D) } else { d.append(0x20); d.append(0x4C) }  // "M", " L"
            SVGNumber.append(p.x, to: &d)
            d.append(0x20)
            SVGNumber.append(p.y, to: &d)
        }
        if closed && !points.isEmpty { d.append(0x20); d.append(0x5A) }  // " Z"
        return String(decoding: d, as: UTF8.self)
    }

    /// Keeps letters, digits, `-` and `_`, and starts with a letter, so the result is a valid id.
    public static func sanitizedID(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            let v = scalar.value
            let ok = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 45 || v == 95
            out.unicodeScalars.append(ok ? scalar : "-")
        }
        if let first = out.unicodeScalars.first, (65...90).contains(first.value) || (97...122).contains(first.value) {
            return out
        }
        return "c" + out
    }
}

/// A point in the chart's coordinate space (viewBox units).
public struct ChartPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}
