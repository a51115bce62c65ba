import CYaml

/// Composes a YAML text into `YAMLNode`s from libyaml's events (the `CYaml` module Yams ships),
/// as Yams' `compose(yaml:)` composes its `Node`s: the same events asked for in the same order,
/// so the same first error at the same mark; aliases copied from the latest node of their
/// anchor, an anchor known once its node is complete; a mapping's duplicate keys checked when
/// it ends; one document at most. What it leaves out is what pmo never read: tags are kept as
/// written (resolved only when a duplicate-key check or a mapping key's text needs them), and
/// keys are told apart by a fingerprint of their bytes where that is exact (ASCII text), so
/// Yams' comparison of whole nodes runs only where two keys may be equal.
///
/// `YAMLDifferentialTests` and the `fuzz-frontmatter` harness compare it with Yams' composer,
/// node for node and error for error.
enum YAMLComposer {
    /// The root of the only document of `text` (nil when there is none), or Yams' error.
    static func compose(_ text: String) -> Result<YAMLNode?, YAMLError> {
        let composer = Composer(text: text)
        var bytes = text
        return bytes.withUTF8 { buffer in
            yaml_parser_set_input_string(&composer.parser, buffer.baseAddress, buffer.count)
            do throws(YAMLError) {
                return .success(try composer.singleRoot())
            } catch {
                return .failure(error)
            }
        }
    }
}

/// The ways a composition fails, each with the fields of the `YamlError` Yams throws for it:
/// `YAMLSource` turns them into `yaml-syntax` messages.
enum YAMLError: Error, Equatable {
    struct Context: Equatable {
        let text: String
        let mark: YAMLNode.Mark
    }

    /// libyaml's reader: `offset` counts characters (Yams' `.reader`), nil when the byte
    /// offset is not at a character of the text.
    case reader(problem: String, offset: Int?)
    case scanner(context: Context?, problem: String, mark: YAMLNode.Mark)
    case parser(context: Context?, problem: String, mark: YAMLNode.Mark)
    case composer(context: Context?, problem: String, mark: YAMLNode.Mark)
    /// The texts of the duplicate keys (Yams' order) and the mark of the first one's first use.
    /// `ordered` is false when Yams' `<` leaves two of them unordered (the same text with
    /// different tags, keys of different kinds): Yams' own order is then its dictionary's,
    /// which changes from run to run; this one is first use.
    case duplicatedKeys([String], mark: YAMLNode.Mark, ordered: Bool)
    case memory
}

private final class Composer {
    var parser = yaml_parser_t()
    /// The event being composed; deleted when the next is parsed.
    private var event = yaml_event_t()
    private var hasEvent = false
    private var anchors: [String: YAMLNode] = [:]
    /// The fingerprints of the keys of the mappings open (`keyFingerprint`), innermost last.
    private var keyPrints: [UInt64] = []
    private let text: String

    init(text: String) {
        self.text = text
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    }

    deinit {
        if hasEvent { yaml_event_delete(&event) }
        yaml_parser_delete(&parser)
    }

    /// Yams' `Parser.init` (the stream's start) and `singleRoot()`.
    func singleRoot() throws(YAMLError) -> YAMLNode? {
        _ = try next()  // the stream's start
        guard parser.stream_end_produced == 0, try next() != YAML_STREAM_END_EVENT else { return nil }
        _ = try next()  // past the document's start, to its root
        let root = try node()
        _ = try next()  // the document's end
        if try next() != YAML_STREAM_END_EVENT {
            throw .composer(context: .init(text: "expected a single document in the stream", mark: .init(line: 1, column: 1)),
                            problem: "but found another document", mark: startMark)
        }
        return root
    }

    // MARK: - Events

    /// Parses the next event, or throws libyaml's error as Yams does.
    private func next() throws(YAMLError) -> yaml_event_type_t {
        if hasEvent { yaml_event_delete(&event); hasEvent = false }
        guard yaml_parser_parse(&parser, &event) == 1 else { throw error() }
        hasEvent = true
        return event.type
    }

    private var startMark: YAMLNode.Mark {
        .init(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    }

    /// Yams' `YamlError(from: parser, with: yaml)`.
    private func error() -> YAMLError {
        func mark(_ m: yaml_mark_t) -> YAMLNode.Mark { .init(line: Int(m.line) + 1, column: Int(m.column) + 1) }
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let context = parser.context.map { YAMLError.Context(text: String(cString: $0), mark: mark(parser.context_mark)) }
        switch parser.error {
        case YAML_READER_ERROR:
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: Int(parser.problem_offset), limitedBy: text.utf8.endIndex)?
                .samePosition(in: text)
            return .reader(problem: problem, offset: index.map { text.distance(from: text.startIndex, to: $0) })
        case YAML_SCANNER_ERROR: return .scanner(context: context, problem: problem, mark: mark(parser.problem_mark))
        case YAML_PARSER_ERROR: return .parser(context: context, problem: problem, mark: mark(parser.problem_mark))
        case YAML_COMPOSER_ERROR: return .composer(context: context, problem: problem, mark: mark(parser.problem_mark))
        default: return .memory
        }
    }

