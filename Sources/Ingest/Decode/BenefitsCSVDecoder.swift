import Portfolio

/// `content/programs/<id>/benefits.csv`: `benefit,date,value` measurements, merged into the
/// program's benefits (SPEC §2.3). A benefit id the program does not declare is an error.
enum BenefitsCSVDecoder {
    static let columns = ["benefit", "date", "value"]

    /// `program` with the file's measurements added to its benefits, each list sorted by date
    /// (front matter first among equal dates).
    static func merge(_ text: String, into program: Program, path: String, log: inout DiagnosticLog) -> Program {
        guard let table = CSVTable(text, path: path, required: columns, known: columns, log: &log) else { return program }
        var program = program
        let ids = program.benefits.map(\.id)
        for record in table.rows {
            let id = table.cell(record, "benefit") ?? ""
            let date = table.day(record, "date", log: &log)
            let value = table.number(record, "value", log: &log)
            guard let index = ids.firstIndex(of: id) else {
                log.error(.unknownBenefit, "program `\(program.id)` has no benefit `\(id)`", at: table.location(record, "benefit"),
                          hint: Suggestion.hint(for: id, among: ids))
                continue
            }
            guard let date, let value else { continue }
            program.benefits[index].measurements.append(Measurement(date: date, value: value))
        }
        for index in program.benefits.indices {
            // Stable: Swift's sort is stable, so front matter stays first on equal dates.
            program.benefits[index].measurements.sort { $0.date < $1.date }
        }
        return program
    }
}
