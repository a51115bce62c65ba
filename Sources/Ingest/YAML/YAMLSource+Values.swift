import Portfolio

/// Typed values read from single YAML nodes. Each returns nil after logging a located error
/// when the node does not hold the value asked for.
extension YAMLSource {
    // MARK: - Scalars

    /// The text of a scalar; a list or a mapping is a `wrong-type` error.
    func text(_ node: YAMLNode, log: inout DiagnosticLog) -> String? {
        guard case .scalar(let scalar) = node else {
            log.error(.wrongType, "expected text, found \(node.shownAs)", at: location(of: node))
            return nil
        }
        return scalar.string
    }

    func number(_ node: YAMLNode, log: inout DiagnosticLog) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingWhitespace()), value.isFinite else {
            log.error(.wrongType, "expected a number, found \(node.shownAs)", at: location(of: node))
            return nil
        }
        return value
    }

    /// A number within `range`; outside it, an `out-of-range` error naming `what`.
    func number(_ node: YAMLNode, in range: ClosedRange<Double>, what: String, log: inout DiagnosticLog) -> Double? {
        guard let value = number(node, log: &log) else { return nil }
        guard range.contains(value) else {
            log.error(.outOfRange, "\(what) must be \(Self.describe(range)), found \(node.shownAs)", at: location(of: node))
            return nil
        }
        return value
    }

    /// A whole number, optionally at least `minimum`.
    func integer(_ node: YAMLNode, minimum: Int? = nil, what: String = "the value", log: inout DiagnosticLog) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.trimmingWhitespace()) else {
            log.error(.wrongType, "expected a whole number, found \(node.shownAs)", at: location(of: node))
            return nil
        }
        if let minimum, value < minimum {
            log.error(.outOfRange, "\(what) must be at least \(minimum), found \(node.shownAs)", at: location(of: node))
            return nil
        }
        return value
    }

    /// An amount of money; negative amounts are an `out-of-range` error unless allowed.
    func money(_ node: YAMLNode, allowNegative: Bool = false, log: inout DiagnosticLog) -> Money? {
        guard let value = number(node, log: &log) else { return nil }
        if !allowNegative, value < 0 {
            log.error(.outOfRange, "an amount of money must not be negative, found \(node.shownAs)", at: location(of: node))
            return nil
        }
        return Money(value)
    }

    func boolean(_ node: YAMLNode, log: inout DiagnosticLog) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        log.error(.wrongType, "expected true or false, found \(node.shownAs)", at: location(of: node))
        return nil
    }

    /// An ISO date `YYYY-MM-DD` (a plain scalar to YAML); impossible dates are errors too.
    func day(_ node: YAMLNode, log: inout DiagnosticLog) -> Day? {
        guard let text = text(node, log: &log) else { return nil }
        guard let day = Day(iso: text.trimmingWhitespace()) else {
            log.error(.invalidDate, "`\(text)` is not a date of the form YYYY-MM-DD", at: location(of: node))
            return nil
        }
        return day
    }

    /// A month `YYYY-MM`.
    func month(_ node: YAMLNode, log: inout DiagnosticLog) -> Month? {
        guard let text = text(node, log: &log) else { return nil }
        guard let month = Month(iso: text.trimmingWhitespace()) else {
            log.error(.invalidMonth, "`\(text)` is not a month of the form YYYY-MM", at: location(of: node))
            return nil
        }
        return month
    }

    // MARK: - Enumerations

    /// One of an enumeration's words; otherwise `invalid-enum` with the words allowed and a
    /// "did you mean" hint.
    func choice<E: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ type: E.Type, what: String,
                                                    log: inout DiagnosticLog) -> E? where E.RawValue == String {
        guard let text = text(node, log: &log) else { return nil }
        if let value = E(rawValue: text.trimmingWhitespace().lowercased()) { return value }
        invalidChoice(node, text, allowed: E.allCases.map(\.rawValue), what: what, log: &log)
        return nil
    }

    /// A three- or five-point rating: `green`, `amber-green`, `amber`, `amber-red`, `red`, G/A/R.
    func rag(_ node: YAMLNode, what: String, log: inout DiagnosticLog) -> RAG? {
        guard let text = text(node, log: &log) else { return nil }
        if let value = RAG(parsing: text) { return value }
        invalidChoice(node, text, allowed: RAG.allCases.map(\.name), what: what, log: &log)
        return nil
    }

    /// A rating as shown: a RAG value, `withheld` or `not-rated` (with its note).
    func rating(_ node: YAMLNode, note: String?, what: String, log: inout DiagnosticLog) -> Rating? {
        guard let text = text(node, log: &log) else { return nil }
        if let value = RAG(parsing: text) { return .rag(value) }
        switch text.trimmingWhitespace().lowercased() {
        case "withheld": return .withheld(note: note)
        case "not-rated", "not rated", "not_rated": return .notRated(note: note)
        default:
            invalidChoice(node, text, allowed: RAG.allCases.map(\.name) + ["withheld", "not-rated"], what: what, log: &log)
            return nil
        }
    }

    func invalidChoice(_ node: YAMLNode, _ text: String, allowed: [String], what: String, log: inout DiagnosticLog) {
        log.error(.invalidEnum, "unknown \(what) `\(text)`; expected one of \(allowed.joined(separator: ", "))",
                  at: location(of: node), hint: Suggestion.hint(for: text, among: allowed))
    }

    // MARK: - Triples

    /// `[min, likely, max]`: exactly three numbers with min ≤ likely ≤ max (`unordered-triple`
    /// otherwise); each at least `minimum` when given.
    func triple(_ node: YAMLNode, minimum: Double? = nil, what: String, log: inout DiagnosticLog) -> Triple? {
        guard case .sequence(let list) = node else {
            log.error(.wrongType, "expected a list of three numbers [min, likely, max], found \(node.shownAs)", at: location(of: node))
            return nil
        }
        let values = list.items.map { number($0, log: &log) }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = values.compactMap { $0 }
        guard numbers.count == 3 else {
            log.error(.unorderedTriple, "\(what) must be exactly three numbers [min, likely, max], found \(numbers.count)",
                      at: location(of: node))
            return nil
        }
        let triple = Triple(numbers[0], numbers[1], numbers[2])
        guard triple.isOrdered else {
            log.error(.unorderedTriple, "\(what) must be ordered min ≤ likely ≤ max, found [\(Self.format(numbers))]",
                      at: location(of: node))
            return nil
        }
        if let minimum, triple.low < minimum {
            log.error(.outOfRange, "\(what) must not be below \(Self.format([minimum])), found [\(Self.format(numbers))]",
                      at: location(of: node))
            return nil
        }
        return triple
    }

    // MARK: - Formatting for messages

    static func format(_ values: [Double]) -> String {
        values.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) }.joined(separator: ", ")
    }

    static func describe(_ range: ClosedRange<Double>) -> String {
        if range.upperBound == .greatestFiniteMagnitude { return "at least \(format([range.lowerBound]))" }
        return "between \(format([range.lowerBound])) and \(format([range.upperBound]))"
    }
}
