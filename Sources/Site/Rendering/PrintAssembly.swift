import Foundation

/// Turns a rendered page into a section of the board pack (`print/`): its `<main>` content
/// without breadcrumbs, headings one level down (the pack has its own `<h1>`), and every id
/// and reference to one prefixed, so sections never share an id.
enum PrintAssembly {
    static func section(fromPage html: String, idPrefix: String) -> String {
        guard let open = html.range(of: "<main id=\"main\" class=\"wrap\">"),
              let close = html.range(of: "</main>", options: .backwards) else { return "" }
        var body = String(html[open.upperBound..<close.lowerBound])
        if let nav = body.range(of: "<nav class=\"breadcrumbs\""), let end = body[nav.lowerBound...].range(of: "</nav>") {
            body.removeSubrange(nav.lowerBound..<end.upperBound)
        }
        return HeadingLevels.demote(prefixIDs(body, with: idPrefix), by: 1)
    }

    /// Prefixes `id`, `aria-labelledby`, `aria-describedby`, `href="#…"` and `url(#…)`.
    static func prefixIDs(_ html: String, with prefix: String) -> String {
        var out = html
        out = replace(out, between: " id=\"", and: "\"") { prefix + $0 }
        out = replace(out, between: "aria-labelledby=\"", and: "\"") { $0.split(separator: " ").map { prefix + $0 }.joined(separator: " ") }
        out = replace(out, between: "aria-describedby=\"", and: "\"") { $0.split(separator: " ").map { prefix + $0 }.joined(separator: " ") }
        out = replace(out, between: "href=\"#", and: "\"") { prefix + $0 }
        out = replace(out, between: "url(#", and: ")") { prefix + $0 }
        return out
    }

    /// Rewrites every text found between `start` and the next `end`.
    private static func replace(_ text: String, between start: String, and end: String, _ transform: (String) -> String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 1024)
        var rest = Substring(text)
        while let s = rest.range(of: start) {
            out += rest[..<s.upperBound]
            rest = rest[s.upperBound...]
            guard let e = rest.range(of: end) else { break }
            out += transform(String(rest[..<e.lowerBound]))
            out += end
            rest = rest[e.upperBound...]
        }
        out += rest
        return out
    }
}
