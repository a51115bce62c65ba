import Portfolio

// View models are plain structs of formatted strings, Bools and arrays, read by Mustache
// through reflection. They hold no Optionals: Mustache looks a missing (nil) key up in the
// enclosing objects, so a project without a manager would show its program's. Absence is a
// `has…` Bool, an empty array, or a dash ("—").

/// Text that may link somewhere; `isLink` is false when the target has no page.
public struct LinkModel: Sendable, Encodable, Equatable {
    public let text: String
    public let href: String
    public let isLink: Bool

    public init(text: String, href: String?) {
        self.text = text; self.href = href ?? ""; self.isLink = href != nil
    }
}

/// A rating as a reader sees it: colour AND letter AND words for a RAG value; words only
/// (never a colour) for withheld, not rated and not reported.
public struct BadgeModel: Sendable, Encodable, Equatable {
    /// `green`, `amber-green`, …, `withheld`, `not-rated`, `not-reported`: the CSS modifier.
    public let key: String
    /// `G`, `AG`, `A`, `AR`, `R`; empty when not coloured.
    public let letter: String
    /// `Green`, `Amber/Green`, `Withheld`, `Not reported`, …
    public let label: String
    public let coloured: Bool
    public let note: String
    public let hasNote: Bool

    public init(rating: Rating?) {
        switch rating {
        case .rag(let rag)?: self.init(rag: rag)
        case let rating?: self.init(key: rating.name, label: rating.label, note: rating.note ?? "")
        case nil: self = .notReported
        }
    }

    public init(rag: RAG?) {
        guard let rag else { self = .notReported; return }
        key = rag.name; letter = rag.letter; label = rag.label; coloured = true; note = ""; hasNote = false
    }

    /// Words only, never a colour.
    private init(key: String, label: String, note: String = "") {
        self.key = key; letter = ""; self.label = label; coloured = false
        self.note = note; hasNote = !note.trimmingWhitespace().isEmpty
    }

    public static let notReported = BadgeModel(key: "not-reported", label: "Not reported")
    /// Words only: a dimension pmo does not compute (scope, resources).
    public static let notComputed = BadgeModel(key: "not-computed", label: "Not computed")
    /// Words only: not enough figures to compute a rating.
    public static let noData = BadgeModel(key: "no-data", label: "No data")
}

/// One figure in a KPI panel: "Forecast cost", "$1,350,000", "reported 31 Oct 2026".
/// Analysis will add earned-value figures to the same panels.
public struct KPIModel: Sendable, Encodable, Equatable {
    public let label: String
    public let value: String
    public let note: String
    public let hasNote: Bool
    /// The one-line meaning shown on hover (`<abbr title>`); empty for none.
    public let title: String
    public let hasTitle: Bool
    /// A CSS modifier for the value: `good`, `bad` or empty.
    public let tone: String
    public let hasTone: Bool
    public init(label: String, value: String, note: String = "", title: String = "", tone: String = "") {
        self.label = label; self.value = value; self.note = note; self.hasNote = !note.isEmpty
        self.title = title; self.hasTitle = !title.isEmpty; self.tone = tone; self.hasTone = !tone.isEmpty
    }

    /// A figure explained by its glossary entry: abbreviation as label, meaning and formula on hover.
    public init(_ metric: Metric, value: String, note: String = "", tone: String = "") {
        self.init(label: metric.abbreviation, value: value, note: note,
                  title: "\(metric.name): \(metric.meaning) \(metric.formula).", tone: tone)
    }
}

/// A second KPI panel on a page, rendered by `partials/kpis` inside `{{#panel}}…{{/panel}}`.
public struct KPIPanelModel: Sendable, Encodable, Equatable {
    public let kpis: [KPIModel]
}

/// A labelled fact in a header list (`<dl>`), optionally a link.
public struct FactModel: Sendable, Encodable, Equatable {
    public let label: String
    public let value: LinkModel
    public init(label: String, value: LinkModel) { self.label = label; self.value = value }
    public init(label: String, text: String) { self.init(label: label, value: LinkModel(text: text, href: nil)) }
}

/// A count under a label, e.g. "Active: 4".
public struct CountModel: Sendable, Encodable, Equatable {
    public let label: String
    public let key: String
    public let count: String
}

/// A count of projects under a rating, for the dashboard.
public struct RatingCountModel: Sendable, Encodable, Equatable {
    public let badge: BadgeModel
    public let count: String
}

/// A named rating: "Schedule" → Amber.
public struct DimensionModel: Sendable, Encodable, Equatable {
    public let dimension: String
    public let badge: BadgeModel
}

/// One row of a projects table (dashboard, programs, projects index).
public struct ProjectRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let program: LinkModel
    public let phase: String
    public let phaseKey: String
    public let manager: String
    /// Compact (`$1.2M`) for the cell; full (`$1,200,000`) for the title.
    public let budget: String
    public let budgetFull: String
    public let rating: BadgeModel
    public let reportDate: String
}

/// One row of a programs table.
public struct ProgramRowModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let sponsor: String
    public let manager: String
    public let projectCount: String
}
