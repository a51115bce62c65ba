import Charts
import Portfolio

/// A chart as a page shows it: the SVG the chart kit drew (a trusted fragment: every
/// label in it was escaped by the kit) and its data as an HTML table in `<details>`.
///
/// The two fragments are kept as the UTF-8 bytes they were written as and go into the page as
/// they are (`TemplateValue.markup`): made Strings, every byte of them was checked again.
public struct ChartModel: Sendable, Encodable, Equatable {
    let svgMarkup: [UInt8]
    public let caption: String
    public let columns: [ChartColumnModel]
    /// The table's body: a `<tr>` line a row, each cell escaped here and `class="num"` on the
    /// numeric columns' cells — a trusted fragment, like `svg`. (Made a row object and a cell
    /// object per cell and rendered through the template, a project page's few hundred cells
    /// were a thirtieth of a build; BENCHMARKS.md, session 12.)
    let rowsMarkup: [UInt8]
    public let rowCount: Int
    public let notes: [String]

    public var svg: String { String(decoding: svgMarkup, as: UTF8.self) }
    public var rowsHTML: String { String(decoding: rowsMarkup, as: UTF8.self) }

    public init(_ chart: some Chart) {
        svgMarkup = chart.svgBytes()
        let table = chart.table()
        caption = table.caption
        columns = table.columns.map { ChartColumnModel(header: $0.header, numeric: $0.numeric) }
        rowsMarkup = Self.rowsHTML(table)
        rowCount = table.rows.count
        notes = table.notes
    }

    private enum CodingKeys: String, CodingKey { case svg, caption, columns, rowsHTML, rowCount, notes }

    /// The fields as text, in the order declared.
    public func encode(to encoder: Encoder) throws {
        var fields = encoder.container(keyedBy: CodingKeys.self)
        try fields.encode(svg, forKey: .svg)
        try fields.encode(caption, forKey: .caption)
        try fields.encode(columns, forKey: .columns)
        try fields.encode(rowsHTML, forKey: .rowsHTML)
        try fields.encode(rowCount, forKey: .rowCount)
        try fields.encode(notes, forKey: .notes)
    }

    static func rowsHTML(_ table: ChartTable) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(table.rows.count * table.columns.count * 24)
        for cells in table.rows {
            out.append(contentsOf: "<tr>".utf8)
            for (text, column) in zip(cells, table.columns) {
                out.append(contentsOf: column.numeric ? #"<td class="num">"#.utf8 : "<td>".utf8)
                HTMLEscape.append(text, to: &out)
                out.append(contentsOf: "</td>".utf8)
            }
            out.append(contentsOf: "</tr>\n".utf8)
        }
        return out
    }
}

extension ChartModel {
    /// The value `TemplateEncoding` would make of this chart through `encode(to:)`, field for
    /// field and in the same order, built directly (tested against the encoder's).
    var templateValue: TemplateValue {
        var table = TemplateFields()
        table.add("svg", .markup(svgMarkup))
        table.add("caption", .string(caption))
        table.add("columns", .list(columns.map { .object(["header": .string($0.header), "numeric": .bool($0.numeric)]) }))
        table.add("rowsHTML", .markup(rowsMarkup))
        table.add("rowCount", .int(rowCount))
        table.add("notes", .list(notes.map(TemplateValue.string)))
        return .object(table)
    }
}

public struct ChartColumnModel: Sendable, Encodable, Equatable {
    public let header: String
    public let numeric: Bool
}

extension SiteModel {
    /// Day ordinals formatted as the site formats dates.
    var chartDay: DayFormat { { [format] in format.day(Day(ordinal: $0)) } }
    var chartMoney: ValueFormat { { [format] in format.money(Money($0)) } }
    var chartCompactMoney: ValueFormat { { [format] in format.compactMoney(Money($0)) } }
    var monthNames: [String] { format.monthNames }

    static func chartRAG(_ rag: RAG?) -> ChartRAG? {
        guard let rag else { return nil }
        switch rag {
        case .green: return .green
        case .amberGreen: return .amberGreen
        case .amber: return .amber
        case .amberRed: return .amberRed
        case .red: return .red
        }
    }
}
