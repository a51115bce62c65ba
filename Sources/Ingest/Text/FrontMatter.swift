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
        var bytes = text
        switch bytes.withUTF8({ ranges(in: $0) }) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let at):
            let u = text.utf8
            func index(_ offset: Int) -> String.Index { u.index(u.startIndex, offsetBy: offset) }
            let yaml = at.yaml.isEmpty ? "" : String(text[index(at.yaml.lowerBound)..<index(at.yaml.upperBound)])
            let body = at.body.isEmpty ? "" : String(text[index(at.body.lowerBound)...])
            return .success(FrontMatter(yaml: yaml, body: body))
        }
    }

    /// Where `split` finds the YAML and the body in LF-normalised UTF-8 `b`, as byte ranges
    /// (the body runs to the end).
    static func ranges(in b: UnsafeBufferPointer<UInt8>) -> Result<(yaml: Range<Int>, body: Range<Int>), Failure> {
        func lineEnd(_ from: Int) -> Int { ByteScan.firstIndex(of: UInt8(ascii: "\n"), in: b, from: from) ?? b.count }
        let firstEnd = lineEnd(0)
        guard isFence(b, 0..<firstEnd) else { return .failure(.missing) }
        guard firstEnd < b.count else { return .failure(.unclosed) }
        var lineStart = firstEnd + 1
        while true {
            let end = lineEnd(lineStart)
            if isFence(b, lineStart..<end) {
                // The YAML: the lines between the fences, without the line feed before the
                // closing one; the body: after the closing fence's line end.
                let yamlStart = firstEnd + 1
                let yaml = lineStart == yamlStart ? yamlStart..<yamlStart : yamlStart..<(lineStart - 1)
                return .success((yaml, end < b.count ? (end + 1)..<b.count : b.count..<b.count))
            }
            if end == b.count { return .failure(.unclosed) }
            lineStart = end + 1
        }
    }

    /// `---`, then nothing but spaces, tabs or CRs.
    private static func isFence(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count >= 3, b[line.lowerBound] == 0x2D, b[line.lowerBound + 1] == 0x2D, b[line.lowerBound + 2] == 0x2D else {
            return false
        }
        return b[(line.lowerBound + 3)..<line.upperBound].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }
}

