/// What `YAMLComposer` makes of a text, written out line by line, for the differential checks
/// against Yams' composer (the `fuzz-frontmatter` harness and `YAMLDifferentialTests`, which
/// write Yams' result in the same form). Not part of pmo's interface: `@_spi(YAMLCheck)`.
@_spi(YAMLCheck) public enum YAMLCheck {
    /// The YAML text the loader composes for a file's bytes: the whole of `pmo.yaml` (or any
    /// `.yaml`/`.yml` path), a Markdown file's front matter; nil when the file stops before
    /// (not UTF-8, no front matter).
    public static func yamlText(of bytes: [UInt8], path: String) -> String? {
        var log = DiagnosticLog()
        guard let raw = SourceText.decode(bytes, path: path, log: &log) else { return nil }
        let text = SourceText.normalizingLineEnds(raw)
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { return text }
        guard case .success(let split) = FrontMatter.split(text) else { return nil }
        return split.yaml
    }

    /// Whether the loader refuses `text` before composing it (a key that aliases expand).
    public static func refusedBeforeComposing(_ text: String) -> Bool {
        YAMLAliases.firstExpandingKey(in: text) != nil
    }

    /// The composition of `text`, one line per node (depth-first, indented), or one line for
    /// its error. `keysUnordered` is true when the error lists duplicate keys whose order Yams
    /// leaves to its dictionary (see `YAMLError.duplicatedKeys`): the line has them as a set.
    public static func dump(_ text: String) -> (lines: [String], keysUnordered: Bool) {
        switch YAMLComposer.compose(text) {
        case .success(nil):
            return (["empty"], false)
        case .success(let root?):
            var lines: [String] = []
            write(root, depth: 0, into: &lines)
            return (lines, false)
        case .failure(let error):
            switch error {
            case let .reader(problem, offset): return ([readerLine(problem, offset)], false)
            case let .scanner(context, problem, mark): return ([errorLine("scanner", context.map { ($0.text, $0.mark.line, $0.mark.column) }, problem, mark.line, mark.column)], false)
            case let .parser(context, problem, mark): return ([errorLine("parser", context.map { ($0.text, $0.mark.line, $0.mark.column) }, problem, mark.line, mark.column)], false)
            case let .composer(context, problem, mark): return ([errorLine("composer", context.map { ($0.text, $0.mark.line, $0.mark.column) }, problem, mark.line, mark.column)], false)
            case let .duplicatedKeys(keys, mark, ordered): return ([duplicatesLine(keys, mark.line, mark.column, unordered: !ordered)], !ordered)
            case .memory: return (["memory"], false)
            }
        }
    }

    private static func write(_ node: YAMLNode, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch node {
        case .scalar(let s):
            lines.append(scalarLine(indent, s.mark.line, s.mark.column, s.style.rawValue, node.resolvedTag, s.string))
        case .sequence(let l):
            lines.append(collectionLine(indent, "sequence", l.mark.line, l.mark.column, node.resolvedTag, node.string, l.items.count))
            for item in l.items { write(item, depth: depth + 1, into: &lines) }
        case .mapping(let m):
            lines.append(collectionLine(indent, "mapping", m.mark.line, m.mark.column, node.resolvedTag, node.string, m.pairs.count))
            for pair in m.pairs {
                write(pair.key, depth: depth + 1, into: &lines)
                write(pair.value, depth: depth + 2, into: &lines)
            }
        }
    }

    // The line formats, shared with the writer of Yams' results (FuzzSupport's `YamsReference`).

    public static func scalarLine(_ indent: String, _ line: Int, _ column: Int, _ style: UInt32, _ tag: String, _ text: String) -> String {
        "\(indent)scalar \(line):\(column) style \(style) \(tag) \(text.debugDescription)"
    }

    public static func collectionLine(_ indent: String, _ kind: String, _ line: Int, _ column: Int, _ tag: String,
                                      _ text: String?, _ count: Int) -> String {
        "\(indent)\(kind) \(line):\(column) \(tag) string \(text.debugDescription) count \(count)"
    }

    public static func readerLine(_ problem: String, _ offset: Int?) -> String {
        "reader \(problem.debugDescription) at character \(offset.map(String.init) ?? "none")"
    }

    public static func errorLine(_ kind: String, _ context: (text: String, line: Int, column: Int)?, _ problem: String,
                                 _ line: Int, _ column: Int) -> String {
        let context = context.map { "\($0.text.debugDescription) \($0.line):\($0.column)" } ?? "none"
        return "\(kind) context \(context) problem \(problem.debugDescription) at \(line):\(column)"
    }

    /// `unordered`: the keys as a set (sorted), without the mark, which goes with the order.
    public static func duplicatesLine(_ keys: [String], _ line: Int, _ column: Int, unordered: Bool) -> String {
        unordered ? "duplicate keys, unordered, \(keys.sorted().debugDescription)" : "duplicate keys \(keys.debugDescription) at \(line):\(column)"
    }
}
