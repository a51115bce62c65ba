import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GitHub Flavored Markdown to an HTML fragment, through cmark-gfm.
///
/// This is the only file in pmo that calls C. Each call parses and renders one document
/// with its own parser, so a renderer may be used from several threads at once.
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
            guard let handle = cmark_find_syntax_extension(ext.rawValue) else { continue }
            cmark_parser_attach_syntax_extension(parser, handle)
        }
        var text = markdown
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }

        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// cmark-gfm keeps its extension registry in a global list; register it once per process.
    private static let registerExtensions: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
}
