/// Capacity heatmap: one row per role, one column per month, each cell the utilisation
/// (demand ÷ capacity) as a shade and as text. Over 100% is hatched and its text bold, so an
/// overallocation is seen without colour; a cell without capacity shows a dash.
public struct CapacityHeatmap: Chart {
    public let info: ChartInfo
    public let roles: [String]
    public let months: [ChartMonth]
    /// `utilisation[role][month]`, 1.0 = 100%; nil where there is no capacity.
    public let utilisation: [[Double?]]
    public let width: Double
    public let percentFormat: ValueFormat
    public let monthNames: [String]

    public init(info: ChartInfo, roles: [String], months: [ChartMonth], utilisation: [[Double?]], width: Double = 640,
                percentFormat: @escaping ValueFormat = ChartFormat.percent(), monthNames: [String] = ChartFormat.monthAbbreviations) {
        self.info = info; self.roles = roles; self.months = months
        self.utilisation = roles.indices.map { r in
            months.indices.map { m in
                guard r < utilisation.count, m < utilisation[r].count, let v = utilisation[r][m], v.isFinite else { return nil }
                return v
            }
        }
        self.width = max(width, 280); self.percentFormat = percentFormat; self.monthNames = monthNames
    }

    /// Shade buckets: under 50%, 50–80%, 80–100%, over 100–120%, over 120%.
    public static func bucket(_ u: Double) -> Int {
        if u > 1.2 { return 4 }
        if u > 1.0 { return 3 }
        if u >= 0.8 { return 2 }
        if u >= 0.5 { return 1 }
        return 0
    }

    var overPattern: String { info.id("over") }

    public func svgBytes() -> [UInt8] {
        guard !roles.isEmpty, !months.isEmpty else { return ChartFrame.noData(info, kind: "heatmap", width: width) }
        let labelWidth = min(130, width * 0.25)
        let cellWidth = max(34, min(56, (width - labelWidth - 12) / Double(months.count)))
        let fullWidth = max(width, labelWidth + 8 + cellWidth * Double(months.count) + 4)
        let cellHeight = 26.0
        let top = 34.0
        let x0 = labelWidth + 8
        var body: [SVGElement] = []
        var previousYear: Int? = nil
        var headers: [SVGElement] = []
        for (m, month) in months.enumerated() {
            let cx = x0 + (Double(m) + 0.5) * cellWidth
            headers.append(Mark.text(CalendarDay.monthName(month.month, monthNames), x: cx, y: top - 8, anchor: .middle, class: "tick-label"))
            if previousYear != month.year {
                headers.append(Mark.text(String(month.year), x: x0 + Double(m) * cellWidth + 2, y: top - 22, class: "tick-label tick-label--year"))
            }
            previousYear = month.year
        }
        body.append(SVGElement.group("axis axis-x", headers))
        for (r, role) in roles.enumerated() {
            let y = top + Double(r) * cellHeight
            var children = [Mark.label(role, x: 4, y: y + 17, maxWidth: labelWidth - 4, fontSize: 12, class: "row-label")]
            for (m, month) in months.enumerated() {
                let x = x0 + Double(m) * cellWidth
                let value = utilisation[r][m]
                var cell: [SVGElement] = [.textElement("title", text: role + ", " + month.label(monthNames: monthNames) + ": " +
                                                       (value.map(percentFormat) ?? "no capacity"))]
                if let value {
                    let b = CapacityHeatmap.bucket(value)
                    cell.append(Mark.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, class: "cell heat-\(b)"))
                    if value > 1.0 {
                        cell.append(Mark.patternRect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, patternID: overPattern, class: "pattern-overlay"))
                    }
                    if value > 1.0 {
                        let w = TextFit.width(percentFormat(value), fontSize: 10) + 6
                        cell.append(Mark.rect(x: x + (cellWidth - w) / 2, y: y + 6, width: w, height: 14, class: "label-pill"))
                    }
                    cell.append(Mark.text(percentFormat(value), x: x + cellWidth / 2, y: y + 17, anchor: .middle,
                                          class: value > 1.0 ? "cell-label cell-label--over" : "cell-label"))
                } else {
                    cell.append(Mark.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, class: "cell heat-none"))
                    cell.append(Mark.text(ChartTable.missing, x: x + cellWidth / 2, y: y + 17, anchor: .middle, class: "cell-label"))
                }
                children.append(SVGElement.group("cell-group", cell))
            }
            body.append(SVGElement.group("heat-row", children))
        }
        let bottom = top + Double(roles.count) * cellHeight
        let items: [Legend.Item] = [
            .init(.box("cell heat-0"), "Under 50%"), .init(.box("cell heat-1"), "50–80%"), .init(.box("cell heat-2"), "80–100%"),
            .init(.pattern("cell heat-3", patternID: overPattern), "Over 100%"), .init(.pattern("cell heat-4", patternID: overPattern), "Over 120%"),
            .init(.box("cell heat-none"), "No capacity"),
        ]
        let legend = Legend.render(items, x: 8, y: bottom + 8, maxWidth: fullWidth - 16)
        body.append(legend.element)
        return ChartFrame.render(info, kind: "heatmap", width: fullWidth, height: bottom + 12 + legend.height,
                                 description: defaultDescription(), defs: [Patterns.hatch(id: overPattern)], body: body)
    }

    func defaultDescription() -> String {
        var over: [(role: String, month: ChartMonth, value: Double)] = []
        for (r, role) in roles.enumerated() {
            for (m, month) in months.enumerated() { if let v = utilisation[r][m], v > 1.0 { over.append((role, month, v)) } }
        }
        var parts = ["Utilisation of \(roles.count) \(roles.count == 1 ? "role" : "roles") over \(months.count) \(months.count == 1 ? "month" : "months")" +
                     (months.isEmpty ? "." : ", \(months.first!.label(monthNames: monthNames)) to \(months.last!.label(monthNames: monthNames)).")]
        if over.isEmpty { parts.append("No role is over capacity.") }
        else {
            let worst = over.sorted { ($0.value, $1.role, $1.month) > ($1.value, $0.role, $0.month) }.first!
            parts.append("\(over.count) role-\(over.count == 1 ? "month is" : "months are") over capacity; the highest is \(worst.role) in \(worst.month.label(monthNames: monthNames)) at \(percentFormat(worst.value)).")
        }
        return ChartFrame.sentences(parts)
    }

    public func table() -> ChartTable {
        ChartTable(caption: info.title, columns: [.init("Role")] + months.map { .init($0.label(monthNames: monthNames), numeric: true) },
                   rows: roles.indices.map { r in [roles[r]] + months.indices.map { utilisation[r][$0].map(percentFormat) ?? ChartTable.missing } },
                   notes: ["Utilisation = demand ÷ capacity; over 100% is an overallocation; — means no capacity."])
    }
}
