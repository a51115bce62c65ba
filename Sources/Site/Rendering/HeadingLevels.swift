/// Moves the headings of a rendered Markdown fragment down, so a narrative's `# Title`
/// sits under the page's `<h2>` sections and every page keeps exactly one `<h1>`.
/// Works on UTF-8 bytes (tags are ASCII), so a long page is one pass, not a walk of Characters.
enum HeadingLevels {
    /// Moves headings so the fragment's highest heading becomes `<h\(level)>`: a narrative
    /// that starts at `##` still sits directly under the page's `<h2>` sections.
    static func placing(_ html: String, topAt level: Int) -> String {
        let bytes = Array(html.utf8)
        guard let top = (1...6).first(where: { UTF8Text.find("<h\($0)>", in: bytes) != nil || UTF8Text.find("<h\($0) ", in: bytes) != nil })
        else { return html }
        return demote(html, by: level - top)
    }

    /// `<h1>` → `<h3>` with `by: 2`; levels stop at `<h6>`.
    static func demote(_ html: String, by shift: Int) -> String {
        guard shift > 0 else { return html }
        var bytes = Array(html.utf8)
        let lt = UInt8(ascii: "<"), slash = UInt8(ascii: "/"), gt = UInt8(ascii: ">"), space = UInt8(ascii: " ")
        let h = UInt8(ascii: "h"), upperH = UInt8(ascii: "H"), one = UInt8(ascii: "1"), six = UInt8(ascii: "6")
        var changed = false
        var i = 0
        while i < bytes.count {
            guard bytes[i] == lt else { i += 1; continue }
            // `<h1>`, `<h1 …>`, `</h1>`: the tag letter, the digit and what follows it.
            let tag = i + (i + 1 < bytes.count && bytes[i + 1] == slash ? 2 : 1)
            if tag + 2 < bytes.count, bytes[tag] == h || bytes[tag] == upperH,
               (one...six).contains(bytes[tag + 1]), bytes[tag + 2] == gt || bytes[tag + 2] == space {
                let level = Int(bytes[tag + 1] - one) + 1
                bytes[tag] = h
                bytes[tag + 1] = one + UInt8(min(6, level + shift) - 1)
                changed = true
                i = tag + 2
            } else {
                i += 1
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : html
    }
}
