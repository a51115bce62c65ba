import Portfolio

/// A benefit's figures at a date (SPEC §3.5).
public struct BenefitFigures: Hashable, Sendable {
    public let benefit: Benefit
    /// planned(as_of); nil without start and target date.
    public let planned: Double?
    /// The latest measurement on or before the date; nil when none.
    public let realised: Double?
    public let realisation: Double?
    public let onTrack: Double?
    public let onTrackRAG: RAG?

    public init(_ benefit: Benefit, at date: Day, rules: RAGRules) {
        self.benefit = benefit
        let planned = BenefitFigures.planned(benefit, at: date)
        let realised = benefit.measurements.filter { $0.date <= date }.max { $0.date < $1.date }?.value
        self.planned = planned
        self.realised = realised
        let base = benefit.baseline
        realisation = realised.flatMap { r in benefit.target == base ? nil : (r - base) / (benefit.target - base) }
        let onTrack: Double? = realised.flatMap { r in planned.flatMap { p in p == base ? nil : (r - base) / (p - base) } }
        self.onTrack = onTrack
        onTrackRAG = onTrack.map(rules.indexBand)
    }

    /// `baseline` before `start`, linear from `baseline` at `start` to `target` at
    /// `target_date`, `target` after.
    public static func planned(_ b: Benefit, at date: Day) -> Double? {
        guard let start = b.start, let end = b.targetDate else { return nil }
        if date < start { return b.baseline }
        if date >= end { return b.target }
        let span = Double(start.days(to: end))
        return b.baseline + (b.target - b.baseline) * Double(start.days(to: date)) / span
    }
}
