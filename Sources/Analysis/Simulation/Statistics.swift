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
        // Every slot of both is written below (the order is a permutation): not zeroed first.
        var ranks = [Double](unsafeUninitializedCapacity: n) { _, count in count = n }
        var sorted = [Double](unsafeUninitializedCapacity: n) { _, count in count = n }
        // All through buffer pointers: an array read in the loop retained its buffer each time.
        values.withUnsafeBufferPointer { v in
            order.indices.withUnsafeBufferPointer { o in
                ranks.withUnsafeMutableBufferPointer { r in
                    sorted.withUnsafeMutableBufferPointer { s in
                        for p in 0..<n { s[p] = v[Int(o[p])] }
                        var i = 0
                        while i < n {
                            var j = i + 1
                            while j < n, s[j] == s[i] { j += 1 }
                            // Positions i..<j hold ranks i+1 … j: their average is (i + 1 + j) / 2.
                            let rank = Double(i + 1 + j) / 2
                            for p in i..<j { r[Int(o[p])] = rank }
                            i = j
                        }
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
        // The non-zero entries and their trials, in input order; then both in ascending order.
        var nonZero: [Double] = [], trials: [Int32] = []
        nonZero.reserveCapacity(values.count)
        trials.reserveCapacity(values.count)
        values.withUnsafeBufferPointer { v in
            indices.withUnsafeBufferPointer { ix in
                for k in 0..<v.count where v[k] != 0 {
                    nonZero.append(v[k])
                    trials.append(ix[k])
                }
            }
        }
        let m = nonZero.count
        let order = RadixOrder(nonZero)
        // Written in full by the gather below.
        var sortedValues = [Double](unsafeUninitializedCapacity: m) { _, count in count = m }
        var sortedTrials = [Int32](unsafeUninitializedCapacity: m) { _, count in count = m }
        nonZero.withUnsafeBufferPointer { v in
            trials.withUnsafeBufferPointer { t in
                order.indices.withUnsafeBufferPointer { o in
                    sortedValues.withUnsafeMutableBufferPointer { sv in
                        sortedTrials.withUnsafeMutableBufferPointer { st in
                            for p in 0..<m {
                                sv[p] = v[Int(o[p])]
                                st[p] = t[Int(o[p])]
                            }
                        }
                    }
                }
            }
        }
        var negatives = 0
        while negatives < m && sortedValues[negatives] < 0 { negatives += 1 }
        let zeros = n - m
        let r0 = Double(negatives + 1 + negatives + zeros) / 2
        var sxx = Double(zeros) * (r0 - mean) * (r0 - mean)
        var sxy = 0.0
        sortedValues.withUnsafeBufferPointer { sv in
            sortedTrials.withUnsafeBufferPointer { st in
                y.withUnsafeBufferPointer { yb in
                    var i = 0
                    while i < m {
                        var j = i + 1
                        while j < m, sv[j] == sv[i] { j += 1 }
                        // Sorted position p of the non-zero entries sits after the zero block when positive.
                        let offset = i < negatives ? 0 : zeros
                        let rank = Double(i + 1 + j) / 2 + Double(offset)
                        sxx += Double(j - i) * (rank - mean) * (rank - mean)
                        for p in i..<j { sxy += (rank - r0) * (yb[Int(st[p])] - mean) }
                        i = j
                    }
                }
            }
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
}

/// A stable ascending order of doubles, sorted on order-preserving 64-bit keys (sign bit flipped
/// for positives, all bits for negatives); ties keep their input order.
///
/// One counting pass spreads the keys over n/8 to n/4 buckets by their top varying bits (the
/// span between the smallest and largest key), stably; a bucket then holds a few keys, put in
/// order by insertion. A bucket that still holds many (values bunched around an outlier) is
/// sorted by LSD radix, a byte per pass, skipping passes in which every key has the same byte.
/// Both keep input order among equal keys, so the result is the stable order by key whichever
/// way a bucket is sorted. (Five to seven radix passes over every value were a tenth of a
/// build's instructions.)
struct RadixOrder {
    /// Positions of the values in ascending order.
    let indices: [Int32]

    init(_ values: [Double]) {
        let n = values.count
        var keys = [UInt64](unsafeUninitializedCapacity: n) { _, count in count = n }  // written next
        var low = UInt64.max, high = UInt64.min
        values.withUnsafeBufferPointer { v in
            keys.withUnsafeMutableBufferPointer { k in
                for i in 0..<n {
                    let bits = v[i].bitPattern
                    let key = bits >> 63 == 1 ? ~bits : bits | (1 << 63)
                    k[i] = key
                    low = min(low, key)
                    high = max(high, key)
                }
            }
        }
        guard n > 1, low < high else {
            indices = (0..<n).map(Int32.init)
            return
        }
        let spanBits = 64 - (high - low).leadingZeroBitCount
        // n/8 to n/4 buckets: their bounds fit the first-level cache, and a bucket of a few
        // keys sorts by insertion as fast as more, emptier buckets are visited.
        let bucketBits = min(16, max(1, Int.bitWidth - n.leadingZeroBitCount - 3))
        let shift = UInt64(max(0, spanBits - bucketBits))
        let buckets = Int((high - low) >> shift) + 1
        var bounds = [Int32](repeating: 0, count: buckets + 1)
        // Every slot of these is written by the scatter below before it is read.
        var sortedKeys = [UInt64](unsafeUninitializedCapacity: n) { _, count in count = n }
        var order = [Int32](unsafeUninitializedCapacity: n) { _, count in count = n }
        keys.withUnsafeBufferPointer { k in
            bounds.withUnsafeMutableBufferPointer { c in
                for i in 0..<n { c[Int((k[i] &- low) &>> shift) &+ 1] &+= 1 }
                for b in 0..<buckets { c[b &+ 1] &+= c[b] }
                sortedKeys.withUnsafeMutableBufferPointer { sk in
                    order.withUnsafeMutableBufferPointer { o in
                        // Backwards, each key to the end of its bucket, so equal keys keep input
                        // order; c[b + 1], the end of bucket b, ends as its start.
                        var i = n
                        while i > 0 {
                            i &-= 1
                            let key = k[i]
                            let b = Int((key &- low) &>> shift) &+ 1
                            let to = Int(c[b]) &- 1
                            c[b] = Int32(to)
                            sk[to] = key
                            o[to] = Int32(i)
                        }
                        var start = Int(c[1])
                        for b in 1...buckets {
                            let end = b < buckets ? Int(c[b &+ 1]) : n
                            if end &- start > 64 {
                                Self.radixSort(UnsafeMutableBufferPointer(rebasing: sk[start..<end]), UnsafeMutableBufferPointer(rebasing: o[start..<end]))
                            } else if end &- start > 1 {
                                Self.insertionSort(sk.baseAddress! + start, o.baseAddress! + start, count: end &- start)
                            }
                            start = end
                        }
                    }
                }
            }
        }
        indices = order
    }

    /// Stable: a key moves only past strictly greater ones.
    @inline(__always)
    private static func insertionSort(_ keys: UnsafeMutablePointer<UInt64>, _ order: UnsafeMutablePointer<Int32>, count: Int) {
        for i in 1..<count {
            let key = keys[i], position = order[i]
            var j = i
            while j > 0 && keys[j &- 1] > key {
                keys[j] = keys[j &- 1]
                order[j] = order[j &- 1]
                j &-= 1
            }
            keys[j] = key
            order[j] = position
        }
    }

    /// LSD radix sort of `keys`, carrying `order` along, a byte per pass; stable.
    private static func radixSort(_ keys: UnsafeMutableBufferPointer<UInt64>, _ order: UnsafeMutableBufferPointer<Int32>) {
        let n = keys.count
        var counts = [Int](repeating: 0, count: 8 * 256)
        counts.withUnsafeMutableBufferPointer { c in
            for i in 0..<n {
                let key = keys[i]
                for b in 0..<8 { c[b * 256 + Int((key >> UInt64(b * 8)) & 0xFF)] += 1 }
            }
        }
        var keys2 = [UInt64](repeating: 0, count: n)
        var order2 = [Int32](repeating: 0, count: n)
        var inBuffers = true  // the current order is in `keys`/`order` (else in `keys2`/`order2`)
        keys2.withUnsafeMutableBufferPointer { k2 in
            order2.withUnsafeMutableBufferPointer { o2 in
                counts.withUnsafeMutableBufferPointer { c in
                    for b in 0..<8 {
                        let base = b * 256
                        if UnsafeMutableBufferPointer(rebasing: c[base..<base + 256]).contains(n) { continue }
                        var offset = 0
                        for d in 0..<256 { let count = c[base + d]; c[base + d] = offset; offset += count }
                        let shift = UInt64(b * 8)
                        let (kIn, oIn, kOut, oOut) = inBuffers ? (keys, order, k2, o2) : (k2, o2, keys, order)
                        for i in 0..<n {
                            let key = kIn[i]
                            let slot = base + Int((key >> shift) & 0xFF)
                            let to = c[slot]
                            c[slot] = to + 1
                            kOut[to] = key
                            oOut[to] = oIn[i]
                        }
                        inBuffers.toggle()
                    }
                    if !inBuffers {
                        for i in 0..<n { keys[i] = k2[i]; order[i] = o2[i] }
                    }
                }
            }
        }
    }
}
