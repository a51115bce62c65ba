import Foundation
import Testing
@testable import Analysis

/// The standard normal draws of the simulation (the ziggurat of `NormalZiggurat`) against the
/// normal distribution itself: its table against the rule that defines it, and the draws'
/// CDF against Φ(z) = erfc(−z/√2)/2 from the C library, which shares no code with the sampler.
///
/// Tolerances as in `SimulationTests`: a share p estimated from N draws has standard error
/// √(p(1 − p)/N); each check allows 5 SE.
@Suite struct NormalZigguratTests {
    static func phi(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }
    static func density(_ x: Double) -> Double { exp(-0.5 * x * x) }

    @Test func everyLayerHasTheSameArea() {
        // Layer i ≥ 1 is the rectangle of width x[i] between the density at x[i] and at x[i+1];
        // the base layer (i = 0) is the rectangle of width r up to f(r) plus the tail beyond r,
        // written as x[0]·f(r). Each is v, to rounding.
        let t = NormalZiggurat.table, v = NormalZiggurat.v, r = NormalZiggurat.r
        #expect(t.x[1] == r)
        #expect(abs(t.x[0] * Self.density(r) - v) < 1e-15)
        for i in 1..<256 {
            let area = t.x[i] * (Self.density(t.x[i + 1]) - Self.density(t.x[i]))
            #expect(abs(area - v) / v < 1e-6, "layer \(i)")
            #expect(t.x[i + 1] < t.x[i])
        }
        #expect(t.x[256] == 0)
        // The tail area the base layer stands for: ∫_r^∞ f = √(π/2)·erfc(r/√2) = x[0]·f(r) − r·f(r).
        let tail = (Double.pi / 2).squareRoot() * erfc(r / 2.0.squareRoot())
        #expect(abs(tail - (t.x[0] - r) * Self.density(r)) / tail < 1e-6)
    }

    @Test func drawsFollowTheNormalCDF() {
        var random = RandomStream(seed: 11, stream: "normal")
        let n = 1_000_000
        let points: [Double] = [-3.9, -3, -2.5, -2, -1.5, -1, -0.5, -0.1, 0, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 3.9]
        var below = [Int](repeating: 0, count: points.count)
        var beyondR = 0, sum = 0.0, squares = 0.0
        for _ in 0..<n {
            let z = random.normal()
            sum += z; squares += z * z
            if abs(z) > NormalZiggurat.r { beyondR += 1 }
            for (k, p) in points.enumerated() where z <= p { below[k] += 1 }
        }
        for (k, p) in points.enumerated() {
            let expected = Self.phi(p), se = (expected * (1 - expected) / Double(n)).squareRoot()
            #expect(abs(Double(below[k]) / Double(n) - expected) < 5 * se, "Φ(\(p))")
        }
        // The tail beyond r = 3.654 (drawn by Marsaglia's tail method): 2·(1 − Φ(r)) = 2.58·10⁻⁴.
        let tail = 2 * (1 - Self.phi(NormalZiggurat.r)), tailSE = (tail * (1 - tail) / Double(n)).squareRoot()
        #expect(abs(Double(beyondR) / Double(n) - tail) < 5 * tailSE)
        // Mean 0 (SE 1/√N = 0.001) and variance 1 (SE √(2/N) = 0.0014).
        #expect(abs(sum / Double(n)) < 0.005)
        #expect(abs(squares / Double(n) - 1) < 0.0071)
    }

    @Test func tailBeyondTheBaseLayer() {
        // Of the draws beyond r, the share beyond 4 is (1 − Φ(4))/(1 − Φ(r)) = 0.2453; 4 million
        // draws give about 1,030 beyond r, SE √(0.2453·0.7547/1030) = 0.0134, tolerance 0.067.
        var random = RandomStream(seed: 5, stream: "tail")
        let r = NormalZiggurat.r
        var beyondR = 0, beyond4 = 0, negative = 0
        for _ in 0..<4_000_000 {
            let z = random.normal()
            if abs(z) > r {
                beyondR += 1
                if abs(z) > 4 { beyond4 += 1 }
                if z < 0 { negative += 1 }
            }
        }
        let expected = (1 - Self.phi(4)) / (1 - Self.phi(r))
        let se = (expected * (1 - expected) / Double(beyondR)).squareRoot()
        #expect(beyondR > 900 && beyondR < 1170)   // 4·10⁶ · 2.58·10⁻⁴ = 1,032, SE 32
        #expect(abs(Double(beyond4) / Double(beyondR) - expected) < 5 * se)
        // Both tails alike: half of them negative, SE 0.5/√1030 = 0.0156.
        #expect(abs(Double(negative) / Double(beyondR) - 0.5) < 0.078)
    }
}
