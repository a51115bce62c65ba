import Portfolio

/// A content file read up to its fields: a Markdown file's front matter (or `pmo.yaml`'s
/// whole text) as a `FieldReader`, and the Markdown body.
struct MarkdownDocument {
    var fields: FieldReader
    let body: String

    /// Decodes, splits and parses a Markdown file with front matter; nil after logging why
    /// (`invalid-encoding`, `missing-front-matter`, `unclosed-front-matter`, `yaml-syntax`).
    static func read(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> MarkdownDocument? {
        guard let raw = SourceText.decode(bytes, path: path, log: &log) else { return nil }
        let text = SourceText.normalizingLineEnds(raw)
        switch FrontMatter.split(text) {
        case .failure(.missing):
            log.error(.missingFrontMatter, "the file does not start with `---` front matter",
                      at: SourceLocation(path: path, line: 1, column: 1))
            return nil
        case .failure(.unclosed):
            log.error(.unclosedFrontMatter, "the front matter opened here has no closing `---` line",
                      at: SourceLocation(path: path, line: 1, column: 1))
            return nil
        case .success(let split):
            let source = YAMLSource(path: path, lineOffset: split.yamlLineOffset, text: split.yaml)
            guard case .success(let root) = source.compose(split.yaml, log: &log) else { return nil }
            return MarkdownDocument(fields: FieldReader(root, source: source, fallback: source.start), body: split.body)
        }
    }

    /// Decodes and parses a plain YAML file (`pmo.yaml`).
    static func readYAML(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> FieldReader? {
        guard let raw = SourceText.decode(bytes, path: path, log: &log) else { return nil }
        let text = SourceText.normalizingLineEnds(raw)
        let source = YAMLSource(path: path, lineOffset: 0, text: text)
        guard case .success(let root) = source.compose(text, log: &log) else { return nil }
        return FieldReader(root, source: source, fallback: source.start)
    }
}

extension FieldReader {
    /// Finishes the reader (unknown keys) and moves its diagnostics into `log`.
    mutating func finish(into log: inout DiagnosticLog) {
        finish()
        log.append(self.log)
        self.log = DiagnosticLog()
    }
}
