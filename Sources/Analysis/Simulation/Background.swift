import Dispatch

/// Work started on another thread while the caller goes on with its own; `value()` waits for
/// it. With one thread (`--jobs 1`) nothing starts: the work runs on the caller's thread, at
/// `value()`. The result is the work's whatever the thread it ran on.
public final class Background<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)
    private let inline: (@Sendable () -> T)?

    public init(threads: Int, _ work: @escaping @Sendable () -> T) {
        guard threads > 1 else { inline = work; return }
        inline = nil
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The work's result, once it is done; call it once.
    public func value() -> T {
        if let inline { return inline() }
        done.wait()
        return result!
    }
}
