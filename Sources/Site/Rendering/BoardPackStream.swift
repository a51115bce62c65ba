/// The board pack (`print/`) handed over as its sections render, so the site never holds every
/// program's and project's section at once (80 MB at a thousand projects).
///
/// `print.mustache` is rendered first with a placeholder for each section (`BoardPackSplice`),
/// assuming each section ends with a newline, as every page of the built-in layout's `<main>`
/// does. As section k arrives, the text of that rendering up to k's placeholder goes out, then
/// the section itself; the text after it waits for the next section, because the template
/// engine indents a line by the character before it. A section that turns out empty, or to end
/// otherwise, has the pack rendered again with what it really is; the text already out cannot
/// change, since the built-in template writes a section's html only where it puts it.
///
/// With the site's own `print.mustache`, which may use the sections anywhere, or when the
/// placeholders do not come out once each and in order, the sections are held and spliced in
/// at the end, as before.
struct BoardPackStream {
    struct Entry: Sendable, Equatable {
        let anchor: String
        let title: String
        let kind: String
    }

    /// Where a placeholder sits in the rendered page: from its first byte to past the section's
    /// last character, which ends it.
    struct Cut: Equatable {
        let section: Int
        let start: Int
        let end: Int
    }

    private let entries: [Entry]
    private let render: ([PrintSectionModel]) -> String?
    /// What each placeholder stands for: "" for an empty section, else its last character.
    private var ends: [String]
    /// The page rendered with the placeholders of `ends`, its placeholders, and how far it is out.
    private var page: [UInt8] = []
    private var cuts: [Cut] = []
    private var next = 0
    private var consumed = 0
    private var received = 0
    /// Only when not streaming: every section, spliced in by `finish`.
    private var held: [String] = []
    /// False when the sections are held and spliced in at the end.
    private(set) var streams: Bool
    /// False when the print template does not render (it did not parse): no board pack.
    let renders: Bool

    /// `render` renders `print.mustache` for these sections; `builtInTemplate` says whether
    /// it is the built-in one.
    init(entries: [Entry], builtInTemplate: Bool, render: @escaping ([PrintSectionModel]) -> String?) {
        self.entries = entries
        self.render = render
        ends = Array(repeating: "\n", count: entries.count)
        guard let text = Self.rendered(entries, ends, render) else {
            renders = false; streams = false
            return
        }
        renders = true
        page = Array(text.utf8)
        let found = Self.cuts(in: page, ends: ends)
        streams = builtInTemplate && found != nil
        cuts = found ?? []
    }

    /// The next section (they come in order), as UTF-8 bytes: the bytes that can go out now.
    mutating func add(_ section: [UInt8]) -> [[UInt8]] {
        precondition(received < entries.count, "more board pack sections than entries")
        let index = received
        received += 1
        guard streams else {
            if renders { held.append(String(decoding: section, as: UTF8.self)) }
            return []
        }
        let end = Self.lastCharacter(of: section)
        if end != ends[index] {
            ends[index] = end
            rerender()
        }
        guard !section.isEmpty else { return [] }
        let cut = cuts[next]
        precondition(cut.section == index, "board pack placeholder \(index) out of order")
        let before = Array(page[consumed..<cut.start])
        consumed = cut.end
        next += 1
        return before.isEmpty ? [section] : [before, section]
    }

    /// `add` of a section given as text.
    mutating func add(_ html: String) -> [String] {
        add(Array(html.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The rest of the pack, once every section is in.
    mutating func finish() -> [[UInt8]] {
        precondition(received == entries.count, "board pack sections missing")
        guard renders else { return [] }
        guard streams else {
            let sections = held
            held = []
            let placeholders = entries.enumerated().map { i, e in
                PrintSectionModel(anchor: e.anchor, title: e.title, kind: e.kind, html: BoardPackSplice.placeholder(i, for: sections[i]))
            }
            guard let text = render(placeholders) else { return [] }
            return BoardPackSplice.splice(text, sections).map { Array($0.utf8) }
        }
        let rest = Array(page[consumed...])
        consumed = page.count
        return rest.isEmpty ? [] : [rest]
    }

    /// The last character of a section as `String.last` gives it ("" when empty): read from
    /// its last byte when that is a line end or ASCII, the rest of it decoded only otherwise.
    static func lastCharacter(of section: [UInt8]) -> String {
        guard let last = section.last else { return "" }
        // A line feed may end "\r\n", one character; any other ASCII byte but CR ends one of its own
        // (no combining mark follows it, as it is the last byte).
        if last < 0x80 && last != 0x0A && last != 0x0D { return String(UnicodeScalar(last)) }
        if last == 0x0A && (section.count < 2 || section[section.count - 2] != 0x0D) { return "\n" }
        return String(decoding: section, as: UTF8.self).last.map(String.init) ?? ""
    }

    // MARK: - The page with placeholders

    private mutating func rerender() {
        guard let text = Self.rendered(entries, ends, render) else { preconditionFailure("the board pack no longer renders") }
        let again = Array(text.utf8)
        guard again.count >= consumed, again[..<consumed].elementsEqual(page[..<consumed]),
              let found = Self.cuts(in: again, ends: ends) else {
            preconditionFailure("the board pack's text before a section changed with the section")
        }
        page = again
        cuts = found
        next = cuts.firstIndex { $0.start >= consumed } ?? cuts.count
    }

    private static func rendered(_ entries: [Entry], _ ends: [String], _ render: ([PrintSectionModel]) -> String?) -> String? {
        render(entries.enumerated().map { i, e in
            PrintSectionModel(anchor: e.anchor, title: e.title, kind: e.kind, html: BoardPackSplice.placeholder(i, for: ends[i]))
        })
    }

    private static let marker = Array("\u{1}<pmo-section-".utf8)
    private static let escapedMarker = Array("\u{1}&lt;pmo-section-".utf8)

    /// The placeholders of `page`, when each non-empty section's is there unescaped, once, in
    /// order, followed by the character it stands for; nil otherwise.
    static func cuts(in page: [UInt8], ends: [String]) -> [Cut]? {
        let expected = ends.indices.filter { !ends[$0].isEmpty }
        var cuts: [Cut] = []
        var from = 0
        while let start = UTF8Text.find(marker, in: page, from: from) {
            guard cuts.count < expected.count else { return nil }
            let section = expected[cuts.count]
            let whole = Array(BoardPackSplice.placeholder(section, for: ends[section]).utf8)
            guard page.count - start >= whole.count, page[start..<(start + whole.count)].elementsEqual(whole) else { return nil }
            cuts.append(Cut(section: section, start: start, end: start + whole.count))
            from = start + whole.count
        }
        guard cuts.count == expected.count, UTF8Text.find(escapedMarker, in: page) == nil else { return nil }
        return cuts
    }
}
