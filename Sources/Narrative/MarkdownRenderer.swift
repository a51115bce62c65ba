import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GitHub Flavored Markdown to an HTML fragment, through cmark-gfm.
///
/// Only this module calls cmark-gfm (this file, and `ParseArena` for its memory). Each call
/// parses and renders one document with its own parser, so a renderer may be used from several threads at once and always gives
/// the same output; inline parsing with another set of extensions than the site's waits for the
/// others (see `InlineCharacters`).
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
    ///
    /// The autolink extension is left off for a document that cannot hold an autolink: it
    /// makes a link only at `www.` (its `w` trigger), at `://` after `http`, `https` or `ftp`
    /// (its `:` trigger), and around an `@` (its pass over the text after parsing), so without
    /// any of the three it changes nothing but where text nodes split, which HTML does not
    /// show. Its trigger checks and its pass over every text node were a seventh of rendering
    /// a status report. (Tested: the GFM examples and seeded documents render the same with
    /// it always on.)
    public func render(_ markdown: String) -> String {
        render(markdown, autolinkWhenNeeded: true)
    }

    /// `render`, with the headings moved so the highest becomes `<h\(top)>` (levels stop at
    /// 6; none moves up): what `HeadingLevels.placing` does to the HTML. Without raw HTML, the
    /// headings are moved in the parsed document before it is rendered, the same tags as that
    /// pass over the HTML finds (every heading tag is one of the document's headings; tested on
    /// the GFM examples), without that pass and a second copy of the text; with raw HTML, whose
    /// headings move too, the HTML is.
    public func render(_ markdown: String, headingsFrom top: Int) -> String {
        guard !unsafe else { return HeadingLevels.placing(render(markdown), topAt: top) }
        return render(markdown, autolinkWhenNeeded: true, headingsFrom: top)
    }

    /// `render`, with the autolink extension attached even where it cannot make a link when
    /// `autolinkWhenNeeded` is false (the reference the skipping is tested against), and the
    /// headings moved in the document to start at `top` when given.
    func render(_ markdown: String, autolinkWhenNeeded: Bool, headingsFrom top: Int? = nil) -> String {
        MarkdownRenderer.registerExtensions
        var options = CMARK_OPT_DEFAULT
        if unsafe { options |= CMARK_OPT_UNSAFE }
        if extensions.contains(.footnotes) { options |= CMARK_OPT_FOOTNOTES }

        // Everything of this parse — parser, nodes, the HTML — comes from this thread's arena,
        // dropped whole once the HTML is copied out (no per-node free).
        let arena = ParseArena.current
        defer { arena.reset() }
        guard let parser = cmark_parser_new_with_mem(options, ParseArena.allocator) else { return "" }

        var attached = extensions
        if autolinkWhenNeeded && attached.contains(.autolink) && !Self.mayHoldAutolink(markdown) { attached.remove(.autolink) }
        MarkdownRenderer.attach(attached, to: parser)
        // Block parsing runs unlocked; inline parsing, inside `cmark_parser_finish`, shares the
        // process-wide character tables (see `InlineCharacters`).
        var text = markdown
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        let parsed: OpaquePointer? = InlineCharacters.shared.finish(parser)
        guard let document = parsed else { return "" }
        if let top { Self.placeHeadings(document, topAt: Int32(top)) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        return String(cString: html)
    }

    /// Moves every heading of `document` so the highest is at `top` (levels stop at 6). Headings
    /// are blocks of the document, of block quotes, lists, items and footnote definitions.
    private static func placeHeadings(_ document: OpaquePointer, topAt top: Int32) {
        var headings: [(node: OpaquePointer, level: Int32)] = []
        func collect(_ parent: OpaquePointer) {
            var child = cmark_node_first_child(parent)
            while let node = child {
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HEADING: headings.append((node, cmark_node_get_heading_level(node)))
                case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_FOOTNOTE_DEFINITION: collect(node)
                default: break
                }
                child = cmark_node_next(node)
            }
        }
        collect(document)
        guard let highest = headings.lazy.map(\.level).min(), top > highest else { return }
        for (node, level) in headings { cmark_node_set_heading_level(node, min(6, level + top - highest)) }
    }

    /// False when `markdown` has no `@`, no `://` and no `www.`: nothing the autolink extension
    /// turns into a link (see `render`).
    static func mayHoldAutolink(_ markdown: String) -> Bool {
        var text = markdown
        return text.withUTF8 { bytes in
            let n = bytes.count
            for i in 0..<n {
                switch bytes[i] {
                case UInt8(ascii: "@"):
                    return true
                case UInt8(ascii: ":") where i + 2 < n && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/"):
                    return true
                case UInt8(ascii: "w") where i + 3 < n && bytes[i + 1] == UInt8(ascii: "w") && bytes[i + 2] == UInt8(ascii: "w")
                        && bytes[i + 3] == UInt8(ascii: "."):
                    return true
                default:
                    continue
                }
            }
            return false
        }
    }

    /// True when inline parsing with the site's extensions runs on several threads at once in
    /// this process (see `InlineCharacters`); false where every inline pass takes a lock.
    public static var inlineParsingRunsConcurrently: Bool { InlineCharacters.shared.concurrent }

    /// Attaches `extensions` to `parser` in a fixed order, so output never depends on Set
    /// iteration order (and parsers with the same set have the same list).
    static func attach(_ extensions: Set<Extension>, to parser: OpaquePointer) {
        for ext in Extension.allCases where ext != .footnotes && extensions.contains(ext) {
            guard let handle = cmark_find_syntax_extension(ext.rawValue) else {
                assertionFailure("libcmark-gfm-extensions has no \(ext.rawValue) extension")
                continue
            }
            cmark_parser_attach_syntax_extension(parser, handle)
        }
    }

    /// cmark-gfm keeps its extension registry in a global list; register it once per process.
    static let registerExtensions: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
}


