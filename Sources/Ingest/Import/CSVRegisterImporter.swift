import Portfolio

/// `pmo import csv FILE --map MAP.yaml`: a CSV export of any PPM tool (MS Project, Smartsheet,
/// Jira, Excel) into a site folder whose projects are in the bulk register
/// `content/registers/projects.csv` (SPEC §2.7), with a program bundle per program named and
/// a status report per rated project. Pure: bytes in, files and diagnostics out.
public enum CSVRegisterImporter {
    public static func importFile(path: String, bytes: [UInt8], mapPath: String, map mapBytes: [UInt8]) -> ImportedSite {
        var log = DiagnosticLog()
        guard let map = ColumnMap.read(mapBytes, path: mapPath, log: &log) else {
            return ImportedSite(diagnostics: log.items.sortedForDisplay())
        }
        let (records, problems) = CSVReader(separator: map.separator).read(ImportText.decode(bytes))
        for problem in problems {
            log.error(.csvSyntax, problem.message, at: SourceLocation(path: path, line: problem.line, column: problem.column))
        }
        guard let header = records.first else {
            log.error(.missingColumn, "the file has no header row", at: SourceLocation(path: path))
            return ImportedSite(diagnostics: log.items.sortedForDisplay())
        }
        let headers = header.fields.map { $0.trimmingWhitespace() }
        // Field → column index; a mapped header missing from the export is an error at the map.
        var index: [(field: String, column: Int)] = []
        for (field, name) in map.columns {
            if let i = headers.firstIndex(where: { $0.lowercased() == name.value.trimmingWhitespace().lowercased() }) {
                index.append((field, i))
            } else {
                log.error(.missingColumn, "the export \(path) has no column `\(name.value)` (for `\(field)`); its columns: \(headers.joined(separator: ", "))",
                          at: name.location, hint: Suggestion.hint(for: name.value, among: headers))
            }
        }
        guard !log.hasErrors else { return ImportedSite(diagnostics: log.items.sortedForDisplay()) }

        var rows: [[String: String]] = []
        var ids: [String: Int] = [:]
        var programs: [String: String] = [:]
        var statusFiles: [String: String] = [:]
        for record in records.dropFirst() {
            func location(_ column: Int) -> SourceLocation { SourceLocation(path: path, line: record.line, column: column + 1) }
            func cell(_ column: Int) -> String { column < record.fields.count ? record.fields[column].trimmingWhitespace() : "" }
            var out: [String: String] = [:]
            var rating: Rating?
            for (field, column) in index {
                let raw = cell(column)
                if raw.isEmpty { continue }
                switch field {
                case "start", "finish", "forecast.finish":
                    let parsed = ImportedCell.read(raw) { t in map.dates.lazy.compactMap { $0.parse(t) }.first }
                    if let day = parsed.value { out[field] = day.iso } else {
                        log.warning(.unreadableCell, "cannot read `\(raw)` as a date (\(map.dates.map(\.description).joined(separator: " or "))) in `\(headers[column])`; it is left out",
                                    at: location(column))
                    }
                case "budget", "actual_cost", "forecast.cost", "savings.planned", "savings.realised", "percent_complete":
                    let isPercent = field == "percent_complete"
                    let text = isPercent && raw.hasSuffix("%") ? String(raw.dropLast()) : raw
                    if let amount = DecimalAmount.parse(text, symbols: isPercent ? [] : map.symbols, thousands: map.thousands, decimal: map.decimal),
                       amount.digits >= 0 {
                        out[field] = (isPercent ? amount : amount.shifted(by: map.scale)).description
                    } else {
                        log.warning(.unreadableCell, "cannot read `\(raw)` as \(isPercent ? "a percentage" : "an amount of money") in `\(headers[column])`; it is left out",
                                    at: location(column))
                    }
                case "phase":
                    if let phase = map.phases[raw.lowercased()] ?? Phase(rawValue: raw.lowercased()) { out[field] = phase.rawValue } else {
                        log.warning(.unreadableCell, "`\(raw)` in `\(headers[column])` is not a phase; add it under `phases:` in the map; the default phase is used",
                                    at: location(column), hint: Suggestion.hint(for: raw, among: Array(map.phases.keys).sorted()))
                    }
                case "overall":
                    if let rag = map.ratings[raw.lowercased()] ?? RAG(parsing: raw) { rating = .rag(rag) }
                    else if let e = Explanation.classify(raw) { rating = e.rating }
                    else {
                        log.warning(.unreadableCell, "`\(raw)` in `\(headers[column])` is not a rating; add it under `ratings:` in the map; it is left out",
                                    at: location(column))
                    }
                case "program":
                    let id = IdentifierRule.normalized(raw)
                    if id.isEmpty { continue }
                    programs[id] = programs[id] ?? ImportText.oneLine(raw)
                    out[field] = id
                default:
                    out[field] = ImportText.oneLine(raw)
                }
            }
            guard let name = out["name"] else {
                log.warning(.unreadableCell, "a row without a name is left out", at: location(index.first { $0.field == "name" }!.column))
                continue
            }
            let id = IdentifierRule.normalized(out["id"] ?? name)
            guard !id.isEmpty else {
                log.warning(.unreadableCell, "no usable id in this row (`\(out["id"] ?? name)`); it is left out", at: location(0))
                continue
            }
            if let first = ids[id] {
                log.warning(.duplicateID, "project id `\(id)` is already used on line \(first); this row is left out", at: location(0))
                continue
            }
            ids[id] = record.line
            out["id"] = id
            if out["phase"] == nil { out["phase"] = (map.defaultPhase ?? .active).rawValue }
            if out["program"] == nil, let program = map.defaultProgram {
                let pid = IdentifierRule.normalized(program)
                programs[pid] = programs[pid] ?? program
                out["program"] = pid
            }
            if let rating, let asOf = map.asOf {
                var front = ["overall: \(rating.name)"]
                if let note = rating.note { front.append("overall_note: \(YAMLWriter.quoted(note))") }
                statusFiles["content/projects/\(id)/status/\(asOf.iso).md"] = YAMLWriter.document(front, body: "")
            }
            rows.append(out)
        }

        var site = ImportedSite()
        let columns = ["id"] + map.columns.map(\.field).filter { $0 != "id" && $0 != "overall" }
            + (map.columns.contains { $0.field == "phase" } ? [] : ["phase"])
            + (map.columns.contains { $0.field == "program" } || map.defaultProgram == nil ? [] : ["program"])
        var csv = columns.joined(separator: ",") + "\n"
        for row in rows { csv += columns.map { csvField(row[$0] ?? "") }.joined(separator: ",") + "\n" }
        site.files[ProjectRegister.path] = csv
        for (id, name) in programs {
            site.files["content/programs/\(id)/index.md"] = YAMLWriter.document(["name: \(YAMLWriter.quoted(name))"], body: "")
        }
        for (path, text) in statusFiles { site.files[path] = text }
        var settings = ["# Written by `pmo import csv` from \(path) with the map \(mapPath).",
                        "title: \(YAMLWriter.quoted(map.title))", "base_url: \"\""]
        if let asOf = map.asOf { settings.append("as_of: \(asOf.iso)") }
        settings += ["currency: \(YAMLWriter.quoted(map.currency))", "locale: \(YAMLWriter.quoted(map.locale))",
                     "fiscal_year_start: \(map.fiscalYearStart)", ""]
        site.files["pmo.yaml"] = settings.joined(separator: "\n")
        site.files["content/_index.md"] = YAMLWriter.document(["name: \(YAMLWriter.quoted(map.title))"],
                                                              body: "Imported from \(ImportText.markdown(path)).")
        site.summary = ["\(path): \(rows.count) projects, \(programs.count) programs, \(statusFiles.count) rated"]
        site.diagnostics = log.items.sortedForDisplay()
        return site
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line end.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
