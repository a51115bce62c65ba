import Dispatch

/// Work spread over threads in Build (reading sources, publishing files).
enum Concurrent {
    /// `transform` over `items` on `threads` threads; results in input order, whatever the number.
    static func map<T: Sendable, R>(_ items: [T], threads: Int, _ transform: (T) -> R) -> [R] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        return [R](unsafeUninitializedCapacity: items.count) { buffer, count in
            let base = buffer.baseAddress!
            // Worker w takes the w-th of `workers` runs of neighbouring items: each index is
            // written by exactly one worker, and two workers seldom create files in one folder
            // at once (the kernel serialises them on the folder's lock).
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                nonisolated(unsafe) let base = base
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    for i in (worker * items.count / workers)..<((worker + 1) * items.count / workers) {
                        (base + i).initialize(to: transform(items[i]))
                    }
                }
            }
            count = items.count
        }
    }
}
