/// The plotting rectangle of a chart inside its viewBox, and small layout helpers.
public struct PlotBox: Sendable, Equatable {
    public let left: Double
    public let top: Double
    public let right: Double
    public let bottom: Double
    public init(left: Double, top: Double, right: Double, bottom: Double) {
        self.left = left; self.top = top; self.right = max(right, left + 1); self.bottom = max(bottom, top + 1)
    }
    public var width: Double { right - left }
    public var height: Double { bottom - top }

    /// Positions pushed apart so neighbours are at least `minGap` apart, kept in [low, high] when
    /// there is room; order is preserved. Used to keep end-of-line labels from overlapping.
    public static func spread(_ positions: [Double], minGap: Double, low: Double, high: Double) -> [Double] {
        let order = positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        var placed = order.map { positions[$0] }
        for i in placed.indices { placed[i] = max(placed[i], i == 0 ? low : placed[i - 1] + minGap) }
        if let last = placed.last, last > high {
            placed[placed.count - 1] = high
            for i in stride(from: placed.count - 2, through: 0, by: -1) { placed[i] = min(placed[i], placed[i + 1] - minGap) }
        }
        var out = positions
        for (k, i) in order.enumerated() { out[i] = placed[k] }
        return out
    }
}

/// A value on a day: one point of a time series (days since 1970-01-01).
public struct DayValue: Sendable, Equatable {
    public let day: Int
    public let value: Double
    public init(day: Int, value: Double) { self.day = day; self.value = value }
}

extension Array where Element == DayValue {
    /// Finite values only, sorted by day (stable for equal days).
    func cleaned() -> [DayValue] {
        enumerated().filter { $0.element.value.isFinite }
            .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }
}

/// A time x-axis over a linear y-axis, shared by the S-curves and the benefits chart.
struct TimeValuePlot {
    let box: PlotBox
    let x: TimeScale
    let y: LinearScale

    init(box: PlotBox, days: [Int], values: [Double], includeZero: Bool = true) {
        self.box = box
        let lo = days.min() ?? 0, hi = days.max() ?? 0
        let pad = Swift.max(1, (hi - lo) / 40)
        x = TimeScale(domain: (lo - pad, hi + pad), range: (box.left, box.right))
        let e = LinearScale.extent(values, includeZero: includeZero)
        y = LinearScale(domain: LinearScale.niceDomain(low: e.low, high: e.high, count: 5), range: (box.bottom, box.top))
    }

    func point(_ dv: DayValue) -> ChartPoint { ChartPoint(x.map(dv.day), y.map(dv.value)) }

    /// Gridlines and both axes.
    func axes(axisFormat: ValueFormat, monthNames: [String]) -> [SVGElement] {
        let yTicks = Axis.ticks(y, count: 5, format: axisFormat)
        let maxTicks = Swift.max(2, Int(box.width / 70))
        let xTicks = Axis.ticks(x, maxCount: maxTicks, monthNames: monthNames)
        return [
            Axis.horizontalGrid(yTicks.map(\.position), x0: box.left, x1: box.right),
            Axis.horizontal(xTicks, y: box.bottom, x0: box.left, x1: box.right),
            Axis.vertical(yTicks, x: box.left, y0: box.bottom, y1: box.top),
        ]
    }

    /// A series as a line (a lone point as a dot).
    func series(_ points: [DayValue], class className: String) -> SVGElement {
        if points.count == 1 { let p = point(points[0]); return Mark.circle(cx: p.x, cy: p.y, r: 3.5, class: "dot " + className) }
        return Mark.polyline(points.map(point), class: "line " + className)
    }

    /// A vertical status-date line with its label at the top of the plot.
    func statusLine(_ day: Int, label: String) -> SVGElement {
        let px = x.map(day)
        let w = TextFit.width(label, fontSize: 10)
        let anchor: Mark.Anchor = px + w / 2 > box.right ? .end : (px - w / 2 < box.left ? .start : .middle)
        return SVGElement.group("status-date", [
            Mark.line(x1: px, y1: box.top, x2: px, y2: box.bottom, class: "today-line"),
            Mark.text(label, x: px, y: box.top - 4, anchor: anchor, class: "today-label"),
        ])
    }
}
