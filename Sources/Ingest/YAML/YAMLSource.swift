import Portfolio

/// A YAML text and where it sits: the file's path and the lines before it (1 for front
/// matter, after the opening `---`; 0 for `pmo.yaml`). Turns YAML marks, which are 1-based,
/// into file locations.
struct YAMLSource {
    let path: String
    let lineOffset: Int
    /// The end of the YAML text (its last line, and one past that line's last character), when
    /// the text was given: marks past it are placed there. libyaml marks the end of a text
    /// without a final line break on a line of its own, which the file does not have; nodes
    /// left empty at the end (`-`, `---`) carry that mark.
    let end: (line: Int, column: Int)?

    init(path: String, lineOffset: Int, text: String? = nil) {
        self.path = path
        self.lineOffset = lineOffset
        self.end = text.map(Self.end(of:))
    }

    func location(_ mark: YAMLNode.Mark?) -> SourceLocation { location(line: mark?.line, column: mark?.column) }

    /// A 1-based line and column of the YAML text as a file location.
    func location(line: Int?, column: Int?) -> SourceLocation {
        if let end, let line, line > end.line {
            return SourceLocation(path: path, line: end.line + lineOffset, column: end.column)
        }
        return SourceLocation(path: path, line: (line ?? 1) + lineOffset, column: column ?? 1)
    }

    func location(of node: YAMLNode) -> SourceLocation { location(node.mark) }

    /// The first line of the YAML text, where an empty document is said to be.
    var start: SourceLocation { SourceLocation(path: path, line: lineOffset + 1, column: 1) }

    /// The root node of `text` (nil for an empty document), or a `yaml-syntax` error.
    func compose(_ text: String, log: inout DiagnosticLog) -> Result<YAMLNode?, YAMLFailure> {
        if let key = YAMLAliases.firstExpandingKey(in: text) {
            log.error(.yamlSyntax, "YAML: this mapping key expands through aliases to more than \(YAMLAliases.limit) values; keys are plain text",
                      at: location(line: key.line, column: key.column))
            return .failure(YAMLFailure())
        }
        switch YAMLComposer.compose(text) {
        case .success(let root):
            return .success(root)
        case .failure(let error):
            let (message, mark) = Self.describe(error, in: text)
            let position = mark.map { Self.clamped($0, to: text) }
            log.error(.yamlSyntax, message, at: location(line: position?.line, column: position?.column))
            return .failure(YAMLFailure())
        }
    }

    /// The message and position of a composition's error, as pmo gave them for Yams' errors.
    private static func describe(_ error: YAMLError, in text: String) -> (String, (line: Int, column: Int)?) {
        func phrase(_ context: YAMLError.Context?, _ problem: String) -> String {
            guard let context else { return "YAML: \(problem)" }
            return "YAML: \(context.text): \(problem)"
        }
        switch error {
        case let .scanner(context, problem, mark), let .parser(context, problem, mark),
             let .composer(context, problem, mark):
            return (phrase(context, problem), (mark.line, mark.column))
        case let .duplicatedKeys(duplicates, mark, _):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return ("YAML: duplicate key \(keys) in one mapping", (mark.line, mark.column))
        case let .reader(problem, offset):
            return ("YAML: \(problem)", offset.map { position(ofCharacter: $0, in: text) })
        case .memory:
            return ("YAML: Memory error", nil)  // Yams' description of `.memory`
        }
    }

    /// `mark`, or the end of the text when the mark is past its last line: at the end of a text
    /// without a final line break, libyaml starts a line of its own, which the file does not have.
    static func clamped(_ mark: (line: Int, column: Int), to text: String) -> (line: Int, column: Int) {
        let end = end(of: text)
        return mark.line > end.line ? end : mark
    }

    /// The last line of `text` and one past its last character, counted as libyaml counts (see
    /// `position`), on the UTF-8 bytes: one quick pass, done once per file.
    static func end(of text: String) -> (line: Int, column: Int) {
        var text = text
        return text.withUTF8 { bytes in
            var line = 1, column = 1
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in bytes {
                switch byte {
                case 0x0A where previous == 0x0D: break
                case 0x0A, 0x0D: line += 1; column = 1
                case 0x85 where previous == 0xC2, 0xA8 where previous == 0x80 && beforePrevious == 0xE2,
                     0xA9 where previous == 0x80 && beforePrevious == 0xE2:
                    line += 1; column = 1  // NEL, LS, PS: their lead byte was counted as a character
                default:
                    if byte & 0xC0 != 0x80 { column += 1 }  // a scalar's first byte
                }
                beforePrevious = previous
                previous = byte
            }
            return (line, column)
        }
    }

    /// Line and column (1-based) of the character at `offset` (in characters, as Yams gives a
    /// reader error's offset; the end of the text when nil or past it), counted as libyaml
    /// counts: LF, CR, CR LF, NEL, LS and PS each end a line; columns in scalars.
    static func position(ofCharacter offset: Int?, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (index, character) in text.enumerated() {
            if let offset, index >= offset { break }
            switch character {
            case "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}": line += 1; column = 1
            default: column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}

/// A YAML text that did not parse; its `yaml-syntax` error is in the log.
struct YAMLFailure: Error {}
