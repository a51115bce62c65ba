import Portfolio
import Testing
@testable import Analysis

/// SPEC §3.9 against analytic results.
///
/// Tolerances: a Monte Carlo estimate of a mean or a share from N independent draws has
/// standard error SE = σ/√N (a share p: √(p(1 − p)/N)). Each test allows 5 SE, which a correct
/// sampler exceeds with probability about 6·10⁻⁷ (normal tails); the streams are seeded, so a
/// passing test passes every time, and a sampler off by more than 5 SE fails.
@Suite struct SimulationTests {
    static let loc = SourceLocation(path: "x")
    static let asOf = Day(iso: "2026-06-30")!
    static let point = Triple(1, 1, 1)

    static func project(_ id: String, phase: Phase = .approved, start: String, finish: String, budget: Money = 100_000,
                        actual: Money? = nil, forecastCost: Money? = nil, dependsOn: [String] = [], risks: [Risk] = [],
                        duration: Triple? = point, cost: Triple? = point, program: String? = nil) -> Project {
        Project(id: id, name: id, program: program, phase: phase, start: Day(iso: start)!, finish: Day(iso: finish)!, budget: budget,
                actualCost: actual, forecastCost: forecastCost, dependsOn: dependsOn, risks: risks,
                uncertaintyDuration: duration, uncertaintyCost: cost, location: loc)
    }

    static func figures(_ projects: [Project], programs: [Program] = [], trials: Int = 10_000, seed: UInt64 = 1,
                        distribution: DistributionKind = .pert, threads: Int = 1, keepingDraws: Bool = false) -> Figures {
        let settings = Settings(asOf: asOf, simulation: SimulationSettings(trials: trials, seed: seed, distribution: distribution))
        let portfolio = Portfolio(settings: settings, info: PortfolioInfo(name: "P", location: loc), programs: programs, projects: projects)
        return Figures(portfolio: portfolio, at: asOf).simulated(settings.simulation, threads: threads, keepingDraws: keepingDraws)
    }

    // MARK: - Generator

    @Test func generatorMatchesReferenceOutputs() {
        // Reference values from the authors' C code (splitmix64.c, xoshiro256starstar.c),
        // compiled and run for this test: SplitMix64 from state 0; xoshiro256** seeded by
        // four SplitMix64 outputs from state 42.
        var mix = SplitMix64(state: 0)
        #expect(mix.next() == 0xE220_A839_7B1D_CDAF)
        var x = Xoshiro256StarStar(seed: 42)
        #expect([x.next(), x.next(), x.next()] == [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1])
        // FNV-1a 64 test vectors (Fowler/Noll/Vo): "" and "a".
        #expect(StableHash.fnv1a64("") == 0xCBF2_9CE4_8422_2325)
        #expect(StableHash.fnv1a64("a") == 0xAF63_DC4C_8601_EC8C)
    }

    // MARK: - Distributions

    @Test func pertMeanAndShapeMatchBeta() {
        // PERT(2, 5, 14): α = 1 + 4·3/12 = 2, β = 1 + 4·9/12 = 4; mean (2 + 4·5 + 14)/6 = 6.
        // Var = (b − a)²αβ/((α + β)²(α + β + 1)) = 144·8/(36·7) = 4.5714, σ = 2.138;
        // N = 200 000 → SE = 0.00478, tolerance 5 SE = 0.024.
        let d = ThreePointDistribution(Triple(2, 5, 14), kind: .pert)
        #expect(d.mean == 6)
        var random = RandomStream(seed: 7, stream: "pert")
        let n = 200_000
        var sum = 0.0, atOrBelowMode = 0
        for _ in 0..<n {
            let x = d.sample(&random)
            #expect(x >= 2 && x <= 14)
            sum += x
            if x <= 5 { atOrBelowMode += 1 }
        }
        #expect(abs(sum / Double(n) - 6) < 0.024)
        // Shape: P(X ≤ 5) = I_0.25(2, 4) = 1 − 0.75⁵ − 5·0.25·0.75⁴ = 0.3671875 (regularised
        // incomplete beta, integer parameters); SE = √(p(1 − p)/N) = 0.00108, tolerance 0.0054.
        #expect(abs(Double(atOrBelowMode) / Double(n) - 0.3671875) < 0.0054)
    }

