@_spi(YAMLCheck) import Ingest
import Yams

/// pmo's YAML composer (`YAMLComposer`, on libyaml's events) against Yams' composer, which pmo
/// used before: for any text, the same tree (kinds, positions, styles, texts, resolved tags, a
/// mapping's text) or the same error, field for field.
public enum YAMLDifferential {
    /// nil when both agree on `text` (or the loader refuses it before composing); otherwise
    /// what differs, the first differing line of each.
    public static func difference(_ text: String) -> String? {
        guard !YAMLCheck.refusedBeforeComposing(text) else { return nil }
        let ours = YAMLCheck.dump(text)
        // Where Yams orders duplicate keys by its dictionary's hashing, which changes from run
        // to run (and marks the first of that order), both sides write the keys as a set.
        let theirs = YamsReference.dump(text, keysUnordered: ours.keysUnordered)
        guard ours.lines != theirs else { return nil }
        let index = zip(ours.lines, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.lines.count, theirs.count)
        func line(_ lines: [String]) -> String { index < lines.count ? lines[index] : "(no line \(index + 1))" }
        return "pmo's YAML composer differs from Yams' at line \(index + 1) of \(theirs.count): pmo \(line(ours.lines)) | Yams \(line(theirs))"
    }
}

/// Yams' result for a text, in `YAMLCheck`'s line format: the composition pmo made before its
/// own composer (`Yams.compose(yaml:)`, default resolver, UTF-8).
public enum YamsReference {
    /// The tag Yams' default resolver gives a plain scalar of `text` written without a tag.
    public static func resolvedTag(plain text: String) -> String {
        Node.scalar(.init(text, .implicit, .plain)).tag.description
    }

    public static func dump(_ text: String, keysUnordered: Bool = false) -> [String] {
        do {
            guard let root = try Yams.compose(yaml: text, .default, .default, .utf8) else { return ["empty"] }
            var lines: [String] = []
            write(root, depth: 0, into: &lines)
            return lines
        } catch let error as YamlError {
            return [line(error, keysUnordered: keysUnordered)]
        } catch {
            return ["other \(error)"]
        }
    }

    private static func write(_ node: Node, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let mark = (line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        switch node {
        case .scalar(let s):
            lines.append(YAMLCheck.scalarLine(indent, mark.line, mark.column, s.style.rawValue, node.tag.description, s.string))
        case .sequence(let l):
            lines.append(YAMLCheck.collectionLine(indent, "sequence", mark.line, mark.column, node.tag.description, node.string, l.count))
            for item in l { write(item, depth: depth + 1, into: &lines) }
        case .mapping(let m):
            lines.append(YAMLCheck.collectionLine(indent, "mapping", mark.line, mark.column, node.tag.description, node.string, m.count))
            for (key, value) in m {
                write(key, depth: depth + 1, into: &lines)
                write(value, depth: depth + 2, into: &lines)
            }
        case .alias(let a):
            lines.append("\(indent)alias \(a.anchor.rawValue)")
        }
    }

    private static func line(_ error: YamlError, keysUnordered: Bool) -> String {
        func context(_ c: YamlError.Context?) -> (text: String, line: Int, column: Int)? {
            c.map { ($0.text, $0.mark.line, $0.mark.column) }
        }
        switch error {
        case let .reader(problem, offset, _, _): return YAMLCheck.readerLine(problem, offset)
        case let .scanner(c, problem, mark, _): return YAMLCheck.errorLine("scanner", context(c), problem, mark.line, mark.column)
        case let .parser(c, problem, mark, _): return YAMLCheck.errorLine("parser", context(c), problem, mark.line, mark.column)
        case let .composer(c, problem, mark, _): return YAMLCheck.errorLine("composer", context(c), problem, mark.line, mark.column)
        case let .duplicatedKeysInMapping(keys, c): return YAMLCheck.duplicatesLine(keys, c.mark.line, c.mark.column, unordered: keysUnordered)
        case .memory: return "memory"
        default: return "other \(error)"
        }
    }
}
