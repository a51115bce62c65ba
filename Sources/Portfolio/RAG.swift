/// A red/amber/green rating. Reported values may use the five-point delivery-confidence
/// scale; computed values are three-point. Cases are ordered best to worst (SPEC §3.2).
public enum RAG: Int, CaseIterable, Comparable, Hashable, Sendable, CustomStringConvertible {
    case green = 0, amberGreen, amber, amberRed, red

    public static func < (a: RAG, b: RAG) -> Bool { a.rawValue < b.rawValue }

    /// The kebab-case name used in content and data: `green`, `amber-green`, …
    public var name: String {
        switch self {
        case .green: "green"
        case .amberGreen: "amber-green"
        case .amber: "amber"
        case .amberRed: "amber-red"
        case .red: "red"
        }
    }
    /// Words for a reader: "Green", "Amber/Green", …
    public var label: String {
        switch self {
        case .green: "Green"
        case .amberGreen: "Amber/Green"
        case .amber: "Amber"
        case .amberRed: "Amber/Red"
        case .red: "Red"
        }
    }
    /// A letter that goes with the colour, so RAG is never colour alone.
    public var letter: String {
        switch self {
        case .green: "G"
        case .amberGreen: "AG"
        case .amber: "A"
        case .amberRed: "AR"
        case .red: "R"
        }
    }
    public var description: String { name }

    /// Score for the `weighted` program rule: 0, 0.5, 1, 1.5, 2.
    public var score: Double { Double(rawValue) / 2 }

    /// The worse of two ratings.
    public static func worse(_ a: RAG, _ b: RAG) -> RAG { max(a, b) }

    /// Parses a rating as content writes it: `green`, `G`, `amber-green`, `Amber/Green`,
    /// `amber green`, any case. Nil for anything else.
    public init?(parsing text: String) {
        let key = String(text.lowercased().map { $0 == "/" || $0 == " " || $0 == "_" ? "-" : $0 })
            .trimmingWhitespace()
        switch key {
        case "green", "g": self = .green
        case "amber-green", "ag": self = .amberGreen
        case "amber", "a": self = .amber
        case "amber-red", "ar": self = .amberRed
        case "red", "r": self = .red
        default: return nil
        }
    }
}

/// A shown rating: a RAG value, or words where no colour may be shown (SPEC §2.5).
public enum Rating: Hashable, Sendable {
    case rag(RAG)
    /// Withheld, e.g. an exemption under freedom-of-information law; the note says why.
    case withheld(note: String?)
    /// Not rated, e.g. a project in early planning.
    case notRated(note: String?)

    public var rag: RAG? { if case .rag(let r) = self { r } else { nil } }

    /// `green` … `red`, `withheld`, `not-rated`: the key used in data and counts.
    public var name: String {
        switch self {
        case .rag(let r): r.name
        case .withheld: "withheld"
        case .notRated: "not-rated"
        }
    }
    public var label: String {
        switch self {
        case .rag(let r): r.label
        case .withheld: "Withheld"
        case .notRated: "Not rated"
        }
    }
    public var note: String? {
        switch self {
        case .rag: nil
        case .withheld(let n), .notRated(let n): n
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
