import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GitHub Flavored Markdown to an HTML fragment, through cmark-gfm.
///
/// This is the only file in pmo that calls C. Each call parses and renders one document
/// with its own parser; only inline parsing is serialised process-wide (see `inlineLock`), so a
/// renderer may be used from several threads at once and always gives the same output.
public struct MarkdownRenderer: Sendable {
    /// The cmark-gfm syntax extensions pmo can enable.
    public enum Extension: String, CaseIterable, Sendable {
        case table, strikethrough, autolink, tagfilter, tasklist, footnotes
    }

    /// Raw HTML and dangerous links (`javascript:`, `vbscript:`, `file:`, most `data:`) pass
    /// through only when true; otherwise raw HTML becomes a comment and such links lose their URL.
    public let unsafe: Bool
    public let extensions: Set<Extension>

    /// The extensions of SPEC §2: table, strikethrough, autolink, tagfilter and tasklist.
    public static let siteExtensions: Set<Extension> = [.table, .strikethrough, .autolink, .tagfilter, .tasklist]

    public init(unsafe: Bool = false, extensions: Set<Extension> = MarkdownRenderer.siteExtensions) {
        self.unsafe = unsafe
        self.extensions = extensions
    }

    /// Renders `markdown` to an HTML fragment (UTF-8, LF line ends).
    public func render(_ markdown: String) -> String {
        MarkdownRenderer.registerExtensions
        var options = CMARK_OPT_DEFAULT
        if unsafe { options |= CMARK_OPT_UNSAFE }
        if extensions.contains(.footnotes) { options |= CMARK_OPT_FOOTNOTES }

        // Everything of this parse — parser, nodes, the HTML — comes from this thread's arena,
        // dropped whole once the HTML is copied out (no per-node free).
        let arena = ParseArena.current
        defer { arena.reset() }
        guard let parser = cmark_parser_new_with_mem(options, ParseArena.allocator) else { return "" }

        // Attach in a fixed order so output never depends on Set iteration order.
        for ext in Extension.allCases where ext != .footnotes && extensions.contains(ext) {
            guard let handle = cmark_find_syntax_extension(ext.rawValue) else {
                assertionFailure("libcmark-gfm-extensions has no \(ext.rawValue) extension")
                continue
            }
            cmark_parser_attach_syntax_extension(parser, handle)
        }
        // Block parsing runs unlocked; inline parsing, inside `cmark_parser_finish`, is serialised.
        var text = markdown
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        let parsed: OpaquePointer? = MarkdownRenderer.inlineLock.withLock { cmark_parser_finish(parser) }
        guard let document = parsed,
              let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        return String(cString: html)
    }

    /// libcmark-gfm 0.29.0.gfm.6 keeps the characters that start an extension's inline syntax
    /// (`~` for strikethrough, `:` and `w` for autolinks) in process-wide tables (inlines.c:
    /// `SPECIAL_CHARS`, `SKIP_CHARS`), which every parse switches on before parsing inlines and
    /// off after (blocks.c: `process_inlines`, `cmark_manage_extensions_special_characters`), so
    /// overlapping inline parses lose strikethrough and autolinks. Only inline parsing reads
    /// them, and it happens only in `cmark_parser_finish`: that call is serialised. Block parsing
    /// (`cmark_parser_feed`) touches no shared state — the table extension's `cmark_arena_push`
    /// and `_pop` do nothing unless the arena allocator is in use, and pmo never uses it — and
    /// neither does rendering HTML; both run on every thread at once. Block parsing and
    /// rendering are over half of the work, so two threads are kept busy.
    private static let inlineLock = ParseLock()

    /// cmark-gfm keeps its extension registry in a global list; register it once per process.
    private static let registerExtensions: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
}

/// A process-wide mutex over pthreads, so `Narrative` needs neither Foundation nor macOS 15's `Mutex`.
private final class ParseLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

