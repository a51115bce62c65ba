import Foundation
import Narrative
import Portfolio

/// Where each status report's narrative sits in the rendered site, so that a rebuild after an
/// edit to narratives alone can put the new text in those bytes instead of rendering the whole
/// site again (Build's `NarrativeSplice`).
///
/// A report's narrative is read in exactly two places: its status page, which shows its HTML
/// as it is, and its `feed.xml` entry, which shows that HTML XML-escaped. Neither page reads it
/// in any other way, except to leave the section out when the HTML is empty. So, given the same
/// data, the page with a new non-empty narrative is the old page with the old HTML's bytes
/// replaced by the new HTML's — as long as the old HTML was not empty, and the place is known.
///
/// The feed's places come from the feed writer, which knows each entry's offsets. A status
/// page's place is found by looking for the HTML in the finished page: it is recorded only when
/// the HTML occurs there exactly once (so that one occurrence is the inserted narrative), and
/// only when none of the site's own templates names the narrative (a site's own
/// `status.mustache`, or any partial, may show it twice, or escaped). A report with both places
/// known is `complete`; any other is rebuilt the slow way.
public struct NarrativePlace: Hashable, Sendable {
    /// How the narrative's HTML is written at the place.
    public enum Form: String, Sendable, CaseIterable {
        /// As it is (a status page).
        case html
        /// XML-escaped (the Atom feed's `<content type="html">`).
        case xml
    }

    /// The report's source file, relative to the site folder.
    public let source: String
    /// The output file, relative to the output folder.
    public let output: String
    /// The narrative's first byte in the output file, and its number of bytes.
    public var offset: Int
    public let length: Int
    public let form: Form

    public init(source: String, output: String, offset: Int, length: Int, form: Form) {
        self.source = source; self.output = output; self.offset = offset; self.length = length; self.form = form
    }

    /// The bytes the narrative whose HTML is `html` takes at a place of this form.
    public static func text(of html: String, as form: Form) -> String {
        switch form {
        case .html: return html
        case .xml: return XML.escape(html)
        }
    }

    /// The places of each report whose narrative can be replaced in place: both of them, its
    /// status page (`html`) and its feed entry (`xml`), by source path.
    public static func complete(_ places: [NarrativePlace]) -> [String: [NarrativePlace]] {
        Dictionary(grouping: places, by: \.source).filter { _, found in
            found.count == 2 && Set(found.map(\.form)) == Set(Form.allCases)
        }
    }

    /// True when the site is rendered with templates whose places can be trusted: none of the
    /// site's own templates (`layouts/*.mustache`, partials included) names `narrativeHTML` or
    /// `hasNarrative` — it could only reach them by name. Any mention of "narrative", in any
    /// case, counts: a footer of its own is fine, a status page that shows the narrative is not.
    static func recordable(overrides: [String: String]) -> Bool {
        !overrides.contains { $0.key.hasSuffix(".mustache") && $0.value.range(of: "narrative", options: .caseInsensitive) != nil }
    }

    /// The place of `html` in a finished status page, when it occurs there exactly once.
    static func find(_ html: String, in page: OutputFile, source: String) -> NarrativePlace? {
        let needle = Array(html.utf8)
        guard !needle.isEmpty else { return nil }
        let bytes = page.bytes
        guard let at = UTF8Text.find(needle, in: bytes), UTF8Text.find(needle, in: bytes, from: at + 1) == nil else { return nil }
        return NarrativePlace(source: source, output: page.path, offset: at, length: needle.count, form: .html)
    }
}

/// A narrative's HTML as every page shows it: Markdown rendered by the site's renderer, its
/// headings moved below the page's `<h2>` sections; empty when there is no body.
public enum NarrativeHTML {
    /// With the renderer of a site whose `markdown.unsafe` is `unsafe`.
    public static func render(_ markdown: String, unsafe: Bool) -> String {
        render(markdown, with: MarkdownRenderer(unsafe: unsafe))
    }

    static func render(_ markdown: String, with renderer: MarkdownRenderer) -> String {
        markdown.trimmingWhitespace().isEmpty ? "" : renderer.render(markdown, headingsFrom: 3)
    }
}
