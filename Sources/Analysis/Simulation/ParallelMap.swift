import Dispatch
import Foundation

/// Maps items on several threads and returns the results in input order, so the output never
/// depends on the number of threads or on scheduling. Used by the simulation and the history
/// here, and by Site for its pages and feed entries.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        // Each worker takes the next item not yet taken (projects differ in their risks, pages in
        // their size), so a slow one never leaves the other workers idle; each writes only the
        // slots it took.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() {
                slots.set(index, transform(items[index]))
            }
        }
        return slots.values()
    }
}

/// Result slots written by several threads, each index exactly once, and the next index to take.
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
