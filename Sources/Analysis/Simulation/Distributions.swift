import Foundation
import Portfolio

/// One project's random stream with the draws the simulation needs: uniform, Bernoulli,
/// standard normal (Marsaglia's polar method, the second value of each pair kept for the next
/// call) and gamma (Marsaglia & Tsang, 2000).
public struct RandomStream: Sendable {
    private var generator: Xoshiro256StarStar
    private var spareNormal: Double?

    public init(seed: UInt64, stream: String) {
        generator = Xoshiro256StarStar(seed: seed, stream: stream)
    }

    @inline(__always)
    public mutating func uniform() -> Double { generator.uniform() }

    /// True with probability `p`.
    @inline(__always)
    public mutating func bernoulli(_ p: Double) -> Bool { generator.uniform() < p }

    public mutating func normal() -> Double {
        if let spare = spareNormal { spareNormal = nil; return spare }
        while true {
            let u = 2 * generator.uniform() - 1, v = 2 * generator.uniform() - 1
            let s = u * u + v * v
            if s < 1, s > 0 {
                let f = (-2 * log(s) / s).squareRoot()
                spareNormal = v * f
                return u * f
            }
        }
    }

    /// Gamma(shape, 1) by Marsaglia & Tsang's squeeze-and-reject method, with precomputed
    /// `d = shape − 1/3` and `c = 1/√(9d)` for shape ≥ 1; shape < 1 draws Gamma(shape + 1) × U^(1/shape).
    @inline(__always)
    mutating func gamma(_ g: GammaConstants) -> Double {
        while true {
            var x: Double, v: Double
            repeat {
                x = normal()
                v = 1 + g.c * x
            } while v <= 0
            v = v * v * v
            let u = generator.uniform()
            let x2 = x * x
            if u < 1 - 0.0331 * x2 * x2 || log(u) < 0.5 * x2 + g.d * (1 - v + log(v)) {
                let value = g.d * v
                return g.boostExponent == 0 ? value : value * pow(generator.uniform(), g.boostExponent)
            }
        }
    }
}

/// Marsaglia–Tsang constants of one gamma shape.
struct GammaConstants: Sendable, Hashable {
    let d: Double
    let c: Double
    /// 1/shape when shape < 1 (the boost), else 0.
    let boostExponent: Double

    init(shape: Double) {
        let s = shape < 1 ? shape + 1 : shape
        d = s - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
        boostExponent = shape < 1 ? 1 / shape : 0
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
    private let alpha: GammaConstants?
    private let beta: GammaConstants?
    /// Triangular: the CDF at the mode, (m − a)/(b − a).
    private let modeShare: Double

    public init(_ triple: Triple, kind: DistributionKind) {
        self.kind = kind
        low = triple.low; likely = triple.likely; high = triple.high
        let width = high - low
        if width > 0 {
            modeShare = (likely - low) / width
            if kind == .pert {
                alpha = GammaConstants(shape: 1 + 4 * (likely - low) / width)
                beta = GammaConstants(shape: 1 + 4 * (high - likely) / width)
            } else {
                alpha = nil; beta = nil
            }
        } else {
            modeShare = 0; alpha = nil; beta = nil
        }
    }

    /// True when every draw is the same value (a = b).
    public var isConstant: Bool { !(high > low) }

    /// PERT (a + 4m + b)/6; triangular (a + m + b)/3 (SPEC §3.9, exposure).
    public var mean: Double {
        isConstant ? low : kind == .pert ? (low + 4 * likely + high) / 6 : (low + likely + high) / 3
    }

    @inline(__always)
    public func sample(_ random: inout RandomStream) -> Double {
        let width = high - low
        guard width > 0 else { return low }
        switch kind {
        case .pert:
            let x = random.gamma(alpha!), y = random.gamma(beta!)
            return low + width * (x / (x + y))
        case .triangular:
            return Self.triangularQuantile(random.uniform(), low: low, likely: likely, high: high, modeShare: modeShare)
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
