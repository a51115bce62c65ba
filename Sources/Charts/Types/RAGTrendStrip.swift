/// RAG trend strip: for each row (overall, schedule, cost…), a cell per reporting date holding the
/// RAG letter on its colour; a missing status is a grey cell with a dash.
public struct RAGTrendStrip: Chart {
    public struct Cell: Sendable, Equatable {
        public let day: Int
        public let rag: ChartRAG?
        public init(day: Int, rag: ChartRAG?) { self.day = day; self.rag = rag }
    }

    public struct Row: Sendable, Equatable {
        public let label: String
        public let cells: [Cell]
        public init(label: String, cells: [Cell]) { self.label = label; self.cells = cells }
    }

    public let info: ChartInfo
    public let rows: [Row]
    public let width: Double
    public let dayFormat: DayFormat
    public let monthNames: [String]

    public init(info: ChartInfo, rows: [Row], width: Double = 480, dayFormat: @escaping DayFormat = ChartFormat.isoDay,
                monthNames: [String] = ChartFormat.monthAbbreviations) {
        self.info = info; self.rows = rows; self.width = max(width, 200); self.dayFormat = dayFormat; self.monthNames = monthNames
    }

    /// One row of cells, for the common case.
    public init(info: ChartInfo, cells: [Cell], label: String = "Overall", width: Double = 480,
                dayFormat: @escaping DayFormat = ChartFormat.isoDay, monthNames: [String] = ChartFormat.monthAbbreviations) {
        self.init(info: info, rows: [Row(label: label, cells: cells)], width: width, dayFormat: dayFormat, monthNames: monthNames)
    }

    var days: [Int] { Array(Set(rows.flatMap { $0.cells.map(\.day) })).sorted() }

    func rag(_ row: Row, _ day: Int) -> ChartRAG?? {
        guard let c = row.cells.last(where: { $0.day == day }) else { return .none }
        return .some(c.rag)
    }

    public func svgBytes() -> [UInt8] {
        let days = self.days
        guard !days.isEmpty else { return ChartFrame.noData(info, kind: "rag-strip", width: width, height: 80) }
        let labelWidth = rows.count == 1 && rows[0].label.isEmpty ? 0.0 : min(90, width * 0.22)
        let cellWidth = min(40, max(18, (width - labelWidth - 12) / Double(days.count)))
        let fullWidth = max(width, labelWidth + 8 + cellWidth * Double(days.count) + 4)
        let rowHeight = 26.0
        var body: [SVGElement] = []
        for (r, row) in rows.enumerated() {
            let y = 6 + Double(r) * rowHeight
            var children: [SVGElement] = []
            if labelWidth > 0 {
                children.append(Mark.label(row.label, x: 4, y: y + 16, maxWidth: labelWidth - 6, fontSize: 12, class: "row-label"))
            }
            for (c, day) in days.enumerated() {
                let x = labelWidth + 4 + Double(c) * cellWidth
                switch rag(row, day) {
                case .none:
                    continue
                case .some(let value):
                    children.append(SVGElement.group("cell-group", [
                        .textElement("title", text: row.label + " " + dayFormat(day) + ": " + ChartRAG.name(value)),
                        Mark.rect(x: x + 1, y: y, width: cellWidth - 2, height: rowHeight - 4, class: "cell " + ChartRAG.className(value)),
                        Mark.text(ChartRAG.letter(value), x: x + cellWidth / 2, y: y + 15, anchor: .middle, class: "rag-letter"),
                    ]))
                }
            }
            body.append(SVGElement.group("strip-row", children))
        }
        let axisY = 6 + Double(rows.count) * rowHeight
        var previousYear: Int? = nil
        let ticks = days.enumerated().map { (c, day) -> Axis.Tick in
            let civil = CalendarDay.civil(day)
            let label = "\(civil.day) \(CalendarDay.monthName(civil.month, monthNames))" + (previousYear != civil.year ? " \(civil.year)" : "")
            previousYear = civil.year
            return Axis.Tick(position: labelWidth + 4 + (Double(c) + 0.5) * cellWidth, label: label)
        }
        body.append(Axis.horizontal(ticks, y: axisY, x0: labelWidth + 4, x1: labelWidth + 4 + cellWidth * Double(days.count)))
        return ChartFrame.render(info, kind: "rag-strip", width: fullWidth, height: axisY + 24, description: defaultDescription(), body: body)
    }

    func defaultDescription() -> String {
        ChartFrame.sentences(rows.compactMap { row in
            let cells = row.cells.sorted { $0.day < $1.day }
            guard let last = cells.last else { return nil }
            var changes = 0
            for (a, b) in zip(cells, cells.dropFirst()) where a.rag != b.rag { changes += 1 }
            let first = cells.first!
            return "\(row.label.isEmpty ? "Status" : row.label): \(ChartRAG.name(last.rag)) at \(dayFormat(last.day))" +
                (cells.count > 1 ? ", \(ChartRAG.name(first.rag)) at \(dayFormat(first.day)); \(changes) \(changes == 1 ? "change" : "changes")." : ".")
        })
    }

    public func table() -> ChartTable {
        let rows = days.map { day in
            [dayFormat(day)] + self.rows.map { row -> String in
                switch rag(row, day) {
                case .none: return ChartTable.missing
                case .some(let v): return v.map { "\($0.name) (\($0.letter))" } ?? "No status"
                }
            }
        }
        return ChartTable(caption: info.title, columns: [.init("Date")] + self.rows.map { .init($0.label.isEmpty ? "RAG" : $0.label) }, rows: rows)
    }
}
