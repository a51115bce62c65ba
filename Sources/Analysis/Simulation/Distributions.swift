import Foundation
import Portfolio

/// One project's random stream with the draws the simulation needs: uniform, Bernoulli,
/// standard normal (the ziggurat, `NormalZiggurat`) and gamma (Marsaglia & Tsang, 2000).
public struct RandomStream: Sendable {
    private var generator: Xoshiro256StarStar
    /// The ziggurat's table, held by the stream: read through the global in every normal draw,
    /// it cost a `swift_once` check each time (6 % of a project's drawing).
    private let ziggurat: NormalZiggurat.Table

    public init(seed: UInt64, stream: String) {
        generator = Xoshiro256StarStar(seed: seed, stream: stream)
        ziggurat = NormalZiggurat.table
    }

    @inline(__always)
    public mutating func uniform() -> Double { generator.uniform() }

    /// True with probability `p`.
    @inline(__always)
    public mutating func bernoulli(_ p: Double) -> Bool { generator.uniform() < p }

    /// `bernoulli(p)` for `threshold = bernoulliThreshold(p)`: the same word drawn and the same
    /// answer, compared as integers (no conversion to a double and back for each of a trial's
    /// risks).
    @inline(__always)
    mutating func bernoulli(threshold: UInt64) -> Bool { generator.next() >> 11 < threshold }

    /// `uniform()` is fl(k + ½)·2⁻⁵³ for the word's top 53 bits k: k + ½ exactly below 2⁵²,
    /// and from 2⁵² on k + ½ rounded to even — k when k is even, k + 1 when it is odd. With
    /// P = p·2⁵³ (exact: a power of two), `uniform() < p` is then, for an integer k:
    /// below 2⁵², k + ½ < P, i.e. k < ⌈P − ½⌉ (P − ½ is exact there: ½ is a multiple of P's
    /// unit); from 2⁵² to 2⁵³, where P is an integer, k < P for an odd P and k < P − 1 for an
    /// even one above 2⁵² (k = P − 1 is odd then and counts as P); above 2⁵³, every k.
    static func bernoulliThreshold(_ p: Double) -> UInt64 {
        guard p > 0 else { return 0 }  // also NaN: never true, as `uniform() < p` is not
        let scaled = p * 0x1p53
        if scaled > 0x1p53 { return 1 << 53 }
        if scaled >= 0x1p52 {
            let whole = UInt64(scaled)
            // k = P − 1 rounds up only from 2⁵² on: at P = 2⁵² it is below, and exact.
            return whole & 1 == 1 || whole == 1 << 52 ? whole : whole - 1
        }
        return UInt64(max(0, (scaled - 0.5).rounded(.up)))
    }

    /// A standard normal by the ziggurat: one 64-bit word per draw but for 1.2 % of them.
    @inline(__always)
    public mutating func normal() -> Double {
        let table = ziggurat
        while true {
            let word = generator.next()
            let layer = Int(word & 0xFF)
            // The top 53 bits as a signed uniform in [−1, 1); the low 8 bits chose the layer.
            let u = Double(Int64(bitPattern: word) >> 11) * 0x1p-52
            if abs(u) < table.ratio[layer] { return u * table.x[layer] }
            // The generator goes in and out by value: passed `inout`, its state would live in
            // memory for the whole trial loop, every step of every draw a load and a store.
            let (value, next) = Self.normalBeyondRectangle(layer: layer, u: u, table, generator)
            generator = next
            if let value { return value }
        }
    }

    /// The 1.2 % of normal draws outside the layer's rectangle: the base layer's tail
    /// (Marsaglia, 1964), or a layer's wedge, accepted under the density.
    @inline(never)
    private static func normalBeyondRectangle(layer: Int, u: Double, _ table: NormalZiggurat.Table,
                                              _ state: Xoshiro256StarStar) -> (Double?, Xoshiro256StarStar) {
        var generator = state
        let r = NormalZiggurat.r
        if layer == 0 {
            var x: Double, y: Double
            repeat {
                x = -log(generator.uniform()) / r
                y = -log(generator.uniform())
            } while y + y < x * x
            return (u < 0 ? -(r + x) : r + x, generator)
        }
        let x = u * table.x[layer]
        let outer = table.x[layer], inner = table.x[layer + 1]
        let f0 = exp(-0.5 * (outer * outer - x * x)), f1 = exp(-0.5 * (inner * inner - x * x))
        return (f1 + generator.uniform() * (f0 - f1) < 1 ? x : nil, generator)
    }

    /// One candidate of Marsaglia & Tsang's method: x² of the normal draw x, v = (1 + cx)³
    /// (x drawn again while 1 + cx ≤ 0), and the uniform u the candidate is tested with.
    @inline(__always)
    mutating func gammaCandidate(_ g: GammaConstants) -> (x2: Double, v: Double, u: Double) {
        var x: Double, v: Double
        repeat {
            x = normal()
            v = 1 + g.c * x
        } while v <= 0
        return (x * x, v * v * v, generator.uniform())
    }

