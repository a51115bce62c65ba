/// A chart's data as a table, every cell already formatted, for the site to render in
/// `<details>` beside the chart (escaped there: these are plain strings).
public struct ChartTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public let header: String
        /// Numbers are right-aligned by the site.
        public let numeric: Bool
        public init(_ header: String, numeric: Bool = false) { self.header = header; self.numeric = numeric }
    }

    public let caption: String
    public let columns: [Column]
    /// One array of cells per row, as many as `columns`.
    public let rows: [[String]]
    /// Lines shown under the table (markers such as P50, totals).
    public let notes: [String]

    public init(caption: String, columns: [Column], rows: [[String]], notes: [String] = []) {
        self.caption = caption
        self.columns = columns
        self.rows = rows.map { row in
            row.count >= columns.count ? Array(row.prefix(columns.count)) : row + Array(repeating: "", count: columns.count - row.count)
        }
        self.notes = notes
    }

    /// The cell shown for a missing value.
    public static let missing = "—"
}
