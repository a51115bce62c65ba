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
        // Every slot is written (the order is a permutation): not zeroed first.
        var sorted = [Double](unsafeUninitializedCapacity: n) { _, count in count = n }
        let ranks = sorted.withUnsafeMutableBufferPointer { Self.ranks(values, sortedInto: $0.baseAddress) }
        return (ranks, sorted)
    }

    /// The average ranks alone: the multipliers' ranks, whose sorted values nothing reads.
    static func averageRanksOnly(_ values: [Double]) -> [Double] { ranks(values, sortedInto: nil) }

    /// The average ranks of `values`, and their sorted values written into `sorted` when given.
    private static func ranks(_ values: [Double], sortedInto sorted: UnsafeMutablePointer<Double>?) -> [Double] {
        let n = values.count
        let order = RadixOrder(values)
        var ranks = [Double](unsafeUninitializedCapacity: n) { _, count in count = n }  // every slot written below
        // All through buffer pointers: an array read in the loop retained its buffer each time.
        values.withUnsafeBufferPointer { v in
            order.indices.withUnsafeBufferPointer { o in
                ranks.withUnsafeMutableBufferPointer { r in
                    guard n > 0 else { return }
                    // The sorted values, and whether any two neighbours are equal: a branch-free
                    // pass. Draws of continuous quantities seldom tie; without ties, position p
                    // holds rank p + 1 and the run-finding loop is skipped.
                    var ties = 0
                    var previous = v[Int(o[0])]
                    if let sorted {
                        sorted[0] = previous
                        for p in 1..<n {
                            let x = v[Int(o[p])]
                            sorted[p] = x
                            ties |= x == previous ? 1 : 0
                            previous = x
                        }
                    } else {
                        for p in 1..<n {
                            let x = v[Int(o[p])]
                            ties |= x == previous ? 1 : 0
                            previous = x
                        }
                    }
                    guard ties != 0 else {
                        for p in 0..<n { r[Int(o[p])] = Double(p &+ 1) }
                        return
                    }
                    Self.runsOfEqualValues(v, o, count: n) { i, j in
                        // Positions i..<j hold ranks i+1 … j: their average is (i + 1 + j) / 2.
                        let rank = Double(i + 1 + j) / 2
                        for p in i..<j { r[Int(o[p])] = rank }
                    }
                }
            }
        }
        return ranks
    }

    /// The values in ascending order, by `RadixOrder` (the standard library's comparison sort
    /// took four times as long on a program's 10,000 finishes). The same values as `sorted()`
    /// but for −0 and +0, which it keeps in input order and this puts −0 first; draws of a
    /// finish or a cost are never −0.
    public static func sorted(_ values: [Double]) -> [Double] {
        let order = RadixOrder(values)
        return [Double](unsafeUninitializedCapacity: values.count) { buffer, count in
            values.withUnsafeBufferPointer { v in
                order.indices.withUnsafeBufferPointer { o in
                    for p in 0..<v.count { buffer[p] = v[Int(o[p])] }
                }
            }
            count = values.count
        }
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
        spearman(ranks: averageRanksOnly(values), y)
    }

    /// Spearman's ρ of a series that is 0 except at `indices` (a risk's drawn impact: 0 in the
    /// trials where it did not occur) against the average ranks `y` of the output, without
    /// building the full series: only the k occurrences are sorted.
    ///
    /// Every zero entry shares one average rank r₀; since Σ(y − ȳ) = 0 over all trials,
    /// Σ(x − x̄)(y − ȳ) = Σ over the non-zero entries of (rₓ − r₀)(y − ȳ).
    static func sparseSpearman(indices: [Int32], values: [Double], count n: Int, ranks y: [Double], ySumSquares syy: Double) -> Double? {
        let mean = Double(n + 1) / 2
        // The non-zero entries and their trials, in input order: the arrays as they are when
        // none is 0 (a drawn impact is 0 only from a triple that can draw 0).
        var nonZero = values, trials = indices
        if values.contains(0) {
            nonZero = []; trials = []
            nonZero.reserveCapacity(values.count)
            trials.reserveCapacity(values.count)
            for k in values.indices where values[k] != 0 {
                nonZero.append(values[k])
                trials.append(indices[k])
            }
        }
        let m = nonZero.count
        let order = RadixOrder(nonZero)
        let zeros = n - m
        var sxx = 0.0, sxy = 0.0
        // Walked in ascending order through `order`, each entry read where it lies (copies of
        // the values and trials in that order cost two arrays and a pass).
        nonZero.withUnsafeBufferPointer { v in
            trials.withUnsafeBufferPointer { t in
                order.indices.withUnsafeBufferPointer { o in
                    y.withUnsafeBufferPointer { yb in
                        var negatives = 0
                        while negatives < m && v[Int(o[negatives])] < 0 { negatives += 1 }
                        let r0 = Double(negatives + 1 + negatives + zeros) / 2
                        sxx = Double(zeros) * (r0 - mean) * (r0 - mean)
                        // Without ties (a branch-free pass finds out), sorted position p has
                        // rank p + 1 (after the zeros when positive): the same sums as the runs
                        // below, each a run of one, without looking for the runs' ends.
                        var ties = 0
                        for p in 1..<max(1, m) { ties |= v[Int(o[p])] == v[Int(o[p &- 1])] ? 1 : 0 }
                        if ties == 0 {
                            for p in 0..<m {
                                let rank = Double(p &+ 1) + Double(p < negatives ? 0 : zeros)
                                sxx += (rank - mean) * (rank - mean)
                                sxy += (rank - r0) * (yb[Int(t[Int(o[p])])] - mean)
                            }
                            return
                        }
                        Self.runsOfEqualValues(v, o, count: m) { i, j in
                            // Sorted position p of the non-zero entries sits after the zero block when positive.
                            let offset = i < negatives ? 0 : zeros
                            let rank = Double(i + 1 + j) / 2 + Double(offset)
                            sxx += Double(j - i) * (rank - mean) * (rank - mean)
                            for p in i..<j { sxy += (rank - r0) * (yb[Int(t[Int(o[p])])] - mean) }
                        }
                    }
                }
            }
        }
        return correlation(sxy, sxx, syy)
    }

    /// Each run `i..<j` of sorted positions (`o` the order of `v`, `count` of them) whose values
    /// are equal, in order: the ties that share an average rank.
    @inline(__always)
    private static func runsOfEqualValues(_ v: UnsafeBufferPointer<Double>, _ o: UnsafeBufferPointer<Int32>, count n: Int,
                                          _ body: (Int, Int) -> Void) {
        var i = 0
        while i < n {
            let value = v[Int(o[i])]
            var j = i + 1
            while j < n, v[Int(o[j])] == value { j += 1 }
            body(i, j)
            i = j
        }
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
}
