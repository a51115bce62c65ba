/// The trials of one simulated quantity in equal bins: what the histogram and its S-curve show
/// on the project, program and Risks pages (SPEC §3.9). A finished run keeps these, not the
/// draws: about 24 bins instead of 80 KB per quantity at 10,000 trials.
///
/// The rule, over the finite trials (the methodology page says it in words):
/// - the bin width is the step of 1, 2 or 5 × 10^k nearest in ratio to (max − min) / 24;
///   for finish dates it is rounded to whole days, at least one;
/// - when every trial has the same value v, one bin: a day wide for dates, otherwise the
///   1-2-5 step nearest |v| / 10;
/// - bins start at a multiple of the width at or below the minimum and are [low, high), the
///   last one holding the maximum (at most 500 bins);
/// - each bin's cumulative share is the trials in it and below it ÷ all trials.
public struct Histogram: Sendable, Equatable {
    /// What the trials are: plain numbers (costs) or day ordinals (finish dates).
    public enum Scale: Sendable, Equatable { case values, days }

    public struct Bin: Sendable, Equatable {
        public let low: Double
        public let high: Double
        public let count: Int
        /// Share of all trials in this bin or below it.
        public let cumulative: Double

        public init(low: Double, high: Double, count: Int, cumulative: Double) {
            self.low = low; self.high = high; self.count = count; self.cumulative = cumulative
        }
    }

    /// The number of finite trials binned.
    public let count: Int
    /// The smallest and largest finite trial; nil when there is none.
    public let range: ClosedRange<Double>?
    /// Empty when there is no finite trial.
    public let bins: [Bin]

    /// The target number of bins of the pages' histograms.
    public static let targetBins = 24

    public init(samples: [Double], scale: Scale, targetBins: Int = Histogram.targetBins) {
        let target = max(1, min(targetBins, 200))
        // The extremes as `Sequence.min()`/`max()` find them: the first of equal values wins.
        var count = 0
        var lo = 0.0, hi = 0.0
        for s in samples where s.isFinite {
            if count == 0 { lo = s; hi = s } else {
                if s < lo { lo = s }
                if hi < s { hi = s }
            }
            count += 1
        }
        self.count = count
        guard count > 0 else { range = nil; bins = []; return }
        range = lo...hi
        let (step, first, binCount) = Self.bins(lo: lo, hi: hi, scale: scale, target: target)
        var counts = [Int](repeating: 0, count: binCount)
        counts.withUnsafeMutableBufferPointer { c in
            for s in samples where s.isFinite {
                c[min(binCount - 1, max(0, Int((s / step).rounded(.down) - first)))] += 1
            }
        }
        bins = Self.bins(counts, step: step, first: first, of: count)
    }

    /// The same histogram from the samples sorted ascending (as an outcome has them): each
    /// bin's count is found by binary search for where the bin index, computed as above and never
    /// decreasing along sorted samples, moves on — two dozen searches instead of a division
    /// per trial. Samples whose smallest or largest is not finite are binned as above.
    public init(sortedSamples sorted: [Double], scale: Scale, targetBins: Int = Histogram.targetBins) {
        guard let lo = sorted.first, let hi = sorted.last, lo.isFinite, hi.isFinite else {
            self.init(samples: sorted, scale: scale, targetBins: targetBins)
            return
        }
        let target = max(1, min(targetBins, 200))
        let count = sorted.count
        let (step, first, binCount) = Self.bins(lo: lo, hi: hi, scale: scale, target: target)
        func bin(_ s: Double) -> Int { min(binCount - 1, max(0, Int((s / step).rounded(.down) - first))) }
        // starts[k]: the first position whose bin is k or more.
        var starts = [Int](repeating: count, count: binCount + 1)
        starts[0] = 0
        sorted.withUnsafeBufferPointer { v in
            var from = 0
            for k in 1..<binCount {
                var low = from, high = count
                while low < high {
                    let mid = (low + high) / 2
                    if bin(v[mid]) < k { low = mid + 1 } else { high = mid }
                }
                starts[k] = low
                from = low
            }
        }
        let counts = (0..<binCount).map { starts[$0 + 1] - starts[$0] }
        self.init(count: count, range: lo...hi, bins: Self.bins(counts, step: step, first: first, of: count))
    }

    /// The bins of the rule above for trials from `lo` to `hi`: their width, the first bin's
    /// low edge in widths, and how many there are.
    private static func bins(lo: Double, hi: Double, scale: Scale, target: Int) -> (step: Double, first: Double, count: Int) {
        var step = niceWidth((hi - lo) / Double(target))
        if scale == .days { step = max(1, step.rounded()) }
        if hi == lo { step = scale == .days ? 1 : niceWidth(max(abs(lo) / 10, 1e-9)) }
        let first = (lo / step).rounded(.down)
        return (step, first, max(1, min(Int((hi / step).rounded(.down) - first) + 1, 500)))
    }

    /// The bins holding `counts` trials of `total`, with their edges and cumulative shares.
    private static func bins(_ counts: [Int], step: Double, first: Double, of total: Int) -> [Bin] {
        var running = 0
        return counts.indices.map { i in
            running += counts[i]
            return Bin(low: (first + Double(i)) * step, high: (first + Double(i + 1)) * step, count: counts[i],
                       cumulative: Double(running) / Double(total))
        }
    }

    private init(count: Int, range: ClosedRange<Double>?, bins: [Bin]) {
        self.count = count
        self.range = range
        self.bins = bins
    }

    /// The step of 1, 2 or 5 × 10^k nearest in ratio to `rough` (1 for a non-positive or
    /// non-finite one), computed as the charts' axis steps are, so a width of 0.3 is exactly 3 / 10.
    static func niceWidth(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        var exponent = 0
        var power = 1.0
        while power * 10 <= rough { power *= 10; exponent += 1 }
        while power > rough { power /= 10; exponent -= 1 }
        let error = rough / power
        let mantissa: Double
        if error >= 7.0710678118654755 { mantissa = 1; exponent += 1 }       // √50
        else if error >= 3.1622776601683795 { mantissa = 5 }                 // √10
        else if error >= 1.4142135623730951 { mantissa = 2 }                 // √2
        else { mantissa = 1 }
        var scale = 1.0
        for _ in 0..<abs(exponent) { scale *= 10 }
        return exponent >= 0 ? mantissa * scale : mantissa / scale
    }
}
