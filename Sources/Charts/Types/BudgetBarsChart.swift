/// Budget bars: per item, three horizontal bars — budget (BAC), estimate at completion (EAC) and
/// actual cost to date (AC). An EAC over its BAC is hatched and labelled with the overrun.
public struct BudgetBarsChart: Chart {
    public struct Item: Sendable, Equatable {
        public let label: String
        public let bac: Double?
        public let eac: Double?
        public let ac: Double?
        public init(label: String, bac: Double?, eac: Double?, ac: Double?) {
            func finite(_ v: Double?) -> Double? { v.flatMap { $0.isFinite ? $0 : nil } }
            self.label = label; self.bac = finite(bac); self.eac = finite(eac); self.ac = finite(ac)
        }
        var overrun: Double? {
            guard let bac, let eac, eac > bac else { return nil }
            return eac - bac
        }
    }

    public let info: ChartInfo
    public let items: [Item]
    public let width: Double
    public let valueFormat: ValueFormat
    public let axisFormat: ValueFormat

    public init(info: ChartInfo, items: [Item], width: Double = 480,
                valueFormat: @escaping ValueFormat = ChartFormat.number(), axisFormat: @escaping ValueFormat = ChartFormat.compact) {
        self.info = info; self.items = items; self.width = max(width, 280); self.valueFormat = valueFormat; self.axisFormat = axisFormat
    }

    static let groupHeight = 40.0
    var overPattern: String { info.id("over") }

    public func svgBytes() -> [UInt8] {
        let shown = items.filter { $0.bac != nil || $0.eac != nil || $0.ac != nil }
        guard !shown.isEmpty else { return ChartFrame.noData(info, kind: "budget", width: width) }
        let labelWidth = min(150, width * 0.3)
        let box = PlotBox(left: labelWidth + 8, top: 10, right: width - 48, bottom: 10 + Double(shown.count) * BudgetBarsChart.groupHeight)
        let values = shown.flatMap { [$0.bac, $0.eac, $0.ac].compactMap { $0 } }
        let e = LinearScale.extent(values, includeZero: true)
        let x = LinearScale(domain: LinearScale.niceDomain(low: e.low, high: e.high, count: 4), range: (box.left, box.right))
        let ticks = Axis.ticks(x, count: 4, format: axisFormat)
        var body: [SVGElement] = [Axis.verticalGrid(ticks.map(\.position), y0: box.top, y1: box.bottom)]
        let zero = x.map(0)
        for (i, item) in shown.enumerated() {
            let y0 = box.top + Double(i) * BudgetBarsChart.groupHeight
            var children: [SVGElement] = [
                Mark.label(item.label, x: 4, y: y0 + 22, maxWidth: labelWidth - 4, fontSize: 12, class: "row-label"),
            ]
            for (k, (value, cls)) in [(item.bac, "series-bac"), (item.eac, "series-eac"), (item.ac, "series-ac")].enumerated() {
                guard let value else { continue }
                let y = y0 + 5 + Double(k) * 10
                let bx = min(zero, x.map(value)), bw = abs(x.map(value) - zero)
                children.append(Mark.rect(x: bx, y: y, width: bw, height: 9, class: "bar " + cls))
                if k == 1, let over = item.overrun, let bac = item.bac {
                    children.append(Mark.patternRect(x: x.map(bac), y: y, width: x.map(value) - x.map(bac), height: 9,
                                                     patternID: overPattern, class: "pattern-overlay"))
                    let pct = bac > 0 ? "+" + SVGNumber.format(over / bac * 100, decimals: 0) + "%" : "+" + axisFormat(over)
                    children.append(Mark.text(pct, x: x.map(value) + 4, y: y + 8, class: "over-label"))
                }
            }
            body.append(SVGElement.group("bar-group", children))
        }
        body.append(Mark.line(x1: zero, y1: box.top, x2: zero, y2: box.bottom, class: "zero-line"))
        body.append(Axis.horizontal(ticks, y: box.bottom, x0: box.left, x1: box.right))
        var items: [Legend.Item] = [.init(.box("bar series-bac"), "Budget (BAC)"), .init(.box("bar series-eac"), "Estimate at completion (EAC)"),
                                    .init(.box("bar series-ac"), "Actual cost (AC)")]
        if shown.contains(where: { $0.overrun != nil }) { items.append(.init(.pattern("bar series-eac", patternID: overPattern), "EAC over budget")) }
        let legend = Legend.render(items, x: 8, y: box.bottom + 26, maxWidth: width - 16)
        body.append(legend.element)
        return ChartFrame.render(info, kind: "budget", width: width, height: box.bottom + 30 + legend.height,
                                 description: defaultDescription(shown), defs: [Patterns.hatch(id: overPattern)], body: body)
    }

    func defaultDescription(_ shown: [Item]) -> String {
        let over = shown.filter { $0.overrun != nil }
        let bac = shown.compactMap(\.bac).reduce(0, +), eac = shown.compactMap(\.eac).reduce(0, +)
        var parts = ["\(shown.count) \(shown.count == 1 ? "item" : "items"): total budget \(valueFormat(bac)), total estimate at completion \(valueFormat(eac))."]
        if over.isEmpty { parts.append("No estimate exceeds its budget.") }
        else {
            let names = over.sorted { ($0.overrun!, $1.label) > ($1.overrun!, $0.label) }.prefix(3).map { "\($0.label) (+\(valueFormat($0.overrun!)))" }
            parts.append("\(over.count) over budget: \(names.joined(separator: ", "))\(over.count > 3 ? ", …" : "").")
        }
        return ChartFrame.sentences(parts)
    }

    public func table() -> ChartTable {
        let cell: (Double?) -> String = { $0.map(valueFormat) ?? ChartTable.missing }
        let rows = items.map { i -> [String] in
            let variance = (i.bac != nil && i.eac != nil) ? valueFormat(i.eac! - i.bac!) : ChartTable.missing
            return [i.label, cell(i.bac), cell(i.eac), cell(i.ac), variance]
        }
        return ChartTable(caption: info.title, columns: [.init("Item"), .init("BAC", numeric: true), .init("EAC", numeric: true),
                                                         .init("AC", numeric: true), .init("EAC − BAC", numeric: true)], rows: rows)
    }
}
