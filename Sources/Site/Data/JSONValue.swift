/// A JSON document with keys in a fixed order, written deterministically: two-space
/// indentation, LF, UTF-8, numbers in their shortest form (SPEC §3 "Rounding", §4.1).
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// The document as text, ending in a line feed. Written as UTF-8 bytes and made a String
    /// once (appending each piece and each character of every string to a String was a
    /// hundredth of a build).
    public func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int) {
        func indentation(_ level: Int) { out.append(contentsOf: repeatElement(0x20, count: 2 * level)) }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let x): out.append(contentsOf: JSONValue.format(x).utf8)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                indentation(indent + 1)
                item.write(into: &out, indent: indent + 1)
                out.append(contentsOf: (i + 1 < items.count ? ",\n" : "\n").utf8)
            }
            indentation(indent)
            out.append(0x5D)  // ]
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (i, (key, value)) in members.enumerated() {
                indentation(indent + 1)
                JSONValue.quote(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, indent: indent + 1)
                out.append(contentsOf: (i + 1 < members.count ? ",\n" : "\n").utf8)
            }
            indentation(indent)
            out.append(0x7D)  // }
        }
    }

    /// Shortest decimal form: `112500`, `0.8889`, `-12.5`; never an exponent, never `-0`.
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == 0 { return "0" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        var text = "\(x)"
        if text.contains("e") {
            // Outside the range where Swift prints plain decimals: fall back to fixed digits.
            text = fixed(x, decimals: 6)
        }
        return text
    }

    /// `x` with exactly `decimals` digits after the point, trailing zeros removed.
    static func fixed(_ x: Double, decimals: Int) -> String {
        let scale = (0..<decimals).reduce(1.0) { acc, _ in acc * 10 }
        let scaled = (abs(x) * scale).rounded()
        let whole = Int64(scaled / scale)
        var fraction = String(Int64(scaled - Double(whole) * scale))
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (x < 0 ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// `s` as a JSON string: `"` and `\` escaped, line feed, carriage return and tab as `\n`,
    /// `\r` and `\t`, other control characters as `\u00xx`; everything else as its UTF-8
    /// bytes (every byte that needs escaping is ASCII, never part of a longer sequence).
    private static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        for byte in s.utf8 {
            switch byte {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case ..<0x20:
                let low = byte & 0xF
                out.append(0x5C); out.append(0x75); out.append(0x30); out.append(0x30)  // \u00
                out.append(0x30 + (byte >> 4)); out.append(low < 10 ? 0x30 + low : 0x57 + low)
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
