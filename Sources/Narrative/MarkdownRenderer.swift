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

        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }

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
        guard let document = parsed else { return "" }
        defer { cmark_node_free(document) }

        // The list belongs to the parser, freed only after rendering (defers run last-in, first-out).
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
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
