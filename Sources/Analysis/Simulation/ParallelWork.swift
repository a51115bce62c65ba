import Dispatch
import Foundation

/// Maps items on several threads and returns the results in input order, so the output never
/// depends on the number of threads or on scheduling.
enum ParallelWork {
    static func map<R: Sendable>(_ items: [Int], threads: Int, _ transform: @Sendable (Int) -> R) -> [R] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        // Worker w takes items w, w + workers, …; each writes only its own slots.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < items.count {
                slots.set(index, transform(items[index]))
                index += workers
            }
        }
        return slots.values()
    }
}

/// Result slots written by several threads, each index exactly once.
private final class Slots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: R) { lock.lock(); slots[index] = value; lock.unlock() }
    func values() -> [R] { slots.map { $0! } }
}
