/// Demand by role as stacked areas, month by month (stepped: a month's demand holds for the whole
/// month), with capacity as a thick dashed line; where demand exceeds capacity the excess is hatched.
public struct DemandAreaChart: Chart {
    public struct Layer: Sendable, Equatable {
        public let label: String
        /// One value per month of the chart (missing months count as 0).
        public let values: [Double]
        public init(label: String, values: [Double]) { self.label = label; self.values = values }
    }

    public let info: ChartInfo
    public let months: [ChartMonth]
    public let layers: [Layer]
    /// Capacity per month (nil: no line for that month).
    public let capacity: [Double?]
    public let width: Double
    public let height: Double
    public let valueFormat: ValueFormat
    public let axisFormat: ValueFormat
    public let monthNames: [String]

    public init(info: ChartInfo, months: [ChartMonth], layers: [Layer], capacity: [Double?] = [], width: Double = 560, height: Double = 300,
                valueFormat: @escaping ValueFormat = ChartFormat.number(), axisFormat: @escaping ValueFormat = ChartFormat.compact,
                monthNames: [String] = ChartFormat.monthAbbreviations) {
        self.info = info; self.months = months
        self.layers = layers.map { l in Layer(label: l.label, values: months.indices.map { i in
            i < l.values.count && l.values[i].isFinite ? max(0, l.values[i]) : 0 }) }
        self.capacity = months.indices.map { i in i < capacity.count ? capacity[i].flatMap { $0.isFinite ? $0 : nil } : nil }
        self.width = max(width, 280); self.height = max(height, 180)
        self.valueFormat = valueFormat; self.axisFormat = axisFormat; self.monthNames = monthNames
    }

    var totals: [Double] { months.indices.map { m in layers.reduce(0) { $0 + $1.values[m] } } }
    var overPattern: String { info.id("over") }

    func over(_ m: Int) -> Double? {
        guard let c = capacity[m], totals[m] > c + 1e-9 else { return nil }
        return totals[m] - c
    }

    public func svgBytes() -> [UInt8] {
        guard !months.isEmpty, !layers.isEmpty || capacity.contains(where: { $0 != nil }) else {
            return ChartFrame.noData(info, kind: "demand", width: width)
        }
        var items = layers.enumerated().map { Legend.Item(.box("area c\($0.offset % 8 + 1)"), $0.element.label) }
        if capacity.contains(where: { $0 != nil }) { items.append(.init(.line("capacity-line"), "Capacity")) }
        if months.indices.contains(where: { over($0) != nil }) { items.append(.init(.pattern("over-zone", patternID: overPattern), "Over capacity")) }
        let legendHeight = Legend.height(items, maxWidth: width - 16)
        let box = PlotBox(left: 46, top: 12, right: width - 12, bottom: height - 42 - legendHeight)
        let e = LinearScale.extent(totals + capacity.compactMap { $0 }, includeZero: true)
        let y = LinearScale(domain: LinearScale.niceDomain(low: e.low, high: e.high, count: 5), range: (box.bottom, box.top))
        let band = (box.width) / Double(months.count)
        func x(_ m: Int) -> Double { box.left + Double(m) * band }
        let yTicks = Axis.ticks(y, count: 5, format: axisFormat)
        var body: [SVGElement] = [Axis.horizontalGrid(yTicks.map(\.position), x0: box.left, x1: box.right)]

        var base = [Double](repeating: 0, count: months.count)
        var areas: [SVGElement] = []
        for (k, layer) in layers.enumerated() {
            let topEdge = months.indices.map { base[$0] + layer.values[$0] }
            areas.append(SVGElement.group(nil, [.textElement("title", text: layer.label),
                                                Mark.area(upper: steps(topEdge, x: x, y: y), lower: steps(base, x: x, y: y), class: "area c\(k % 8 + 1)")]))
            base = topEdge
        }
        body.append(SVGElement.group("areas", areas))
        body.append(SVGElement.group("over", months.indices.compactMap { m -> SVGElement? in
            guard over(m) != nil, let c = capacity[m] else { return nil }
            return Mark.patternRect(x: x(m), y: y.map(totals[m]), width: band, height: y.map(c) - y.map(totals[m]), patternID: overPattern, class: "pattern-overlay")
        }))
        // Capacity as a stepped line, broken where a month has none.
        var segments: [[ChartPoint]] = []
        var current: [ChartPoint] = []
        for m in months.indices {
            if let c = capacity[m] { current += [ChartPoint(x(m), y.map(c)), ChartPoint(x(m + 1), y.map(c))] }
            else if !current.isEmpty { segments.append(current); current = [] }
        }
        if !current.isEmpty { segments.append(current) }
        body.append(SVGElement.group("capacity", segments.map { Mark.polyline($0, class: "capacity-line") }))

        var previousYear: Int? = nil
        let ticks = months.enumerated().map { (m, month) -> Axis.Tick in
            let label = CalendarDay.monthName(month.month, monthNames) + (previousYear != month.year ? " \(month.year)" : "")
            previousYear = month.year
            return Axis.Tick(position: x(m) + band / 2, label: label)
        }
        body.append(Axis.horizontal(ticks, y: box.bottom, x0: box.left, x1: box.right))
        body.append(Axis.vertical(yTicks, x: box.left, y0: box.bottom, y1: box.top))
        body.append(Legend.render(items, x: 8, y: height - 8 - legendHeight, maxWidth: width - 16).element)
        return ChartFrame.render(info, kind: "demand", width: width, height: height, description: defaultDescription(),
                                 defs: [Patterns.hatch(id: overPattern)], body: body)
    }

    func steps(_ values: [Double], x: (Int) -> Double, y: LinearScale) -> [ChartPoint] {
        values.indices.flatMap { [ChartPoint(x($0), y.map(values[$0])), ChartPoint(x($0 + 1), y.map(values[$0]))] }
    }

    func defaultDescription() -> String {
        guard let peak = totals.indices.max(by: { (totals[$0], $1) < (totals[$1], $0) }) else { return "" }
        var parts = ["Demand peaks at \(valueFormat(totals[peak])) in \(months[peak].label(monthNames: monthNames))" +
                     (capacity[peak].map { " against capacity \(valueFormat($0))" } ?? "") + "."]
        let overMonths = months.indices.filter { over($0) != nil }
        if overMonths.isEmpty { parts.append(capacity.contains { $0 != nil } ? "Demand stays within capacity." : "") }
        else {
            parts.append("Over capacity in \(overMonths.count) \(overMonths.count == 1 ? "month" : "months"), from \(months[overMonths.first!].label(monthNames: monthNames)).")
        }
        return ChartFrame.sentences(parts)
    }

    public func table() -> ChartTable {
        let columns: [ChartTable.Column] = [.init("Month")] + layers.map { .init($0.label, numeric: true) } +
            [.init("Total", numeric: true), .init("Capacity", numeric: true), .init("Over", numeric: true)]
        let rows = months.indices.map { m in
            [months[m].label(monthNames: monthNames)] + layers.map { valueFormat($0.values[m]) } +
                [valueFormat(totals[m]), capacity[m].map(valueFormat) ?? ChartTable.missing, over(m).map(valueFormat) ?? ChartTable.missing]
        }
        return ChartTable(caption: info.title, columns: columns, rows: rows)
    }
}
