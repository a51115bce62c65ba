/// A RAG status on the three- or five-point scale, as charts draw it: a colour class *and* a
/// letter (G, AG, A, AR, R), never colour alone.
public enum ChartRAG: String, Sendable, CaseIterable, Equatable {
    case green
    case amberGreen = "amber-green"
    case amber
    case amberRed = "amber-red"
    case red

    /// `G`, `AG`, `A`, `AR`, `R`.
    public var letter: String {
        switch self {
        case .green: return "G"
        case .amberGreen: return "AG"
        case .amber: return "A"
        case .amberRed: return "AR"
        case .red: return "R"
        }
    }

    /// `Green`, `Amber/green`, `Amber`, `Amber/red`, `Red`.
    public var name: String {
        switch self {
        case .green: return "Green"
        case .amberGreen: return "Amber/green"
        case .amber: return "Amber"
        case .amberRed: return "Amber/red"
        case .red: return "Red"
        }
    }

    /// The CSS class: `rag-green`, `rag-amber-green`, …
    public var className: String { "rag-" + rawValue }

    /// The class for a RAG that may be missing (`rag-none`).
    public static func className(_ rag: ChartRAG?) -> String { rag?.className ?? "rag-none" }
    /// The letter for a RAG that may be missing (`–`).
    public static func letter(_ rag: ChartRAG?) -> String { rag?.letter ?? "–" }
    /// The name for a RAG that may be missing (`No status`).
    public static func name(_ rag: ChartRAG?) -> String { rag?.name ?? "No status" }
}
