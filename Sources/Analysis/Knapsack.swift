/// An exact 0/1 knapsack with the tie rules of SPEC §3.8.
///
/// Items come in priority order (highest first). Among all subsets whose total weight is at most
/// the capacity, the solution has
/// 1. the greatest total value;
/// 2. among those, the least total weight;
/// 3. among those, the one holding the higher-priority item at the first rank where two differ.
///
/// Values and weights are integers, so every comparison is exact: values are strategic values in
/// hundredths (they are compared at 2 decimals), weights are BAC in cents (money's published
/// precision). No amount is scaled to a coarser unit.
///
/// ## Method: reduction, then dynamic programming over value
/// 1. **Trivial items.** An item of weight ≤ 0 is always taken (it never costs capacity, and taking
///    it never lowers the value nor raises the weight; with weight 0 and value 0 rule 3 takes it).
///    An item of value 0 and weight > 0 is never taken (rule 2).
/// 2. **Bounds.** Items sorted by value per weight give the LP relaxation's bound `U` and its break
///    item, with dual price `λ = value ÷ weight` of the break item. A feasible value `L ≤ optimum`
///    is the better of filling greedily in that order and solving exactly (step 4) the 20 items
///    around the break item with those before taken and those after left out. (80 items
///    tightened `L` no further on the sample portfolios, and their dynamic program was most of
///    the work: the cores left after fixing hold fewer than ten items either way.)
/// 3. **Fixing (reduced costs).** Forcing an item against its LP value lowers the LP bound by at
///    least `|value − λ × weight|`. When that exceeds `U − L`, every subset that flips the item is
///    worth less than `L`, hence less than the optimum: *every* optimal subset agrees on that item,
///    so fixing it changes none of rules 1–3. The test is done in floating point with a safety
///    margin, and only ever errs towards not fixing, which is always safe.
/// 4. **Dynamic programming over value** on the remaining (core) items, for the remaining capacity:
///    `minWeight[v]` = least weight reaching value exactly `v`, for `v` up to the bound. Items are
///    processed from the lowest priority up, recording for each item and value whether taking the
///    item reaches the least weight (ties count as taking). The optimum is the largest `v` with
///    `minWeight[v] ≤ capacity` (rule 1) and its weight is `minWeight[v]` (rule 2); walking the
///    items from the highest priority down and taking each one whenever its bit says so yields the
///    subset that holds the higher-priority item at the first rank where optimal subsets differ
///    (rule 3).
///
/// The result is exact whatever the instance; the reduction only makes the usual instance fast
/// (the core is small), it never changes the answer. `KnapsackTests` check it against brute force.
public struct Knapsack: Sendable {
    public struct Item: Hashable, Sendable {
        /// Strategic value in hundredths; must be ≥ 0.
        public let value: Int
        /// BAC in cents.
        public let weight: Int64
        public init(value: Int, weight: Int64) { self.value = value; self.weight = weight }
    }

    public struct Solution: Hashable, Sendable {
        /// Indices into the items, ascending (= priority order).
        public let chosen: [Int]
        public let value: Int
        public let weight: Int64
    }

    /// In priority order, highest first.
    public let items: [Item]
    /// Items on each side of the break item in the small core that improves the lower bound.
    static let window = 10

    public init(items: [Item]) {
        precondition(items.allSatisfy { $0.value >= 0 }, "knapsack values must be ≥ 0")
        self.items = items
    }

    /// The optimal subset under rules 1–3, or nil when even the empty subset does not fit
    /// (capacity < 0, e.g. when fixed commitments exceed the funding).
    public func solve(capacity: Int64) -> Solution? {
        guard capacity >= 0 else { return nil }
        let run = run(capacity: capacity, withSubset: true)
        let chosen = run.taken.indices.filter { run.taken[$0] }
        return Solution(chosen: chosen, value: run.value, weight: chosen.map { items[$0].weight }.reduce(0, +))
    }

    /// The optimal total value at `capacity` (rule 1 only; cheaper than `solve`); nil when
    /// capacity < 0.
    public func bestValue(capacity: Int64) -> Int? {
        guard capacity >= 0 else { return nil }
        return run(capacity: capacity, withSubset: false).value
    }

    // MARK: - Method

