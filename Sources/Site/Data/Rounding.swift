import Portfolio

/// The rounding of SPEC §3, half away from zero, used for published data and for every
/// figure shown on a page, so the two never differ.
public enum Rounding {
    /// Money: 2 decimals.
    public static func money(_ m: Money) -> Double { round(m.amount, 2) }
    /// Ratios, probabilities and shares: 4 decimals.
    public static func ratio(_ x: Double) -> Double { round(x, 4) }
    /// Strategic value, FTE and benefit values: 2 decimals.
    public static func value(_ x: Double) -> Double { round(x, 2) }

    public static func round(_ x: Double, _ decimals: Int) -> Double {
        let scale = (0..<decimals).reduce(1.0) { acc, _ in acc * 10 }
        let r = (x * scale).rounded(.toNearestOrAwayFromZero) / scale
        return r == 0 ? 0 : r  // no negative zero
    }
}

extension JSONValue {
    static func money(_ m: Money?) -> JSONValue { m.map { .number(Rounding.money($0)) } ?? .null }
    static func ratio(_ x: Double?) -> JSONValue { x.map { .number(Rounding.ratio($0)) } ?? .null }
    static func value(_ x: Double?) -> JSONValue { x.map { .number(Rounding.value($0)) } ?? .null }
    static func days(_ d: Int?) -> JSONValue { d.map { .number(Double($0)) } ?? .null }
    static func day(_ d: Day?) -> JSONValue { d.map { .string($0.iso) } ?? .null }
    static func text(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
}
