import Testing
@testable import Analysis

/// The radix order that ranks and sorts the simulation's draws, against a comparison sort.
struct RadixOrderTests {
    /// The stable ascending order by comparison: by value, then by position.
    static func reference(_ values: [Double]) -> [Int32] {
        values.indices.sorted { (values[$0], $0) < (values[$1], $1) }.map(Int32.init)
    }

    @Test func smallInputsByHand() {
        // 3 < 5 = 5 < 7, ties in input order; negatives before positives.
        #expect(RadixOrder([5, 3, 7, 5]).indices == [1, 0, 3, 2])
        #expect(RadixOrder([2.5, -1, -3.25, 0, 1e300, -1e-300]).indices == [2, 1, 5, 3, 0, 4])
        #expect(RadixOrder([]).indices == [])
        #expect(RadixOrder([4, 4, 4]).indices == [0, 1, 2])
    }

    @Test func largeInputs() {
        // 10,000 finishes a few hundred days apart (their high bytes alike, so those passes are
        // skipped), with ties, and 3,000 values of mixed sign and magnitude: the same order as a
        // comparison sort.
        var random = RandomStream(seed: 3, stream: "radix")
        let finishes = (0..<10_000).map { _ in 739_000 + (random.uniform() * 300 * 4).rounded() / 4 }
        #expect(Set(finishes).count < finishes.count)
        #expect(RadixOrder(finishes).indices == Self.reference(finishes))
        let mixed = (0..<3_000).map { i -> Double in
            let u = random.uniform()
            return (i % 2 == 0 ? -1 : 1) * u * [1e-9, 1, 1e6, 1e12][i % 4]
        }
        #expect(RadixOrder(mixed).indices == Self.reference(mixed))
        // Over 65,536 values the words are 64 bits (`order32` takes up to 65,536): both sides of
        // that line, with ties, and with the keys stretched so that bits are dropped.
        for count in [65_536, 70_000] {
            let many = (0..<count).map { _ in 739_000 + (random.uniform() * 300 * 4).rounded() / 4 }
            #expect(RadixOrder(many).indices == Self.reference(many), "\(count)")
            var stretched = (0..<count).map { _ in 1 + random.uniform() * 1e-3 }
            stretched[17] = 1e300
            stretched[18] = stretched[19]
            #expect(RadixOrder(stretched).indices == Self.reference(stretched), "\(count), stretched")
        }
    }

    @Test func sortedValuesAreTheComparisonSortsOwn() {
        // A program's outcome sorts its finishes with `Ranking.sorted`: the same array as the
        // standard library's `sorted()`, here on 10,000 finishes with ties and on mixed signs.
        var random = RandomStream(seed: 4, stream: "radix-sorted")
        let finishes = (0..<10_000).map { _ in 739_000 + (random.uniform() * 300 * 2).rounded() / 2 }
        #expect(Ranking.sorted(finishes) == finishes.sorted())
        let mixed = (0..<1_000).map { i in (i % 3 == 0 ? -1 : 1) * random.uniform() * 1e6 }
        #expect(Ranking.sorted(mixed) == mixed.sorted())
        #expect(Ranking.sorted([]) == [])
        #expect(Ranking.sorted([2, -1, 2, 0.5]) == [-1, 0.5, 2, 2])
    }

    @Test func neighboursBeyondWhatTheWordKeeps() {
        // ±1e300 stretch the keys over 64 bits, so a key's lowest bits are left out of its word:
        // 1, its neighbours a few units in the last place away, and exact repeats of each tie in
        // the bits kept and must still come out by full key, repeats in input order.
        var random = RandomStream(seed: 9, stream: "radix-neighbours")
        var values: [Double] = [1e300, -1e300]
        for _ in 0..<2_000 {
            var x = 1.0
            for _ in 0..<Int(random.uniform() * 8) { x = random.uniform() < 0.5 ? x.nextUp : x.nextDown }
            values.append(x)
            if random.uniform() < 0.2 { values.append(x) }
        }
        #expect(Set(values).count > 10 && Set(values).count < values.count)
        #expect(RadixOrder(values).indices == Self.reference(values))
        // Ties in the bits kept at both ends of the order, each pair in reverse input order:
        // 1 < 1⁺ < 3 < 5 < 1e300⁻ < 1e300 (by hand), so positions 4, 2, 5, 1, 0, 3.
        #expect(RadixOrder([1e300.nextDown, 5, 1.0.nextUp, 1e300, 1, 3]).indices == [4, 2, 5, 1, 0, 3])
    }

    @Test func bunchedValuesBesideAnOutlier() {
        // 5,000 values within 1 of each other and one a trillion times larger: they share a
        // thousand of the 2^22 cells of the top bits, so the insertion pass has to move many;
        // 200 ties among them keep input order.
        var random = RandomStream(seed: 5, stream: "radix-outlier")
        var values = (0..<5_000).map { _ in 100 + random.uniform() }
        for i in stride(from: 0, to: 400, by: 2) { values[i + 1] = values[i] }
        values[1_234] = 1e14
        #expect(RadixOrder(values).indices == Self.reference(values))
        // Within a millionth of each other: all in one cell, in random order, so the insertion
        // pass gives up and the comparison sort orders them.
        var packed = (0..<5_000).map { _ in 100 + random.uniform() * 1e-6 }
        packed.append(1e14)
        #expect(RadixOrder(packed).indices == Self.reference(packed))
        // Two values, and two distinct values many times over.
        #expect(RadixOrder([2, 1]).indices == [1, 0])
        let twoValues = (0..<1_000).map { Double($0 % 7 == 0 ? 3 : 1) }
        #expect(RadixOrder(twoValues).indices == Self.reference(twoValues))
    }
}
