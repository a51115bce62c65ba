/// The trial loop of one project (SPEC §3.9), apart from what is made of its trials.
///
/// The loop draws, trial after trial, m_d, m_c, then each open risk's occurrence and, when it
/// occurs, its days and cost: the order of the project's stream, which fixes its results. It is
/// compiled once per distribution kind (`TrialDraw`): the kind is the site's, the same for every
/// draw, so it is not asked again in each of the ten draws of a trial. Each three-point estimate
/// is a `Sampler`, without optionals (a risk without a cost triple draws a constant 0, and
/// neither draws a number from the stream), and every buffer is written through a pointer (an
/// array written in the inner loop checked that it was not shared at each write).
struct Trials {
    /// Per trial: m_d, m_c, and either the finish (`finishes`) or, for a finish that waits for
    /// predecessors, the occurred risks' days (`riskDays`); the cost when the project has one.
    var md: [Double]
    var mc: [Double]
    var finishes: [Double]
    var riskDays: [Double]
    var costs: [Double]
    /// Per risk: the trials it occurred in, ascending, and what it drew in each.
    var occurred: [[Int32]]
    var drawnDays: [[Double]]
    var drawnCost: [[Double]]
}

/// A three-point estimate as the trial loop draws it: PERT's gamma constants and triangular's
/// mode share side by side, whichever kind the site uses. Width 0 is the constant `low`.
struct Sampler: Sendable, Hashable {
    let low: Double
    let width: Double
    let alpha: GammaConstants
    let beta: GammaConstants
    let likely: Double
    let high: Double
    let modeShare: Double

    /// Draws nothing, always 0: a risk with no cost (or no schedule) triple.
    static let zero = Sampler(low: 0, width: 0, alpha: GammaConstants(shape: 1), beta: GammaConstants(shape: 1),
                              likely: 0, high: 0, modeShare: 0)
}

/// How a `Sampler` is drawn, per kind: the trial loop's draws and `ThreePointDistribution.sample`'s.
protocol TrialDraw {
    static func sample(_ s: Sampler, _ random: inout RandomStream) -> Double
}

enum PERTDraw: TrialDraw {
    @inline(__always)
    static func sample(_ s: Sampler, _ random: inout RandomStream) -> Double {
        guard s.width > 0 else { return s.low }
        let x = random.gamma(s.alpha), y = random.gamma(s.beta)
        return s.low + s.width * (x / (x + y))
    }
}

enum TriangularDraw: TrialDraw {
    @inline(__always)
    static func sample(_ s: Sampler, _ random: inout RandomStream) -> Double {
        guard s.width > 0 else { return s.low }
        return ThreePointDistribution.triangularQuantile(random.uniform(), low: s.low, likely: s.likely, high: s.high,
                                                         modeShare: s.modeShare)
    }
}

extension ProjectModel {
    /// `n` trials on `random`. `waits`: the finish waits for simulated predecessors, so the
    /// risks' days are kept per trial instead of a finish.
    func trials(_ n: Int, random: inout RandomStream, waits: Bool) -> Trials {
        switch duration.kind {
        case .pert: return trials(PERTDraw.self, n, random: &random, waits: waits)
        case .triangular: return trials(TriangularDraw.self, n, random: &random, waits: waits)
        }
    }

