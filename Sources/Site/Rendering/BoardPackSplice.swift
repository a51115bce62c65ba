/// The board pack holds every program and project page: tens of megabytes at a thousand
/// projects. Rendering that through Mustache built the text several times over (each
/// section appended to the list, the list to the layout's block, the block to the page).
/// Instead `print.mustache` renders with a short placeholder in place of each section's
/// `html`, and the file is written as the rendered text with the sections between its
/// pieces (`OutputFile(parts:)`), never joined.
///
/// The bytes are those Mustache would have written: a placeholder is rendered where the html
/// would be, escaped the same way when a template escapes it (`{{html}}`), and it ends with
/// the html's own last character, which is all Mustache looks at when it indents the next line.
enum BoardPackSplice {
    private static let open = "\u{1}<pmo-section-", close = ">\u{2}"
    private static let openEscaped = "\u{1}&lt;pmo-section-", closeEscaped = "&gt;\u{2}"

    /// What the template gets instead of section `index`'s `html` (itself when it is empty).
    static func placeholder(_ index: Int, for html: String) -> String {
        guard let last = html.last else { return html }
        return open + String(index) + close + String(last)
    }

    /// The rendered page as parts, with every placeholder replaced by its section's html
    /// (escaped as Mustache escapes text, where the placeholder was escaped).
    static func splice(_ rendered: String, _ sections: [String]) -> [String] {
        var parts: [String] = []
        var rest = Substring(rendered)
        while let start = rest.firstIndex(of: "\u{1}") {
            let tail = rest[start...]
            let escaped: Bool
            let prefix: String, suffix: String
            if tail.hasPrefix(open) { escaped = false; prefix = open; suffix = close }
            else if tail.hasPrefix(openEscaped) { escaped = true; prefix = openEscaped; suffix = closeEscaped }
            else {
                parts.append(String(rest[...start]))
                rest = rest[rest.index(after: start)...]
                continue
            }
            let digits = tail.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
            guard let index = Int(digits), sections.indices.contains(index),
                  tail.dropFirst(prefix.count + digits.count).hasPrefix(suffix) else {
                parts.append(String(rest[...start]))
                rest = rest[rest.index(after: start)...]
                continue
            }
            parts.append(String(rest[..<start]))
            let after = tail.dropFirst(prefix.count + digits.count + suffix.count)
            let html = sections[index]
            if !escaped, let last = html.last, after.first == last {
                // The whole section, sharing its storage (a copy of every section was as large
                // as the pack), in place of the placeholder and the last character it ended with.
                parts.append(html)
                rest = after.dropFirst()
            } else {
                parts.append(escaped ? escape(String(html.dropLast())) : String(html.dropLast()))
                rest = after
            }
        }
        parts.append(String(rest))
        return parts.filter { !$0.isEmpty }
    }

    /// The template engine's HTML escaping (`{{html}}`).
    static func escape(_ text: String) -> String {
        var out = ""
        HTMLEscape.append(text, to: &out)
        return out
    }
}