    /// An anchor or tag as Yams reads it: UTF-8, invalid bytes repaired; nil when absent.
    private static func string(_ pointer: UnsafePointer<UInt8>?) -> String? {
        String.decodeCString(pointer, as: UTF8.self, repairingInvalidCodeUnits: true)?.result
    }

    /// A tag as Yams names it: none or empty is implicit (nil).
    private static func tag(_ pointer: UnsafePointer<UInt8>?) -> String? {
        guard let tag = string(pointer), !tag.isEmpty else { return nil }
        return tag
    }

    // MARK: - Nodes

    /// The node starting at the current event (Yams' `loadNode`).
    private func node() throws(YAMLError) -> YAMLNode {
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let node = anchors[name] else {
                throw .composer(context: nil, problem: "found undefined alias", mark: startMark)
            }
            return node
        case YAML_SCALAR_EVENT:
            return scalar()
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            let anchor = Self.string(start.anchor)
            let tag = start.implicit != 0 ? nil : Self.tag(start.tag)
            let mark = startMark
            var items: [YAMLNode] = []
            while try next() != YAML_SEQUENCE_END_EVENT {
                items.append(try node())
            }
            return register(.sequence(.init(items: items, tag: tag, mark: mark)), as: anchor)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            let anchor = Self.string(start.anchor)
            let tag = start.implicit != 0 ? nil : Self.tag(start.tag)
            let mark = startMark
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            let printsStart = keyPrints.count
            while try next() != YAML_MAPPING_END_EVENT {
                keyPrints.append(keyFingerprint())
                let key = try node()
                _ = try next()
                pairs.append((key, try node()))
            }
            let distinct = Self.allDifferent(keyPrints[printsStart...])
            keyPrints.removeSubrange(printsStart...)
            if !distinct, let duplicates = Self.duplicates(pairs) { throw duplicates }
            return register(.mapping(.init(pairs: pairs, tag: tag, mark: mark)), as: anchor)
        default:
            fatalError("libyaml gave no node where one must be")  // as Yams: unreachable
        }
    }

    private func scalar() -> YAMLNode {
        let data = event.data.scalar
        // Yams reads the value with Foundation's `String(bytes:encoding: .utf8)`, which drops
        // one leading byte order mark; libyaml's values are valid UTF-8.
        var bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        let tag = data.quoted_implicit == 1 ? YAMLTag.str : Self.tag(data.tag)
        let node = YAMLNode.scalar(.init(string: String(decoding: bytes, as: UTF8.self),
                                         style: YAMLNode.Style(rawValue: data.style.rawValue) ?? .any,
                                         tag: tag, mark: startMark))
        return register(node, as: Self.string(data.anchor))
    }

    private func register(_ node: YAMLNode, as anchor: String?) -> YAMLNode {
        if let anchor { anchors[anchor] = node }
        return node
    }

    // MARK: - Duplicate keys

    /// Yams' `checkDuplicates`: keys equal as Yams compares nodes (the same text and resolved
    /// tag; collections entry by entry), grouped under their first use; the groups of more
    /// than one ordered by Yams' `<` (stable: where Yams leaves them unordered, its dictionary
    /// order is random, this one is first use), marked at the first group's first use.
    static func duplicates(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> YAMLError? {
        guard pairs.count > 1 else { return nil }
        var groupOf: [YamsKey: Int] = [:]
        var groups: [(key: YAMLNode, uses: Int)] = []
        for pair in pairs {
            let key = YamsKey(node: pair.key)
            if let group = groupOf[key] {
                groups[group].uses += 1
            } else {
                groupOf[key] = groups.count
                groups.append((pair.key, 1))
            }
        }
        let duplicates = groups.filter { $0.uses > 1 }.map(\.key).sorted(by: YAMLNode.yamsLess)
        guard let first = duplicates.first else { return nil }
        let ordered = zip(duplicates, duplicates.dropFirst()).allSatisfy { YAMLNode.yamsLess($0, $1) }
        return .duplicatedKeys(duplicates.map { $0.string ?? "<uncovertable>" }, mark: first.mark, ordered: ordered)
    }

    /// A fingerprint of the key starting at the current event, for `allDifferent`: a hash of
    /// its bytes and length when it is a scalar of ASCII text (where equal strings are equal
    /// bytes: Swift compares strings by canonical equivalence, which only non-ASCII text can
    /// tell from byte equality), else 0. Never 0 for such a scalar.
    private func keyFingerprint() -> UInt64 {
        guard event.type == YAML_SCALAR_EVENT else { return 0 }
        let bytes = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        var high: UInt8 = 0
        for byte in bytes {
            high |= byte
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        guard high < 0x80 else { return 0 }
        hash ^= UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        return hash == 0 ? 1 : hash
    }

    /// Whether no two keys can be equal: all ASCII scalars with different fingerprints (so
    /// different texts). Otherwise `duplicates` decides, exactly.
    private static func allDifferent(_ prints: ArraySlice<UInt64>) -> Bool {
        guard !prints.contains(0) else { return false }
        if prints.count <= 16 {
            for i in prints.indices {
                for j in prints.indices[..<i] where prints[i] == prints[j] { return false }
            }
            return true
        }
        return Set(prints).count == prints.count
    }
}