    private func trials<D: TrialDraw>(_: D.Type, _ n: Int, random: inout RandomStream, waits: Bool) -> Trials {
        let riskCount = risks.count
        let duration = self.duration.sampler, costMultiplier = self.costMultiplier.sampler
        let probabilities = risks.map { RandomStream.bernoulliThreshold($0.probability) }
        let days = risks.map { $0.days?.sampler ?? .zero }, cost = risks.map { $0.cost?.sampler ?? .zero }
        // Where the finish starts, worked out once: the start, moved to a later fixed
        // predecessor's finish unless started, and never before as_of.
        var begin = 0.0, remaining = 0.0
        if let f = finish {
            var start = f.start
            if !f.started, let fixed = f.fixedPredecessorFinish, fixed > start { start = fixed }
            begin = max(f.asOf, start)
            remaining = f.remainingDays
        }
        let ac = self.ac, etc = self.etc ?? 0

        // Only the slots written are read: nothing is zeroed first. A risk's occurrences fill
        // the first `occurrences[r]` of its n slots. The per-trial series are the arrays
        // returned, written in place (copied out of buffers of their own, they were a memcpy of
        // 320 KB a project).
        let keepsFinish = finish != nil && !waits, keepsRiskDays = waits, keepsCost = self.etc != nil
        func uninitialized(_ count: Int) -> [Double] { [Double](unsafeUninitializedCapacity: count) { _, c in c = count } }
        var mdSeries = uninitialized(n), mcSeries = uninitialized(n)
        var perTrialSeries = uninitialized(keepsFinish || keepsRiskDays ? n : 0), costSeries = uninitialized(keepsCost ? n : 0)
        let occurred = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, riskCount * n))
        let drawnDays = UnsafeMutablePointer<Double>.allocate(capacity: max(1, riskCount * n))
        let drawnCost = UnsafeMutablePointer<Double>.allocate(capacity: max(1, riskCount * n))
        let occurrences = UnsafeMutablePointer<Int>.allocate(capacity: max(1, riskCount))
        occurrences.initialize(repeating: 0, count: max(1, riskCount))
        defer {
            for buffer in [drawnDays, drawnCost] { buffer.deallocate() }
            occurred.deallocate()
            occurrences.deallocate()
        }
        Self.writing(&mdSeries, &mcSeries, &perTrialSeries, &costSeries) { md, mc, perTrial, costs in
            probabilities.withUnsafeBufferPointer { probabilities in
                days.withUnsafeBufferPointer { days in
                    cost.withUnsafeBufferPointer { cost in
                        for t in 0..<n {
                            let d = D.sample(duration, &random)
                            let c = D.sample(costMultiplier, &random)
                            md[t] = d; mc[t] = c
                            var riskDays = 0.0, riskCost = 0.0
                            for r in 0..<riskCount {
                                guard random.bernoulli(threshold: probabilities[r]) else { continue }
                                let x = D.sample(days[r], &random)
                                let y = D.sample(cost[r], &random)
                                let slot = r &* n &+ occurrences[r]
                                occurrences[r] &+= 1
                                occurred[slot] = Int32(truncatingIfNeeded: t); drawnDays[slot] = x; drawnCost[slot] = y
                                riskDays += x; riskCost += y
                            }
                            if keepsFinish { perTrial[t] = begin + remaining * d + riskDays }
                            if keepsRiskDays { perTrial[t] = riskDays }
                            if keepsCost { costs[t] = ac + etc * c + riskCost }
                        }
                    }
                }
            }
        }
        func array<T>(_ base: UnsafeMutablePointer<T>, _ count: Int) -> [T] { Array(UnsafeBufferPointer(start: base, count: count)) }
        let slots = (0..<riskCount).map { r in (r * n, occurrences[r]) }
        return Trials(md: mdSeries, mc: mcSeries,
                      finishes: keepsFinish ? perTrialSeries : [], riskDays: keepsRiskDays ? perTrialSeries : [],
                      costs: costSeries,
                      occurred: slots.map { array(occurred + $0.0, $0.1) },
                      drawnDays: slots.map { array(drawnDays + $0.0, $0.1) },
                      drawnCost: slots.map { array(drawnCost + $0.0, $0.1) })
    }

    /// The four series' storage, written through pointers by `body` (an empty series gets a
    /// pointer to nothing, never written: the loop writes it only when it keeps it).
    private static func writing(_ a: inout [Double], _ b: inout [Double], _ c: inout [Double], _ d: inout [Double],
                                _ body: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>,
                                         UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) -> Void) {
        var nothing = 0.0
        a.withUnsafeMutableBufferPointer { a in
            b.withUnsafeMutableBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    d.withUnsafeMutableBufferPointer { d in
                        withUnsafeMutablePointer(to: &nothing) { nothing in
                            body(a.baseAddress ?? nothing, b.baseAddress ?? nothing, c.baseAddress ?? nothing, d.baseAddress ?? nothing)
                        }
                    }
                }
            }
        }
    }
}
