/// Earned-value S-curve: planned value (PV), earned value (EV) and actual cost (AC) over time,
/// the budget at completion (BAC) as a reference line, and a dashed projection from the latest
/// actual cost to the estimate at completion (EAC) at the forecast finish.
public struct EarnedValueChart: Chart {
    public let info: ChartInfo
    public let pv: [DayValue]
    public let ev: [DayValue]
    public let ac: [DayValue]
    public let bac: Double?
    public let eac: Double?
    public let forecastFinish: Int?
    public let statusDate: Int?
    public let width: Double
    public let height: Double
    public let valueFormat: ValueFormat
    public let axisFormat: ValueFormat
    public let dayFormat: DayFormat
    public let monthNames: [String]

    public init(info: ChartInfo, pv: [DayValue], ev: [DayValue], ac: [DayValue], bac: Double? = nil, eac: Double? = nil,
                forecastFinish: Int? = nil, statusDate: Int? = nil, width: Double = 480, height: Double = 300,
                valueFormat: @escaping ValueFormat = ChartFormat.number(), axisFormat: @escaping ValueFormat = ChartFormat.compact,
                dayFormat: @escaping DayFormat = ChartFormat.isoDay, monthNames: [String] = ChartFormat.monthAbbreviations) {
        self.info = info; self.pv = pv.cleaned(); self.ev = ev.cleaned(); self.ac = ac.cleaned()
        self.bac = bac.flatMap { $0.isFinite ? $0 : nil }; self.eac = eac.flatMap { $0.isFinite ? $0 : nil }
        self.forecastFinish = forecastFinish; self.statusDate = statusDate
        self.width = max(width, 240); self.height = max(height, 160)
        self.valueFormat = valueFormat; self.axisFormat = axisFormat; self.dayFormat = dayFormat; self.monthNames = monthNames
    }

    /// Where the EAC projection starts: the latest actual cost.
    var projection: (from: DayValue, to: DayValue)? {
        guard let eac, let finish = forecastFinish, let last = ac.last else { return nil }
        return (last, DayValue(day: max(finish, last.day), value: eac))
    }

    public func svgBytes() -> [UInt8] {
        guard !(pv.isEmpty && ev.isEmpty && ac.isEmpty) else { return ChartFrame.noData(info, kind: "evm", width: width) }
        let items = legendItems()
        let legendHeight = Legend.height(items, maxWidth: width - 16)
        let box = PlotBox(left: 52, top: 22, right: width - 34, bottom: height - 30 - legendHeight)
        var days = (pv + ev + ac).map(\.day)
        var values = (pv + ev + ac).map(\.value)
        if let p = projection { days.append(p.to.day); values.append(p.to.value) }
        if let bac { values.append(bac) }
        if let s = statusDate { days.append(s) }
        let plot = TimeValuePlot(box: box, days: days, values: values)

        var body = plot.axes(axisFormat: axisFormat, monthNames: monthNames)
        var ends: [(label: String, point: ChartPoint, cls: String)] = []
        if let bac {
            let y = plot.y.map(bac)
            body.append(Mark.line(x1: box.left, y1: y, x2: box.right, y2: y, class: "ref-line"))
            ends.append(("BAC", ChartPoint(box.right, y), "end-label"))
        }
        if let s = statusDate { body.append(plot.statusLine(s, label: "Status date " + dayFormat(s))) }
        if let p = projection {
            let a = plot.point(p.from), b = plot.point(p.to)
            body.append(SVGElement.group("projection", [
                Mark.polyline([a, b], class: "line series-eac"),
                Mark.circle(cx: b.x, cy: b.y, r: 3.5, class: "dot series-eac"),
            ]))
            ends.append(("EAC", b, "end-label series-eac-label"))
        }
        for (name, series, cls) in [("PV", pv, "series-pv"), ("EV", ev, "series-ev"), ("AC", ac, "series-ac")] where !series.isEmpty {
            body.append(plot.series(series, class: cls))
            ends.append((name, plot.point(series.last!), "end-label"))
        }
        let ys = PlotBox.spread(ends.map { $0.point.y + 4 }, minGap: 12, low: box.top + 4, high: box.bottom + 4)
        body.append(SVGElement.group("end-labels", ends.indices.map {
            Mark.text(ends[$0].label, x: ends[$0].point.x + 5, y: ys[$0], class: ends[$0].cls)
        }))
        body.append(Legend.render(items, x: 8, y: height - 8 - legendHeight, maxWidth: width - 16).element)
        return ChartFrame.render(info, kind: "evm", width: width, height: height, description: defaultDescription(), body: body)
    }

    func legendItems() -> [Legend.Item] {
        var items: [Legend.Item] = []
        if !pv.isEmpty { items.append(.init(.line("line series-pv"), "Planned value (PV)")) }
        if !ev.isEmpty { items.append(.init(.line("line series-ev"), "Earned value (EV)")) }
        if !ac.isEmpty { items.append(.init(.line("line series-ac"), "Actual cost (AC)")) }
        if projection != nil { items.append(.init(.line("line series-eac"), "Projection to EAC")) }
        if bac != nil { items.append(.init(.line("ref-line"), "Budget at completion (BAC)")) }
        return items
    }

    func defaultDescription() -> String {
        var parts: [String] = []
        if let e = ev.last {
            var s = "At \(dayFormat(e.day)) earned value is \(valueFormat(e.value))"
            if let p = pv.last(where: { $0.day <= e.day }) { s += " against planned value \(valueFormat(p.value))" + (e.value < p.value ? " (behind plan)" : e.value > p.value ? " (ahead of plan)" : "") }
            if let a = ac.last(where: { $0.day <= e.day }) { s += " and actual cost \(valueFormat(a.value))" + (a.value > e.value ? " (costing more than earned)" : "") }
            parts.append(s + ".")
        } else if let a = ac.last {
            parts.append("Actual cost is \(valueFormat(a.value)) at \(dayFormat(a.day)).")
        }
        if let eac, let bac {
            parts.append("Estimate at completion \(valueFormat(eac)) against a budget of \(valueFormat(bac))" + (forecastFinish.map { ", finishing \(dayFormat($0))" } ?? "") + ".")
        } else if let bac {
            parts.append("Budget at completion \(valueFormat(bac)).")
        }
        return ChartFrame.sentences(parts)
    }

    public func table() -> ChartTable {
        let days = Array(Set((pv + ev + ac).map(\.day))).sorted()
        func at(_ s: [DayValue], _ d: Int) -> String { s.last(where: { $0.day == d }).map { valueFormat($0.value) } ?? ChartTable.missing }
        var notes: [String] = []
        if let bac { notes.append("BAC: " + valueFormat(bac)) }
        if let eac { notes.append("EAC: " + valueFormat(eac) + (forecastFinish.map { " at forecast finish " + dayFormat($0) } ?? "")) }
        return ChartTable(caption: info.title, columns: [.init("Date"), .init("PV", numeric: true), .init("EV", numeric: true), .init("AC", numeric: true)],
                          rows: days.map { [dayFormat($0), at(pv, $0), at(ev, $0), at(ac, $0)] }, notes: notes)
    }
}