/// libcmark-gfm 0.29.0.gfm.6 keeps the characters that start an extension's inline syntax (`~`
/// for strikethrough, `:` and `w` for autolinks, `|` for tables) in process-wide tables
/// (inlines.c: `SPECIAL_CHARS`, `SKIP_CHARS`). Every parse switches its extensions' characters
/// on before parsing inlines and off after (blocks.c: `cmark_parser_finish` calls
/// `cmark_manage_extensions_special_characters(parser, 1)`, then `(parser, 0)`), so inline
/// parses that overlap in time lose strikethrough and autolinks. Only inline parsing, inside
/// `cmark_parser_finish`, reads the tables; block parsing (`cmark_parser_feed`) and rendering
/// touch no shared state (the table extension's `cmark_arena_push`/`_pop` do nothing unless the
/// library's own arena is in use).
///
/// pmo defines `cmark_manage_extensions_special_characters` itself (`pmoManageSpecialCharacters`
/// below; Package.swift exports the symbol from every executable that links Narrative), so the
/// library's call from `cmark_parser_finish` comes here — standard ELF symbol interposition of a
/// function of the library's public extension API. The characters of the site's extensions are
/// switched on once and stay on, and every parse with exactly those extensions runs its inline
/// pass at the same time as the others (a shared lock). A parse with any other set takes the lock
/// alone, and the tables hold its own characters while it runs, then the site's again. Whether
/// the interposition took effect is checked once with a real parse; where it did not (another
/// linker, a library that no longer calls through its symbol table), every inline pass takes
/// the lock alone, as the library requires, and only speed is lost.
final class InlineCharacters: @unchecked Sendable {
    static let shared = InlineCharacters()
    /// `shared` as the library's callback reaches it: set before the check's parse, which runs
    /// while `shared` is still being made.
    nonisolated(unsafe) fileprivate static var instance: InlineCharacters?

