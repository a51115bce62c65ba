import Analysis
import Portfolio

/// The dashboard's "what changed since the previous report" (SPEC §4 "History").
public struct WhatChangedModel: Sendable, Encodable, Equatable {
    public let previousDate: String
    public let moves: [RAGMoveModel]
    public let slips: [SlipModel]
    public let approved: [ApprovedChangeModel]
    public let newReds: String
    public let hasNewReds: Bool
    public let isEmpty: Bool
}

public struct RAGMoveModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let from: BadgeModel
    public let to: BadgeModel
    public let direction: String
}

public struct SlipModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let days: String
    public let from: String
    public let to: String
}

public struct ApprovedChangeModel: Sendable, Encodable, Equatable {
    public let link: LinkModel
    public let project: LinkModel
    public let title: String
    public let cost: String
    public let days: String
}

extension SiteModel {
    /// Nil on the first reporting date: there is no previous report to compare with.
    func whatChanged(from linker: Linker) -> [WhatChangedModel] {
        guard let previous = history.previous else { return [] }
        let w = WhatChanged(from: previous, to: figures)
        let name: (String) -> LinkModel = { projectLink($0, from: linker) }
        let reds = w.newReds.compactMap { portfolio.project($0)?.name }
        return [WhatChangedModel(
            previousDate: format.day(w.previousDate),
            moves: w.ragMoves.map {
                RAGMoveModel(link: name($0.project), from: BadgeModel(rating: $0.from), to: BadgeModel(rating: $0.to),
                             direction: $0.isWorse ? "worse" : ($0.from?.rag != nil && $0.to?.rag != nil ? "better" : "changed"))
            },
            slips: w.slips.map {
                SlipModel(link: name($0.project), days: format.integer($0.days), from: format.day($0.from), to: format.day($0.to))
            },
            approved: w.newlyApproved.map {
                ApprovedChangeModel(link: LinkModel(text: $0.id, href: linker.href(to: .changes, fragment: Self.changeAnchor($0.id))),
                                    project: name($0.project), title: $0.title,
                                    cost: format.signedMoney($0.cost), days: format.signedInteger($0.scheduleDays))
            },
            newReds: reds.joined(separator: ", "),
            hasNewReds: !reds.isEmpty,
            isEmpty: w.isEmpty)]
    }
}
