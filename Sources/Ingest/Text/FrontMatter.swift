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

    /// Splits LF-normalised text.
    static func split(_ text: String) -> Result<FrontMatter, Failure> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else { return .failure(.missing) }
        lines = lines.dropFirst()
        guard let close = lines.firstIndex(where: isFence) else { return .failure(.unclosed) }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, body: body))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingWhitespace() == "---" && line.hasPrefix("---")
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