    /// Gamma(shape, 1) by Marsaglia & Tsang's squeeze-and-reject method, with precomputed
    /// `d = shape − 1/3` and `c = 1/√(9d)`, for shape ≥ 1 (every PERT shape is).
    ///
    /// The method accepts when `u < 1 − 0.0331x⁴` or, failing that (8 % of draws), when
    /// `log(u) < b` with `b = x²/2 + d(1 − v + log v)`. That second test is decided here without
    /// `log(u)` when bounds on it settle it: with w = 1 − u, log u = −(w + w²/2 + w³/3 + …), so
    /// `−w − w²/2 − w³/3` is above it and, for w < ½, that less `w⁴/(3(1 − w))` below it (the
    /// rest of the series is at most w⁴/4 · 1/(1 − w)). Only when `b` lies within 10⁻⁹ of the
    /// bounds — far more than the rounding of any of these sums, or of `log(u)` and `b`
    /// themselves, whose terms stay below a few hundred — is `log(u)` taken: the same decision,
    /// and so the same draws, as always computing it (tested against that, and the sites' bytes
    /// are unchanged). It settles nearly every such draw: `log` was 2.6 % of a build's time.
    @inline(__always)
    mutating func gamma(_ g: GammaConstants) -> Double {
        while true {
            let (x2, v, u) = gammaCandidate(g)
            if u < 1 - 0.0331 * x2 * x2 { return g.d * v }
            let b = 0.5 * x2 + g.d * (1 - v + log(v))
            let w = 1 - u, w2 = w * w
            let above = -w - 0.5 * w2 - w2 * w / 3
            if above < b - 1e-9 { return g.d * v }
            if w < 0.5 && above - w2 * w2 / (3 * (1 - w)) > b + 1e-9 { continue }
            if log(u) < b { return g.d * v }
        }
    }
}

/// The standard normal's ziggurat (Marsaglia & Tsang, 2000) in Doornik's form (2005): 256
/// layers of equal area `v` under the density f(x) = exp(−x²/2), the base layer's edge at `r`
/// with the tail beyond it. x[0] = v/f(r), x[1] = r, x[i] = √(−2 log(v/x[i−1] + f(x[i−1]))),
/// x[256] = 0; layer i is accepted at once when |u| < x[i+1]/x[i].
enum NormalZiggurat {
    static let r = 3.6541528853610088
    static let v = 0.00492867323399

    struct Table: @unchecked Sendable {
        /// x[0...256].
        let x: UnsafePointer<Double>
        /// x[i+1]/x[i], i in 0..<256.
        let ratio: UnsafePointer<Double>
    }

    /// Built once and kept for the life of the process.
    static let table: Table = {
        let layers = 256
        let x = UnsafeMutablePointer<Double>.allocate(capacity: layers + 1)
        let ratio = UnsafeMutablePointer<Double>.allocate(capacity: layers)
        x[0] = v / exp(-0.5 * r * r)
        x[1] = r
        for i in 2..<layers { x[i] = (-2 * log(v / x[i - 1] + exp(-0.5 * x[i - 1] * x[i - 1]))).squareRoot() }
        x[layers] = 0
        for i in 0..<layers { ratio[i] = x[i + 1] / x[i] }
        return Table(x: x, ratio: ratio)
    }()
}

/// Marsaglia–Tsang constants of one gamma shape ≥ 1. (PERT's α and β are 1 + 4·share of
/// the range, so never below 1: the method's boost for shapes below 1 is not needed.)
struct GammaConstants: Sendable, Hashable {
    let d: Double
    let c: Double

    init(shape: Double) {
        // Only an unordered triple (m < a or m > b, a content error Ingest reports) gives a
        // shape below 1; it is drawn as shape 1, never with an undefined `c`.
        d = max(1, shape) - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
    }
}

/// A (min, most likely, max) estimate as a distribution (SPEC §3.9): PERT or triangular.
///
/// PERT(a, m, b) is Beta(α, β) scaled to [a, b], `α = 1 + 4(m − a)/(b − a)`,
/// `β = 1 + 4(b − m)/(b − a)`, drawn as X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β). Triangular
/// is drawn by its inverse CDF. When a = b the distribution is the constant a and draws nothing.
public struct ThreePointDistribution: Sendable, Hashable {
    public let kind: DistributionKind
    public let low: Double
    public let likely: Double
    public let high: Double
    /// The constants its draws use, in the form the trial loop reads (`Trials`).
    let sampler: Sampler

    public init(_ triple: Triple, kind: DistributionKind) {
        self.kind = kind
        low = triple.low; likely = triple.likely; high = triple.high
        let width = high - low
        // Width 0 (a = b) is the constant a; its gamma constants are never used.
        let pert = kind == .pert && width > 0
        sampler = Sampler(low: low, width: width,
                          alpha: GammaConstants(shape: pert ? 1 + 4 * (likely - low) / width : 1),
                          beta: GammaConstants(shape: pert ? 1 + 4 * (high - likely) / width : 1),
                          likely: likely, high: high, modeShare: width > 0 ? (likely - low) / width : 0)
    }

    /// True when every draw is the same value (a = b).
    public var isConstant: Bool { !(high > low) }

    /// PERT (a + 4m + b)/6; triangular (a + m + b)/3 (SPEC §3.9, exposure).
    public var mean: Double {
        isConstant ? low : kind == .pert ? (low + 4 * likely + high) / 6 : (low + likely + high) / 3
    }

    /// One draw: the trial loop's own (`PERTDraw`, `TriangularDraw`), so the two can never differ.
    @inline(__always)
    public func sample(_ random: inout RandomStream) -> Double {
        switch kind {
        case .pert: return PERTDraw.sample(sampler, &random)
        case .triangular: return TriangularDraw.sample(sampler, &random)
        }
    }

    /// The inverse CDF of the triangular distribution on [a, b] with mode m, at `u` in [0, 1].
    public static func triangularQuantile(_ u: Double, low a: Double, likely m: Double, high b: Double,
                                          modeShare: Double? = nil) -> Double {
        let share = modeShare ?? (b > a ? (m - a) / (b - a) : 0)
        if u < share { return a + (u * (b - a) * (m - a)).squareRoot() }
        return b - ((1 - u) * (b - a) * (b - m)).squareRoot()
    }
}