    @Test func triangularQuantilesByInverseCDF() {
        // Triangular(0, 3, 10): F(3) = 0.3. Q(0.1) = √(0.1·10·3) = √3; Q(0.5) = 10 − √(0.5·10·7) = 10 − √35.
        #expect(abs(ThreePointDistribution.triangularQuantile(0.1, low: 0, likely: 3, high: 10) - 3.0.squareRoot()) < 1e-12)
        #expect(abs(ThreePointDistribution.triangularQuantile(0.5, low: 0, likely: 3, high: 10) - (10 - 35.0.squareRoot())) < 1e-12)
        #expect(ThreePointDistribution.triangularQuantile(0.3, low: 0, likely: 3, high: 10) == 3)
        // Drawn: the share at or below Q(p) estimates p with SE √(p(1 − p)/N); N = 200 000:
        // p = 0.1 → SE 0.00067, tolerance 0.0034; p = 0.5 → SE 0.00112, tolerance 0.0056.
        // The mean (0 + 3 + 10)/3 = 4.333; σ² = (a² + b² + c² − ab − ac − bc)/18 = 79/18, SE 0.00468, tolerance 0.0234.
        let d = ThreePointDistribution(Triple(0, 3, 10), kind: .triangular)
        var random = RandomStream(seed: 7, stream: "triangular")
        let n = 200_000
        var below10 = 0, below50 = 0, sum = 0.0
        for _ in 0..<n {
            let x = d.sample(&random)
            sum += x
            if x <= 3.0.squareRoot() { below10 += 1 }
            if x <= 10 - 35.0.squareRoot() { below50 += 1 }
        }
        #expect(abs(Double(below10) / Double(n) - 0.1) < 0.0034)
        #expect(abs(Double(below50) / Double(n) - 0.5) < 0.0056)
        #expect(abs(sum / Double(n) - 13.0 / 3) < 0.0234)
        #expect(abs(d.mean - 13.0 / 3) < 1e-12)
    }

    @Test func constantsAndMissingTriplesDrawNothing() {
        // A constant (a = b) is its value and a missing triple is 0, each without taking a
        // number from the stream: the next uniform is the one a fresh stream gives first.
        for kind in DistributionKind.allCases {
            var a = RandomStream(seed: 11, stream: "constant-\(kind)"), b = a
            let constant = ThreePointDistribution(Triple(2, 2, 2), kind: kind)
            for _ in 0..<100 {
                #expect(constant.sample(&a) == 2)
                #expect((kind == .pert ? PERTDraw.sample(.zero, &a) : TriangularDraw.sample(.zero, &a)) == 0)
            }
            #expect(a.uniform() == b.uniform())
        }
    }

    @Test func riskOccursWithItsProbability() throws {
        // One risk, p = 0.3, a constant 10 days; no other uncertainty. A trial is on time exactly
        // when the risk does not occur: prob_on_time estimates 0.7 with SE √(0.21/N) = 0.00145
        // for N = 100 000, tolerance 0.0072.
        let risk = Risk(id: "R1", title: "r", probability: 0.3, scheduleDays: Triple(10, 10, 10))
        let f = Self.figures([Self.project("a", start: "2026-01-01", finish: "2026-12-31", risks: [risk])], trials: 100_000)
        let sim = try #require(f.simulation?.project("a"))
        let onTime = try #require(sim.probOnTime)
        #expect(abs(onTime - 0.7) < 0.0072)
        // Finish is the forecast finish or 10 days later; P10/P50 on time, P80/P90 late.
        #expect(sim.finishDay(\.p50) == Day(iso: "2026-12-31"))
        #expect(sim.finishDay(\.p80) == Day(iso: "2027-01-10"))
    }

