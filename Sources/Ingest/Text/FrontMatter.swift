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
        // The byte offsets of the YAML's start, the closing fence's line and that line's end.
        let found: Result<(yaml: Int, fence: Int, end: Int), Failure> = bytes.withUTF8 { b in
            func lineEnd(_ from: Int) -> Int { ByteScan.firstIndex(of: UInt8(ascii: "\n"), in: b, from: from) ?? b.count }
            let firstEnd = lineEnd(0)
            guard isFence(b, 0..<firstEnd) else { return .failure(.missing) }
            guard firstEnd < b.count else { return .failure(.unclosed) }
            var lineStart = firstEnd + 1
            while true {
                let end = lineEnd(lineStart)
                if isFence(b, lineStart..<end) { return .success((firstEnd + 1, lineStart, end)) }
                if end == b.count { return .failure(.unclosed) }
                lineStart = end + 1
            }
        }
        switch found {
        case .failure(let failure):
            return .failure(failure)
        case .success(let at):
            let u = text.utf8
            func index(_ offset: Int) -> String.Index { u.index(u.startIndex, offsetBy: offset) }
            let yaml = at.fence == at.yaml ? "" : String(text[index(at.yaml)..<index(at.fence - 1)])
            let body = at.end < u.count ? String(text[index(at.end + 1)...]) : ""
            return .success(FrontMatter(yaml: yaml, body: body))
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

