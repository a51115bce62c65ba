import Portfolio

/// `content/projects/<id>/financials.csv`: `month,planned,actual[,forecast]` (SPEC §2),
/// months `YYYY-MM`, money ≥ 0; an empty cell is no value. Rows sorted by month.
enum FinancialsDecoder {
    static let columns = ["month", "planned", "actual", "forecast"]

    static func decode(_ text: String, path: String, log: inout DiagnosticLog) -> Financials? {
        guard let table = CSVTable(text, path: path, required: ["month"], known: columns, log: &log) else { return nil }
        var rows: [FinancialMonth] = []
        var seen: [Month: Int] = [:]
        for record in table.rows {
            let month = table.month(record, "month", log: &log)
            let planned = table.money(record, "planned", log: &log)
            let actual = table.money(record, "actual", log: &log)
            let forecast = table.money(record, "forecast", log: &log)
            guard let month else { continue }
            if let earlier = seen[month] {
                log.error(.duplicateMonth, "month \(month) is already given on line \(earlier)",
                          at: table.location(record, "month"))
                continue
            }
            seen[month] = record.line
            rows.append(FinancialMonth(month: month, planned: planned.value, actual: actual.value, forecast: forecast.value))
        }
        return Financials(rows: rows.sorted { $0.month < $1.month }, hasPlanned: table.has("planned"),
                          hasForecast: table.has("forecast"), location: SourceLocation(path: path))
    }
}
