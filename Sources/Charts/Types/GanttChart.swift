/// Gantt / timeline: one row per item with its baseline bar (thin, grey) above its forecast bar
/// (coloured by RAG, the RAG letter beside the label), milestones as diamonds (hollow = planned,
/// filled = actual), a line at the status date and arrows from each predecessor to its successor.
public struct GanttChart: Chart {
    /// A span of days, both ends included in the data; drawn from `start` to `finish`.
    public struct Span: Sendable, Equatable {
        public let start: Int
        public let finish: Int
        public init(start: Int, finish: Int) { self.start = min(start, finish); self.finish = max(start, finish) }
    }

    public struct Milestone: Sendable, Equatable {
        public let label: String
        public let planned: Int
        public let actual: Int?
        public init(label: String, planned: Int, actual: Int? = nil) { self.label = label; self.planned = planned; self.actual = actual }
    }

    public struct Row: Sendable, Equatable {
        /// Names the row in `dependencies`.
        public let id: String
        public let label: String
        public let baseline: Span?
        public let forecast: Span?
        public let rag: ChartRAG?
        public let milestones: [Milestone]
        public init(id: String, label: String, baseline: Span?, forecast: Span?, rag: ChartRAG? = nil, milestones: [Milestone] = []) {
            self.id = id; self.label = label; self.baseline = baseline; self.forecast = forecast; self.rag = rag; self.milestones = milestones
        }
    }

    /// `to` cannot start before `from` finishes.
    public struct Dependency: Sendable, Equatable {
        public let from: String
        public let to: String
        public init(from: String, to: String) { self.from = from; self.to = to }
    }

    public let info: ChartInfo
    public let rows: [Row]
    public let dependencies: [Dependency]
    public let statusDate: Int?
    public let width: Double
    public let dayFormat: DayFormat
    public let monthNames: [String]

    public init(info: ChartInfo, rows: [Row], dependencies: [Dependency] = [], statusDate: Int? = nil, width: Double = 640,
                dayFormat: @escaping DayFormat = ChartFormat.isoDay, monthNames: [String] = ChartFormat.monthAbbreviations) {
        self.info = info; self.rows = rows; self.dependencies = dependencies; self.statusDate = statusDate
        self.width = max(width, 320); self.dayFormat = dayFormat; self.monthNames = monthNames
    }

    static let rowHeight = 30.0
    static let top = 34.0

    var drawnRows: [Row] { rows.filter { $0.baseline != nil || $0.forecast != nil || !$0.milestones.isEmpty } }

    func slip(_ row: Row) -> Int? {
        guard let b = row.baseline, let f = row.forecast else { return nil }
        return f.finish - b.finish
    }

