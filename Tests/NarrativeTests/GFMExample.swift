/// One conformance example of cmark-gfm's test files (`spec.txt`, `extensions.txt`, `regression.txt`).
struct GFMExample: Sendable, CustomStringConvertible {
    /// The file's name, e.g. `spec.txt`.
    var file: String
    /// 1-based, counted over every example of the file, `disabled` ones included (as upstream numbers them).
    var number: Int
    /// The line of the opening fence.
    var line: Int
    /// Header words after ` example`: extension names, or `disabled`.
    var headerWords: [String]
    var markdown: String
    var html: String

    /// Upstream's harness skips an example whose header says `disabled`.
    var isDisabled: Bool { headerWords.contains("disabled") }

    var description: String { "\(file) example \(number) (line \(line))" }
}

/// Reads the example format the way upstream's `test/spec_tests.py` does.
///
/// An example opens with a line of 32 backticks and ` example` (then optional words), holds
/// Markdown, a line `.`, the expected HTML, and closes with a line of 32 backticks. Fence and `.`
/// lines are recognised after trimming whitespace; Markdown and HTML lines are kept byte for byte
/// with their line ends. Lines split at LF only, so a CR stays part of its line (regression.txt
/// has one), and `→` stands for a tab in both parts.
enum GFMExampleFile {
    static let fence = String(repeating: "`", count: 32)

    static func parse(_ text: String, file: String) -> [GFMExample] {
        enum State { case prose, markdown, html }
        var examples: [GFMExample] = []
        var state = State.prose
        var headerWords: [String] = []
        var openingLine = 0
        var markdown = ""
        var html = ""

        for (index, line) in linesKeepingLF(text).enumerated() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix(fence + " example") {
                state = .markdown
                openingLine = index + 1
                headerWords = trimmed.dropFirst(fence.count + " example".count).split(whereSeparator: \.isWhitespace).map(String.init)
            } else if trimmed == fence {
                state = .prose
                examples.append(GFMExample(
                    file: file, number: examples.count + 1, line: openingLine, headerWords: headerWords,
                    markdown: markdown.replacingTabArrows(), html: html.replacingTabArrows()))
                markdown = ""
                html = ""
            } else if trimmed == "." {
                state = .html
            } else if state == .markdown {
                markdown += line
            } else if state == .html {
                html += line
            }
        }
        return examples
    }

    /// The lines of `text`, each with its LF; only LF ends a line (Swift's `Character` would
    /// treat CR LF as one character, so split on Unicode scalars).
    private static func linesKeepingLF(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            current.append(scalar)
            if scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}

private extension String {
    func replacingTabArrows() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "→" ? "\t" : $0 }))
    }

    /// Trims Unicode white space at both ends, as Python's `str.strip()` does.
    func trimmingWhitespace() -> Substring {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return Substring(scalars[first...last])
    }
}
