import Testing
@testable import Analysis
import Portfolio

/// The histogram bins of SPEC §3.9's simulated quantities, worked by hand.
struct HistogramTests {
    typealias Bin = Histogram.Bin

    @Test func niceWidthIsTheNearestOneTwoFiveStep() {
        // rough 0.354: 0.354 / 0.1 = 3.54 ≥ √10 → 5 × 0.1; 1.2625 < √2 → 1; 41.7 / 10 = 4.17 → 50;
        // 7.5 ≥ √50 → 10; 0.15 / 0.1 = 1.5 ≥ √2 → 0.2; 0 or not finite → 1.
        #expect(Histogram.niceWidth(8.5 / 24) == 0.5)
        #expect(Histogram.niceWidth(30.3 / 24) == 1)
        #expect(Histogram.niceWidth(1000.0 / 24) == 50)
        #expect(Histogram.niceWidth(7.5) == 10)
        #expect(Histogram.niceWidth(0.15) == 0.2)
        #expect(Histogram.niceWidth(0) == 1 && Histogram.niceWidth(.infinity) == 1)
    }

    @Test func valuesInHalfUnitBins() {
        // min 1, max 9.5: width 0.5 (above); first bin at ⌊1 / 0.5⌋ = 2 widths, last at ⌊9.5 / 0.5⌋ = 19:
        // 18 bins [1, 1.5) … [9.5, 10). 1 → bin 0, the two 2s → bin 2, 3 → bin 4, 9.5 → bin 17.
        let h = Histogram(samples: [2, 1, 3, 2, 9.5], scale: .values)
        #expect(h.count == 5 && h.range == 1...9.5)
        #expect(h.bins.count == 18)
        #expect(h.bins.first == Bin(low: 1, high: 1.5, count: 1, cumulative: 0.2))
        #expect(h.bins[2] == Bin(low: 2, high: 2.5, count: 2, cumulative: 0.6))
        #expect(h.bins[4] == Bin(low: 3, high: 3.5, count: 1, cumulative: 0.8))
        #expect(h.bins.last == Bin(low: 9.5, high: 10, count: 1, cumulative: 1))
        #expect(h.bins.map(\.count).reduce(0, +) == 5)
    }

    @Test func finishDatesInWholeDays() {
        // Days 100.2 … 130.5: (130.5 − 100.2) / 24 = 1.2625 → width 1; bins [100, 101) … [130, 131).
        let h = Histogram(samples: [100.2, 100.9, 101.0, 130.5], scale: .days)
        #expect(h.bins.count == 31)
        #expect(h.bins[0] == Bin(low: 100, high: 101, count: 2, cumulative: 0.5))
        #expect(h.bins[1] == Bin(low: 101, high: 102, count: 1, cumulative: 0.75))
        #expect(h.bins[30] == Bin(low: 130, high: 131, count: 1, cumulative: 1))
        // A spread of 2.4 days would give a width of 0.1 as values; as dates it is one day.
        let short = Histogram(samples: [0, 0.5, 2.4], scale: .days)
        #expect(short.bins.map(\.low) == [0, 1, 2])
        #expect(short.bins.map(\.count) == [2, 0, 1])
        let values = Histogram(samples: [0, 0.5, 2.4], scale: .values)
        #expect(values.bins[5] == Bin(low: 0.5, high: 0.6000000000000001, count: 1, cumulative: 2.0 / 3))
    }

    @Test func oneValueOneBin() {
        // Every trial 5: one bin the 1-2-5 step nearest 5 / 10 = 0.5 wide, from ⌊5 / 0.5⌋ × 0.5 = 5.
        // The non-finite trials are not counted.
        let h = Histogram(samples: [5, .nan, .infinity, 5], scale: .values)
        #expect(h.count == 2 && h.range == 5...5)
        #expect(h.bins == [Bin(low: 5, high: 5.5, count: 2, cumulative: 1)])
        // A single date: one day.
        #expect(Histogram(samples: [200, 200], scale: .days).bins == [Bin(low: 200, high: 201, count: 2, cumulative: 1)])
        // Zero: the width nearest 1e-9.
        #expect(Histogram(samples: [0], scale: .values).bins == [Bin(low: 0, high: 1e-9, count: 1, cumulative: 1)])
    }

    @Test func noTrialsNoBins() {
        let h = Histogram(samples: [.nan], scale: .values)
        #expect(h.count == 0 && h.range == nil && h.bins.isEmpty)
    }

