import Charts

extension ChartTable {
    /// The table as plain text for golden files: caption, header, rows, notes; cells split by ` | `.
    var goldenText: String {
        var lines = ["# " + caption, columns.map { $0.header + ($0.numeric ? " (n)" : "") }.joined(separator: " | ")]
        lines += rows.map { $0.joined(separator: " | ") }
        lines += notes.map { "> " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
