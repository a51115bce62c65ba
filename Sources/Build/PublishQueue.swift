import Dispatch
import Foundation
import Site

/// Hands rendered batches to a `PublishSession` on a thread of its own, so the render
/// threads go on with the next batch while the last one is compared and written. Batches
/// reach the session one at a time, in the order they were added: the outcome is the same
/// as adding them in line. At most `depth` batches wait, so the rendered site still never
/// sits in memory whole. With one thread (`--jobs 1`) each batch is published in line.
final class PublishQueue: @unchecked Sendable {
    private let session: PublishSession
    private let inline: Bool
    private let queue = DispatchQueue(label: "pmo.publish")
    private let room: DispatchSemaphore
    private let lock = NSLock()
    private var failure: Error?
    private var busy = Duration.zero
    /// Bytes published since memory was last handed back to the system.
    private var sinceTrim = 0
    /// Hand memory back after about this many bytes of pages: `malloc_trim` walks the whole
    /// heap, so once per batch cost more with every batch on a large site.
    static let trimEvery = 32 << 20

    init(_ session: PublishSession, threads: Int, depth: Int = 2) {
        self.session = session
        inline = threads <= 1
        room = DispatchSemaphore(value: max(1, depth))
    }

    /// Queues a batch; throws the error of an earlier batch, if one failed.
    func add(_ files: [OutputFile]) throws {
        try rethrowFailure()
        guard !inline else { publish(files); return try rethrowFailure() }
        room.wait()
        queue.async { [self] in
            defer { room.signal() }
            publish(files)
        }
    }

    private func publish(_ files: [OutputFile]) {
        guard currentFailure == nil else { return }
        let start = ContinuousClock.now
        do {
            try session.add(files)
            sinceTrim += files.reduce(0) { $0 + $1.byteCount }
            if sinceTrim >= Self.trimEvery {
                Memory.returnFreePages()
                sinceTrim = 0
            }
        } catch {
            lock.withLock { failure = error }
        }
        let spent = ContinuousClock.now - start
        lock.withLock { busy += spent }
    }

    /// Waits for every queued batch; throws the first error. Returns the time the queue spent
    /// publishing (overlapping the rendering).
    @discardableResult
    func drain() throws -> Duration {
        queue.sync {}
        try rethrowFailure()
        return lock.withLock { busy }
    }

    private var currentFailure: Error? { lock.withLock { failure } }

    private func rethrowFailure() throws {
        if let error = currentFailure { throw error }
    }
}
