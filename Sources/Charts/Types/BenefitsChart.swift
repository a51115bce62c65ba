/// Benefits planned vs realised: the planned profile as a dashed line over time, realised
/// measurements as dots joined by a thin line, the target as a reference line.
public struct BenefitsChart: Chart {
    public let info: ChartInfo
    public let planned: [DayValue]
    public let realised: [DayValue]
    public let target: Double?
    public let statusDate: Int?
    public let width: Double
    public let height: Double
    public let valueFormat: ValueFormat
    public let axisFormat: ValueFormat
    public let dayFormat: DayFormat
    public let monthNames: [String]

    public init(info: ChartInfo, planned: [DayValue], realised: [DayValue], target: Double? = nil, statusDate: Int? = nil,
                width: Double = 480, height: Double = 280,
                valueFormat: @escaping ValueFormat = ChartFormat.number(), axisFormat: @escaping ValueFormat = ChartFormat.compact,
                dayFormat: @escaping DayFormat = ChartFormat.isoDay, monthNames: [String] = ChartFormat.monthAbbreviations) {
        self.info = info; self.planned = planned.cleaned(); self.realised = realised.cleaned()
        self.target = target.flatMap { $0.isFinite ? $0 : nil }; self.statusDate = statusDate
        self.width = max(width, 240); self.height = max(height, 160)
        self.valueFormat = valueFormat; self.axisFormat = axisFormat; self.dayFormat = dayFormat; self.monthNames = monthNames
    }

    public func svgBytes() -> [UInt8] {
        guard !(planned.isEmpty && realised.isEmpty) else { return ChartFrame.noData(info, kind: "benefits", width: width) }
        var items: [Legend.Item] = []
        if !planned.isEmpty { items.append(.init(.line("line series-planned"), "Planned")) }
        if !realised.isEmpty { items.append(.init(.circle("dot series-realised"), "Realised")) }
        if target != nil { items.append(.init(.line("ref-line"), "Target")) }
        let legendHeight = Legend.height(items, maxWidth: width - 16)
        let box = PlotBox(left: 52, top: 22, right: width - 50, bottom: height - 30 - legendHeight)
        var days = (planned + realised).map(\.day)
        if let s = statusDate { days.append(s) }
        let plot = TimeValuePlot(box: box, days: days, values: (planned + realised).map(\.value) + (target.map { [$0] } ?? []))
        var body = plot.axes(axisFormat: axisFormat, monthNames: monthNames)
        if let target {
            let y = plot.y.map(target)
            body.append(Mark.line(x1: box.left, y1: y, x2: box.right, y2: y, class: "ref-line"))
            body.append(Mark.text("Target", x: box.right + 4, y: y + 4, class: "end-label"))
        }
        if let s = statusDate { body.append(plot.statusLine(s, label: "Status date " + dayFormat(s))) }
        if !planned.isEmpty { body.append(plot.series(planned, class: "series-planned")) }
        if realised.count > 1 { body.append(Mark.polyline(realised.map(plot.point), class: "line series-realised-link")) }
        body.append(SVGElement.group("points", realised.map { r in
            let p = plot.point(r)
            return SVGElement.group(nil, [.textElement("title", text: "Realised " + valueFormat(r.value) + " at " + dayFormat(r.day)),
                                          Mark.circle(cx: p.x, cy: p.y, r: 4, class: "dot series-realised")])
        }))
        body.append(Legend.render(items, x: 8, y: height - 8 - legendHeight, maxWidth: width - 16).element)
        return ChartFrame.render(info, kind: "benefits", width: width, height: height, description: defaultDescription(), body: body)
    }

    func defaultDescription() -> String {
        var parts: [String] = []
        if let r = realised.last { parts.append("Latest realised value \(valueFormat(r.value)) at \(dayFormat(r.day)).") }
        else { parts.append("Nothing realised yet.") }
        if let p = planned.last { parts.append("Planned to reach \(valueFormat(p.value)) by \(dayFormat(p.day)).") }
        if let t = target { parts.append("Target \(valueFormat(t)).") }
        return ChartFrame.sentences(parts)
    }

    public func table() -> ChartTable {
        let days = Array(Set((planned + realised).map(\.day))).sorted()
        func at(_ s: [DayValue], _ d: Int) -> String { s.last(where: { $0.day == d }).map { valueFormat($0.value) } ?? ChartTable.missing }
        return ChartTable(caption: info.title, columns: [.init("Date"), .init("Planned", numeric: true), .init("Realised", numeric: true)],
                          rows: days.map { [dayFormat($0), at(planned, $0), at(realised, $0)] },
                          notes: target.map { ["Target: " + valueFormat($0)] } ?? [])
    }
}
