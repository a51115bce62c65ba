import Portfolio

/// What an importer produces: the files of a site folder, in memory (path relative to the
/// site root → UTF-8 text), and every diagnostic about the input. Build writes the files.
public struct ImportedSite: Sendable {
    public var files: [String: String]
    /// Located in the input files (SPEC §1: a CSV cell is the record's first line and the
    /// cell's 1-based column).
    public var diagnostics: [Diagnostic]
    /// Lines for the person who ran the import: what was read and what was kept as text.
    public var summary: [String]

    public init(files: [String: String] = [:], diagnostics: [Diagnostic] = [], summary: [String] = []) {
        self.files = files; self.diagnostics = diagnostics; self.summary = summary
    }
}

/// The text of a spreadsheet export: UTF-8 when the bytes are valid UTF-8 (a leading
/// byte-order mark dropped), otherwise ISO-8859-1, where every byte is one character
/// (the GMPP files: `£` is byte 0xA3).
public enum ImportText {
    public static func decode(_ bytes: [UInt8]) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        return latin1(body)
    }

    public static func latin1<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    /// Line ends of every kind (CR, LF, CRLF, and the CR CR LF some exports write) as LF;
    /// no more than one blank line in a row; trimmed.
    public static func paragraphs(_ text: String) -> String {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = scalar == "\r"
            if scalar == "\r" || scalar == "\n" {
                lines.append(String(current).trimmingTrailingSpaces())
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current).trimmingTrailingSpaces())
        var out: [String] = []
        for line in lines where !(line.isEmpty && (out.last?.isEmpty ?? true)) { out.append(line) }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n").trimmingWhitespace()
    }

    /// One line: every run of white space (line ends, tabs, no-break spaces) as one space.
    /// Read scalar by scalar: a combining mark after a space must not hide the space.
    public static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { space = true; continue }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Text for a Markdown body that reads as written: characters Markdown would take as
    /// markup (emphasis, links, HTML, headings, tables) are escaped with a backslash.
    /// Line starts `- ` and `1. ` stay lists, as the departments wrote them.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for line in paragraphs(text).split(separator: "\n", omittingEmptySubsequences: false) {
            if !out.isEmpty { out += "\n" }
            var escaped = ""
            for c in line {
                if "\\`*_<>[]|~".contains(c) { escaped.append("\\") }
                escaped.append(c)
            }
            if escaped.hasPrefix("#") || escaped.hasPrefix("=") || escaped.hasPrefix("+ ") { escaped = "\\" + escaped }
            out += escaped
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// Writing YAML front matter by hand, so every value is quoted and escaped the same way.
enum YAMLWriter {
    /// A double-quoted YAML scalar: `\`, `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A Markdown file: `---`, the front matter lines, `---`, the body.
    static func document(_ lines: [String], body: String) -> String {
        "---\n" + lines.joined(separator: "\n") + "\n---\n" + (body.isEmpty ? "" : body + "\n")
    }
}