    public func svgBytes() -> [UInt8] {
        let rows = drawnRows
        guard !rows.isEmpty else { return ChartFrame.noData(info, kind: "gantt", width: width) }
        let labelWidth = min(180, width * 0.3)
        let box = PlotBox(left: labelWidth + 8, top: GanttChart.top, right: width - 14,
                          bottom: GanttChart.top + Double(rows.count) * GanttChart.rowHeight)
        var days: [Int] = []
        for r in rows {
            for s in [r.baseline, r.forecast].compactMap({ $0 }) { days += [s.start, s.finish] }
            for m in r.milestones { days.append(m.planned); if let a = m.actual { days.append(a) } }
        }
        if let s = statusDate { days.append(s) }
        let lo = days.min()!, hi = days.max()!
        let pad = max(1, (hi - lo) / 30)
        let x = TimeScale(domain: (lo - pad, hi + pad), range: (box.left, box.right))
        let xTicks = Axis.ticks(x, maxCount: max(2, Int(box.width / 64)), monthNames: monthNames)

        var body: [SVGElement] = [
            SVGElement.group("row-bands", rows.indices.filter { $0 % 2 == 0 }.map {
                Mark.rect(x: 0, y: rowTop($0), width: width, height: GanttChart.rowHeight, class: "row-band")
            }),
            Axis.verticalGrid(xTicks.map(\.position), y0: box.top, y1: box.bottom),
            Axis.horizontal(xTicks, y: box.top, x0: box.left, x1: box.right, top: true),
        ]
        for (i, row) in rows.enumerated() { body.append(draw(row, index: i, x: x, labelWidth: labelWidth)) }
        body.append(contentsOf: arrows(rows, x: x))

        var bottom = box.bottom + 6
        if let s = statusDate {
            let px = x.map(s)
            let label = "Status date " + dayFormat(s)
            let w = TextFit.width(label, fontSize: 10)
            let anchor: Mark.Anchor = px + w / 2 > width - 4 ? .end : (px - w / 2 < box.left ? .start : .middle)
            body.append(SVGElement.group("status-date", [
                Mark.line(x1: px, y1: box.top, x2: px, y2: box.bottom + 4, class: "today-line"),
                Mark.text(label, x: px, y: box.bottom + 16, anchor: anchor, class: "today-label"),
            ]))
            bottom += 16
        }
        var items: [Legend.Item] = [Legend.Item(.box("bar bar--baseline"), "Baseline"), Legend.Item(.box("bar bar--forecast"), "Forecast")]
        if rows.contains(where: { !$0.milestones.isEmpty }) {
            items += [Legend.Item(.diamond("milestone milestone--planned"), "Milestone planned"),
                      Legend.Item(.diamond("milestone milestone--actual"), "Milestone achieved")]
        }
        if !validDependencies(rows).isEmpty { items.append(Legend.Item(.line("dependency-line"), "Dependency")) }
        let legend = Legend.render(items, x: 8, y: bottom + 4, maxWidth: width - 16)
        body.append(legend.element)
        return ChartFrame.render(info, kind: "gantt", width: width, height: bottom + 8 + legend.height,
                                 description: defaultDescription(rows), body: body)
    }

    func rowTop(_ i: Int) -> Double { GanttChart.top + Double(i) * GanttChart.rowHeight }

    func draw(_ row: Row, index: Int, x: TimeScale, labelWidth: Double) -> SVGElement {
        let y0 = rowTop(index)
        var children: [SVGElement] = [
            Mark.rect(x: 6, y: y0 + 7, width: 22, height: 16, class: "rag-badge " + ChartRAG.className(row.rag)),
            Mark.text(ChartRAG.letter(row.rag), x: 17, y: y0 + 19, anchor: .middle, class: "rag-letter"),
            Mark.label(row.label, x: 34, y: y0 + 19, maxWidth: labelWidth - 30, fontSize: 12, class: "row-label"),
        ]
        if let b = row.baseline {
            children.append(Mark.rect(x: x.map(b.start), y: y0 + 6, width: max(2, x.map(b.finish) - x.map(b.start)), height: 6,
                                      class: "bar bar--baseline"))
        }
        if let f = row.forecast {
            children.append(Mark.rect(x: x.map(f.start), y: y0 + 13, width: max(2, x.map(f.finish) - x.map(f.start)), height: 11,
                                      class: "bar bar--forecast " + ChartRAG.className(row.rag)))
        }
        for m in row.milestones {
            var marks: [SVGElement] = [.textElement("title", text: milestoneText(m))]
            if let a = m.actual, a != m.planned {
                marks.append(Mark.line(x1: x.map(m.planned), y1: y0 + 15, x2: x.map(a), y2: y0 + 15, class: "milestone-link"))
            }
            marks.append(Mark.diamond(cx: x.map(m.planned), cy: y0 + 15, size: 6, class: "milestone milestone--planned"))
            if let a = m.actual { marks.append(Mark.diamond(cx: x.map(a), cy: y0 + 15, size: 5, class: "milestone milestone--actual")) }
            children.append(SVGElement.group("milestone-group", marks))
        }
        return SVGElement.group("row", children)
    }

    func milestoneText(_ m: Milestone) -> String {
        m.label + ": planned " + dayFormat(m.planned) + (m.actual.map { ", achieved " + dayFormat($0) } ?? "")
    }

    func validDependencies(_ rows: [Row]) -> [(from: Int, to: Int, dependency: Dependency)] {
        dependencies.compactMap { d in
            guard let i = rows.firstIndex(where: { $0.id == d.from }), let j = rows.firstIndex(where: { $0.id == d.to }), i != j,
                  (rows[i].forecast ?? rows[i].baseline) != nil, (rows[j].forecast ?? rows[j].baseline) != nil
            else { return nil }
            return (i, j, d)
        }
    }

