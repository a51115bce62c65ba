import Portfolio

/// Computed and shown RAG of one project (SPEC §3.2).
public struct RAGAssessment: Hashable, Sendable {
    /// Computed from the figures and the thresholds (three-point); nil when no input exists.
    public let computedSchedule: RAG?
    public let computedCost: RAG?
    public let computedOverall: RAG?
    /// Reported by the latest status report on or before the date that gives each dimension.
    public let reportedOverall: Rating?
    public let reportedSchedule: RAG?
    public let reportedCost: RAG?
    public let reportedScope: RAG?
    public let reportedResources: RAG?
    /// Reported, else computed.
    public var overall: Rating? { reportedOverall ?? computedOverall.map(Rating.rag) }
    public var schedule: RAG? { reportedSchedule ?? computedSchedule }
    public var cost: RAG? { reportedCost ?? computedCost }
    /// Reported overall strictly better than computed overall.
    public let watermelon: Bool

    /// With `inputs`, a missing input drops its term (SPEC §3.2): SPI and CPI enter only when a
    /// percent complete was reported (else EV is 0 by default, not by report), and a project
    /// with no input reported at all (no percent complete, actual cost or forecast: e.g. an
    /// imported GMPP project) has no computed RAG.
    public init(project: Project, figures ev: EarnedValue, inputs: ProjectInputs? = nil, thresholds: Thresholds, at date: Day) {
        let rules = RAGRules(thresholds: thresholds)
        let percentReported = inputs.map { $0.percentCompleteSource != .none } ?? true
        let anyReported = inputs.map {
            [$0.percentCompleteSource, $0.actualCostSource, $0.forecastFinishSource, $0.forecastCostSource].contains { $0 != .none }
        } ?? true
        var scheduleTerms: [RAG] = []
        if percentReported, let spi = ev.spi { scheduleTerms.append(rules.indexBand(spi)) }
        if anyReported, let slip = ev.slipDays, let start = project.start, let bf = ev.baselineFinish, start.days(to: bf) > 0 {
            scheduleTerms.append(rules.varianceBand(Double(slip) / Double(start.days(to: bf))))
        }
        var costTerms: [RAG] = []
        if percentReported, let cpi = ev.cpi { costTerms.append(rules.indexBand(cpi)) }
        if anyReported, let eac = ev.eac, let bac = ev.bac, let overrun = (eac - bac) / bac { costTerms.append(rules.varianceBand(overrun)) }
        computedSchedule = scheduleTerms.max()
        computedCost = costTerms.max()
        computedOverall = [computedSchedule, computedCost].compactMap { $0 }.max()

        // The reports on or before `date`, newest first, as positions (a filtered and sorted
        // copy of them copied every report, for every project at every reporting date).
        let all = project.statusReports
        let newestFirst = all.indices.filter { all[$0].date <= date }.sorted { all[$0].date > all[$1].date }
        func latest<T>(_ field: (StatusReport) -> T?) -> T? {
            for i in newestFirst { if let value = field(all[i]) { return value } }
            return nil
        }
        reportedOverall = latest { $0.overall }
        reportedSchedule = latest { $0.schedule }
        reportedCost = latest { $0.cost }
        reportedScope = latest { $0.scope }
        reportedResources = latest { $0.resources }
        if let reported = reportedOverall?.rag, let computed = computedOverall {
            watermelon = reported < computed
        } else {
            watermelon = false
        }
    }
}

/// The banding rules of SPEC §3.2 for a build's thresholds.
public struct RAGRules: Hashable, Sendable {
    public let thresholds: Thresholds
    public init(thresholds: Thresholds) { self.thresholds = thresholds }

    /// `x ≥ green` → green, `x ≥ amber` → amber, else red (CPI, SPI, benefit on-track).
    public func indexBand(_ x: Double) -> RAG {
        x >= thresholds.indexGreen ? .green : x >= thresholds.indexAmber ? .amber : .red
    }

    /// `f ≤ green` → green, `f ≤ amber` → amber, else red (slip and overrun fractions).
    public func varianceBand(_ f: Double) -> RAG {
        f <= thresholds.varianceGreen ? .green : f <= thresholds.varianceAmber ? .amber : .red
    }
}
