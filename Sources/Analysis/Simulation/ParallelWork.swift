import Dispatch
import Foundation

/// Maps items on several threads and returns the results in input order, so the output never
/// depends on the number of threads or on scheduling.
enum ParallelWork {
    static func map<R: Sendable>(_ items: [Int], threads: Int, _ transform: @Sendable (Int) -> R) -> [R] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        // Each worker takes the next item not yet taken (projects differ in their risks, dates
        // in their reports), and writes only the slots it took.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() {
                slots.set(index, transform(items[index]))
            }
        }
        return slots.values()
    }
}

/// Result slots written by several threads, each index exactly once.
private final class Slots<R: Sendable>: @unchecked Sendable {
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
