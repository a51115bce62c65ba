/// Efficient frontier: the best total strategic value reachable at each funding level, as a step
/// line (value only changes when another project becomes affordable). A vertical cut line marks
/// the current funding; the area beyond it is unfunded; the selected portfolio is a diamond on it.
public struct EfficientFrontierChart: Chart {
    public struct Level: Sendable, Equatable {
        public let funding: Double
        public let value: Double
        public init(funding: Double, value: Double) { self.funding = funding; self.value = value }
    }

    public let info: ChartInfo
    public let levels: [Level]
    public let funding: Double?
    public let selectedValue: Double?
    public let width: Double
    public let height: Double
    public let fundingFormat: ValueFormat
    public let fundingAxisFormat: ValueFormat
    public let valueFormat: ValueFormat

    public init(info: ChartInfo, levels: [Level], funding: Double? = nil, selectedValue: Double? = nil, width: Double = 480, height: Double = 300,
                fundingFormat: @escaping ValueFormat = ChartFormat.number(), fundingAxisFormat: @escaping ValueFormat = ChartFormat.compact,
                valueFormat: @escaping ValueFormat = ChartFormat.number()) {
        self.info = info
        self.levels = levels.filter { $0.funding.isFinite && $0.value.isFinite }.enumerated()
            .sorted { ($0.element.funding, $0.offset) < ($1.element.funding, $1.offset) }.map(\.element)
        self.funding = funding.flatMap { $0.isFinite ? $0 : nil }
        self.selectedValue = selectedValue.flatMap { $0.isFinite ? $0 : nil }
        self.width = max(width, 280); self.height = max(height, 180)
        self.fundingFormat = fundingFormat; self.fundingAxisFormat = fundingAxisFormat; self.valueFormat = valueFormat
    }

    public func svgBytes() -> [UInt8] {
        guard !levels.isEmpty else { return ChartFrame.noData(info, kind: "frontier", width: width) }
        var items: [Legend.Item] = [.init(.line("line series-frontier"), "Best value at each funding level")]
        if funding != nil { items.append(.init(.line("cut-line"), "Funding cut line")) }
        if selectedValue != nil && funding != nil { items.append(.init(.diamond("selected-mark"), "Selected portfolio")) }
        let legendHeight = Legend.height(items, maxWidth: width - 16)
        let box = PlotBox(left: 48, top: 24, right: width - 16, bottom: height - 46 - legendHeight)
        let fundings = levels.map(\.funding) + (funding.map { [$0] } ?? [])
        let fe = LinearScale.extent(fundings)
        let x = LinearScale(domain: LinearScale.niceDomain(low: fe.low, high: fe.high, count: 5), range: (box.left, box.right))
        let ve = LinearScale.extent(levels.map(\.value) + (selectedValue.map { [$0] } ?? []), includeZero: true)
        let y = LinearScale(domain: LinearScale.niceDomain(low: ve.low, high: ve.high, count: 5), range: (box.bottom, box.top))
        let xTicks = Axis.ticks(x, count: max(2, Int(box.width / 80)), format: fundingAxisFormat)
        let yTicks = Axis.ticks(y, count: 5, format: { SVGNumber.format($0, grouping: ",") })
        var body: [SVGElement] = []
        if let f = funding, x.map(f) < box.right {
            body.append(Mark.rect(x: x.map(f), y: box.top, width: box.right - x.map(f), height: box.height, class: "unfunded-zone"))
            body.append(Mark.text("Unfunded", x: box.right - 4, y: box.bottom - 6, anchor: .end, class: "zone-label"))
        }
        body.append(Axis.horizontalGrid(yTicks.map(\.position), x0: box.left, x1: box.right))
        let points = levels.map { ChartPoint(x.map($0.funding), y.map($0.value)) }
        if points.count == 1 { body.append(Mark.circle(cx: points[0].x, cy: points[0].y, r: 3.5, class: "dot series-frontier")) }
        else { body.append(Mark.stepLine(points, class: "line series-frontier")) }
        body.append(SVGElement.group("levels", levels.map { l in
            SVGElement.group(nil, [.textElement("title", text: "Funding \(fundingFormat(l.funding)): value \(valueFormat(l.value))"),
                                   Mark.circle(cx: x.map(l.funding), cy: y.map(l.value), r: 2.5, class: "dot series-frontier")])
        }))
        if let f = funding {
            let px = x.map(f)
            let label = "Funding " + fundingFormat(f)
            let anchor: Mark.Anchor = px + TextFit.width(label, fontSize: 10) / 2 > width - 4 ? .end : .middle
            body.append(SVGElement.group("cut", [
                Mark.line(x1: px, y1: box.top - 6, x2: px, y2: box.bottom, class: "cut-line"),
                Mark.text(label, x: px, y: box.top - 10, anchor: anchor, class: "cut-label"),
            ]))
            if let v = selectedValue {
                let py = y.map(v)
                body.append(SVGElement.group("selected", [
                    Mark.diamond(cx: px, cy: py, size: 6, class: "selected-mark"),
                    Mark.text("Selected " + valueFormat(v), x: px - 9, y: py - 8, anchor: .end, class: "point-label"),
                ]))
            }
        }
        body.append(Axis.horizontal(xTicks, y: box.bottom, x0: box.left, x1: box.right))
        body.append(Axis.vertical(yTicks, x: box.left, y0: box.bottom, y1: box.top))
        body.append(Axis.title("Funding", x: (box.left + box.right) / 2, y: box.bottom + 32))
        body.append(Legend.render(items, x: 8, y: height - 8 - legendHeight, maxWidth: width - 16).element)
        return ChartFrame.render(info, kind: "frontier", width: width, height: height, description: defaultDescription(), body: body)
    }

    func defaultDescription() -> String {
        let first = levels.first!, last = levels.last!
        var parts = ["Best total value rises from \(valueFormat(first.value)) at \(fundingFormat(first.funding)) to \(valueFormat(last.value)) at \(fundingFormat(last.funding))."]
        if let f = funding {
            parts.append("Funding is \(fundingFormat(f))" + (selectedValue.map { "; the selected portfolio has value \(valueFormat($0))" } ?? "") + ".")
        }
        return ChartFrame.sentences(parts)
    }

    public func table() -> ChartTable {
        var notes: [String] = []
        if let f = funding { notes.append("Funding (cut line): " + fundingFormat(f)) }
        if let v = selectedValue { notes.append("Selected value: " + valueFormat(v)) }
        return ChartTable(caption: info.title, columns: [.init("Funding", numeric: true), .init("Best value", numeric: true)],
                          rows: levels.map { [fundingFormat($0.funding), valueFormat($0.value)] }, notes: notes)
    }
}
