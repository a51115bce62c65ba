import Foundation
import Testing
@testable import Analysis

/// `ParallelMap.stream`: every result handed over once, in input order, on the calling thread,
/// whatever the number of threads; never more items ahead of the consumer than its window, nor
/// more heavy ones than allowed; and a throwing consumer stops it.
@Suite struct ParallelStreamTests {
    /// Counts items begun and not yet taken by the consumer, and the most seen at once.
    final class Watch: @unchecked Sendable {
        private let lock = NSLock()
        private var ahead = 0, heavyAhead = 0
        private(set) var mostAhead = 0, mostHeavy = 0, total = 0
        func begin(heavy: Bool) {
            lock.withLock {
                total += 1
                ahead += 1; mostAhead = max(mostAhead, ahead)
                if heavy { heavyAhead += 1; mostHeavy = max(mostHeavy, heavyAhead) }
            }
        }
        func taken(heavy: Bool) { lock.withLock { ahead -= 1; if heavy { heavyAhead -= 1 } } }
    }

    /// Some work per item, more for some, so the threads finish out of order.
    static func work(_ i: Int) -> Int {
        var x = UInt64(i) &+ 1
        for _ in 0..<(i % 7 == 0 ? 20_000 : 500) { x = x &* 6364136223846793005 &+ 1442695040888963407 }
        return i * 3 + Int(x & 1) - Int(x & 1)
    }

    @Test(arguments: [1, 2, 3, 8])
    func resultsInOrderOnce(threads: Int) {
        let items = Array(0..<2_000)
        let watch = Watch()
        var seen: [Int] = []
        ParallelMap.stream(items, threads: threads, window: 50, heavy: { $0 % 10 == 0 }, maxHeavy: 3, { i -> Int in
            watch.begin(heavy: i % 10 == 0)
            return Self.work(i)
        }) { index, result in
            watch.taken(heavy: index % 10 == 0)
            #expect(result == index * 3)
            seen.append(index)
        }
        #expect(seen == items)
        // Begun and not yet taken: at most the window, and at most 3 heavy ones (with one
        // thread, each item is taken as soon as it is made).
        #expect(watch.mostAhead <= (threads == 1 ? 1 : 50))
        #expect(watch.mostHeavy <= (threads == 1 ? 1 : 3))
    }

    struct Stop: Error {}

    @Test func aThrowingConsumerStopsTheStream() {
        let begun = Watch()
        var consumed = 0
        #expect(throws: Stop.self) {
            try ParallelMap.stream(Array(0..<10_000), threads: 2, window: 20, { i -> Int in
                begun.begin(heavy: false)
                return Self.work(i)
            }) { index, _ in
                consumed += 1
                if index == 99 { throw Stop() }
            }
        }
        #expect(consumed == 100)
        // No item is begun a window or more beyond the last one taken (the hundredth).
        #expect(begun.total >= 100 && begun.total <= 100 + 20)
    }

    @Test func emptyAndSingle() {
        var seen: [Int] = []
        ParallelMap.stream([Int](), threads: 2, window: 4, { $0 }) { _, r in seen.append(r) }
        ParallelMap.stream([7], threads: 2, window: 4, { $0 * 2 }) { _, r in seen.append(r) }
        #expect(seen == [14])
    }
}