    /// The trial loop asks `k < bernoulliThreshold(p)` of a word's top 53 bits k where
    /// `uniform() < p` was asked before: the oracle is that double test, on the words next to
    /// each threshold (k = T − 1, T, T + 1), on seeded random words, for probabilities at the
    /// edges (0, the smallest double, ½, 1 − 2⁻⁵³, 1, NaN, 2⁻⁵² and neighbours) and seeded ones.
    @Test func bernoulliThresholdAnswersAsTheDouble() {
        func byDouble(_ k: UInt64, _ p: Double) -> Bool { (Double(k) + 0.5) * 0x1p-53 < p }
        var probabilities: [Double] = [0, .leastNonzeroMagnitude, 0x1p-53, 0x1p-52, 0.5.nextDown, 0.5, 0.5.nextUp, 0.3, 0.05, 0.44,
                                       1.0.nextDown, 1, 1.5, -0.1, .nan, 0x1p-1 + 0x1p-53]
        var state: UInt64 = 0xB0B
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
        for _ in 0..<2000 { probabilities.append(Double(next() >> 11) * 0x1p-53) }
        var checked = 0
        for p in probabilities {
            let t = RandomStream.bernoulliThreshold(p)
            var words: [UInt64] = [0, 1, (1 << 53) - 1]
            if t > 0 { words.append(t - 1) }
            if t < 1 << 53 { words.append(t) }
            if t + 1 < 1 << 53 { words.append(t + 1) }
            for _ in 0..<50 { words.append(next() >> 11) }
            for k in words {
                #expect((k < t) == byDouble(k, p), "p \(p) k \(k) threshold \(t)")
                checked += 1
            }
        }
        #expect(checked > 100_000)
    }

    // MARK: - Percentiles and ranks

    @Test func percentileRankRule() {
        // ⌈k·N/100⌉ on N = 7 sorted samples: P10 rank ⌈0.7⌉ = 1, P50 ⌈3.5⌉ = 4, P80 ⌈5.6⌉ = 6, P90 ⌈6.3⌉ = 7.
        let p = Percentiles(sorted: [10, 20, 30, 40, 50, 60, 70])
        #expect([p.p10, p.p50, p.p80, p.p90] == [10, 40, 60, 70])
        // N = 10: ranks 1, 5, 8, 9 exactly (no rounding up needed).
        let q = Percentiles(sorted: (1...10).map(Double.init))
        #expect([q.p10, q.p50, q.p80, q.p90] == [1, 5, 8, 9])
        #expect(Percentiles.rank(50, of: 1) == 1)
        // A finish percentile is a date, its day offset rounded up.
        #expect(SimulationResult.day(100.2) == Day(ordinal: 101))
        #expect(SimulationResult.day(100) == Day(ordinal: 100))
    }

