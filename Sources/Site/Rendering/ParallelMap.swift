import Dispatch
import Foundation

/// Maps a collection on several threads and returns the results in input order, so the
/// output never depends on the number of threads or on scheduling.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        // Each worker takes the next item not yet taken, so a slow page (a dashboard, a project
        // with many charts) never leaves the other workers idle at the end of a batch.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.claim() {
                results.set(index, transform(items[index]))
            }
        }
        return results.values()
    }
}

/// Result slots written by several threads, each index exactly once, and the next index to take.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private var next = 0
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    /// The next index no worker has taken yet; nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }
    func set(_ index: Int, _ value: R) { lock.lock(); slots[index] = value; lock.unlock() }
    func values() -> [R] { slots.map { $0! } }
}
