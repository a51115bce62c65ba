/// Axes and gridlines: ticks already placed by a scale, labels already formatted.
public enum Axis {
    public struct Tick: Sendable, Equatable {
        public let position: Double
        public let label: String
        public init(position: Double, label: String) { self.position = position; self.label = label }
    }

    public static let fontSize = 11.0

    /// A horizontal axis at `y` from `x0` to `x1`, labels below (or above when `top`). Labels that
    /// would collide are thinned to every second, third… tick.
    public static func horizontal(_ ticks: [Tick], y: Double, x0: Double, x1: Double, top: Bool = false) -> SVGElement {
        let keep = thinning(ticks)
        var children: [SVGElement] = [Mark.line(x1: x0, y1: y, x2: x1, y2: y, class: "axis-line")]
        for (i, t) in ticks.enumerated() {
            children.append(Mark.line(x1: t.position, y1: y, x2: t.position, y2: top ? y - 4 : y + 4, class: "axis-tick"))
            if i % keep == 0 {
                let w = TextFit.width(t.label, fontSize: fontSize) / 2
                // Keep edge labels inside the plot's horizontal extent.
                let anchor: Mark.Anchor = t.position - w < x0 - 30 ? .start : (t.position + w > x1 + 30 ? .end : .middle)
                children.append(Mark.text(t.label, x: t.position, y: top ? y - 7 : y + 15, anchor: anchor, class: "tick-label"))
            }
        }
        return SVGElement.group("axis axis-x", children)
    }

    /// A vertical axis at `x` from `y0` (bottom) to `y1` (top), labels left (or right when `right`).
    public static func vertical(_ ticks: [Tick], x: Double, y0: Double, y1: Double, right: Bool = false) -> SVGElement {
        var children: [SVGElement] = [Mark.line(x1: x, y1: y0, x2: x, y2: y1, class: "axis-line")]
        for t in ticks {
            children.append(Mark.line(x1: x, y1: t.position, x2: right ? x + 4 : x - 4, y2: t.position, class: "axis-tick"))
            children.append(Mark.text(t.label, x: right ? x + 6 : x - 6, y: t.position + 4, anchor: right ? .start : .end, class: "tick-label"))
        }
        return SVGElement.group(right ? "axis axis-y axis-y2" : "axis axis-y", children)
    }

    /// Vertical gridlines at each x.
    public static func verticalGrid(_ xs: [Double], y0: Double, y1: Double) -> SVGElement {
        SVGElement.group("grid", xs.map { Mark.line(x1: $0, y1: y0, x2: $0, y2: y1, class: "grid-line") })
    }

    /// Horizontal gridlines at each y.
    public static func horizontalGrid(_ ys: [Double], x0: Double, x1: Double) -> SVGElement {
        SVGElement.group("grid", ys.map { Mark.line(x1: x0, y1: $0, x2: x1, y2: $0, class: "grid-line") })
    }

    /// An axis title.
    public static func title(_ text: String, x: Double, y: Double, anchor: Mark.Anchor = .middle) -> SVGElement {
        Mark.text(text, x: x, y: y, anchor: anchor, class: "axis-title")
    }

    /// Label every n-th tick so estimated label widths do not overlap.
    static func thinning(_ ticks: [Tick]) -> Int {
        guard ticks.count > 1 else { return 1 }
        let widest = ticks.map { TextFit.width($0.label, fontSize: fontSize) }.max() ?? 0
        let gaps = zip(ticks.dropFirst(), ticks).map { abs($0.position - $1.position) }
        let gap = gaps.min() ?? 1
        guard gap > 0 else { return ticks.count }
        var n = 1
        while Double(n) * gap < widest + 6 && n < ticks.count { n += 1 }
        return n
    }

    /// Ticks of a linear scale with labels from `format`.
    public static func ticks(_ scale: LinearScale, count: Int = 5, format: ValueFormat) -> [Tick] {
        scale.ticks(count: count).map { Tick(position: scale.map($0), label: format($0)) }
    }

    /// Ticks of a time scale.
    public static func ticks(_ scale: TimeScale, maxCount: Int, monthNames: [String]) -> [Tick] {
        scale.ticks(maxCount: maxCount, monthNames: monthNames).map { Tick(position: scale.map($0.day), label: $0.label) }
    }
}
