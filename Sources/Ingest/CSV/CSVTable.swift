import Portfolio

/// A CSV file with a header row, read for one kind of content: columns found by name,
/// cells located as SPEC §1 says (line = the record's first line, column = the cell's index).
struct CSVTable {
    let path: String
    /// Column name (lowercased, trimmed) → 0-based index.
    let columns: [String: Int]
    let rows: [CSVRecord]

    /// Reads `text`; logs `csv-syntax` problems, `missing-column` for each required column
    /// absent from the header, `unknown-column` for header names not in `known`, and
    /// `ragged-row` for each row whose number of cells differs from the header's.
    /// Nil when the file has no header or lacks a required column.
    init?(_ text: String, path: String, required: [String], known: [String], log: inout DiagnosticLog) {
        self.path = path
        let (records, problems) = CSVReader().read(text)
        for problem in problems {
            log.error(.csvSyntax, problem.message, at: SourceLocation(path: path, line: problem.line, column: problem.column))
        }
        guard let header = records.first else {
            log.error(.missingColumn, "the file has no header row; expected \(required.joined(separator: ","))",
                      at: SourceLocation(path: path))
            return nil
        }
        var columns: [String: Int] = [:]
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingWhitespace().lowercased()
            if known.contains(name) {
                if columns[name] == nil { columns[name] = index }
            } else {
                log.warning(.unknownColumn, "unknown column `\(raw)`; expected \(known.joined(separator: ", "))",
                            at: SourceLocation(path: path, line: header.line, column: index + 1),
                            hint: Suggestion.hint(for: name, among: known))
            }
        }
        let missing = required.filter { columns[$0] == nil }
        for name in missing {
            log.error(.missingColumn, "the header has no `\(name)` column",
                      at: SourceLocation(path: path, line: header.line, column: 1))
        }
        guard missing.isEmpty else { return nil }
        self.columns = columns
        self.rows = Array(records.dropFirst())
        // A row with more cells than the header holds values no column names; one with fewer
        // was most likely cut short. Either is reported at the first cell the two disagree on.
        for row in rows where row.fields.count != header.fields.count {
            let cells = row.fields.count == 1 ? "1 cell" : "\(row.fields.count) cells"
            log.error(.raggedRow, "this row has \(cells) but the header has \(header.fields.count)",
                      at: SourceLocation(path: path, line: row.line, column: min(row.fields.count, header.fields.count) + 1))
        }
    }

    func has(_ column: String) -> Bool { columns[column] != nil }

    /// The trimmed text of `column` in `row`; nil when the column is absent, "" when empty.
    func cell(_ row: CSVRecord, _ column: String) -> String? {
        guard let index = columns[column] else { return nil }
        return index < row.fields.count ? row.fields[index].trimmingWhitespace() : ""
    }

    func location(_ row: CSVRecord, _ column: String) -> SourceLocation {
        SourceLocation(path: path, line: row.line, column: (columns[column] ?? 0) + 1)
    }

    // MARK: - Typed cells

    /// Money in a cell; empty reads as nil; text or a negative amount is an error at the cell.
    func money(_ row: CSVRecord, _ column: String, log: inout DiagnosticLog) -> (value: Money?, ok: Bool) {
        guard let text = cell(row, column), !text.isEmpty else { return (nil, true) }
        guard let value = Double(text), value.isFinite else {
            log.error(.wrongType, "expected a number in `\(column)`, found `\(text)`", at: location(row, column))
            return (nil, false)
        }
        guard value >= 0 else {
            log.error(.outOfRange, "an amount of money must not be negative, found `\(text)`", at: location(row, column))
            return (nil, false)
        }
        return (Money(value), true)
    }

    func number(_ row: CSVRecord, _ column: String, log: inout DiagnosticLog) -> Double? {
        let text = cell(row, column) ?? ""
        guard let value = Double(text), value.isFinite else {
            log.error(.wrongType, "expected a number in `\(column)`, found `\(text)`", at: location(row, column))
            return nil
        }
        return value
    }

    func month(_ row: CSVRecord, _ column: String, log: inout DiagnosticLog) -> Month? {
        let text = cell(row, column) ?? ""
        guard let month = Month(iso: text) else {
            log.error(.invalidMonth, "`\(text)` is not a month of the form YYYY-MM", at: location(row, column))
            return nil
        }
        return month
    }

    func day(_ row: CSVRecord, _ column: String, log: inout DiagnosticLog) -> Day? {
        let text = cell(row, column) ?? ""
        guard let day = Day(iso: text) else {
            log.error(.invalidDate, "`\(text)` is not a date of the form YYYY-MM-DD", at: location(row, column))
            return nil
        }
        return day
    }
}