    /// The optimal value and, with `withSubset`, the optimal subset (otherwise only the items
    /// fixed before the dynamic program are marked).
    private func run(capacity: Int64, withSubset: Bool) -> (value: Int, taken: [Bool]) {
        var taken = [Bool](repeating: false, count: items.count)
        var remaining = capacity
        var open: [Int] = []
        for (i, item) in items.enumerated() {
            if item.weight <= 0 {
                taken[i] = true
                remaining -= item.weight
            } else if item.value > 0 {
                open.append(i)
            }
        }
        func takenValue() -> Int { taken.indices.filter { taken[$0] }.map { items[$0].value }.reduce(0, +) }

        // Bounds from the LP relaxation over the open items, best value per weight first.
        let byRatio = open.sorted { a, b in
            let x = items[a], y = items[b]
            let l = x.value.multipliedFullWidth(by: Int(y.weight)), r = y.value.multipliedFullWidth(by: Int(x.weight))
            return l != r ? (l.high, l.low) > (r.high, r.low) : a < b
        }
        var prefixWeight: Int64 = 0
        var prefixValue = 0
        var breakPosition: Int? = nil
        for (k, i) in byRatio.enumerated() {
            if prefixWeight + items[i].weight > remaining { breakPosition = k; break }
            prefixWeight += items[i].weight
            prefixValue += items[i].value
        }
        guard let b = breakPosition else {
            // Everything open fits: taking it all is best, as every open item has value > 0.
            for i in open { taken[i] = true }
            return (takenValue(), taken)
        }
        let breakItem = items[byRatio[b]]
        let lambda = Double(breakItem.value) / Double(breakItem.weight)
        let upper = Double(prefixValue) + Double(remaining - prefixWeight) * lambda
        var lowerWeight = prefixWeight
        var lower = prefixValue
        for i in byRatio[b...] where lowerWeight + items[i].weight <= remaining {
            lowerWeight += items[i].weight
            lower += items[i].value
        }
        // A better feasible value from a small core around the break item, solved exactly with
        // the items before it taken and those after it left: the tighter `L` is, the more items
        // the reduced costs fix, and the smaller the final dynamic program.
        let window = byRatio[max(0, b - Knapsack.window)..<min(byRatio.count, b + Knapsack.window)]
        let before = byRatio[..<window.startIndex]
        let beforeWeight = before.map { items[$0].weight }.reduce(0, +)
        let beforeValue = before.map { items[$0].value }.reduce(0, +)
        let small = dynamicProgram(window.sorted(), capacity: remaining - beforeWeight,
                                   valueBound: window.map { items[$0].value }.reduce(0, +), withSubset: false)
        lower = max(lower, beforeValue + small.0)
        let gap = upper - Double(lower)
        let margin = 1e-9 * max(1, upper) + 1e-6

        var core: [Int] = []
        for (k, i) in byRatio.enumerated() {
            let reduced = Double(items[i].value) - lambda * Double(items[i].weight)
            if abs(reduced) > gap + margin {
                // In every optimal subset (before the break item) or in none (after it).
                if k < b { taken[i] = true; remaining -= items[i].weight }
            } else {
                core.append(i)
            }
        }
        core.sort()  // back to priority order
        // `upper` bounds the open items only: the core can add at most upper − (fixed open items).
        let fixedOpen = byRatio[..<b].filter { taken[$0] }.map { items[$0].value }.reduce(0, +)
        let bound = max(0, min(Int(upper.rounded(.down)) + 1 - fixedOpen, core.map { items[$0].value }.reduce(0, +)))
        let fixedValue = takenValue()
        let (coreValue, coreChosen) = dynamicProgram(core, capacity: remaining, valueBound: bound, withSubset: withSubset)
        for i in coreChosen { taken[i] = true }
        return (fixedValue + coreValue, taken)
    }

    /// Rules 1–3 over `core` (in priority order) by dynamic programming over value: the optimal
    /// value, and with `withSubset` the chosen items.
    private func dynamicProgram(_ core: [Int], capacity: Int64, valueBound: Int, withSubset: Bool) -> (Int, [Int]) {
        guard !core.isEmpty else { return (0, []) }
        let unreachable = Int64.max
        var minWeight = [Int64](repeating: unreachable, count: valueBound + 1)
        minWeight[0] = 0
        // takes[k]: one bit per value, set when taking core[k] reaches the least weight.
        let words = (valueBound + 1 + 63) / 64
        var takes: [[UInt64]] = []
        if withSubset { takes.reserveCapacity(core.count) }
        var reach = 0  // the highest value reachable so far
        for k in stride(from: core.count - 1, through: 0, by: -1) {
            let item = items[core[k]]
            var bits = withSubset ? [UInt64](repeating: 0, count: words) : []
            let top = min(valueBound, reach + item.value)
            if item.value <= top {
                minWeight.withUnsafeMutableBufferPointer { w in
                    var v = top
                    while v >= item.value {
                        let from = w[v - item.value]
                        if from != unreachable {
                            let candidate = from + item.weight
                            if candidate <= capacity && candidate <= w[v] {
                                w[v] = candidate
                                if withSubset { bits[v >> 6] |= 1 << UInt64(v & 63) }
                            }
                        }
                        v -= 1
                    }
                }
            }
            reach = top
            if withSubset { takes.append(bits) }
        }
        var best = 0
        for v in stride(from: reach, through: 0, by: -1) where minWeight[v] <= capacity { best = v; break }
        guard withSubset else { return (best, []) }
        takes.reverse()  // takes[k] now belongs to core[k]
        var chosen: [Int] = []
        var v = best
        for k in core.indices {
            if v == 0 { break }  // every core item has a value > 0
            if takes[k][v >> 6] & (1 << UInt64(v & 63)) != 0 {
                chosen.append(core[k])
                v -= items[core[k]].value
            }
        }
        return (best, chosen)
    }
}