    typealias Manage = @convention(c) (OpaquePointer?, Int32) -> Void
    /// The library's own function, found after pmo's in the symbol search order.
    private let library: Manage?
    /// A parser with the site's extensions attached, never fed: the characters it switches on
    /// are the pinned ones.
    private let pinned: OpaquePointer?
    /// A parser with the site's extensions but autolink (`MarkdownRenderer.render` leaves it
    /// off where it cannot make a link): its parses run beside the others with the pinned
    /// characters, autolink's `:` and `w` among them. Those two then only end runs of text
    /// early, with no extension to claim them, which changes where text nodes split and nothing
    /// the HTML shows (the newline's hard break and trailing-space trimming read the input).
    private let pinnedWithoutAutolink: OpaquePointer?
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    /// True once the interposition is checked to be in effect and the site's characters are on.
    private(set) var concurrent = false
    /// Set by `pmoManageSpecialCharacters` while the check runs.
    fileprivate var called = false
    private var checking = true

    private init() {
        MarkdownRenderer.registerExtensions
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
        let next = UnsafeMutableRawPointer(bitPattern: -1)  // RTLD_NEXT
        library = dlsym(next, "cmark_manage_extensions_special_characters").map { unsafeBitCast($0, to: Manage.self) }
        pinned = Self.parser(with: MarkdownRenderer.siteExtensions)
        pinnedWithoutAutolink = Self.parser(with: MarkdownRenderer.siteExtensions.subtracting([.autolink]))
        Self.instance = self
        guard let library, let pinned, let probe = Self.parser(with: MarkdownRenderer.siteExtensions) else { return }
        // The check: a parse whose finish must call back here.
        cmark_parser_feed(probe, "~a~", 3)
        if let document = cmark_parser_finish(probe) { cmark_node_free(document) }
        cmark_parser_free(probe)
        checking = false
        if called {
            library(pinned, 1)
            concurrent = true
        }
    }

    /// A plain parser (the library's allocator) with `extensions` attached in the fixed order.
    static func parser(with extensions: Set<MarkdownRenderer.Extension>) -> OpaquePointer? {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        MarkdownRenderer.attach(extensions, to: parser)
        return parser
    }

    /// `cmark_parser_finish(parser)`, at the same time as other parses with the site's
    /// extensions, alone otherwise.
    func finish(_ parser: OpaquePointer) -> OpaquePointer? {
        if concurrent && isPinned(parser) {
            pthread_rwlock_rdlock(lock)
        } else {
            pthread_rwlock_wrlock(lock)
        }
        defer { pthread_rwlock_unlock(lock) }
        return cmark_parser_finish(parser)
    }

    /// What `cmark_parser_finish` asks for: switch `parser`'s characters on (`add` ≠ 0) or off.
    fileprivate func manage(_ parser: OpaquePointer?, add: Bool) {
        guard let library else { return }
        if checking { called = true }
        guard concurrent, let pinned else { return library(parser, add ? 1 : 0) }
        if isPinned(parser) { return }  // already on, and staying on
        // Another set of extensions, holding the lock alone: its characters instead of the site's while it runs.
        if add {
            library(pinned, 0)
            library(parser, 1)
        } else {
            library(parser, 0)
            library(pinned, 1)
        }
    }

    /// True when `parser` has exactly the site's extensions, or those but autolink, in the same order.
    private func isPinned(_ parser: OpaquePointer?) -> Bool {
        Self.sameExtensions(parser, pinned) || Self.sameExtensions(parser, pinnedWithoutAutolink)
    }

    private static func sameExtensions(_ parser: OpaquePointer?, _ pinned: OpaquePointer?) -> Bool {
        guard let parser, let pinned else { return false }
        var a = cmark_parser_get_syntax_extensions(parser), b = cmark_parser_get_syntax_extensions(pinned)
        while let x = a, let y = b {
            guard x.pointee.data == y.pointee.data else { return false }
            a = x.pointee.next
            b = y.pointee.next
        }
        return a == nil && b == nil
    }
}

/// pmo's definition of the library's `cmark_manage_extensions_special_characters` (see
/// `InlineCharacters`); the library's `cmark_parser_finish` calls it.
@_cdecl("cmark_manage_extensions_special_characters")
public func pmoManageSpecialCharacters(_ parser: OpaquePointer?, _ add: Int32) {
    guard let characters = InlineCharacters.instance else {
        return  // not reached: `instance` is set before any parse can call here
    }
    characters.manage(parser, add: add != 0)
}
