import Portfolio

/// The Monte Carlo results of SPEC §3.9 at the status date: per simulated project (phase
/// proposed, approved or active), per program and for the portfolio. Collections keep id order.
public struct SimulationResult: Sendable {
    public let trials: Int
    public let seed: UInt64
    public let distribution: DistributionKind
    /// Simulated projects, by id.
    public let projects: [ProjectSimulation]
    /// Programs with at least one approved or active project whose finish was simulated.
    public let programs: [ProgramSimulation]
    /// The committed portfolio's total cost; nil without a committed project that has a cost.
    public let portfolio: PortfolioSimulation?
    /// Positions in `projects` by id: pages ask for every project, a fifth of which (closed, on
    /// hold, cancelled) are not simulated, and a miss must not cost a scan.
    private let positions: [String: Int]

    init(trials: Int, seed: UInt64, distribution: DistributionKind, projects: [ProjectSimulation],
         programs: [ProgramSimulation], portfolio: PortfolioSimulation?) {
        self.trials = trials
        self.seed = seed
        self.distribution = distribution
        self.projects = projects
        self.programs = programs
        self.portfolio = portfolio
        positions = Dictionary(projects.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
    }

    public func project(_ id: String) -> ProjectSimulation? { positions[id].map { projects[$0] } }
    public func program(_ id: String) -> ProgramSimulation? { programs.element(withID: id) { $0.id } }

    /// A simulated finish (a fractional day ordinal) as a date: its day offset rounded up.
    public static func day(_ value: Double) -> Day { Day(ordinal: Int(value.rounded(.up))) }
}

/// The distribution of one simulated quantity (finish as fractional day ordinals, or cost).
public struct Outcome: Sendable {
    /// One value per trial, in trial order, while the run needs them (successors, programs, the
    /// portfolio total); empty once it is over, unless it was asked to keep them
    /// (`Simulation.run(keepingDraws:)`). The pages draw `histogram`.
    public private(set) var samples: [Double]
    public let percentiles: Percentiles
    /// The baseline finish ordinal or the budget compared against; nil when there is none.
    public let reference: Double?
    /// Share of trials with a value ≤ `reference` (prob_on_time, prob_on_budget).
    public let shareWithinReference: Double?
    /// The trials in equal bins, for the histogram and S-curve.
    public let histogram: Histogram

    init(samples: [Double], sorted: [Double], reference: Double?, scale: Histogram.Scale) {
        self.samples = samples
        histogram = Histogram(sortedSamples: sorted, scale: scale)
        percentiles = Percentiles(sorted: sorted)
        self.reference = reference
        shareWithinReference = reference.map { ref in
            // Upper bound of ref in the sorted samples.
            var low = 0, high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid] <= ref { low = mid + 1 } else { high = mid }
            }
            return Double(low) / Double(sorted.count)
        }
    }

    init(samples: [Double], reference: Double?, scale: Histogram.Scale) {
        self.init(samples: samples, sorted: Ranking.sorted(samples), reference: reference, scale: scale)
    }

    /// The same outcome without its draws.
    func withoutSamples() -> Outcome {
        var copy = self
        copy.samples = []
        return copy
    }
}

/// One input of a project's model, for sensitivities.
public enum SimulationInput: Hashable, Sendable {
    /// `m_d`, the remaining-duration multiplier.
    case durationMultiplier
    /// `m_c`, the remaining-cost multiplier.
    case costMultiplier
    /// A risk's drawn days (0 when it did not occur), by risk id.
    case riskDays(String)
    /// A risk's drawn cost (0 when it did not occur), by risk id.
    case riskCost(String)
}

/// Spearman's ρ of one input against the finish or the cost.
public struct Sensitivity: Hashable, Sendable {
    public let input: SimulationInput
    public let rho: Double
}

/// One project's simulated finish and cost (SPEC §3.9).
public struct ProjectSimulation: Sendable, Identifiable {
    public let id: String
    /// nil when the project has no start or no forecast finish.
    public let finish: Outcome?
    /// nil when the project has no EAC (no budget and no forecast cost).
    public let cost: Outcome?
    /// m_d and each open risk's days against finish, in model order; constant inputs left out.
    public let finishSensitivities: [Sensitivity]
    /// m_c and each open risk's cost against cost, in model order; constant inputs left out.
    public let costSensitivities: [Sensitivity]

    /// Share of trials finishing on or before the baseline finish.
    public var probOnTime: Double? { finish?.shareWithinReference }
    /// Share of trials costing no more than BAC.
    public var probOnBudget: Double? { cost?.shareWithinReference }
    public func finishDay(_ percentile: KeyPath<Percentiles, Double>) -> Day? {
        finish.map { SimulationResult.day($0.percentiles[keyPath: percentile]) }
    }
}

/// A program's finish per trial = the latest finish of its approved and active projects.
public struct ProgramSimulation: Sendable, Identifiable {
    public let id: String
    /// Reference: the latest baseline finish of those projects.
    public let finish: Outcome
    /// The projects whose finishes were combined, by id.
    public let memberIDs: [String]

    public func finishDay(_ percentile: KeyPath<Percentiles, Double>) -> Day {
        SimulationResult.day(finish.percentiles[keyPath: percentile])
    }
}

/// The committed portfolio's total cost per trial: Σ simulated cost of approved and active
/// projects + Σ EAC of on-hold and closed projects. Reference: Σ BAC of committed projects.
public struct PortfolioSimulation: Sendable {
    public let cost: Outcome
    /// Σ EAC of on-hold and closed projects, the fixed part of every trial.
    public let fixedCost: Money
    public let simulatedCount: Int
    public let fixedCount: Int
}

// MARK: - Releasing the draws

extension ProjectSimulation {
    func withoutSamples() -> ProjectSimulation {
        ProjectSimulation(id: id, finish: finish?.withoutSamples(), cost: cost?.withoutSamples(),
                          finishSensitivities: finishSensitivities, costSensitivities: costSensitivities)
    }
}

extension ProgramSimulation {
    func withoutSamples() -> ProgramSimulation {
        ProgramSimulation(id: id, finish: finish.withoutSamples(), memberIDs: memberIDs)
    }
}

extension PortfolioSimulation {
    func withoutSamples() -> PortfolioSimulation {
        PortfolioSimulation(cost: cost.withoutSamples(), fixedCost: fixedCost, simulatedCount: simulatedCount, fixedCount: fixedCount)
    }
}
