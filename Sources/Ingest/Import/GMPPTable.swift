import Portfolio

/// One row of a GMPP annual file, each cell read for what it should hold.
struct GMPPRow {
    let line: Int
    let number: String
    let name: String
    let department: String
    let category: String?
    let description: String
    /// The IPA's delivery-confidence assessment (the first `colour_rating`).
    let ipa: ImportedCell<RAG>
    /// The SRO's (the second `colour_rating`, 2022 on); nil when the file has no such column.
    let sro: ImportedCell<RAG>?
    let ratingComment: String
    let start: ImportedCell<Day>
    let end: ImportedCell<Day>
    let scheduleComment: String
    /// The financial year's baseline and forecast, £m.
    let yearBaseline: ImportedCell<DecimalAmount>
    let yearForecast: ImportedCell<DecimalAmount>
    let varianceComment: String
    /// Whole-life cost baseline, £m.
    let wholeLifeCost: ImportedCell<DecimalAmount>
    let budgetComment: String
    /// Baseline benefits, £m (2023 on); nil when the file has no such column.
    let benefits: ImportedCell<DecimalAmount>?
    let benefitsComment: String

    /// The rating shown: the IPA's where given, else the SRO's.
    var shown: Rating? {
        if let r = Self.rating(ipa) { return r }
        return sro.flatMap(Self.rating)
    }

    static func rating(_ cell: ImportedCell<RAG>) -> Rating? {
        switch cell {
        case .value(let r): .rag(r)
        case .explained(let e): e.rating
        case .empty, .unreadable: nil
        }
    }
}

/// One GMPP annual file read: its rows, its snapshot date and the diagnostics of reading it.
struct GMPPTable {
    let path: String
    /// The report's year as the file says (`year` column), e.g. "2021".
    let label: String
    let date: Day
    let rows: [GMPPRow]

    static let dateForms = [DatePattern.iso, DatePattern.dotted, DatePattern("DD/MM/YYYY")!]

    /// The columns pmo reads, by the names in these files (lowercased).
    static let known = ["year", "project_number", "project_name", "department", "report_category", "description_aims",
                        "colour_rating", "rating_comment", "start_date", "end_date", "schedule_comment", "total_baseline",
                        "yearly_forecast", "forecast_incl_ngc", "variance_comment", "wlc_baseline_incl_ncg", "budget_comment",
                        "total baseline benefits (£m)", "benefits_baseline", "benefits_comment"]
    static let required = ["project_number", "project_name", "department"]

    /// Nil, with an error logged, when the file cannot be read as a GMPP file.
    init?(file: GMPPFile, log: inout DiagnosticLog) {
        path = file.path
        let text = ImportText.decode(file.bytes)
        let (records, problems) = CSVReader(separator: file.separator).read(text)
        for problem in problems {
            log.error(.csvSyntax, problem.message, at: SourceLocation(path: path, line: problem.line, column: problem.column))
        }
        guard let header = records.first else {
            log.error(.missingColumn, "the file has no header row", at: SourceLocation(path: path))
            return nil
        }
        // Column name → indices, in order: `colour_rating` appears twice from 2022 (IPA, then SRO).
        var columns: [String: [Int]] = [:]
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingWhitespace().lowercased()
            if Self.known.contains(name) {
                columns[name, default: []].append(index)
            } else {
                log.warning(.unknownColumn, "column `\(raw)` is not a GMPP column pmo reads and is left out",
                            at: SourceLocation(path: path, line: header.line, column: index + 1),
                            hint: Suggestion.hint(for: name, among: Self.known))
            }
        }
        let missing = Self.required.filter { columns[$0] == nil }
        for name in missing {
            log.error(.missingColumn, "the header has no `\(name)` column", at: SourceLocation(path: path, line: header.line, column: 1))
        }
        guard missing.isEmpty else { return nil }
        if let extra = columns["colour_rating"], extra.count > 2 {
            for index in extra.dropFirst(2) {
                log.warning(.unknownColumn, "a third `colour_rating` column is left out (the first is the IPA's, the second the SRO's)",
                            at: SourceLocation(path: path, line: header.line, column: index + 1))
            }
        }

        let body = Array(records.dropFirst())
        let yearText = columns["year"].flatMap { i in body.first.map { i[0] < $0.fields.count ? $0.fields[i[0]].trimmingWhitespace() : "" } } ?? ""
        let year = Int(yearText) ?? Self.yearInName(file.path)
        guard let date = file.date ?? year.flatMap({ GMPPImporter.snapshotDates[$0] }) else {
            log.error(.missingSnapshotDate,
                      "no snapshot date is known for this file\(year.map { " (year \($0))" } ?? ""); give one with --date \(file.path)=YYYY-MM-DD",
                      at: SourceLocation(path: path))
            return nil
        }
        self.date = date
        self.label = year.map(String.init) ?? date.iso

