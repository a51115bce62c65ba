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
        var text = group(String(whole), separator: grouping)
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: places - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return n < 0 ? "-" + text : text
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
