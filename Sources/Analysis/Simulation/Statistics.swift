/// The statistics of SPEC §3.9: percentiles by the rank rule, average ranks with ties, and
/// Spearman's ρ as the Pearson correlation of those ranks.

/// P10, P50, P80 and P90 of a set of samples.
public struct Percentiles: Hashable, Sendable {
    public let p10: Double
    public let p50: Double
    public let p80: Double
    public let p90: Double

    /// The 1-based rank of P_k among `n` sorted samples: ⌈k·n/100⌉, at least 1 (SPEC §3.9).
    public static func rank(_ k: Int, of n: Int) -> Int { max(1, (k * n + 99) / 100) }

    /// P_k of samples sorted ascending.
    public static func value(_ k: Int, sorted: [Double]) -> Double { sorted[rank(k, of: sorted.count) - 1] }

    public init(sorted: [Double]) {
        p10 = Self.value(10, sorted: sorted)
        p50 = Self.value(50, sorted: sorted)
        p80 = Self.value(80, sorted: sorted)
        p90 = Self.value(90, sorted: sorted)
    }
}

/// Ranks and rank correlation.
public enum Ranking {
    /// 1-based ranks of `values`, ties sharing the average of the ranks they span (1, 2.5, 2.5, 4),
    /// and the values sorted ascending.
    public static func averageRanks(_ values: [Double]) -> (ranks: [Double], sorted: [Double]) {
        let n = values.count
        let order = RadixOrder(values)
        var ranks = [Double](repeating: 0, count: n)
        var sorted = [Double](repeating: 0, count: n)
        values.withUnsafeBufferPointer { v in
            ranks.withUnsafeMutableBufferPointer { r in
                sorted.withUnsafeMutableBufferPointer { s in
                    for p in 0..<n { s[p] = v[Int(order.indices[p])] }
                    var i = 0
                    while i < n {
                        var j = i + 1
                        while j < n, s[j] == s[i] { j += 1 }
                        // Positions i..<j hold ranks i+1 … j: their average is (i + 1 + j) / 2.
                        let rank = Double(i + 1 + j) / 2
                        for p in i..<j { r[Int(order.indices[p])] = rank }
                        i = j
                    }
                }
            }
        }
        return (ranks, sorted)
    }

    /// Spearman's ρ of two series given as average ranks; nil when either is constant.
    public static func spearman(ranks x: [Double], _ y: [Double]) -> Double? {
        let mean = Double(x.count + 1) / 2
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for t in 0..<x.count {
            let dx = x[t] - mean, dy = y[t] - mean
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        return correlation(sxy, sxx, syy)
    }

    /// Spearman's ρ of values and a series of average ranks.
    public static func spearman(_ values: [Double], ranks y: [Double]) -> Double? {
        spearman(ranks: averageRanks(values).ranks, y)
    }

    /// Spearman's ρ of a series that is 0 except at `indices` (a risk's drawn impact: 0 in the
    /// trials where it did not occur) against the average ranks `y` of the output, without
    /// building the full series: only the k occurrences are sorted.
    ///
    /// Every zero entry shares one average rank r₀; since Σ(y − ȳ) = 0 over all trials,
    /// Σ(x − x̄)(y − ȳ) = Σ over the non-zero entries of (rₓ − r₀)(y − ȳ).
    static func sparseSpearman(indices: [Int32], values: [Double], count n: Int, ranks y: [Double], ySumSquares syy: Double) -> Double? {
        let mean = Double(n + 1) / 2
        let nonZero = values.indices.filter { values[$0] != 0 }
        let order = RadixOrder(nonZero.map { values[$0] })
        let keyed = order.indices.map { Keyed(value: values[nonZero[Int($0)]], index: indices[nonZero[Int($0)]]) }
        let negatives = keyed.prefix { $0.value < 0 }.count
        let zeros = n - keyed.count
        let r0 = Double(negatives + 1 + negatives + zeros) / 2
        var sxx = Double(zeros) * (r0 - mean) * (r0 - mean)
        var sxy = 0.0
        var i = 0
        while i < keyed.count {
            var j = i + 1
            while j < keyed.count, keyed[j].value == keyed[i].value { j += 1 }
            // Sorted position p of the non-zero entries sits after the zero block when positive.
            let offset = i < negatives ? 0 : zeros
            let rank = Double(i + 1 + j) / 2 + Double(offset)
            sxx += Double(j - i) * (rank - mean) * (rank - mean)
            for p in i..<j { sxy += (rank - r0) * (y[Int(keyed[p].index)] - mean) }
            i = j
        }
        return correlation(sxy, sxx, syy)
    }

    /// Σ(y − ȳ)² of average ranks.
    static func sumSquares(ranks y: [Double]) -> Double {
        let mean = Double(y.count + 1) / 2
        var s = 0.0
        for r in y { s += (r - mean) * (r - mean) }
        return s
    }

    static func correlation(_ sxy: Double, _ sxx: Double, _ syy: Double) -> Double? {
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    struct Keyed {
        var value: Double
        var index: Int32
    }
}

/// A stable ascending order of doubles by LSD radix sort on order-preserving 64-bit keys (sign
/// bit flipped for positives, all bits for negatives), a byte per pass; passes in which every
/// key has the same byte are skipped. Ties keep their input order.
struct RadixOrder {
    /// Positions of the values in ascending order.
    let indices: [Int32]

    init(_ values: [Double]) {
        let n = values.count
        var keys = [UInt64](repeating: 0, count: n), keys2 = keys
        var order = [Int32](repeating: 0, count: n), order2 = order
        var counts = [Int](repeating: 0, count: 8 * 256)
        values.withUnsafeBufferPointer { v in
            keys.withUnsafeMutableBufferPointer { k in
                order.withUnsafeMutableBufferPointer { o in
                    counts.withUnsafeMutableBufferPointer { c in
                        for i in 0..<n {
                            let bits = v[i].bitPattern
                            let key = bits >> 63 == 1 ? ~bits : bits | (1 << 63)
                            k[i] = key
                            o[i] = Int32(i)
                            for b in 0..<8 { c[b * 256 + Int((key >> UInt64(b * 8)) & 0xFF)] += 1 }
                        }
                    }
                }
            }
        }
        for b in 0..<8 {
            let base = b * 256
            if counts[base..<base + 256].contains(n) { continue }
            var offset = 0
            for d in 0..<256 { let c = counts[base + d]; counts[base + d] = offset; offset += c }
            let shift = UInt64(b * 8)
            keys.withUnsafeBufferPointer { kIn in
                order.withUnsafeBufferPointer { oIn in
                    keys2.withUnsafeMutableBufferPointer { kOut in
                        order2.withUnsafeMutableBufferPointer { oOut in
                            counts.withUnsafeMutableBufferPointer { c in
                                for i in 0..<n {
                                    let key = kIn[i]
                                    let slot = base + Int((key >> shift) & 0xFF)
                                    let to = c[slot]
                                    c[slot] = to + 1
                                    kOut[to] = key
                                    oOut[to] = oIn[i]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &keys2)
            swap(&order, &order2)
        }
        indices = order
    }
}