        var reader = CellReader(path: path, columns: columns, log: log)
        var seen: [String: Int] = [:]
        var rows: [GMPPRow] = []
        for record in body {
            if let row = reader.row(record) {
                if let first = seen[row.number] {
                    reader.log.warning(.duplicateID, "project `\(row.number)` is already in this file on line \(first); this row is left out",
                                       at: reader.location(record, "project_number"))
                    continue
                }
                seen[row.number] = record.line
                rows.append(row)
            }
        }
        log = reader.log
        self.rows = rows
    }

    /// A four-digit year 2000–2099 in a file name (`uk_2021.csv`).
    static func yearInName(_ path: String) -> Int? {
        let name = Array(path.split(separator: "/").last ?? "")
        for start in 0..<max(0, name.count - 3) {
            let four = String(name[start..<start + 4])
            if four.hasPrefix("20"), let y = Int(four),
               start == 0 || !name[start - 1].isNumber, start + 4 == name.count || !name[start + 4].isNumber { return y }
        }
        return nil
    }
}

/// Reads the cells of one file's records, warning at each cell it cannot read.
private struct CellReader {
    let path: String
    let columns: [String: [Int]]
    var log: DiagnosticLog

    func index(_ column: String, _ which: Int = 0) -> Int? {
        guard let all = columns[column], which < all.count else { return nil }
        return all[which]
    }

    func location(_ record: CSVRecord, _ column: String, _ which: Int = 0) -> SourceLocation {
        SourceLocation(path: path, line: record.line, column: (index(column, which) ?? 0) + 1)
    }

    func text(_ record: CSVRecord, _ column: String, _ which: Int = 0) -> String {
        guard let i = index(column, which), i < record.fields.count else { return "" }
        return record.fields[i]
    }

    mutating func cell<V>(_ record: CSVRecord, _ column: String, _ which: Int = 0, what: String,
                          _ parse: (String) -> V?) -> ImportedCell<V> {
        let cell = ImportedCell.read(text(record, column, which), parse)
        if case .unreadable(let raw) = cell {
            log.warning(.unreadableCell, "cannot read `\(raw)` as \(what) in `\(column)`; it is left out",
                        at: location(record, column, which))
        }
        return cell
    }

    mutating func row(_ record: CSVRecord) -> GMPPRow? {
        let width = columns.values.flatMap { $0 }.max()! + 1
        if record.fields.count != width {
            log.warning(.unreadableCell, "this row has \(record.fields.count) cells where the header has \(width); cells are read by position",
                        at: SourceLocation(path: path, line: record.line, column: min(record.fields.count, width)))
        }
        let number = ImportText.oneLine(text(record, "project_number"))
        guard !number.isEmpty, !IdentifierRule.normalized(number).isEmpty else {
            log.warning(.unreadableCell, "a row without a usable `project_number` (`\(number)`) is left out",
                        at: location(record, "project_number"))
            return nil
        }
        var name = ImportText.oneLine(text(record, "project_name"))
        if name.isEmpty {
            log.warning(.unreadableCell, "project `\(number)` has no name; its GMPP number is used", at: location(record, "project_name"))
            name = number
        }
        var department = ImportText.oneLine(text(record, "department"))
        if department.isEmpty || IdentifierRule.normalized(department).isEmpty {
            log.warning(.unreadableCell, "project `\(number)` has no department; it is filed under `Unknown`", at: location(record, "department"))
            department = "Unknown"
        }
        let category = ImportText.oneLine(text(record, "report_category"))
        let rating: (String) -> RAG? = { RAG(parsing: $0) }
        let date: (String) -> Day? = { t in GMPPTable.dateForms.lazy.compactMap { $0.parse(t) }.first }
        let money: (String) -> DecimalAmount? = { DecimalAmount.parse($0, symbols: ["£"]) }
        // The whole-life cost becomes the project's budget, which is never negative.
        let cost: (String) -> DecimalAmount? = { money($0).flatMap { $0.digits < 0 ? nil : $0 } }
        let forecastColumn = index("forecast_incl_ngc") != nil ? "forecast_incl_ngc" : "yearly_forecast"
        let benefitsColumn = index("total baseline benefits (£m)") != nil ? "total baseline benefits (£m)" : "benefits_baseline"
        return GMPPRow(
            line: record.line, number: number, name: name, department: department,
            category: category.isEmpty ? nil : category,
            description: text(record, "description_aims"),
            ipa: cell(record, "colour_rating", 0, what: "a delivery-confidence rating", rating),
            sro: index("colour_rating", 1) == nil ? nil : cell(record, "colour_rating", 1, what: "a delivery-confidence rating", rating),
            ratingComment: text(record, "rating_comment"),
            start: cell(record, "start_date", what: "a date", date),
            end: cell(record, "end_date", what: "a date", date),
            scheduleComment: text(record, "schedule_comment"),
            yearBaseline: cell(record, "total_baseline", what: "an amount in £m", money),
            yearForecast: cell(record, forecastColumn, what: "an amount in £m", money),
            varianceComment: text(record, "variance_comment"),
            wholeLifeCost: cell(record, "wlc_baseline_incl_ncg", what: "a whole-life cost in £m (not negative)", cost),
            budgetComment: text(record, "budget_comment"),
            benefits: index(benefitsColumn) == nil ? nil : cell(record, benefitsColumn, what: "an amount in £m", money),
            benefitsComment: text(record, "benefits_comment"))
    }
}
