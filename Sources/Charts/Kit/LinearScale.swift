/// Maps a numeric domain onto a coordinate range, linearly, and proposes "nice" ticks
/// (steps of 1, 2 or 5 × 10^k). Pure: it never measures text or writes SVG.
public struct LinearScale: Sendable, Equatable {
    public let domainLow: Double
    public let domainHigh: Double
    /// Coordinate of `domainLow` (e.g. the bottom of a plot for a y scale).
    public let rangeStart: Double
    /// Coordinate of `domainHigh`.
    public let rangeEnd: Double

    /// Non-finite bounds become 0; a reversed domain is put in order.
    public init(domain: (low: Double, high: Double), range: (start: Double, end: Double)) {
        let a = domain.low.isFinite ? domain.low : 0
        let b = domain.high.isFinite ? domain.high : 0
        domainLow = min(a, b)
        domainHigh = max(a, b)
        rangeStart = range.start
        rangeEnd = range.end
    }

    /// The coordinate of `value`. A single-point domain maps everything to the middle of the range.
    public func map(_ value: Double) -> Double {
        let v = value.isFinite ? value : domainLow
        let span = domainHigh - domainLow
        guard span > 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (v - domainLow) / span * (rangeEnd - rangeStart)
    }

    /// The scale with its domain widened to whole tick steps (and a degenerate domain opened up).
    public func niced(count: Int = 5) -> LinearScale {
        let d = LinearScale.niceDomain(low: domainLow, high: domainHigh, count: count)
        return LinearScale(domain: d, range: (rangeStart, rangeEnd))
    }

    /// Tick values inside the domain, at a nice step for about `count` intervals.
    public func ticks(count: Int = 5) -> [Double] {
        LinearScale.ticks(low: domainLow, high: domainHigh, count: count)
    }

    // MARK: - Nice numbers

    /// A step of 1, 2 or 5 × 10^k as (mantissa, exponent), so tick values are computed exactly.
    public struct Step: Sendable, Equatable {
        public let mantissa: Int
        public let exponent: Int
        public var value: Double { LinearScale.multiple(1, of: self) }
    }

    /// The nice step nearest (in ratio) to `rough`: 1, 2, 5, 10, 20, 50…
    public static func niceStep(_ rough: Double) -> Step {
        guard rough.isFinite, rough > 0 else { return Step(mantissa: 1, exponent: 0) }
        var exponent = 0
        var power = 1.0
        while power * 10 <= rough { power *= 10; exponent += 1 }
        while power > rough { power /= 10; exponent -= 1 }
        let error = rough / power
        if error >= 7.0710678118654755 { return Step(mantissa: 1, exponent: exponent + 1) }
        if error >= 3.1622776601683795 { return Step(mantissa: 5, exponent: exponent) }
        if error >= 1.4142135623730951 { return Step(mantissa: 2, exponent: exponent) }
        return Step(mantissa: 1, exponent: exponent)
    }

    /// `i × step`, computed as an integer times or over a power of ten (so 3 × 0.1 is 0.3).
    static func multiple(_ i: Int, of step: Step) -> Double {
        var power = 1.0
        for _ in 0..<abs(step.exponent) { power *= 10 }
        let m = Double(i * step.mantissa)
        return step.exponent >= 0 ? m * power : m / power
    }

    /// Slack, in steps, for floating-point error (0.7 / 0.1 is 6.999…).
    static let tolerance = 1e-9

    /// Opens a degenerate domain: [0, 0] → [0, 1]; [v, v] → [v − |v|/2, v + |v|/2].
    static func opened(low: Double, high: Double) -> (low: Double, high: Double) {
        guard low.isFinite, high.isFinite else { return (0, 1) }
        if high > low { return (low, high) }
        if low == 0 { return (0, 1) }
        let pad = abs(low) / 2
        return (low - pad, low + pad)
    }

    /// The domain widened outwards to multiples of the nice step.
    public static func niceDomain(low: Double, high: Double, count: Int = 5) -> (low: Double, high: Double) {
        var (lo, hi) = opened(low: low, high: high)
        for _ in 0..<3 {
            let step = niceStep((hi - lo) / Double(max(1, count)))
            let s = step.value
            let newLo = multiple(Int((lo / s + tolerance).rounded(.down)), of: step)
            let newHi = multiple(Int((hi / s - tolerance).rounded(.up)), of: step)
            if newLo == lo && newHi == hi { break }
            lo = newLo; hi = newHi
        }
        return (lo, hi)
    }

    /// Multiples of the nice step for about `count` intervals that lie in [low, high].
    public static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
        guard low.isFinite, high.isFinite else { return [] }
        if high <= low { return [low == 0 ? 0 : low] }
        let step = niceStep((high - low) / Double(max(1, count)))
        let s = step.value
        let first = Int((low / s - tolerance).rounded(.up))
        let last = Int((high / s + tolerance).rounded(.down))
        guard last >= first, last - first <= 1000 else { return [] }
        return (first...last).map { multiple($0, of: step) }.map { $0 == 0 ? 0 : $0 }
    }

    /// The low and high of finite `values`, optionally stretched to include zero; (0, 0) when none.
    public static func extent(_ values: [Double], includeZero: Bool = false) -> (low: Double, high: Double) {
        let finite = values.filter { $0.isFinite }
        var lo = finite.min() ?? 0
        var hi = finite.max() ?? 0
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        return (lo, hi)
    }
}
