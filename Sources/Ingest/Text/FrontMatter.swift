import Portfolio

/// A Markdown file split into its YAML front matter and its body.
///
/// The file starts with a `---` line; the YAML runs until the next `---` line; the rest is
/// the Markdown body. `yamlLineOffset` is the number of file lines before the YAML (1, the
/// opening line), so a YAML line n is file line n + 1.
struct FrontMatter: Equatable {
    var yaml: String
    var body: String
    var yamlLineOffset: Int { 1 }

    enum Failure: Error, Equatable {
        /// The file does not start with a `---` line.
        case missing
        /// The opening `---` line has no closing `---` line.
        case unclosed
    }

    /// Splits LF-normalised text. Scans the UTF-8 bytes line by line up to the closing
    /// fence only (the body is never split into lines).
    static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let u = text.utf8
        func lineEnd(_ from: String.Index) -> String.Index { u[from...].firstIndex(of: UInt8(ascii: "\n")) ?? u.endIndex }
        let firstEnd = lineEnd(u.startIndex)
        guard isFence(u[u.startIndex..<firstEnd]) else { return .failure(.missing) }
        guard firstEnd < u.endIndex else { return .failure(.unclosed) }
        let yamlStart = u.index(after: firstEnd)
        var lineStart = yamlStart
        while true {
            let end = lineEnd(lineStart)
            if isFence(u[lineStart..<end]) {
                let yaml = lineStart == yamlStart ? "" : String(text[yamlStart..<u.index(before: lineStart)])
                let body = end < u.endIndex ? String(text[u.index(after: end)...]) : ""
                return .success(FrontMatter(yaml: yaml, body: body))
            }
            if end == u.endIndex { return .failure(.unclosed) }
            lineStart = u.index(after: end)
        }
    }

    /// `---`, then nothing but spaces, tabs or CRs.
    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        guard line.starts(with: "---".utf8) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }
}

