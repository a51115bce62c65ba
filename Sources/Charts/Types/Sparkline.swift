/// Sparkline: a tiny line for a table cell, the last value marked with a dot. No axes; the
/// description states first, last, lowest and highest values.
public struct Sparkline: Chart {
    public let info: ChartInfo
    public let values: [Double]
    /// Optional labels for the values (dates, periods), for the table and the description.
    public let labels: [String]
    public let width: Double
    public let height: Double
    public let valueFormat: ValueFormat

    public init(info: ChartInfo, values: [Double], labels: [String] = [], width: Double = 100, height: Double = 24,
                valueFormat: @escaping ValueFormat = ChartFormat.number()) {
        self.info = info; self.values = values.filter { $0.isFinite }
        self.labels = values.count == self.values.count ? labels : []
        self.width = max(width, 24); self.height = max(height, 12); self.valueFormat = valueFormat
    }

    func label(_ i: Int) -> String { i < labels.count ? labels[i] : String(i + 1) }

    public func svgBytes() -> [UInt8] {
        guard !values.isEmpty else { return ChartFrame.noData(info, kind: "sparkline", width: width, height: height) }
        let box = PlotBox(left: 3, top: 3, right: width - 3, bottom: height - 3)
        let e = LinearScale.extent(values)
        let y = LinearScale(domain: e, range: (box.bottom, box.top))
        let x = LinearScale(domain: (0, Double(max(values.count - 1, 0))), range: (box.left, box.right))
        let points = values.indices.map { ChartPoint(values.count == 1 ? (box.left + box.right) / 2 : x.map(Double($0)), y.map(values[$0])) }
        var body: [SVGElement] = []
        if points.count > 1 { body.append(Mark.polyline(points, class: "spark-line")) }
        body.append(Mark.circle(cx: points.last!.x, cy: points.last!.y, r: 2, class: "spark-dot"))
        return ChartFrame.render(info, kind: "sparkline", width: width, height: height, description: defaultDescription(), body: body)
    }

    func defaultDescription() -> String {
        guard let first = values.first, let last = values.last else { return "No data to show." }
        if values.count == 1 { return "One value: \(valueFormat(first))." }
        return "From \(valueFormat(first)) to \(valueFormat(last)); lowest \(valueFormat(values.min()!)), highest \(valueFormat(values.max()!))."
    }

    public func table() -> ChartTable {
        ChartTable(caption: info.title, columns: [.init(labels.isEmpty ? "#" : "Period"), .init("Value", numeric: true)],
                   rows: values.indices.map { [label($0), valueFormat(values[$0])] })
    }
}
