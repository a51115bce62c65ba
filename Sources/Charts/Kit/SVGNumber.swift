/// Deterministic number text for SVG and labels: fixed decimals, rounded half away from zero,
/// trailing zeros trimmed, no locale, no exponent, never `-0`, and `0` for NaN or infinity.
public enum SVGNumber {
    /// `format(1.5) == "1.5"`, `format(2.0) == "2"`, `format(-0.001) == "0"`, `format(1e-7) == "0"`.
    public static func format(_ value: Double, decimals: Int = 2, grouping: String? = nil) -> String {
        guard value.isFinite else { return "0" }
        let places = max(0, min(decimals, 6))
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let limit = 9.0e15
        var scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
        if scaled > limit { scaled = limit }
        if scaled < -limit { scaled = -limit }
        let n = Int(scaled)
        if n == 0 { return "0" }
        let magnitude = n.magnitude
        let whole = magnitude / UInt(scale)
        let fraction = magnitude % UInt(scale)
        if let grouping, whole >= 1000 {
            var text = group(String(whole), separator: grouping)
            if fraction != 0 { text += "." + fractionDigits(fraction, places: places) }
            return n < 0 ? "-" + text : text
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            let start = digits(n: n, whole: whole, fraction: fraction, places: places, into: buffer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<32]), as: UTF8.self)
        }
    }

    /// `format(value)` (two decimals, no grouping) appended to `out` as UTF-8 bytes, without
    /// making a String: how an SVG attribute's number is written.
    public static func append(_ value: Double, to out: inout [UInt8]) {
        write(value, to: &out)
    }

    /// The same into any `ByteOutput` (the SVG writer's `ByteSink`).
    static func write<O: ByteOutput>(_ value: Double, to out: inout O) {
        guard value.isFinite else { out.put(0x30); return }
        var scaled = (value * 100).rounded(.toNearestOrAwayFromZero)
        if scaled > 9.0e15 { scaled = 9.0e15 }
        if scaled < -9.0e15 { scaled = -9.0e15 }
        let n = Int(scaled)
        if n == 0 { out.put(0x30); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            let start = digits(n: n, whole: n.magnitude / 100, fraction: n.magnitude % 100, places: 2, into: buffer)
            out.put(UnsafeBufferPointer(rebasing: buffer[start..<32]))
        }
    }

    /// Sign, whole digits, point and fraction (trailing zeros trimmed) written right to left
    /// into the 32 bytes of `buffer` (at most 1 + 16 + 1 + 6): where they start.
    private static func digits(n: Int, whole: UInt, fraction: UInt, places: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = 32
        var places = places, fraction = fraction
        while places > 0 && fraction % 10 == 0 { fraction /= 10; places -= 1 }  // trailing zeros
        if places > 0 {
            for _ in 0..<places { i -= 1; buffer[i] = 0x30 + UInt8(fraction % 10); fraction /= 10 }
            i -= 1; buffer[i] = 0x2E  // .
        }
        var w = whole
        repeat { i -= 1; buffer[i] = 0x30 + UInt8(w % 10); w /= 10 } while w > 0
        if n < 0 { i -= 1; buffer[i] = 0x2D }  // -
        return i
    }

    /// The digits after the point: `places` of them, trailing zeros dropped.
    private static func fractionDigits(_ fraction: UInt, places: Int) -> String {
        var digits = String(fraction)
        digits = String(repeating: "0", count: places - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits
    }

    private static func group(_ digits: String, separator: String?) -> String {
        guard let separator, digits.count > 3 else { return digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return out
    }
}
