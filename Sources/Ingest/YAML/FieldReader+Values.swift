import Portfolio

/// Typed fields: each reads `key` (optionally required) and converts its value through
/// `YAMLSource`'s readers, logging located errors into the reader.
extension FieldReader {
    private mutating func field<T>(_ key: String, required what: String?,
                                   _ convert: (YAMLSource, YAMLNode, inout DiagnosticLog) -> T?) -> T? {
        let found: YAMLNode?
        if let what { found = required(key, what) } else { found = value(key) }
        guard let node = found else { return nil }
        let source = self.source  // a copy, so the conversion does not overlap the access to `log`
        return convert(source, node, &log)
    }

    /// `required` names the thing (e.g. "a project") for the `missing-field` message; nil = optional.
    mutating func string(_ key: String, required what: String? = nil) -> String? {
        field(key, required: what) { s, n, l in s.text(n, log: &l) }
    }

    mutating func located(_ key: String, required what: String? = nil) -> Located<String>? {
        field(key, required: what) { s, node, log in
            s.text(node, log: &log).map { Located($0, at: s.location(of: node)) }
        }
    }

    mutating func number(_ key: String, required what: String? = nil) -> Double? {
        field(key, required: what) { s, n, l in s.number(n, log: &l) }
    }

    mutating func number(_ key: String, in range: ClosedRange<Double>, required what: String? = nil) -> Double? {
        field(key, required: what) { s, n, l in s.number(n, in: range, what: "`\(key)`", log: &l) }
    }

    mutating func integer(_ key: String, minimum: Int? = nil) -> Int? {
        field(key, required: nil) { s, n, l in s.integer(n, minimum: minimum, what: "`\(key)`", log: &l) }
    }

    mutating func money(_ key: String, allowNegative: Bool = false) -> Money? {
        field(key, required: nil) { s, n, l in s.money(n, allowNegative: allowNegative, log: &l) }
    }

    mutating func bool(_ key: String) -> Bool? {
        field(key, required: nil) { s, n, l in s.boolean(n, log: &l) }
    }

    mutating func day(_ key: String, required what: String? = nil) -> Day? {
        field(key, required: what) { s, n, l in s.day(n, log: &l) }
    }

    mutating func month(_ key: String) -> Month? {
        field(key, required: nil) { s, n, l in s.month(n, log: &l) }
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, what: String,
                                                             required owner: String? = nil) -> E? where E.RawValue == String {
        field(key, required: owner) { s, n, l in s.choice(n, type, what: what, log: &l) }
    }

    mutating func rag(_ key: String) -> RAG? {
        field(key, required: nil) { s, n, l in s.rag(n, what: "rating", log: &l) }
    }

    mutating func triple(_ key: String, minimum: Double? = nil) -> Triple? {
        field(key, required: nil) { s, n, l in s.triple(n, minimum: minimum, what: "`\(key)`", log: &l) }
    }

    /// A list of texts with their locations (ids in `depends_on`, `objectives`).
    mutating func stringList(_ key: String) -> [Located<String>] {
        let source = self.source
        var found: [Located<String>] = []
        for node in items(key) {
            if let text = source.text(node, log: &log) { found.append(Located(text, at: source.location(of: node))) }
        }
        return found
    }

    /// Location of the value under `key`, when present (for errors found after decoding).
    mutating func locationOf(_ key: String) -> SourceLocation? {
        let source = self.source
        return value(key).map { source.location(of: $0) }
    }

    /// `finish-before-start` when both are given and `finish` is earlier.
    mutating func checkOrder<T: Comparable & CustomStringConvertible>(_ start: T?, _ finish: T?, startKey: String, finishKey: String) {
        guard let start, let finish, finish < start, let at = locationOf(finishKey) else { return }
        log.error(.finishBeforeStart, "`\(finishKey)` \(finish) is before `\(startKey)` \(start)", at: at)
    }
}
