/// Splits a coordinate range into `count` equal bands (rows of a Gantt, groups of bars).
public struct BandScale: Sendable, Equatable {
    public let count: Int
    public let rangeStart: Double
    public let rangeEnd: Double
    /// Share of each step left empty between bands (0–1).
    public let paddingInner: Double
    /// Share of a step left empty before the first band and after the last.
    public let paddingOuter: Double

    public init(count: Int, range: (start: Double, end: Double), paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.count = max(0, count)
        rangeStart = range.start
        rangeEnd = range.end
        self.paddingInner = min(max(paddingInner, 0), 1)
        self.paddingOuter = max(paddingOuter, 0)
    }

    /// Distance from one band's start to the next.
    public var step: Double {
        let n = Double(max(count, 1))
        return (rangeEnd - rangeStart) / (n - paddingInner + 2 * paddingOuter)
    }
    public var bandwidth: Double { step * (1 - paddingInner) }
    public func start(_ index: Int) -> Double { rangeStart + step * (paddingOuter + Double(index)) }
    public func center(_ index: Int) -> Double { start(index) + bandwidth / 2 }
}
