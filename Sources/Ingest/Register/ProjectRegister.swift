import Portfolio

/// One project row of the bulk register, decoded; nil fields were empty or unreadable.
struct RegisterEntry {
    let id: Located<String>
    var name: String?
    var program: Located<String>?
    var manager: String?
    var sponsor: String?
    var phase: Phase?
    var start: Day?
    var finish: Day?
    var budget: Money?
    var percentComplete: Double?
    var actualCost: Money?
    var forecastFinish: Day?
    var forecastCost: Money?
    var savingsPlanned: Money?
    var savingsRealised: Money?
    var category: String?
    var confidential: Bool?
    var scores: [String: Double] = [:]
    var scoreKeys: [Located<String>] = []
    /// The row: the record's first line, column 1.
    let location: SourceLocation
}

/// `content/registers/projects.csv` (SPEC §2.7): one project a row, headers are project
/// field names, nested fields dotted (`forecast.finish`, `savings.planned`, `scores.growth`).
/// List fields (milestones, risks, demand, issues, depends_on) are bundle-only.
struct ProjectRegister {
    static let path = "content/registers/projects.csv"
    static let fields = ["id", "name", "program", "manager", "sponsor", "phase", "start", "finish", "budget",
                         "percent_complete", "actual_cost", "forecast.finish", "forecast.cost", "savings.planned",
                         "savings.realised", "category", "confidential"]
    static let bundleOnly = ["milestones", "risks", "demand", "issues", "depends_on"]

    /// Entries by id, in file order of first appearance.
    private(set) var entries: [String: RegisterEntry] = [:]

    init(text: String, log: inout DiagnosticLog) {
        let path = Self.path
        let header = CSVReader().read(text).records.first?.fields.map { $0.trimmingWhitespace().lowercased() } ?? []
        for (index, name) in header.enumerated() where Self.bundleOnly.contains(name) {
            log.warning(.unknownColumn, "`\(name)` is a list field, kept in the project bundle only (content/projects/<id>/index.md); the column is ignored",
                        at: SourceLocation(path: path, line: 1, column: index + 1))
        }
        let scoreColumns = header.filter { $0.hasPrefix("scores.") && $0.count > 7 }
        guard let table = CSVTable(text, path: path, required: ["id"], known: Self.fields + scoreColumns + Self.bundleOnly,
                                   log: &log) else { return }
        for row in table.rows {
            guard let rawID = table.cell(row, "id"), !rawID.isEmpty else {
                log.warning(.unreadableCell, "a register row without an `id` is left out", at: table.location(row, "id"))
                continue
            }
            let idLocation = table.location(row, "id")
            guard IdentifierRule.lowercase.check(rawID, kind: "project", at: idLocation, log: &log) else { continue }
            if let first = entries[rawID] {
                log.error(.duplicateID, "duplicate project id `\(rawID)`, first given at line \(first.location.line ?? 0)", at: idLocation)
                continue
            }
            entries[rawID] = Self.decode(row, id: Located(rawID, at: idLocation), table: table, scoreColumns: scoreColumns, log: &log)
        }
    }