    func conflict(_ rows: [Row], _ i: Int, _ j: Int) -> Bool {
        guard let end = (rows[i].forecast ?? rows[i].baseline)?.finish, let start = (rows[j].forecast ?? rows[j].baseline)?.start else { return false }
        return start < end
    }

    func arrows(_ rows: [Row], x: TimeScale) -> [SVGElement] {
        validDependencies(rows).map { dep in
            let (i, j) = (dep.from, dep.to)
            let x1 = x.map((rows[i].forecast ?? rows[i].baseline)!.finish)
            let x2 = x.map((rows[j].forecast ?? rows[j].baseline)!.start)
            let y1 = rowTop(i) + 18, y2 = rowTop(j) + 18
            let points: [ChartPoint]
            if x2 - x1 >= 14 {
                points = [ChartPoint(x1, y1), ChartPoint(x1 + 6, y1), ChartPoint(x1 + 6, y2), ChartPoint(x2, y2)]
            } else {
                let mid = j > i ? rowTop(j) : rowTop(i)
                points = [ChartPoint(x1, y1), ChartPoint(x1 + 6, y1), ChartPoint(x1 + 6, mid), ChartPoint(x2 - 10, mid), ChartPoint(x2 - 10, y2), ChartPoint(x2, y2)]
            }
            let cls = conflict(rows, i, j) ? "dependency dependency--conflict" : "dependency"
            let title = SVGElement.textElement("title", text: rows[i].label + " → " + rows[j].label)
            return Mark.arrow(points, headSize: 3.5, class: cls).appending([title])
        }
    }

    func defaultDescription(_ rows: [Row]) -> String {
        let starts = rows.compactMap { ($0.forecast ?? $0.baseline)?.start }
        let finishes = rows.compactMap { ($0.forecast ?? $0.baseline)?.finish }
        var parts = ["\(rows.count) \(rows.count == 1 ? "item" : "items")" +
                     (starts.isEmpty ? "." : " from \(dayFormat(starts.min()!)) to \(dayFormat(finishes.max()!)).")]
        let late = rows.filter { (slip($0) ?? 0) > 0 }
        if late.isEmpty {
            parts.append("None is forecast to finish after its baseline.")
        } else {
            let worst = late.max { (slip($0)!, $1.label) < (slip($1)!, $0.label) }!
            parts.append("\(late.count) forecast to finish after baseline; the largest slip is \(slip(worst)!) days (\(worst.label)).")
        }
        let conflicts = validDependencies(rows).filter { conflict(rows, $0.from, $0.to) }
        if !conflicts.isEmpty { parts.append("\(conflicts.count) \(conflicts.count == 1 ? "dependency is" : "dependencies are") broken: the successor starts before its predecessor finishes.") }
        if let s = statusDate { parts.append("Status date \(dayFormat(s)).") }
        return ChartFrame.sentences(parts)
    }

    public func table() -> ChartTable {
        let cell: (Int?) -> String = { $0.map(dayFormat) ?? ChartTable.missing }
        let rows = self.rows.map { r -> [String] in
            [r.label, ChartRAG.name(r.rag), cell(r.baseline?.start), cell(r.baseline?.finish), cell(r.forecast?.start), cell(r.forecast?.finish),
             slip(r).map { String($0) } ?? ChartTable.missing,
             r.milestones.isEmpty ? ChartTable.missing : r.milestones.map(milestoneText).joined(separator: "; ")]
        }
        let drawn = drawnRows
        let notes = validDependencies(drawn).map { d in
            drawn[d.from].label + " → " + drawn[d.to].label + (conflict(drawn, d.from, d.to) ? " (successor starts before predecessor finishes)" : "")
        }
        return ChartTable(caption: info.title, columns: [
            .init("Item"), .init("RAG"), .init("Baseline start"), .init("Baseline finish"), .init("Forecast start"),
            .init("Forecast finish"), .init("Slip (days)", numeric: true), .init("Milestones"),
        ], rows: rows, notes: notes.map { "Dependency: " + $0 })
    }
}
