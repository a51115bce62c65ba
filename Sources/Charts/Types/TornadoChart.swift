/// Tornado: one horizontal bar per input, its signed sensitivity (e.g. Spearman ρ) drawn right of
/// zero when positive and left when negative, sorted by magnitude; each bar carries its value.
public struct TornadoChart: Chart {
    public struct Bar: Sendable, Equatable {
        public let label: String
        public let value: Double
        public init(label: String, value: Double) { self.label = label; self.value = value.isFinite ? value : 0 }
    }

    public let info: ChartInfo
    public let bars: [Bar]
    /// The axis extent; by default symmetric around zero over the largest magnitude.
    public let domain: (low: Double, high: Double)?
    public let width: Double
    public let valueFormat: ValueFormat
    public let negativeTitle: String?
    public let positiveTitle: String?

    public init(info: ChartInfo, bars: [Bar], domain: (low: Double, high: Double)? = nil, width: Double = 480,
                valueFormat: @escaping ValueFormat = { SVGNumber.format($0) }, negativeTitle: String? = nil, positiveTitle: String? = nil) {
        self.info = info; self.bars = bars; self.domain = domain; self.width = max(width, 280)
        self.valueFormat = valueFormat; self.negativeTitle = negativeTitle; self.positiveTitle = positiveTitle
    }

    /// Largest magnitude first; ties keep the caller's order.
    public var sorted: [Bar] {
        bars.enumerated().sorted { (abs($1.element.value), $0.offset) < (abs($0.element.value), $1.offset) }.map(\.element)
    }

    func signed(_ v: Double) -> String { (v > 0 ? "+" : "") + valueFormat(v) }

    public func svgBytes() -> [UInt8] {
        guard !bars.isEmpty else { return ChartFrame.noData(info, kind: "tornado", width: width) }
        let bars = sorted
        let labelWidth = min(150, width * 0.3)
        let rowHeight = 24.0
        let hasTitles = negativeTitle != nil || positiveTitle != nil
        let top = hasTitles ? 24.0 : 8.0
        let box = PlotBox(left: labelWidth + 40, top: top, right: width - 40, bottom: top + Double(bars.count) * rowHeight)
        let m = bars.map { abs($0.value) }.max() ?? 0
        let d = domain ?? LinearScale.niceDomain(low: -m, high: m, count: 6)
        let x = LinearScale(domain: d, range: (box.left, box.right))
        let ticks = Axis.ticks(x, count: 4, format: valueFormat)
        var body: [SVGElement] = [Axis.verticalGrid(ticks.map(\.position), y0: box.top, y1: box.bottom)]
        let zero = x.map(0)
        if let t = negativeTitle { body.append(Axis.title("← " + t, x: zero - 6, y: 14, anchor: .end)) }
        if let t = positiveTitle { body.append(Axis.title(t + " →", x: zero + 6, y: 14, anchor: .start)) }
        for (i, bar) in bars.enumerated() {
            let y0 = box.top + Double(i) * rowHeight
            let end = x.map(bar.value)
            let cls = bar.value < 0 ? "bar series-negative" : "bar series-positive"
            body.append(SVGElement.group("tornado-row", [
                Mark.label(bar.label, x: 4, y: y0 + 16, maxWidth: labelWidth - 4, fontSize: 12, class: "row-label"),
                Mark.rect(x: min(zero, end), y: y0 + 4, width: abs(end - zero), height: rowHeight - 8, class: cls),
                Mark.text(signed(bar.value), x: bar.value < 0 ? end - 4 : end + 4, y: y0 + 16, anchor: bar.value < 0 ? .end : .start, class: "value-label"),
            ]))
        }
        body.append(Mark.line(x1: zero, y1: box.top, x2: zero, y2: box.bottom, class: "zero-line"))
        body.append(Axis.horizontal(ticks, y: box.bottom, x0: box.left, x1: box.right))
        return ChartFrame.render(info, kind: "tornado", width: width, height: box.bottom + 26, description: defaultDescription(), body: body)
    }

    func defaultDescription() -> String {
        let top = sorted.prefix(3).map { "\($0.label) (\(signed($0.value)))" }
        return "\(bars.count) \(bars.count == 1 ? "input" : "inputs") by strength of effect; strongest: \(top.joined(separator: ", "))."
    }

    public func table() -> ChartTable {
        ChartTable(caption: info.title, columns: [.init("Input"), .init("Sensitivity", numeric: true)],
                   rows: sorted.map { [$0.label, signed($0.value)] })
    }
}
