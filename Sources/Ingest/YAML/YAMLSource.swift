import Portfolio
import Yams

/// A YAML text and where it sits: the file's path and the lines before it (1 for front
/// matter, after the opening `---`; 0 for `pmo.yaml`). Turns Yams marks, which are 1-based,
/// into file locations.
struct YAMLSource {
    let path: String
    let lineOffset: Int

    func location(_ mark: Mark?) -> SourceLocation { location(line: mark?.line, column: mark?.column) }

    /// A 1-based line and column of the YAML text as a file location.
    func location(line: Int?, column: Int?) -> SourceLocation {
        SourceLocation(path: path, line: (line ?? 1) + lineOffset, column: column ?? 1)
    }

    func location(of node: Node) -> SourceLocation { location(node.mark) }

    /// The first line of the YAML text, where an empty document is said to be.
    var start: SourceLocation { SourceLocation(path: path, line: lineOffset + 1, column: 1) }

    /// The root node of `text` (nil for an empty document), or a `yaml-syntax` error.
    func compose(_ text: String, log: inout DiagnosticLog) -> Result<Node?, YAMLFailure> {
        do {
            // UTF-8 given explicitly: the default looks up an environment variable on every call.
            return .success(try Yams.compose(yaml: text, .default, .default, .utf8))
        } catch let error as YamlError {
            let (message, position) = Self.describe(error, in: text)
            log.error(.yamlSyntax, message, at: location(line: position?.line, column: position?.column))
            return .failure(YAMLFailure())
        } catch {
            log.error(.yamlSyntax, "YAML: \(error)", at: start)
            return .failure(YAMLFailure())
        }
    }

    /// The message and position of a Yams error.
    private static func describe(_ error: YamlError, in text: String) -> (String, (line: Int, column: Int)?) {
        func phrase(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context else { return "YAML: \(problem)" }
            return "YAML: \(context.text): \(problem)"
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return (phrase(context, problem), (mark.line, mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return ("YAML: duplicate key \(keys) in one mapping", (context.mark.line, context.mark.column))
        case let .reader(problem, offset, _, _):
            return ("YAML: \(problem)", offset.map { position(ofCharacter: $0, in: text) })
        default:
            return ("YAML: \(error)", nil)
        }
    }

    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        let lines = text.prefix(offset).split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }
}

/// A YAML text that did not parse; its `yaml-syntax` error is in the log.
struct YAMLFailure: Error {}

extension Node {
    /// Null in YAML: `~`, `null` or nothing, unquoted. Treated as an absent value.
    var isNull: Bool {
        guard case .scalar(let s) = self, s.style == .plain || s.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// How a value reads in a message: "`abc`", "a list", "a mapping".
    var shownAs: String {
        switch self {
        case .scalar(let s): "`\(s.string)`"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
