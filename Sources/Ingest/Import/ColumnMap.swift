import Portfolio

/// The column map of `pmo import csv` (docs/importing.md): which column of an export is which
/// project field, and how the export writes dates, money, phases and ratings.
struct ColumnMap {
    /// Project fields a column may feed; dotted names as in the register (SPEC §2.7), plus
    /// `overall` (a rating, written as a status report dated `as_of`).
    static let fields = ProjectRegister.fields + ["overall"]

    var separator: Unicode.Scalar = ","
    var dates: [DatePattern] = [.iso]
    var symbols: [String] = ["£", "$", "€"]
    var thousands: Character? = ","
    var decimal: Character = "."
    /// Every amount is multiplied by this (1000000 for an export in millions).
    var scale = 0
    var title = "Imported portfolio"
    var currency = "USD"
    var locale = "en_US"
    var fiscalYearStart = 1
    var asOf: Day?
    /// Field → column header, in the order written.
    var columns: [(field: String, header: Located<String>)] = []
    /// Export word (lowercased) → phase.
    var phases: [String: Phase] = [:]
    /// Export word (lowercased) → rating.
    var ratings: [String: RAG] = [:]
    var defaultPhase: Phase?
    var defaultProgram: String?
    let location: SourceLocation

    /// Reads the map; every problem is logged at its place in the map file.
    static func read(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> ColumnMap? {
        guard var r = MarkdownDocument.readYAML(bytes, path: path, log: &log) else { return nil }
        var map = ColumnMap(location: r.location)
        if let sep = r.string("separator") {
            let scalars = Array(sep == "\\t" || sep.lowercased() == "tab" ? "\t".unicodeScalars : sep.unicodeScalars)
            if scalars.count == 1 { map.separator = scalars[0] } else if let at = r.locationOf("separator") {
                r.log.error(.wrongType, "`separator` must be one character (`,`, `;`, `\\t`), found `\(sep)`", at: at)
            }
        }
        if let node = r.value("dates") {
            let source = r.source
            let texts: [YAMLNode]
            if case .sequence(let list) = node { texts = list.items } else { texts = [node] }
            var patterns: [DatePattern] = []
            for item in texts {
                guard let text = source.text(item, log: &r.log) else { continue }
                if let pattern = DatePattern(text) { patterns.append(pattern) } else {
                    r.log.error(.invalidPattern, "`\(text)` is not a date pattern: it needs a year, a month and a day (e.g. DD/MM/YYYY, MM/DD/YY, D MMM YYYY)",
                                at: source.location(of: item))
                }
            }
            if !patterns.isEmpty { map.dates = patterns }
        }
        _ = r.mapping("money") { m in
            if let symbol = m.string("symbol") { map.symbols = [symbol] }
            if let t = m.string("thousands") { map.thousands = t.isEmpty ? nil : t.first }
            if let d = m.string("decimal"), let c = d.first { map.decimal = c }
            if let scale = m.number("scale") {
                var power = 0, s = scale
                while s >= 10, s.truncatingRemainder(dividingBy: 10) == 0 { s /= 10; power += 1 }
                if s == 1 { map.scale = power } else if let at = m.locationOf("scale") {
                    m.log.error(.outOfRange, "`scale` must be a power of ten (1, 1000, 1000000), found \(YAMLSource.format([scale]))", at: at)
                }
            }
        }
        _ = r.mapping("site") { s in
            if let v = s.string("title") { map.title = v }
            if let v = s.string("currency") { map.currency = v }
            if let v = s.string("locale") { map.locale = v }
            if let v = s.integer("fiscal_year_start", minimum: 1) { map.fiscalYearStart = v }
            map.asOf = s.day("as_of")
        }
        if let node = r.required("columns", "the map") {
            let source = r.source
            _ = r.read(node) { c in
                for (key, value) in c.allEntries() {
                    guard fields.contains(key.value) || (key.value.hasPrefix("scores.") && key.value.count > 7) else {
                        c.log.error(.unknownKey, "`\(key.value)` is not a project field a column can feed; fields: \(fields.joined(separator: ", ")), scores.<objective>",
                                    at: key.location, hint: Suggestion.hint(for: key.value, among: fields))
                        continue
                    }
                    guard let header = source.text(value, log: &c.log) else { continue }
                    map.columns.append((key.value, Located(header, at: source.location(of: value))))
                }
            }
            if !map.columns.contains(where: { $0.field == "name" }) {
                r.log.error(.missingField, "the map's `columns` has no `name`: which column holds the project's name?", at: source.location(of: node))
            }
        }
        _ = r.mapping("phases") { p in
            let source = p.source
            for (key, value) in p.allEntries() {
                if let phase = source.choice(value, Phase.self, what: "phase", log: &p.log) { map.phases[key.value.lowercased()] = phase }
            }
        }
        _ = r.mapping("ratings") { p in
            let source = p.source
            for (key, value) in p.allEntries() {
                if let rag = source.rag(value, what: "rating", log: &p.log) { map.ratings[key.value.lowercased()] = rag }
            }
        }
        _ = r.mapping("defaults") { d in
            map.defaultPhase = d.choice("phase", Phase.self, what: "phase")
            map.defaultProgram = d.string("program")
        }
        if map.columns.contains(where: { $0.field == "overall" }), map.asOf == nil {
            r.log.error(.missingField, "a map with an `overall` column needs `site: {as_of: YYYY-MM-DD}`, the date of the ratings", at: r.location)
        }
        r.finish(into: &log)
        return log.hasErrors ? nil : map
    }
}