    @Test func theChartsGoldenSamplesBinAsTheyWereDrawn() {
        // ChartsTests' cost samples (400 means of three LCG uniforms, £4.6m + mean × £1m). The
        // counts are those the histogram chart drew from these samples before the binning moved
        // here (ChartsTests/Golden/histogram-cost.table.txt, recorded then).
        var s: UInt64 = 7
        let u = (0..<1200).map { _ -> Double in
            s = s &* 6364136223846793005 &+ 1442695040888963407
            return Double(s >> 11) / Double(1 << 53)
        }
        let samples = stride(from: 0, to: u.count, by: 3).map { i -> Double in 4_600_000 + (u[i] + u[i + 1] + u[i + 2]) / 3 * 1_000_000 }
        let h = Histogram(samples: samples, scale: .values)
        #expect(h.bins.map(\.count) == [3, 7, 12, 13, 17, 14, 49, 42, 45, 53, 52, 26, 26, 17, 13, 7, 4])
        #expect(h.bins.first?.low == 4_650_000 && h.bins.first?.high == 4_700_000)
        #expect(h.bins.last?.cumulative == 1)
    }

    // MARK: - In the simulation

    /// The histogram from sorted samples (binary searches for the bin edges) is the one the
    /// rule gives trial by trial: on finishes with ties, costs, values bunched beside an outlier,
    /// tiny values of both signs, one value, two, ±0, and samples with infinities or NaN (binned
    /// trial by trial); 1,209 sets.
    @Test func fromSortedSamplesAsTrialByTrial() {
        var random = RandomStream(seed: 11, stream: "histogram-sorted")
        var sets: [([Double], Histogram.Scale)] = [
            ([], .values), ([5], .values), ([5], .days), ([3, 3, 3], .values), ([-2, 7], .values),
            ([1, .infinity, 2], .values), ([.nan, 4, 1], .values), ([-.infinity, 0, 1], .days), ([-0.0, 0, 0.5], .values),
        ]
        for k in 0..<1_200 {
            let n = 1 + Int(random.uniform() * 3_000)
            let values: [Double]
            switch k % 4 {
            case 0: values = (0..<n).map { _ in 739_000 + (random.uniform() * 400).rounded(.down) }
            case 1: values = (0..<n).map { _ in 800_000 + 600_000 * random.uniform() }
            case 2: values = (0..<n).map { i in i == 0 ? 1e9 : 100 + random.uniform() }
            default: values = (0..<n).map { _ in (random.uniform() - 0.5) * 1e-3 }
            }
            sets.append((values, k % 4 == 0 ? .days : .values))
        }
        var mismatches = 0
        for (values, scale) in sets {
            let sorted = values.contains { $0.isNaN } ? values : values.sorted()
            if Histogram(sortedSamples: sorted, scale: scale) != Histogram(samples: values, scale: scale) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test func outcomesKeepTheirHistogramAndDropTheDraws() throws {
        let risk = Risk(id: "R", title: "r", probability: 0.3, cost: Triple(0, 5000, 20000), scheduleDays: Triple(5, 10, 40))
        let projects = [
            SimulationTests.project("a", start: "2027-01-01", finish: "2027-06-30", risks: [risk], program: "g"),
            SimulationTests.project("b", phase: .active, start: "2026-01-01", finish: "2026-12-31", actual: 30_000, program: "g"),
        ]
        let programs = [Program(id: "g", name: "G", location: SimulationTests.loc)]
        let kept = try #require(SimulationTests.figures(projects, programs: programs, trials: 2_000, keepingDraws: true).simulation)
        let lean = try #require(SimulationTests.figures(projects, programs: programs, trials: 2_000).simulation)
        // Each outcome's histogram is the rule applied to its draws (finishes as dates, costs as values).
        let a = try #require(kept.project("a")), leanA = try #require(lean.project("a"))
        let finish = try #require(a.finish), cost = try #require(a.cost)
        #expect(finish.samples.count == 2_000)
        #expect(finish.histogram == Histogram(samples: finish.samples, scale: .days))
        #expect(cost.histogram == Histogram(samples: cost.samples, scale: .values))
        let program = try #require(kept.program("g")), portfolio = try #require(kept.portfolio)
        #expect(program.finish.histogram == Histogram(samples: program.finish.samples, scale: .days))
        #expect(portfolio.cost.histogram == Histogram(samples: portfolio.cost.samples, scale: .values))
        // Without `keepingDraws` the same figures, and no draws.
        #expect(leanA.finish?.histogram == finish.histogram && leanA.cost?.histogram == cost.histogram)
        #expect(leanA.finish?.percentiles == finish.percentiles && leanA.probOnTime == a.probOnTime)
        #expect(lean.program("g")?.finish.histogram == program.finish.histogram)
        #expect(lean.portfolio?.cost.histogram == portfolio.cost.histogram)
        #expect(leanA.finish?.samples.isEmpty == true && leanA.cost?.samples.isEmpty == true)
        #expect(lean.program("g")?.finish.samples.isEmpty == true && lean.portfolio?.cost.samples.isEmpty == true)
    }
}
