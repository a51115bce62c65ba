import Portfolio

/// Reads the fields of one YAML mapping with their locations.
///
/// Every key asked for is remembered, present or not; `finish()` then warns `unknown-key` for
/// each key of the mapping that nobody asked for, with a "did you mean" hint among the keys
/// that were asked for. Null values (`key:`, `~`) read as absent. Diagnostics collect in `log`.
struct FieldReader {
    let source: YAMLSource
    /// Where the mapping is: `missing-field` errors point here.
    let location: SourceLocation
    var log = DiagnosticLog()
    /// The mapping's keys as text (`YAMLNode.string`, "" for none), and its entries.
    private let keys: [String]
    private let pairs: [(key: YAMLNode, value: YAMLNode)]
    /// The keys asked for, in the order asked (a key asked twice is here twice).
    private var asked: [String] = []
    /// Per key of the mapping: asked for. A mapping of n keys is checked in O(n), not O(n²)
    /// (40,000 keys took minutes); a flag per key, not a set of the keys asked (hashing every
    /// key of every front matter was half a percent of a build).
    private var read: [Bool]

    /// A reader over `node`, which must be a mapping; nil or null (an empty document, or one of
    /// `---` alone) reads as an empty mapping at `fallback`. Anything else is a `wrong-type`
    /// error, read as empty.
    init(_ node: YAMLNode?, source: YAMLSource, fallback: SourceLocation) {
        self.source = source
        switch node?.isNull == true ? nil : node {
        case .mapping(let mapping)?:
            location = source.location(of: node!)
            keys = mapping.pairs.map { $0.key.string ?? "" }
            pairs = mapping.pairs
            read = [Bool](repeating: false, count: keys.count)
        case nil:
            location = fallback
            keys = []
            pairs = []
            read = []
        case let other?:
            location = source.location(of: other)
            keys = []
            pairs = []
            read = []
            log.error(.wrongType, "expected a mapping of `key: value` fields, found \(other.shownAs)", at: location)
        }
    }

    // MARK: - Raw access

    /// The value of `key`, nil when absent or null.
    mutating func value(_ key: String) -> YAMLNode? {
        asked.append(key)
        guard let index = keys.firstIndex(of: key) else { return nil }
        read[index] = true
        return pairs[index].value.isNull ? nil : pairs[index].value
    }

    /// The value of `key`, or a `missing-field` error at the mapping.
    mutating func required(_ key: String, _ what: String) -> YAMLNode? {
        guard let node = value(key) else {
            log.error(.missingField, "\(what) has no `\(key)`", at: location)
            return nil
        }
        return node
    }

    /// Every entry of the mapping, keys with their locations: for maps keyed by content
    /// (e.g. scores keyed by objective id). Marks them all as read.
    mutating func allEntries() -> [(key: Located<String>, value: YAMLNode)] {
        asked.append(contentsOf: keys)
        read = [Bool](repeating: true, count: keys.count)
        return keys.indices.map { (Located(keys[$0], at: source.location(of: pairs[$0].key)), pairs[$0].value) }
    }

    /// Warns `unknown-key` for every key nobody asked for.
    /// (A key flagged unread that was asked for is a repeated key: only its first entry is
    /// flagged.) The hints look among the keys asked, each once, in the order first asked.
    mutating func finish() {
        guard read.contains(false) else { return }
        var seen = Set<String>()
        let candidates = asked.filter { seen.insert($0).inserted }
        for index in keys.indices where !read[index] && !seen.contains(keys[index]) {
            log.warning(.unknownKey, "unknown key `\(keys[index])`", at: source.location(of: pairs[index].key),
                        hint: Suggestion.hint(for: keys[index], among: candidates))
        }
    }

    // MARK: - Nested mappings and lists

    /// Reads the mapping under `key` with `body`; nil when absent or not a mapping.
    mutating func mapping<T>(_ key: String, _ body: (inout FieldReader) -> T) -> T? {
        guard let node = value(key) else { return nil }
        return read(node, body)
    }

    /// Reads `node` as a mapping with `body`, then merges its diagnostics into this reader.
    mutating func read<T>(_ node: YAMLNode, _ body: (inout FieldReader) -> T) -> T? {
        guard case .mapping = node else {
            log.error(.wrongType, "expected a mapping of `key: value` fields, found \(node.shownAs)", at: source.location(of: node))
            return nil
        }
        var child = FieldReader(node, source: source, fallback: location)
        let result = body(&child)
        child.finish()
        log.append(child.log)
        return result
    }

    /// The items of the list under `key`; absent reads as empty, anything but a list is an error.
    mutating func items(_ key: String) -> [YAMLNode] {
        guard let node = value(key) else { return [] }
        guard case .sequence(let list) = node else {
            log.error(.wrongType, "expected a list under `\(key)`, found \(node.shownAs)", at: source.location(of: node))
            return []
        }
        return list.items
    }

    /// Reads each item of the list under `key` as a mapping with `body`.
    mutating func list<T>(_ key: String, _ body: (inout FieldReader) -> T?) -> [T] {
        items(key).compactMap { item in read(item, body) ?? nil }
    }
}