/// A bump allocator per thread for cmark-gfm, as the `cmark-gfm` command uses one (its arena,
/// `cmark_get_arena_mem_allocator`, is a single process-wide one, so pmo has its own). A parse
/// makes many small allocations (a node, a buffer per block and inline) and frees them all at
/// the end; here they are carved from large zeroed chunks and dropped together by `reset()`,
/// which zeroes what was used so the next parse gets `calloc`'s zeroed memory again. `free` does
/// nothing. A parse never moves between threads (`render` is synchronous), so each thread's
/// arena is only ever used by that thread.
final class ParseArena {
    /// The `cmark_mem` handed to `cmark_parser_new_with_mem`; its functions use the calling
    /// thread's arena.
    nonisolated(unsafe) static let allocator: UnsafeMutablePointer<cmark_mem> = {  // written once, then only read
        let mem = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        mem.initialize(to: cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                return overflow ? nil : ParseArena.current.allocate(bytes)
            },
            realloc: { pointer, size in ParseArena.current.reallocate(pointer, to: size) },
            free: { _ in }))
        return mem
    }()

    /// This thread's arena, made on first use and freed when the thread ends.
    static var current: ParseArena {
        if let existing = pthread_getspecific(key) { return Unmanaged<ParseArena>.fromOpaque(existing).takeUnretainedValue() }
        let arena = ParseArena()
        pthread_setspecific(key, Unmanaged.passRetained(arena).toOpaque())
        return arena
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<ParseArena>.fromOpaque(pointer).release()
        }
        return key
    }()

    /// Chunk size; a parse of a few kilobytes of Markdown fits in one.
    static let chunkSize = 256 << 10
    /// Each block is preceded by its size, for `reallocate`; blocks stay 16-byte aligned.
    private static let header = 16

    /// Chunks in use, in order; the last is the one being carved. Kept across parses.
    private var chunks: [(base: UnsafeMutableRawPointer, used: Int)] = []
    private var current = 0
    /// Blocks larger than a chunk, allocated on their own and freed by `reset()`.
    private var large: [UnsafeMutableRawPointer] = []

    /// `bytes` zeroed bytes, 16-byte aligned.
    func allocate(_ bytes: Int) -> UnsafeMutableRawPointer? {
        let needed = (Self.header + bytes + 15) & ~15
        if needed > Self.chunkSize / 4 {
            guard let block = calloc(1, needed) else { return nil }
            large.append(block)
            block.storeBytes(of: bytes, as: Int.self)
            return block + Self.header
        }
        if chunks.isEmpty || chunks[current].used + needed > Self.chunkSize {
            if current + 1 < chunks.count && !chunks.isEmpty {
                current += 1
            } else {
                guard let base = calloc(1, Self.chunkSize) else { return nil }
                chunks.append((base, 0))
                current = chunks.count - 1
            }
        }
        let block = chunks[current].base + chunks[current].used
        chunks[current].used += needed
        block.storeBytes(of: bytes, as: Int.self)
        return block + Self.header
    }

    /// `realloc`: a new block holding the old one's bytes (the old block stays until `reset`).
    func reallocate(_ pointer: UnsafeMutableRawPointer?, to bytes: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(bytes) }
        let old = (pointer - Self.header).load(as: Int.self)
        if bytes <= old { return pointer }
        guard let block = allocate(bytes) else { return nil }
        block.copyMemory(from: pointer, byteCount: old)
        return block
    }

    /// Drops every block: zeroes the used part of each chunk for the next parse, keeps at most
    /// four chunks, frees large blocks.
    func reset() {
        for i in chunks.indices where chunks[i].used > 0 {
            memset(chunks[i].base, 0, chunks[i].used)
            chunks[i].used = 0
        }
        while chunks.count > 4 { free(chunks.removeLast().base) }
        current = 0
        for block in large { free(block) }
        large.removeAll(keepingCapacity: true)
    }

    deinit {
        for chunk in chunks { free(chunk.base) }
        for block in large { free(block) }
    }
}
