import Portfolio

/// One GMPP annual file given to the importer.
public struct GMPPFile: Sendable {
    /// The path as given on the command line; diagnostics name it.
    public let path: String
    public let bytes: [UInt8]
    /// `--date FILE=YYYY-MM-DD`: overrides the snapshot date known for the file's year.
    public let date: Day?
    public let separator: Unicode.Scalar

    public init(path: String, bytes: [UInt8], date: Day? = nil, separator: Unicode.Scalar = ";") {
        self.path = path; self.bytes = bytes; self.date = date; self.separator = separator
    }
}

/// The UK Government Major Projects Portfolio, as the IPA publishes it once a year, into a pmo
/// site folder (docs/importing.md): a project per `project_number`, a program per department,
/// a status report per project per file. Pure: bytes in, files and diagnostics out.
public enum GMPPImporter {
    /// The date each annual file describes, from its narratives ("compared to 19/20-Q2",
    /// "at 21/22-Q4", "at 22/23-Q4"): see the data's README.
    public static let snapshotDates: [Int: Day] = [
        2021: Day(year: 2020, month: 9, day: 30)!,
        2022: Day(year: 2022, month: 3, day: 31)!,
        2023: Day(year: 2023, month: 3, day: 31)!,
    ]

    public static func importFiles(_ files: [GMPPFile]) -> ImportedSite {
        var log = DiagnosticLog()
        let tables = files.compactMap { GMPPTable(file: $0, log: &log) }.sorted { $0.date < $1.date }
        for (a, b) in zip(tables, tables.dropFirst()) where a.date == b.date {
            log.error(.duplicateSnapshot, "this file has the same snapshot date, \(b.date), as \(a.path); give another with --date",
                      at: SourceLocation(path: b.path))
        }
        guard !tables.isEmpty, !log.hasErrors else {
            if files.isEmpty { log.error(.missingFile, "no GMPP file given", at: SourceLocation(path: "")) }
            return ImportedSite(diagnostics: log.items.sortedForDisplay())
        }

        // Every appearance of each project, oldest file first.
        var appearances: [String: [(table: Int, row: GMPPRow)]] = [:]
        for (t, table) in tables.enumerated() {
            for row in table.rows { appearances[IdentifierRule.normalized(row.number), default: []].append((t, row)) }
        }
        var writer = GMPPSiteWriter(tables: tables)
        for id in appearances.keys.sorted() {
            writer.addProject(id: id, appearances: appearances[id]!, log: &log)
        }
        var site = writer.finish()
        site.diagnostics = log.items.sortedForDisplay()
        return site
    }
}
