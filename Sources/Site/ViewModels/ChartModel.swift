import Charts
import Portfolio

/// A chart as a page shows it: the SVG the chart kit drew (a trusted fragment: every
/// label in it was escaped by the kit) and its data as an HTML table in `<details>`.
public struct ChartModel: Sendable, Encodable, Equatable {
    public let svg: String
    public let caption: String
    public let columns: [ChartColumnModel]
    public let rows: [ChartRowModel]
    public let notes: [String]

    public init(_ chart: some Chart) {
        svg = chart.svg()
        let table = chart.table()
        caption = table.caption
        columns = table.columns.map { ChartColumnModel(header: $0.header, numeric: $0.numeric) }
        rows = table.rows.map { cells in
            ChartRowModel(cells: zip(cells, table.columns).map { ChartCellModel(text: $0, numeric: $1.numeric) })
        }
        notes = table.notes
    }
}

extension ChartModel {
    /// The value `TemplateEncoding` would make of this chart through `encode(to:)`, field for
    /// field and in the same order, built directly (tested against the encoder's).
    var templateValue: TemplateValue {
        var table = TemplateFields()
        table.add("svg", .string(svg))
        table.add("caption", .string(caption))
        table.add("columns", .list(columns.map { .object(["header": .string($0.header), "numeric": .bool($0.numeric)]) }))
        table.add("rows", .list(rows.map { row in
            .object(["cells": .list(row.cells.map { .object(["text": .string($0.text), "numeric": .bool($0.numeric)]) })])
        }))
        table.add("notes", .list(notes.map(TemplateValue.string)))
        return .object(table)
    }
}

public struct ChartColumnModel: Sendable, Encodable, Equatable {
    public let header: String
    public let numeric: Bool
}

public struct ChartRowModel: Sendable, Encodable, Equatable {
    public let cells: [ChartCellModel]
}

public struct ChartCellModel: Sendable, Encodable, Equatable {
    public let text: String
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
