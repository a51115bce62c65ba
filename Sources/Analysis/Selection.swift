import Portfolio

/// The funding selection of SPEC §3.8: which approved and proposed projects to fund.
///
/// Active projects are fixed (selected, their BAC counts against the funding); on-hold and closed
/// ones do not count. Among the candidates (approved and proposed projects), the subset with the
/// greatest total strategic value whose BAC, added to the fixed BAC, stays within the funding; ties
/// go to the least total BAC, then to the subset holding the higher-priority candidate at the first
/// rank where they differ. Solved exactly by `Knapsack` over value in hundredths and BAC in cents.
/// A candidate without a BAC cannot be costed: it is left out of the selection (`selected` nil).
public struct Selection: Sendable {
    /// The funding available, from `content/_index.md`.
    public let funding: Money
    /// Σ BAC of active projects (a project without a BAC counts 0).
    public let fixedBAC: Money
    /// Σ strategic value of active projects, in hundredths.
    public let fixedHundredths: Int
    /// Candidates with a BAC, in priority order, and whether each is selected.
    public let candidates: [(id: String, bac: Money, hundredths: Int, selected: Bool)]
    /// Candidates without a BAC, in priority order: not in the selection.
    public let uncosted: [String]
    /// True when the active projects alone cost more than the funding: nothing else is selected.
    public let fixedExceedsFunding: Bool
    /// The best total value (fixed included) at 21 funding levels, evenly spaced from the fixed
    /// BAC to the fixed BAC plus the BAC of every candidate, both ends included.
    public let frontier: [FrontierLevel]
    private let selectedByID: [String: Bool]

    public struct FrontierLevel: Hashable, Sendable {
        public let funding: Money
        public let value: Double
    }

    /// Number of frontier levels (SPEC §3.8).
    public static let frontierLevels = 21

    /// nil without `funding` (SPEC §3.8: selection is not run).
    /// The frontier's levels are solved on up to `threads` threads, the selection beside them; the result is the same whatever the number.
    public init?(portfolio: Portfolio, projects: [ProjectFigures], values: StrategicValues, threads: Int = 1) {
        guard let funding = portfolio.info.funding else { return nil }
        self.funding = funding
        let active = projects.filter { $0.project.phase == .active }
        fixedBAC = active.compactMap(\.earnedValue.bac).sum()
        fixedHundredths = active.map { StrategicValues.hundredths(values.value(of: $0.id) ?? 0) }.reduce(0, +)
        let byID = Dictionary(uniqueKeysWithValues: projects.map { ($0.id, $0) })
        let ranked = values.ranking.compactMap { byID[$0] }
        let costed = ranked.filter { $0.earnedValue.bac != nil }
        uncosted = ranked.filter { $0.earnedValue.bac == nil }.map(\.id)

        let knapsack = Knapsack(items: costed.map {
            Knapsack.Item(value: StrategicValues.hundredths(values.value(of: $0.id) ?? 0), weight: Selection.cents($0.earnedValue.bac!))
        })
        let fixedCents = Selection.cents(fixedBAC)
        let capacity = Selection.cents(funding) - fixedCents
        let solving = Background(threads: threads) { knapsack.solve(capacity: capacity) }
        let totalCents = knapsack.items.map(\.weight).reduce(0, +)
        let bestValues = ParallelMap.map(Array(0..<Selection.frontierLevels), threads: threads) { level in
            // Integer cents: level × total ÷ 20, rounded down, so the top level is exactly the total.
            let extra = Int64(level) * totalCents / Int64(Selection.frontierLevels - 1)
            return (extra, knapsack.bestValue(capacity: extra) ?? 0)
        }
        let solution = solving.value()
        fixedExceedsFunding = solution == nil
        let chosen = Set(solution?.chosen ?? [])
        candidates = costed.enumerated().map { k, f in
            (f.id, f.earnedValue.bac!, knapsack.items[k].value, chosen.contains(k))
        }

        selectedByID = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0.selected) })
        let fixed = fixedHundredths
        frontier = bestValues.map { extra, best in
            FrontierLevel(funding: Money(Double(fixedCents + extra) / 100), value: Double(fixed + best) / 100)
        }
    }

    /// Total strategic value of the selected portfolio: fixed plus chosen.
    public var selectedValue: Double { Double(fixedHundredths + candidates.filter(\.selected).map(\.hundredths).reduce(0, +)) / 100 }
    /// Σ BAC of the chosen candidates.
    public var chosenBAC: Money { candidates.filter(\.selected).map(\.bac).sum() }
    /// Funding left after the fixed and chosen projects (negative when the fixed BAC exceeds it).
    public var headroom: Money { funding - fixedBAC - chosenBAC }

    /// `selected` for a project: true for active projects, true or false for candidates with a
    /// BAC, nil for every other project.
    public func isSelected(_ f: ProjectFigures) -> Bool? {
        if f.project.phase == .active { return true }
        return selectedByID[f.id]
    }

    /// Money in whole cents, rounded half away from zero (money's published precision).
    static func cents(_ m: Money) -> Int64 { Int64((m.amount * 100).rounded(.toNearestOrAwayFromZero)) }
}
