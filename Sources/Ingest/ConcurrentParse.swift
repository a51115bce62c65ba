import Dispatch

/// Parsing spread over threads: results in input order, so nothing depends on the number.
enum ConcurrentParse {
    static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        return [R](unsafeUninitializedCapacity: items.count) { buffer, count in
            nonisolated(unsafe) let base = buffer.baseAddress!
            // Worker w takes items w, w + workers, …: each index is written by exactly one worker.
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var i = worker
                while i < items.count {
                    (base + i).initialize(to: transform(items[i]))
                    i += workers
                }
            }
            count = items.count
        }
    }
}
