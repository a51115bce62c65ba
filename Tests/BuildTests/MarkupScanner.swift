import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A strict reader of the HTML pmo writes, for the hostile-content tests: it tokenises a page
/// as a browser would (tags, attributes, comments, text) and reports everything a content
/// author could have smuggled in: an element the theme, the charts and cmark-gfm never write,
/// an event-handler attribute, a link to a script or data URL, a `<` left raw in text, an
/// attribute value left unquoted or unterminated, tags that do not nest.
enum MarkupScanner {
    /// Every element pmo's templates, charts and safe Markdown write.
    static let elements: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "header", "nav", "main", "footer", "section", "article", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "a", "abbr", "time", "strong", "em", "b", "i", "del", "s",
        "code", "pre", "kbd", "samp", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead",
        "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "figure", "figcaption", "details", "summary", "img",
        "br", "hr", "input", "sup", "sub", "small", "mark", "label",
        // SVG, as Charts draws it
        "svg", "g", "rect", "line", "path", "circle", "ellipse", "polyline", "polygon", "text", "tspan", "desc",
        "defs", "pattern", "clippath", "lineargradient", "stop", "use", "marker",
    ]
    static let voidElements: Set<String> = ["meta", "link", "img", "br", "hr", "input", "col", "wbr"]
    /// Attributes holding a URL.
    static let urlAttributes: Set<String> = ["href", "src", "xlink:href", "action", "formaction", "poster", "srcset",
                                             "data", "background", "cite", "longdesc", "usemap"]
    static let safeSchemes: Set<String> = ["http", "https", "mailto", "urn"]

    /// Every problem found in `html`, each with its byte offset.
    static func problems(in html: String) -> [String] {
        let b = Array(html.utf8)
        var problems: [String] = []
        var stack: [String] = []
        var i = 0
        func at(_ k: Int) -> UInt8 { k < b.count ? b[k] : 0 }
        func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
        func find(_ needle: String, from start: Int) -> Int? {
            let n = Array(needle.utf8)
            var k = start
            while k + n.count <= b.count {
                if b[k] == n[0] && Array(b[k..<(k + n.count)]) == n { return k }
                k += 1
            }
            return nil
        }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: b[from..<min(to, b.count)], as: UTF8.self) }

        while i < b.count {
            guard b[i] == UInt8(ascii: "<") else { i += 1; continue }
            let start = i
            if text(i, i + 4) == "<!--" {
                guard let end = find("-->", from: i + 4) else { problems.append("@\(start): a comment is never closed"); break }
                i = end + 3
            } else if at(i + 1) == UInt8(ascii: "!") {
                guard let end = find(">", from: i) else { break }
                i = end + 1
            } else if at(i + 1) == UInt8(ascii: "/") {
                var k = i + 2
                while k < b.count && !isSpace(b[k]) && b[k] != UInt8(ascii: ">") { k += 1 }
                let name = text(i + 2, k).lowercased()
                guard let end = find(">", from: k) else { problems.append("@\(start): end tag </\(name) is never closed"); break }
                i = end + 1
                if stack.last == name {
                    stack.removeLast()
                } else {
                    problems.append("@\(start): </\(name)> closes <\(stack.last ?? "nothing")>")
                    if let index = stack.lastIndex(of: name) { stack.removeSubrange(index...) }
                }
            } else if isLetter(at(i + 1)) {
                var k = i + 1
                while k < b.count && !isSpace(b[k]) && b[k] != UInt8(ascii: ">") && b[k] != UInt8(ascii: "/") { k += 1 }
                let name = text(i + 1, k).lowercased()
                if !elements.contains(name) { problems.append("@\(start): element <\(name)> is not one pmo writes") }
                var selfClosing = false
                var closed = false
                while k < b.count {
                    while k < b.count && isSpace(b[k]) { k += 1 }
                    if at(k) == UInt8(ascii: ">") { k += 1; closed = true; break }
                    if at(k) == UInt8(ascii: "/") && at(k + 1) == UInt8(ascii: ">") { k += 2; closed = true; selfClosing = true; break }
                    let nameStart = k
                    while k < b.count && !isSpace(b[k]) && b[k] != UInt8(ascii: "=") && b[k] != UInt8(ascii: ">")
                            && !(b[k] == UInt8(ascii: "/") && at(k + 1) == UInt8(ascii: ">")) { k += 1 }
                    if k == nameStart { k += 1; continue }
                    let attribute = text(nameStart, k).lowercased()
                    var value: String? = nil
                    var j = k
                    while j < b.count && isSpace(b[j]) { j += 1 }
                    if at(j) == UInt8(ascii: "=") {
                        j += 1
                        while j < b.count && isSpace(b[j]) { j += 1 }
                        let quote = at(j)
                        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                            var e = j + 1
                            while e < b.count && b[e] != quote { e += 1 }
                            guard e < b.count else { problems.append("@\(start): the value of \(attribute) is never closed"); return problems }
                            value = text(j + 1, e)
                            k = e + 1
                        } else {
                            var e = j
                            while e < b.count && !isSpace(b[e]) && b[e] != UInt8(ascii: ">") { e += 1 }
                            value = text(j, e)
                            k = e
                            problems.append("@\(start): <\(name)> has an unquoted \(attribute)=\(value!)")
                        }
                    }
                    problems += check(attribute: attribute, value: value, element: name).map { "@\(start): " + $0 }
                }
                if !closed { problems.append("@\(start): <\(name) is never closed"); break }
                i = k
                if !selfClosing && !voidElements.contains(name) { stack.append(name) }
            } else {
                problems.append("@\(start): a raw `<` in text: \(text(i, i + 20))")
                i += 1
            }
        }
        if !stack.isEmpty { problems.append("elements never closed: \(stack.suffix(5))") }
        return problems
    }

    static func check(attribute: String, value: String?, element: String) -> [String] {
        let wellFormed = attribute.unicodeScalars.allSatisfy { c in
            ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == ":" || c == "_" || c == "."
        } && attribute.unicodeScalars.first.map { ("a"..."z").contains($0) || $0 == "_" } == true
        var found: [String] = []
        if !wellFormed { found.append("<\(element)> has a malformed attribute name `\(attribute)`") }
        if attribute.hasPrefix("on") { found.append("<\(element)> has an event handler \(attribute)=\(value ?? "")") }
        guard let value else { return found }
        let plain = decodeEntities(value)
        if urlAttributes.contains(attribute) {
            // What a browser would read: entities decoded, whitespace and controls dropped.
            let squeezed = String(plain.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
            if let colon = squeezed.firstIndex(of: ":"),
               !squeezed[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
                let scheme = String(squeezed[..<colon])
                let image = attribute == "src" && ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { squeezed.hasPrefix($0) }
                if !safeSchemes.contains(scheme) && !image { found.append("<\(element)> \(attribute) uses the scheme `\(scheme):`: \(value)") }
            }
        }
        if attribute == "style" && (plain.lowercased().contains("javascript") || plain.lowercased().contains("expression(")) {
            found.append("<\(element)> has a scripted style: \(value)")
        }
        return found
    }

    /// Named and numeric character references as a browser decodes them in an attribute.
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t",
                     "newline": "\n", "nbsp": "\u{A0}", "sol": "/", "lpar": "(", "rpar": ")"]
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let end = after.firstIndex(of: ";")
            let token = end.map { String(after[..<$0]) } ?? ""
            var replacement: String? = nil
            if token.hasPrefix("#x") || token.hasPrefix("#X") {
                replacement = UInt32(token.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if token.hasPrefix("#") {
                replacement = UInt32(token.dropFirst(1)).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = named[token.lowercased()]
            }
            if let replacement, let end {
                out += replacement
                rest = after[after.index(after: end)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    /// The inline `<svg>…</svg>` blocks of a page.
    static func svgBlocks(in html: String) -> [String] {
        var blocks: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            blocks.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return blocks
    }
}

/// Well-formed XML, through libxml2 (Foundation's XMLParser): the text of the elements named
/// `collect`, or the parser's error. On Linux `parse()` can return true after an error near
/// the end, and says nothing of a root element never closed, so errors are also taken from
/// the delegate and elements are counted.
final class XMLCheck: NSObject, XMLParserDelegate {
    private let collect: String?
    private var depth = 0
    private var open = 0
    private var started = 0
    private var current = ""
    private var error: String?
    private(set) var collected: [String] = []

    init(collecting element: String? = nil) { collect = element }

    static func parse(_ text: String, collecting element: String? = nil) -> (error: String?, texts: [String]) {
        let check = XMLCheck(collecting: element)
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = check
        let ok = parser.parse()
        var error = check.error ?? parser.parserError.map { "\($0)" }
        if error == nil && !ok { error = "error" }
        if error == nil && (check.started == 0 || check.open != 0) { error = "elements not closed (\(check.open) open)" }
        return (error.map { "\($0) at line \(parser.lineNumber)" }, check.collected)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = "\(parseError)" }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        started += 1
        open += 1
        if name == collect { depth += 1; current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depth > 0 { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open -= 1
        if name == collect {
            depth -= 1
            collected.append(current)
        }
    }
}
