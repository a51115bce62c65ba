/// `pmo.yaml`: site and computation settings (SPEC §2.1). Defaults are the SPEC's.
public struct Settings: Hashable, Sendable {
    public var title: String
    /// "" = relative links everywhere.
    public var baseURL: String
    /// The status date from `pmo.yaml`; `--as-of` overrides; absent: the latest status report.
    public var asOf: Day?
    public var currency: String
    public var locale: String
    /// Month (1–12) in which the fiscal year starts.
    public var fiscalYearStart: Int
    public var rollup: RollupRule
    public var thresholds: Thresholds
    public var simulation: SimulationSettings
    /// Raw HTML in Markdown is passed through only when true.
    public var markdownUnsafe: Bool
    public var reportingPeriod: ReportingPeriod

    public init(title: String = "PMO Status", baseURL: String = "", asOf: Day? = nil, currency: String = "USD",
                locale: String = "en_US", fiscalYearStart: Int = 1, rollup: RollupRule = .worst,
                thresholds: Thresholds = .init(), simulation: SimulationSettings = .init(),
                markdownUnsafe: Bool = false, reportingPeriod: ReportingPeriod = .month) {
        self.title = title; self.baseURL = baseURL; self.asOf = asOf; self.currency = currency
        self.locale = locale; self.fiscalYearStart = fiscalYearStart; self.rollup = rollup
        self.thresholds = thresholds; self.simulation = simulation
        self.markdownUnsafe = markdownUnsafe; self.reportingPeriod = reportingPeriod
    }
}

/// RAG thresholds (SPEC §2.1, §3.2).
public struct Thresholds: Hashable, Sendable {
    /// CPI and SPI: `>= green` is green, `>= amber` is amber, else red.
    public var indexGreen: Double
    public var indexAmber: Double
    /// Cost overrun and schedule slip as a fraction: `<= green` is green, `<= amber` amber, else red.
    public var varianceGreen: Double
    public var varianceAmber: Double

    public init(indexGreen: Double = 0.95, indexAmber: Double = 0.90, varianceGreen: Double = 0.05, varianceAmber: Double = 0.10) {
        self.indexGreen = indexGreen; self.indexAmber = indexAmber
        self.varianceGreen = varianceGreen; self.varianceAmber = varianceAmber
    }
}

/// A (min, most likely, max) triple, ordered min ≤ likely ≤ max.
public struct Triple: Hashable, Sendable {
    public let low: Double
    public let likely: Double
    public let high: Double
    public init(_ low: Double, _ likely: Double, _ high: Double) { self.low = low; self.likely = likely; self.high = high }
    public var isOrdered: Bool { low <= likely && likely <= high }
}

/// Monte Carlo settings (SPEC §2.1, §3.9).
public struct SimulationSettings: Hashable, Sendable {
    public var trials: Int
    public var seed: UInt64
    public var distribution: DistributionKind
    /// Default remaining-work multipliers.
    public var duration: Triple
    public var cost: Triple

    public init(trials: Int = 10_000, seed: UInt64 = 1, distribution: DistributionKind = .pert,
                duration: Triple = Triple(0.9, 1.0, 1.3), cost: Triple = Triple(0.95, 1.0, 1.2)) {
        self.trials = trials; self.seed = seed; self.distribution = distribution
        self.duration = duration; self.cost = cost
    }
}
