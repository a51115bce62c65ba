import Dispatch

/// Work spread over threads in Build (reading sources, publishing files).
enum Concurrent {
    /// `transform` over `items` on `threads` threads; results in input order, whatever the number.
    static func map<T: Sendable, R>(_ items: [T], threads: Int, _ transform: (T) -> R) -> [R] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        return [R](unsafeUninitializedCapacity: items.count) { buffer, count in
            let base = buffer.baseAddress!
            // Worker w takes items w, w + workers, …: each index is written by exactly one worker.
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                nonisolated(unsafe) let base = base
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var i = worker
                    while i < items.count {
                        (base + i).initialize(to: transform(items[i]))
                        i += workers
                    }
                }
            }
            count = items.count
        }
    }
}
