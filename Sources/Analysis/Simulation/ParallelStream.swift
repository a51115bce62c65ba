import Foundation

extension ParallelMap {
    /// Maps `items` on `threads` threads of their own and hands each result to `consume` on the
    /// calling thread, in input order, as soon as it and every one before it are done: no
    /// thread waits for the slowest item of a batch before starting the next, as `map` over
    /// batches made them do (about 6 % of the rendering's two cores went idle so).
    ///
    /// At most `window` items are rendered ahead of the one `consume` takes next, and at most
    /// `maxHeavy` of those for which `heavy` is true, so the results held at once stay bounded.
    /// When `consume` throws, no further item is started, the threads finish the ones they hold,
    /// and the error is rethrown. With one thread, each item is mapped and consumed in turn.
    public static func stream<T: Sendable, R: Sendable>(
        _ items: [T], threads: Int, window: Int, heavy: @escaping @Sendable (T) -> Bool = { _ in false }, maxHeavy: Int = .max,
        _ transform: @escaping @Sendable (T) -> R, consume: (Int, R) throws -> Void
    ) rethrows {
        guard threads > 1, items.count > 1 else {
            for i in items.indices { try consume(i, transform(items[i])) }
            return
        }
        let workers = min(threads, items.count)
        let state = StreamState<R>(count: items.count, window: max(1, window), maxHeavy: max(1, maxHeavy), workers: workers)
        for _ in 0..<workers {
            // Threads of their own, not the shared pool's: a worker waiting for room would
            // otherwise hold a pool thread that the consumer's own work may need.
            StreamThreads.shared.run {
                while let i = state.claim(isHeavy: { heavy(items[$0]) }) {
                    state.finish(i, transform(items[i]))
                }
                state.workerDone()
            }
        }
        defer { state.stopAndWait() }
        var index = 0
        while index < items.count {
            for result in state.takeReady(from: index) {
                try consume(index, result)
                index += 1
            }
        }
    }
}

/// The threads of `ParallelMap.stream`, kept for the life of the process and reused by every
/// stream: the allocator keeps its caches per thread, and new threads for each stream (the
/// simulation, the pages, the feed) cost about 6,000 more page faults a build.
private final class StreamThreads: @unchecked Sendable {
    static let shared = StreamThreads()
    private let condition = NSCondition()
    private var pending: [@Sendable () -> Void] = []
    private var waiting = 0

    /// Runs `job` on a waiting thread, or on a new one when none waits.
    func run(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        if waiting > pending.count {
            pending.append(job)
            condition.signal()
            condition.unlock()
            return
        }
        condition.unlock()
        let thread = Thread { self.loop(job) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func loop(_ first: @escaping @Sendable () -> Void) {
        var job = first
        while true {
            job()
            condition.lock()
            waiting += 1
            while pending.isEmpty { condition.wait() }
            waiting -= 1
            job = pending.removeFirst()
            condition.unlock()
        }
    }
}

/// The shared state of `ParallelMap.stream`: the next item to claim, the results not yet taken,
/// and the room left, under one condition.
private final class StreamState<R>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private let maxHeavy: Int
    /// The consumer is woken for this many results in a row (or fewer at the end, or when a
    /// worker waits for room): woken for each, it and the workers spent a tenth of a second of
    /// system time at a thousand projects switching threads.
    private let wakeRun = 16
    /// Results done and not yet taken (`done` says which: `R` may itself be optional).
    private var results: [R?]
    private var done: [Bool]
    private var heavy: [Bool]
    private var next = 0
    /// Items handed to the consumer, and of those, consumed (it came back for more): the
    /// window counts the items handed out and not yet consumed as held.
    private var handed = 0
    private var taken = 0
    private var heavyHeld = 0
    private var stopped = false
    private var running: Int
    private var consumerWaiting = false
    private var workersWaiting = 0

    init(count: Int, window: Int, maxHeavy: Int, workers: Int) {
        self.count = count
        self.window = window
        self.maxHeavy = maxHeavy
        results = Array(repeating: nil, count: count)
        done = Array(repeating: false, count: count)
        heavy = Array(repeating: false, count: count)
        running = workers
    }

    /// Whether the consumer, waiting for result `handed`, should go on (under the lock).
    private var consumerMayGo: Bool {
        guard handed < count, done[handed] else { return false }
        if workersWaiting > 0 || next >= count { return true }
        var k = handed
        while k < count && done[k] && k - handed < wakeRun { k += 1 }
        return k - handed >= wakeRun || k == count
    }

    /// The next item for a worker, once there is room for it; nil when none is left.
    func claim(isHeavy: (Int) -> Bool) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopped || next >= count { return nil }
            if next - taken < window {
                let weighs = isHeavy(next)
                if !weighs || heavyHeld < maxHeavy {
                    heavy[next] = weighs
                    if weighs { heavyHeld += 1 }
                    next += 1
                    return next - 1
                }
            }
            workersWaiting += 1
            if consumerWaiting && consumerMayGo { condition.broadcast() }
            condition.wait()
            workersWaiting -= 1
        }
    }

    func finish(_ index: Int, _ result: R) {
        condition.lock()
        results[index] = result
        done[index] = true
        if consumerWaiting && consumerMayGo { condition.broadcast() }
        condition.unlock()
    }

    /// The results done in a row from `index`, at least one; waits for them. Every item before
    /// `index` has been consumed.
    func takeReady(from index: Int) -> [R] {
        condition.lock()
        defer { condition.unlock() }
        precondition(index == handed, "results are taken in order")
        for k in taken..<index where heavy[k] { heavyHeld -= 1 }
        taken = index
        if workersWaiting > 0 { condition.broadcast() }
        while !consumerMayGo {
            consumerWaiting = true
            condition.wait()
            consumerWaiting = false
        }
        var ready: [R] = []
        while handed < count && done[handed] {
            ready.append(results[handed]!)
            results[handed] = nil
            done[handed] = false
            handed += 1
        }
        return ready
    }

    func workerDone() {
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// No item is started after this; returns once every worker has ended.
    func stopAndWait() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