    private static func decode(_ row: CSVRecord, id: Located<String>, table: CSVTable, scoreColumns: [String],
                               log: inout DiagnosticLog) -> RegisterEntry {
        func text(_ column: String) -> String? { table.cell(row, column).flatMap { $0.isEmpty ? nil : $0 } }
        func day(_ column: String) -> Day? { text(column) == nil ? nil : table.day(row, column, log: &log) }
        func money(_ column: String) -> Money? { table.money(row, column, log: &log).value }
        var entry = RegisterEntry(id: id, location: SourceLocation(path: table.path, line: row.line, column: 1))
        entry.name = text("name")
        entry.program = text("program").map { Located($0, at: table.location(row, "program")) }
        entry.manager = text("manager")
        entry.sponsor = text("sponsor")
        if let phase = text("phase") {
            entry.phase = Phase(rawValue: phase.lowercased())
            if entry.phase == nil {
                let allowed = Phase.allCases.map(\.rawValue)
                log.error(.invalidEnum, "unknown phase `\(phase)`; expected one of \(allowed.joined(separator: ", "))",
                          at: table.location(row, "phase"), hint: Suggestion.hint(for: phase, among: allowed))
            }
        }
        entry.start = day("start")
        entry.finish = day("finish")
        if let s = entry.start, let f = entry.finish, f < s {
            log.error(.finishBeforeStart, "`finish` \(f) is before `start` \(s)", at: table.location(row, "finish"))
        }
        entry.budget = money("budget")
        if text("percent_complete") != nil, let p = table.number(row, "percent_complete", log: &log) {
            if (0...100).contains(p) { entry.percentComplete = p } else {
                log.error(.outOfRange, "`percent_complete` must be between 0 and 100, found `\(text("percent_complete")!)`",
                          at: table.location(row, "percent_complete"))
            }
        }
        entry.actualCost = money("actual_cost")
        entry.forecastFinish = day("forecast.finish")
        entry.forecastCost = money("forecast.cost")
        entry.savingsPlanned = money("savings.planned")
        entry.savingsRealised = money("savings.realised")
        entry.category = text("category")
        if let c = text("confidential") {
            switch c.lowercased() {
            case "true", "yes": entry.confidential = true
            case "false", "no": entry.confidential = false
            default: log.error(.wrongType, "expected true or false in `confidential`, found `\(c)`", at: table.location(row, "confidential"))
            }
        }
        for column in scoreColumns where text(column) != nil {
            let objective = String(column.dropFirst("scores.".count))
            guard let score = table.number(row, column, log: &log) else { continue }
            guard (0...5).contains(score) else {
                log.error(.outOfRange, "the score for `\(objective)` must be between 0 and 5, found `\(text(column)!)`",
                          at: table.location(row, column))
                continue
            }
            entry.scores[objective] = score
            entry.scoreKeys.append(Located(objective, at: table.location(row, column)))
        }
        return entry
    }
}

extension RegisterEntry {
    /// A project from the register alone; `missing-field` at the row without a name or phase.
    func project(log: inout DiagnosticLog) -> ProjectDraft {
        if name == nil { log.error(.missingField, "a project has no `name` (register row `\(id.value)`)", at: location) }
        if phase == nil { log.error(.missingField, "a project has no `phase` (register row `\(id.value)`)", at: location) }
        var draft = ProjectDraft(id: id.value, project: nil, programRef: program, dependsOn: [], scoreKeys: scoreKeys)
        guard let name, let phase else { return draft }
        draft.project = Project(
            id: id.value, name: name, program: program?.value, manager: manager, sponsor: sponsor, phase: phase,
            start: start, finish: finish, budget: budget, percentComplete: percentComplete, actualCost: actualCost,
            forecastFinish: forecastFinish, forecastCost: forecastCost, scores: scores, savingsPlanned: savingsPlanned,
            savingsRealised: savingsRealised, category: category, confidential: confidential ?? false, location: location)
        return draft
    }

    /// `draft`'s project with every field its front matter left out taken from this row
    /// (bundle front matter wins field by field; scores merge by objective).
    func fill(_ draft: inout ProjectDraft) {
        if draft.programRef == nil { draft.programRef = program }
        let bundleScores = Set(draft.scoreKeys.map(\.value))
        draft.scoreKeys += scoreKeys.filter { !bundleScores.contains($0.value) }
        guard var p = draft.project else { return }
        if p.program == nil { p.program = program?.value }
        p.manager = p.manager ?? manager
        p.sponsor = p.sponsor ?? sponsor
        p.start = p.start ?? start
        p.finish = p.finish ?? finish
        p.budget = p.budget ?? budget
        p.percentComplete = p.percentComplete ?? percentComplete
        p.actualCost = p.actualCost ?? actualCost
        p.forecastFinish = p.forecastFinish ?? forecastFinish
        p.forecastCost = p.forecastCost ?? forecastCost
        p.savingsPlanned = p.savingsPlanned ?? savingsPlanned
        p.savingsRealised = p.savingsRealised ?? savingsRealised
        p.category = p.category ?? category
        for (objective, score) in scores where p.scores[objective] == nil { p.scores[objective] = score }
        draft.project = p
    }
}
