import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bump allocator per thread for cmark-gfm, as the `cmark-gfm` command uses one (its arena,
/// `cmark_get_arena_mem_allocator`, is a single process-wide one, so pmo has its own). A parse
/// makes many small allocations (a node, a buffer per block and inline) and frees them all at
/// the end; here they are carved from large zeroed chunks and dropped together by `reset()`,
/// which zeroes what was used so the next parse gets `calloc`'s zeroed memory again. `free` does
/// nothing. A parse never moves between threads (`render` is synchronous), so each thread's
/// arena is only ever used by that thread.
///
/// The callbacks find the thread's arena through a pthread key that holds a plain `Bump`
/// struct, not the object: carving a block touches no reference count and no Swift
/// exclusivity check (both were a fifth of a parse's time).
final class ParseArena {
    /// The `cmark_mem` handed to `cmark_parser_new_with_mem`; its functions use the calling
    /// thread's arena.
    nonisolated(unsafe) static let allocator: UnsafeMutablePointer<cmark_mem> = {  // written once, then only read
        let mem = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        mem.initialize(to: cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                return overflow ? nil : ParseArena.currentBump.pointee.allocate(bytes)
            },
            realloc: { pointer, size in ParseArena.currentBump.pointee.reallocate(pointer, to: size) },
            free: { _ in }))
        return mem
    }()

    /// This thread's arena, made on first use and freed when the thread ends.
    static var current: ParseArena { currentBump.pointee.owner.takeUnretainedValue() }

    private static var currentBump: UnsafeMutablePointer<Bump> {
        if let existing = pthread_getspecific(key) { return existing.assumingMemoryBound(to: Bump.self) }
        let arena = ParseArena()
        _ = Unmanaged.passRetained(arena)  // released by the key's destructor
        pthread_setspecific(key, UnsafeMutableRawPointer(arena.bump))
        return arena.bump
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            pointer.assumingMemoryBound(to: Bump.self).pointee.owner.release()
        }
        return key
    }()

    /// Chunk size; a parse of a few kilobytes of Markdown fits in one.
    static let chunkSize = 256 << 10
    /// Each block is preceded by its size, for `reallocate`; blocks stay 16-byte aligned.
    fileprivate static let header = 16

    /// The chunk being carved: the next free byte and the chunk's end.
    fileprivate struct Bump {
        var next: UnsafeMutableRawPointer?
        var end: UnsafeMutableRawPointer?
        let owner: Unmanaged<ParseArena>

        /// `bytes` zeroed bytes, 16-byte aligned.
        @inline(__always)
        mutating func allocate(_ bytes: Int) -> UnsafeMutableRawPointer? {
            let needed = (ParseArena.header + bytes + 15) & ~15
            if let block = next, let end, needed <= block.distance(to: end) {
                next = block + needed
                block.storeBytes(of: bytes, as: Int.self)
                return block + ParseArena.header
            }
            return owner._withUnsafeGuaranteedRef { $0.allocateSlowly(bytes, needed: needed) }
        }

        /// `realloc`: a new block holding the old one's bytes (the old block stays until `reset`).
        mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, to bytes: Int) -> UnsafeMutableRawPointer? {
            guard let pointer else { return allocate(bytes) }
            let old = (pointer - ParseArena.header).load(as: Int.self)
            if bytes <= old { return pointer }
            guard let block = allocate(bytes) else { return nil }
            block.copyMemory(from: pointer, byteCount: old)
            return block
        }
    }

    fileprivate let bump: UnsafeMutablePointer<Bump>
    /// Chunks, in order; `chunks[current]` is the one `bump` carves. Kept across parses.
    private var chunks: [UnsafeMutableRawPointer] = []
    /// Bytes used in each chunk before `current`.
    private var used: [Int] = []
    private var current = -1
    /// Blocks larger than a quarter chunk, allocated on their own and freed by `reset()`.
    private var large: [UnsafeMutableRawPointer] = []

    init() {
        bump = .allocate(capacity: 1)
        bump.initialize(to: Bump(next: nil, end: nil, owner: Unmanaged.passUnretained(self)))
    }

    /// `bytes` zeroed bytes, 16-byte aligned.
    func allocate(_ bytes: Int) -> UnsafeMutableRawPointer? { bump.pointee.allocate(bytes) }

    /// `realloc`: a new block holding the old one's bytes (the old block stays until `reset`).
    func reallocate(_ pointer: UnsafeMutableRawPointer?, to bytes: Int) -> UnsafeMutableRawPointer? {
        bump.pointee.reallocate(pointer, to: bytes)
    }

    /// A large block, or the next chunk when the current one is full.
    fileprivate func allocateSlowly(_ bytes: Int, needed: Int) -> UnsafeMutableRawPointer? {
        if needed > Self.chunkSize / 4 {
            guard let block = calloc(1, needed) else { return nil }
            large.append(block)
            block.storeBytes(of: bytes, as: Int.self)
            return block + Self.header
        }
        if current >= 0, let next = bump.pointee.next { used.append(chunks[current].distance(to: next)) }
        if current + 1 == chunks.count {
            guard let base = calloc(1, Self.chunkSize) else { return nil }
            chunks.append(base)
        }
        current += 1
        bump.pointee.next = chunks[current]
        bump.pointee.end = chunks[current] + Self.chunkSize
        return bump.pointee.allocate(bytes)
    }

    /// Drops every block: zeroes the used part of each chunk for the next parse, keeps at most
    /// four chunks, frees large blocks.
    func reset() {
        if current >= 0, let next = bump.pointee.next { used.append(chunks[current].distance(to: next)) }
        for (chunk, bytes) in zip(chunks, used) where bytes > 0 { memset(chunk, 0, bytes) }
        used.removeAll(keepingCapacity: true)
        while chunks.count > 4 { free(chunks.removeLast()) }
        current = -1
        bump.pointee.next = nil
        bump.pointee.end = nil
        for block in large { free(block) }
        large.removeAll(keepingCapacity: true)
    }

    deinit {
        for chunk in chunks { free(chunk) }
        for block in large { free(block) }
        bump.deallocate()
    }
}