    @Test func spearmanWithAverageRanksForTies() throws {
        // x = 1, 2, 2, 3 → ranks 1, 2.5, 2.5, 4; y ranks 1, 2, 3, 4; centred on 2.5:
        // Σdxdy = 2.25 + 2.25 = 4.5, Σdx² = 4.5, Σdy² = 5 → ρ = 4.5/√22.5 = 0.948683.
        #expect(Ranking.averageRanks([1, 2, 2, 3]).ranks == [1, 2.5, 2.5, 4])
        let rho = try #require(Ranking.spearman([1, 2, 2, 3], ranks: [1, 2, 3, 4]))
        #expect(abs(rho - 4.5 / 22.5.squareRoot()) < 1e-12)
        #expect(Ranking.spearman([5, 5, 5, 5], ranks: [1, 2, 3, 4]) == nil)
        // The sparse form (zeros where a risk did not occur) equals the dense one, with
        // negative values, exact zeros and ties among the occurrences.
        let dense: [Double] = [0, 3, 0, -2, 3, 0, 7, 0, 0, 1, -2, 0]
        let y = Ranking.averageRanks([5, 1, 9, 2, 8, 3, 12, 4, 6, 7, 11, 10]).ranks
        let idx = dense.indices.filter { $0 % 3 != 0 || dense[$0] != 0 }
        let sparse = try #require(Ranking.sparseSpearman(indices: idx.map(Int32.init), values: idx.map { dense[$0] }, count: dense.count,
                                                         ranks: y, ySumSquares: Ranking.sumSquares(ranks: y)))
        let full = try #require(Ranking.spearman(dense, ranks: y))
        #expect(abs(sparse - full) < 1e-12)
        // Without ties and with no zero among the occurrences given (the usual draw), the
        // same: the path that skips looking for runs of ties and copies nothing.
        let distinct: [Double] = [0, 3, 0, -2, 5, 0, 7, 0, 0, 1, -4, 0]
        let occurred = distinct.indices.filter { distinct[$0] != 0 }
        let sparseDistinct = try #require(Ranking.sparseSpearman(indices: occurred.map(Int32.init), values: occurred.map { distinct[$0] },
                                                                 count: distinct.count, ranks: y, ySumSquares: Ranking.sumSquares(ranks: y)))
        let fullDistinct = try #require(Ranking.spearman(distinct, ranks: y))
        #expect(abs(sparseDistinct - fullDistinct) < 1e-12)
        #expect(Ranking.averageRanks([0.5, -1, 3, 2]).ranks == [2, 1, 4, 3])
        // The ranks alone (a multiplier's, for ρ) are the same ranks, with and without ties.
        var random = RandomStream(seed: 11, stream: "ranks-only")
        let tied = (0..<5_000).map { _ in (random.uniform() * 400).rounded() / 4 }
        let draws = (0..<5_000).map { _ in random.uniform() }
        #expect(Set(tied).count < tied.count && Set(draws).count == draws.count)
        #expect(Ranking.averageRanksOnly(tied) == Ranking.averageRanks(tied).ranks)
        #expect(Ranking.averageRanksOnly(draws) == Ranking.averageRanks(draws).ranks)
        #expect(Ranking.averageRanksOnly([]) == [] && Ranking.averageRanksOnly([7]) == [1])
    }

    // MARK: - Model

    @Test func latePredecessorMovesItsSuccessor() throws {
        // a: 2027-01-01 → 2027-01-31; b depends on a: 2027-02-01 → 2027-03-31 (58 days); c depends on b.
        // Without risk a finishes before b starts: b keeps its dates.
        let quiet = Self.figures([
            Self.project("a", start: "2027-01-01", finish: "2027-01-31"),
            Self.project("b", start: "2027-02-01", finish: "2027-03-31", dependsOn: ["a"]),
        ], trials: 50)
        #expect(quiet.simulation?.project("b")?.finishDay(\.p90) == Day(iso: "2027-03-31"))
        // A certain 30-day risk moves a to 2027-03-02; b starts then and takes its 58 days:
        // 2027-03-02 + 58 = 2027-04-29; c (2027-04-01 → 2027-04-30, 29 days) moves to 2027-05-28.
        let late = Risk(id: "R1", title: "late", probability: 1, scheduleDays: Triple(30, 30, 30))
        let f = Self.figures([
            Self.project("a", start: "2027-01-01", finish: "2027-01-31", risks: [late], program: "prog"),
            Self.project("b", start: "2027-02-01", finish: "2027-03-31", dependsOn: ["a"], program: "prog"),
            Self.project("c", phase: .proposed, start: "2027-04-01", finish: "2027-04-30", dependsOn: ["b"], program: "prog"),
            // Started (2026-01-01 ≤ as_of): never moved, whatever its predecessor does.
            Self.project("d", phase: .active, start: "2026-01-01", finish: "2026-12-31", dependsOn: ["a"]),
            // Not simulated (on hold): contributes its fixed forecast finish, 2027-06-30.
            Self.project("e", phase: .onHold, start: "2026-01-01", finish: "2027-06-30"),
            Self.project("g", start: "2027-01-01", finish: "2027-01-11", dependsOn: ["e"]),
        ], programs: [Program(id: "prog", name: "Prog", location: Self.loc)], trials: 50)
        let sim = try #require(f.simulation)
        #expect(sim.project("a")?.finishDay(\.p10) == Day(iso: "2027-03-02"))
        #expect(sim.project("b")?.finishDay(\.p10) == Day(iso: "2027-04-29"))
        #expect(sim.project("b")?.probOnTime == 0)
        #expect(sim.project("c")?.finishDay(\.p50) == Day(iso: "2027-05-28"))
        #expect(sim.project("d")?.finishDay(\.p50) == Day(iso: "2026-12-31"))
        #expect(sim.project("e") == nil)
        #expect(sim.project("g")?.finishDay(\.p50) == Day(iso: "2027-07-10"))
        // The program's finish per trial is the latest of its approved and active projects (a, b; c is proposed).
        let program = try #require(sim.program("prog"))
        #expect(program.memberIDs == ["a", "b"])
        #expect(program.finishDay(\.p80) == Day(iso: "2027-04-29"))
        #expect(program.finish.shareWithinReference == 0)
    }

    @Test func zeroWidthDistributionWithoutRisks() throws {
        // Point uncertainty and no risk: every trial gives the forecast finish and the EAC.
        // AC 40 000, forecast cost 130 000 → ETC 90 000, cost = 40 000 + 90 000 × 1 = 130 000.
        let f = Self.figures([Self.project("a", phase: .active, start: "2026-01-01", finish: "2026-12-31",
                                           actual: 40_000, forecastCost: 130_000)], trials: 1_000, keepingDraws: true)
        let sim = try #require(f.simulation?.project("a"))
        let finish = try #require(sim.finish), cost = try #require(sim.cost)
        #expect(Set(finish.samples) == [Double(Day(iso: "2026-12-31")!.ordinal)])
        #expect(Set(cost.samples) == [130_000])
        #expect(cost.percentiles.p10 == cost.percentiles.p90)
        #expect(sim.probOnTime == 1)
        #expect(sim.probOnBudget == 0)   // 130 000 > BAC 100 000 in every trial
        #expect(sim.finishSensitivities.isEmpty && sim.costSensitivities.isEmpty)
    }

    @Test func noCostOutcomeWithoutAnEAC() throws {
        // No budget and no forecast cost: no EAC, so no cost is simulated (SPEC §3.9 draws
        // cost = AC + ETC × m_c + risks from an ETC); the finish still is. (From session 13 to
        // 14 the trial loop kept a cost series, and so an outcome, for such a project.)
        let risk = Risk(id: "R1", title: "r", probability: 0.5, cost: Triple(10, 20, 30), scheduleDays: Triple(1, 2, 3))
        let bare = Project(id: "a", name: "a", program: nil, phase: .approved, start: Day(iso: "2027-01-01")!,
                           finish: Day(iso: "2027-06-30")!, budget: nil, risks: [risk],
                           uncertaintyDuration: Triple(0.9, 1, 1.2), uncertaintyCost: Triple(0.9, 1, 1.2), location: Self.loc)
        let f = Self.figures([bare, Self.project("b", start: "2027-01-01", finish: "2027-06-30")], trials: 200)
        #expect(f.project("a")?.earnedValue.eac == nil)
        let a = try #require(f.simulation?.project("a"))
        #expect(a.finish != nil && a.cost == nil && a.costSensitivities.isEmpty && a.probOnBudget == nil)
        #expect(f.simulation?.project("b")?.cost != nil)
    }

    @Test func portfolioTotalAddsFixedEACOfOnHoldAndClosed() throws {
        // a (approved) costs 100 000 in every trial; b (on hold) EAC = BAC 50 000; c (closed)
        // EAC = forecast 70 000; p (proposed) is pipeline, left out: total = 220 000.
        let f = Self.figures([
            Self.project("a", start: "2027-01-01", finish: "2027-06-30"),
            Self.project("b", phase: .onHold, start: "2026-01-01", finish: "2026-12-31", budget: 50_000),
            Self.project("c", phase: .closed, start: "2025-01-01", finish: "2025-12-31", budget: 60_000, forecastCost: 70_000),
            Self.project("p", phase: .proposed, start: "2027-01-01", finish: "2027-06-30", budget: 999_000),
        ], trials: 100)
        let portfolio = try #require(f.simulation?.portfolio)
        #expect(portfolio.cost.percentiles.p50 == 220_000)
        #expect(portfolio.fixedCost == 120_000)
        #expect(portfolio.cost.reference == 210_000)   // Σ BAC of committed: 100 000 + 50 000 + 60 000
        #expect(portfolio.cost.shareWithinReference == 0)
    }

    @Test func sensitivityRanksTheDrivingRisk() throws {
        // A likely, wide risk dominates finish; a small one barely moves it.
        let big = Risk(id: "BIG", title: "big", probability: 0.5, cost: Triple(0, 1000, 2000), scheduleDays: Triple(20, 60, 120))
        let small = Risk(id: "SMALL", title: "small", probability: 0.1, scheduleDays: Triple(1, 2, 3))
        let f = Self.figures([Self.project("a", start: "2027-01-01", finish: "2027-06-30", risks: [big, small],
                                           duration: Triple(0.95, 1, 1.05))], trials: 5_000)
        let sim = try #require(f.simulation?.project("a"))
        let rho = Dictionary(uniqueKeysWithValues: sim.finishSensitivities.map { ($0.input, $0.rho) })
        #expect(sim.finishSensitivities.map(\.input) == [.durationMultiplier, .riskDays("BIG"), .riskDays("SMALL")])
        #expect(try #require(rho[.riskDays("BIG")]) > 0.7)
        #expect(abs(try #require(rho[.riskDays("SMALL")])) < 0.2)
        // Cost: m_c is a point (constant) and left out; BIG's cost drives it alone (ρ = 1).
        #expect(sim.costSensitivities.map(\.input) == [.riskCost("BIG")])
        #expect(abs(sim.costSensitivities[0].rho - 1) < 1e-9)
    }

    // MARK: - Determinism

    static let mixed: [Project] = [
        project("a", start: "2027-01-01", finish: "2027-06-30", risks: [Risk(id: "R1", title: "r", probability: 0.4, cost: Triple(0, 5000, 20000), scheduleDays: Triple(5, 10, 40))],
                duration: nil, cost: nil),
        project("b", phase: .proposed, start: "2027-03-01", finish: "2027-09-30", dependsOn: ["a"],
                risks: [Risk(id: "R2", title: "r", probability: 0.2, cost: Triple(1000, 2000, 9000))], duration: nil, cost: nil),
        project("c", phase: .active, start: "2026-01-01", finish: "2026-12-31", actual: 30_000, duration: nil, cost: nil),
        project("d", start: "2027-10-01", finish: "2028-03-31", dependsOn: ["b", "c"],
                risks: [Risk(id: "R3", title: "r", probability: 0.7, scheduleDays: Triple(0, 3, 30))], duration: nil, cost: nil),
    ]

    static func fingerprint(_ r: SimulationResult) -> [[Double]] {
        r.projects.flatMap { p in [p.finish?.samples ?? [], p.cost?.samples ?? [], (p.finishSensitivities + p.costSensitivities).map(\.rho)] }
            + r.programs.map(\.finish.samples) + [r.portfolio?.cost.samples ?? []]
    }

    @Test func sameSeedSameResultsWhateverTheThreads() throws {
        let one = try #require(Self.figures(Self.mixed, trials: 3_000, threads: 1, keepingDraws: true).simulation)
        let two = try #require(Self.figures(Self.mixed, trials: 3_000, threads: 2, keepingDraws: true).simulation)
        let again = try #require(Self.figures(Self.mixed, trials: 3_000, threads: 2, keepingDraws: true).simulation)
        #expect(Self.fingerprint(one) == Self.fingerprint(two))
        #expect(Self.fingerprint(two) == Self.fingerprint(again))
        // Another seed gives other draws (so the comparison above can fail).
        let other = try #require(Self.figures(Self.mixed, trials: 3_000, seed: 2, threads: 2, keepingDraws: true).simulation)
        #expect(Self.fingerprint(one) != Self.fingerprint(other))
        // Each project's stream depends only on the seed and its id: adding a project leaves
        // an unrelated one's draws unchanged.
        let more = try #require(Self.figures(Self.mixed + [Self.project("zz", start: "2027-01-01", finish: "2027-02-01")],
                                             trials: 3_000, keepingDraws: true).simulation)
        #expect(more.project("a")?.finish?.samples == one.project("a")?.finish?.samples)
    }

    // MARK: - Exposure

    @Test func exposureIsProbabilityTimesMeanImpact() {
        // p 0.3, cost (0, 10 000, 40 000): PERT mean (0 + 40 000 + 40 000)/6 = 13 333.33 → 4 000;
        // triangular mean 50 000/3 → 5 000. Days (5, 10, 30): PERT mean 75/6 = 12.5 → 3.75.
        let risk = Risk(id: "R1", title: "r", probability: 0.3, cost: Triple(0, 10_000, 40_000), scheduleDays: Triple(5, 10, 30))
        let pert = RiskExposure(projectID: "a", risk: risk, distribution: .pert)
        #expect(abs(pert.cost!.amount - 4_000) < 1e-9)
        #expect(abs(pert.days! - 3.75) < 1e-12)
        #expect(abs(RiskExposure(projectID: "a", risk: risk, distribution: .triangular).cost!.amount - 5_000) < 1e-9)
    }
}
