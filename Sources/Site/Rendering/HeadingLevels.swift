/// Moves the headings of a rendered Markdown fragment down, so a narrative's `# Title`
/// sits under the page's `<h2>` sections and every page keeps exactly one `<h1>`.
enum HeadingLevels {
    /// Moves headings so the fragment's highest heading becomes `<h\(level)>`: a narrative
    /// that starts at `##` still sits directly under the page's `<h2>` sections.
    static func placing(_ html: String, topAt level: Int) -> String {
        guard let top = (1...6).first(where: { html.contains("<h\($0)>") || html.contains("<h\($0) ") }) else { return html }
        return demote(html, by: level - top)
    }

    /// `<h1>` → `<h3>` with `by: 2`; levels stop at `<h6>`.
    static func demote(_ html: String, by shift: Int) -> String {
        guard shift > 0, html.contains("<h") || html.contains("<H") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            rest = rest[open...]
            // `<h1>`, `<h1 …>`, `</h1>`
            let closing = rest.dropFirst().first == "/"
            let tag = rest.dropFirst(closing ? 2 : 1)
            if let h = tag.first, h == "h" || h == "H",
               let digit = tag.dropFirst().first, let level = digit.wholeNumberValue, (1...6).contains(level),
               let after = tag.dropFirst(2).first, after == ">" || after == " " {
                out += (closing ? "</" : "<") + "h" + String(min(6, level + shift))
                rest = tag.dropFirst(2)
            } else {
                out += "<"
                rest = rest.dropFirst()
            }
        }
        out += rest
        return out
    }
}
