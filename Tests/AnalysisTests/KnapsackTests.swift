import Portfolio
import Testing
import TestSupport
@testable import Analysis

/// The exact knapsack of SPEC §3.8: hand-worked tie cases, then a property test against brute
/// force over every subset of a few hundred random instances.
@Suite struct KnapsackTests {
    typealias Item = Knapsack.Item

    @Test func greedyByValueIsNotOptimal() throws {
        // Capacity 10. Greedy by value takes 60 (w 6) then nothing else fits: 60.
        // Greedy by ratio takes a (60/6 = 10), then b (w 5) does not fit: 60 + nothing = 60.
        // The optimum is b + c: 50 + 50 = 100 (w 10).
        let k = Knapsack(items: [Item(value: 60, weight: 6), Item(value: 50, weight: 5), Item(value: 50, weight: 5)])
        let s = try #require(k.solve(capacity: 10))
        #expect(s.chosen == [1, 2])
        #expect(s.value == 100)
        #expect(s.weight == 10)
    }

    @Test func equalValueTakesLeastWeight() throws {
        // {a} and {b, c} are both worth 100; {b, c} weighs 7 < 8, so it wins although a ranks first.
        let k = Knapsack(items: [Item(value: 100, weight: 8), Item(value: 60, weight: 4), Item(value: 40, weight: 3)])
        let s = try #require(k.solve(capacity: 9))
        #expect(s.chosen == [1, 2])
        #expect(s.weight == 7)
    }

    @Test func equalValueAndWeightTakesHigherPriority() throws {
        // {0, 3} and {1, 2} are worth 100 and weigh 10; at rank 0 they differ and {0, 3} holds it.
        let k = Knapsack(items: [Item(value: 50, weight: 5), Item(value: 50, weight: 5), Item(value: 50, weight: 5), Item(value: 50, weight: 5)])
        let s = try #require(k.solve(capacity: 10))
        #expect(s.chosen == [0, 1])
        // Rank 0 empty-handed alternatives: {1, 2} loses to {0, x}; among {0, x}, {0, 1} holds rank 1.
        let k2 = Knapsack(items: [Item(value: 40, weight: 4), Item(value: 60, weight: 6), Item(value: 70, weight: 6), Item(value: 30, weight: 4)])
        // Capacity 10: {0, 1} = 100 w 10; {2, 3} = 100 w 10; {0, 2} = 110 w 10 — the best value.
        #expect(try #require(k2.solve(capacity: 10)).chosen == [0, 2])
    }

    @Test func zeroWeightAndZeroValueItems() throws {
        // A free item is always taken; a worthless one never (it only adds weight).
        let k = Knapsack(items: [Item(value: 0, weight: 3), Item(value: 10, weight: 0), Item(value: 0, weight: 0), Item(value: 20, weight: 3)])
        #expect(try #require(k.solve(capacity: 3)).chosen == [1, 2, 3])
        #expect(k.solve(capacity: -1) == nil)
        #expect(k.bestValue(capacity: 0) == 10)
    }

    /// Every subset, compared by SPEC §3.8's rules read literally. A subset is a bit mask, bit i
    /// for item i; "holds the higher-priority item at the first rank where they differ" is the
    /// lowest differing bit being set in the winner.
    static func bruteForce(_ items: [Item], capacity: Int64) -> (chosen: [Int], value: Int, weight: Int64) {
        var best: (mask: Int, value: Int, weight: Int64)? = nil
        for mask in 0..<(1 << items.count) {
            var value = 0, weight: Int64 = 0
            for i in items.indices where mask & (1 << i) != 0 { value += items[i].value; weight += items[i].weight }
            guard weight <= capacity else { continue }
            guard let b = best else { best = (mask, value, weight); continue }
            if value != b.value { if value > b.value { best = (mask, value, weight) }; continue }
            if weight != b.weight { if weight < b.weight { best = (mask, value, weight) }; continue }
            let differ = mask ^ b.mask
            if differ != 0, mask & (differ & -differ) != 0 { best = (mask, value, weight) }
        }
        let b = best!
        return (items.indices.filter { b.mask & (1 << $0) != 0 }, b.value, b.weight)
    }

    @Test func matchesBruteForceOnRandomInstances() {
        var rng = TestRandom(seed: 20260501)
        for instance in 0..<400 {
            let n = 1 + Int(rng.next() % 15)
            // Small ranges make ties in value, in weight and in both frequent.
            let valueRange = [3, 10, 10000][instance % 3]
            let weightRange: UInt64 = [5, 20, 5_000_000_00][instance % 3]
            let items = (0..<n).map { _ in
                Item(value: Int(rng.next() % UInt64(valueRange + 1)), weight: Int64(rng.next() % (weightRange + 1)))
            }
            let total = items.map(\.weight).reduce(0, +)
            let capacity = total == 0 ? 0 : Int64(rng.next() % UInt64(total + 1))
            let expected = Self.bruteForce(items, capacity: capacity)
            let k = Knapsack(items: items)
            let got = k.solve(capacity: capacity)
            #expect(got?.chosen == expected.chosen, "instance \(instance): \(items) capacity \(capacity)")
            #expect(got?.value == expected.value)
            #expect(got?.weight == expected.weight)
            #expect(k.bestValue(capacity: capacity) == expected.value)
        }
    }

    @Test func largeInstanceMatchesItsOwnDynamicProgramWithoutReduction() {
        // 150 items: too many for brute force, and more than the small core around the break
        // item (2 × 40), so bounds, fixing and the final core all take part. Checked against a
        // plain DP over every item (no reduction), which knows nothing of the bounds.
        var rng = TestRandom(seed: 7)
        for _ in 0..<6 {
            let items = (0..<150).map { _ in Item(value: Int(rng.next() % 600), weight: Int64(1 + rng.next() % 1_000_000)) }
            let capacity = Int64(rng.next() % 75_000_000)
            var best = [Int64](repeating: .max, count: items.map(\.value).reduce(0, +) + 1)
            best[0] = 0
            for item in items {
                for v in stride(from: best.count - 1, through: item.value, by: -1) where best[v - item.value] != .max {
                    best[v] = min(best[v], best[v - item.value] + item.weight)
                }
            }
            let optimum = best.indices.last { best[$0] <= capacity }!
            let s = Knapsack(items: items).solve(capacity: capacity)
            #expect(s?.value == optimum)
            #expect(s?.weight == best[optimum])
        }
    }
}

