import Foundation

/// Each status report's narrative HTML, rendered once for both places that show it: its page
/// renders it and leaves it here; its `feed.xml` entry, made after every page, takes it out
/// (so the memo empties as the feed is written). Rendering every narrative twice was about a
/// twentieth of a build's instructions.
///
/// Keyed by the report's source file; the Markdown is kept beside the HTML and must match, so a
/// key met twice can never hand one report's text to another.
final class NarrativeMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (markdown: String, html: String)] = [:]

    /// `html` is the narrative `markdown` of the report in `file`, rendered.
    func keep(_ html: String, of markdown: String, file: String) {
        lock.lock()
        entries[file] = (markdown, html)
        lock.unlock()
    }

    /// The HTML kept for `markdown` of the report in `file`, removed from the memo; nil when
    /// none was kept.
    func take(_ markdown: String, file: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries.removeValue(forKey: file), entry.markdown == markdown else { return nil }
        return entry.html
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
