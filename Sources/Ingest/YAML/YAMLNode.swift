/// One node of a YAML document, as `YAMLComposer` builds it from libyaml's events: what the
/// decoders read (a scalar's text and style, a list's items, a mapping's entries, each with its
/// position) and the tag as written, which only the duplicate-key check and a mapping key's text
/// ever resolve.
///
/// It stands in for Yams' `Node`, whose composer resolved every plain scalar's tag with regular
/// expressions and hashed whole nodes to find duplicate keys. Where Yams' `Node` has a meaning
/// pmo's messages depend on (`string`, equality, ordering, the resolved tag), the members below
/// have the same one, said at each.
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(List)

    /// A position in the YAML text, 1-based, as Yams' `Mark` (libyaml's mark + 1).
    struct Mark: Equatable, Sendable {
        var line: Int
        var column: Int
    }

    /// Scalar styles, with libyaml's (and Yams') raw values.
    enum Style: UInt32, Sendable {
        case any = 0, plain, singleQuoted, doubleQuoted, literal, folded
    }

    struct Scalar: Sendable {
        var string: String
        var style: Style
        /// The tag as Yams takes it from the event: nil for a plain scalar without one (resolved
        /// from its text), `tag:yaml.org,2002:str` for any other untagged scalar, else as written
        /// (`!` is the non-specific tag).
        var tag: String?
        var mark: Mark
    }

    struct Mapping: Sendable {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        /// nil when implicit.
        var tag: String?
        var mark: Mark
    }

    struct List: Sendable {
        var items: [YAMLNode]
        /// nil when implicit.
        var tag: String?
        var mark: Mark
    }

    var mark: Mark {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(let m): m.mark
        case .sequence(let l): l.mark
        }
    }

    /// Null in YAML: `~`, `null` or nothing, unquoted. Treated as an absent value.
    var isNull: Bool {
        guard case .scalar(let s) = self, s.style == .plain || s.style == .any else { return false }
        switch s.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// How a value reads in a message: "`abc`", "a list", "a mapping".
    var shownAs: String {
        switch self {
        case .scalar(let s): "`\(s.string)`"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

// MARK: - Yams' meanings

extension YAMLNode {
    /// Yams' `Node.string` (`String.construct(from:)`): a scalar's text; for a mapping, the text
    /// of the value of its first key tagged `value` (a plain `=`), if that value has one; nil
    /// otherwise. A mapping key reads as this (`FieldReader`), and so does a duplicate key.
    var string: String? {
        switch self {
        case .scalar(let s): return s.string
        case .mapping(let m):
            for pair in m.pairs where pair.key.resolvedTag == YAMLTag.value { return pair.value.string }
            return nil
        case .sequence: return nil
        }
    }

    /// The tag as Yams' `Node.tag` resolves it: a plain untagged scalar's from its text
    /// (`YAMLTag.resolve`), the non-specific `!` as `str`, `seq` or `map`, an untagged
    /// collection as `seq` or `map`, any other tag as written.
    var resolvedTag: String {
        switch self {
        case .scalar(let s):
            guard let tag = s.tag else { return YAMLTag.resolve(plain: s.string) }
            return tag == "!" ? YAMLTag.str : tag
        case .mapping(let m):
            guard let tag = m.tag, tag != "!" else { return YAMLTag.map }
            return tag
        case .sequence(let l):
            guard let tag = l.tag, tag != "!" else { return YAMLTag.seq }
            return tag
        }
    }

    /// Yams' `Node ==`: the same kind, the same text or the same entries (keys and values, in
    /// order), and the same resolved tag. Two keys that are equal so are duplicates.
    static func yamsEqual(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return x.string == y.string && a.resolvedTag == b.resolvedTag
        case (.mapping(let x), .mapping(let y)):
            guard x.pairs.count == y.pairs.count else { return false }
            for (p, q) in zip(x.pairs, y.pairs) where !yamsEqual(p.key, q.key) || !yamsEqual(p.value, q.value) {
                return false
            }
            return a.resolvedTag == b.resolvedTag
        case (.sequence(let x), .sequence(let y)):
            guard x.items.count == y.items.count else { return false }
            for (p, q) in zip(x.items, y.items) where !yamsEqual(p, q) { return false }
            return a.resolvedTag == b.resolvedTag
        default:
            return false
        }
    }

    /// Yams' `Node <`, by which it orders duplicate keys: scalars by text; mappings by their keys
    /// in order, then by count; lists by their items likewise; nodes of different kinds are
    /// unordered (false both ways).
    static func yamsLess(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return x.string < y.string
        case (.mapping(let x), .mapping(let y)):
            return lexicographicallyLess(x.pairs.map(\.key), y.pairs.map(\.key))
        case (.sequence(let x), .sequence(let y)):
            return lexicographicallyLess(x.items, y.items)
        default:
            return false
        }
    }

    /// Yams' `Array <` (Node.swift): the first pair that is ordered decides, else the shorter.
    private static func lexicographicallyLess(_ a: [YAMLNode], _ b: [YAMLNode]) -> Bool {
        for (x, y) in zip(a, b) {
            if yamsLess(x, y) { return true }
            if yamsLess(y, x) { return false }
        }
        return a.count < b.count
    }
}

/// A node hashed and compared as Yams compares keys (`YAMLNode.yamsEqual`), to group a
/// mapping's keys when some of them are not plain text.
struct YamsKey: Hashable {
    let node: YAMLNode

    static func == (a: YamsKey, b: YamsKey) -> Bool { YAMLNode.yamsEqual(a.node, b.node) }

    /// Equal nodes have the same kind and text or count: hashing those (not the resolved tag)
    /// keeps the hash consistent with `==` without resolving anything.
    func hash(into hasher: inout Hasher) {
        switch node {
        case .scalar(let s): hasher.combine(0); hasher.combine(s.string)
        case .mapping(let m): hasher.combine(1); hasher.combine(m.pairs.count)
        case .sequence(let l): hasher.combine(2); hasher.combine(l.items.count)
        }
    }
}
