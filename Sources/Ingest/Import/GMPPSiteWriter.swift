import Portfolio

/// Writes the site folder of a GMPP import: pmo.yaml, the portfolio, a program per
/// department, a project bundle per project with a status report per file it is in.
struct GMPPSiteWriter {
    let tables: [GMPPTable]
    private(set) var files: [String: String] = [:]
    /// Program id → department abbreviation as written.
    private var departments: [String: String] = [:]
    private var projectsPerDepartment: [String: Int] = [:]
    private var active = 0, closed = 0, reports = 0, explained = 0

    init(tables: [GMPPTable]) { self.tables = tables }

    mutating func addProject(id: String, appearances: [(table: Int, row: GMPPRow)], log: inout DiagnosticLog) {
        let (lastTable, latest) = appearances.last!
        let newest = tables.count - 1
        let program = IdentifierRule.normalized(latest.department)
        departments[program] = departments[program] ?? latest.department
        projectsPerDepartment[program, default: 0] += 1
        let isActive = lastTable == newest
        if isActive { active += 1 } else { closed += 1 }

        var start = latest.start.value
        var finish = latest.end.value
        if let s = start, let f = finish, f < s {
            log.warning(.unreadableCell, "the end date \(f) is before the start date \(s); both are left out of the project's dates",
                        at: SourceLocation(path: tables[lastTable].path, line: latest.line, column: 1))
            start = nil; finish = nil
        }
        var front = ["name: \(YAMLWriter.quoted(latest.name))", "program: \(program)", "phase: \(isActive ? "active" : "closed")"]
        if let start { front.append("start: \(start.iso)") }
        if let finish { front.append("finish: \(finish.iso)") }
        if let cost = latest.wholeLifeCost.value { front.append("budget: \(cost.shifted(by: 6))") }
        if let category = latest.category { front.append("category: \(YAMLWriter.quoted(category))") }

        files["content/projects/\(id)/index.md"] = YAMLWriter.document(
            front, body: projectBody(appearances: appearances, isActive: isActive))

        for (t, row) in appearances {
            files["content/projects/\(id)/status/\(tables[t].date.iso).md"] = statusReport(row, table: tables[t])
            reports += 1
            explained += [row.ipa.explanation, row.sro?.explanation, row.start.explanation, row.end.explanation,
                          row.yearBaseline.explanation, row.yearForecast.explanation, row.wholeLifeCost.explanation,
                          row.benefits?.explanation].compactMap { $0 }.count
        }
    }

    // MARK: - Project

    private func projectBody(appearances: [(table: Int, row: GMPPRow)], isActive: Bool) -> String {
        let latest = appearances.last!.row
        let latestTable = tables[appearances.last!.table]
        var parts: [String] = []
        let description = ImportText.markdown(latest.description)
        if !description.isEmpty { parts.append(description) }

        var facts = ["- **GMPP reference:** \(ImportText.markdown(latest.number))",
                     "- **Department:** \(ImportText.markdown(GMPPDepartments.displayName(latest.department)))"]
        let departmentsByYear = appearances.map { (tables[$0.table].label, $0.row.department) }
        if Set(departmentsByYear.map(\.1)).count > 1 {
            let history = departmentsByYear.map { "\($0.1) in \($0.0)" }.joined(separator: ", ")
            facts.append("- **Department by report:** \(ImportText.markdown(history))")
        }
        if let category = latest.category { facts.append("- **Category:** \(ImportText.markdown(category))") }
        facts.append("- **In the annual reports:** \(appearances.map { tables[$0.table].label }.joined(separator: ", "))")
        parts.append(facts.joined(separator: "\n"))

        var notes: [String] = []
        if !isActive { notes.append("Left the GMPP after the \(latestTable.label) report.") }
        let missing: [(String, ImportedCell<Day>?, ImportedCell<DecimalAmount>?)] = [
            ("start date", latest.start, nil), ("end date", latest.end, nil),
            ("whole-life cost baseline, and so the budget,", nil, latest.wholeLifeCost),
        ]
        for (what, day, money) in missing {
            if let e = day?.explanation ?? money?.explanation {
                notes.append("The \(what) is \(e.word) in the \(latestTable.label) report: \(ImportText.markdown(e.text))")
            } else if (day.map { $0 == .empty } ?? false) || (money.map { $0 == .empty } ?? false) {
                notes.append("The \(what) is blank in the \(latestTable.label) report.")
            }
        }
        if !notes.isEmpty { parts.append(notes.joined(separator: "\n\n")) }
        return parts.joined(separator: "\n\n")
    }

    // MARK: - Status report

    private func statusReport(_ row: GMPPRow, table: GMPPTable) -> String {
        var front: [String] = []
        if let shown = row.shown {
            front.append("overall: \(shown.name)")
            if let note = shown.note { front.append("overall_note: \(YAMLWriter.quoted(note))") }
        }
        let ratings = [("IPA", Optional(row.ipa)), ("SRO", row.sro)].compactMap { by, cell in
            cell.flatMap(GMPPRow.rating).map { (by, $0) }
        }
        if !ratings.isEmpty {
            front.append("ratings:")
            for (by, rating) in ratings {
                let note = rating.note.map { ", note: \(YAMLWriter.quoted($0))" } ?? ""
                front.append("  - {by: \(by), value: \(rating.name)\(note)}")
            }
        }
        if front.isEmpty { front.append("# no delivery-confidence rating in this report") }

        var parts: [String] = []
        var confidence = "## Delivery confidence\n\n"
        confidence += ratings.isEmpty ? "No rating was published in the \(table.label) report."
            : ratings.map { "**\($0.0):** \($0.1.label)" }.joined(separator: " · ")
        if !row.ratingComment.isEmpty { confidence += "\n\n" + ImportText.markdown(row.ratingComment) }
        parts.append(confidence)

        var schedule = "## Schedule\n\n| Start date | End date |\n|---|---|\n| \(Self.cell(row.start, Self.long)) | \(Self.cell(row.end, Self.long)) |"
        if !row.scheduleComment.isEmpty { schedule += "\n\n" + ImportText.markdown(row.scheduleComment) }
        parts.append(schedule)

        var budget = "## Budget, financial year \(Self.financialYear(table.date))\n\n"
        budget += "| Financial year \(Self.financialYear(table.date)) | £m |\n|---|--:|\n"
        budget += "| Baseline (including non-government costs) | \(Self.cell(row.yearBaseline, Self.millions)) |\n"
        budget += "| Forecast (including non-government costs) | \(Self.cell(row.yearForecast, Self.millions)) |"
        if !row.varianceComment.isEmpty { budget += "\n\n" + ImportText.markdown(row.varianceComment) }
        parts.append(budget)

        var wholeLife = "## Whole-life cost\n\n| Whole-life cost | £m |\n|---|--:|\n"
        wholeLife += "| Baseline (including non-government costs) | \(Self.cell(row.wholeLifeCost, Self.millions)) |"
        if !row.budgetComment.isEmpty { wholeLife += "\n\n" + ImportText.markdown(row.budgetComment) }
        parts.append(wholeLife)

        if let benefits = row.benefits {
            var text = "## Benefits\n\n| Benefits | £m |\n|---|--:|\n| Baseline benefits | \(Self.cell(benefits, Self.millions)) |"
            if !row.benefitsComment.isEmpty { text += "\n\n" + ImportText.markdown(row.benefitsComment) }
            parts.append(text)
        }
        parts.append("*Source: GMPP annual report \(table.label), data at \(Self.long(table.date)).*")
        return YAMLWriter.document(front, body: parts.joined(separator: "\n\n"))
    }

    /// A table cell: the value, or the words given in its place, or "—" when blank.
    static func cell<V>(_ cell: ImportedCell<V>, _ format: (V) -> String) -> String {
        switch cell {
        case .value(let v): format(v)
        case .explained(let e): (e.word == "withheld" ? "Withheld: " : "Not given: ") + ImportText.markdown(e.text)
        case .empty: "—"
        case .unreadable(let raw): "Unreadable: " + ImportText.markdown(raw)
        }
    }

    static func millions(_ amount: DecimalAmount) -> String { "£" + amount.grouped(decimals: 2) + "m" }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static func long(_ day: Day) -> String { "\(day.dayOfMonth) \(monthNames[day.monthNumber - 1]) \(day.year)" }

    /// The UK financial year (April to March) holding `day`: `2020/21`.
    static func financialYear(_ day: Day) -> String {
        let first = day.monthNumber >= 4 ? day.year : day.year - 1
        let next = (first + 1) % 100
        return "\(first)/\(next < 10 ? "0" : "")\(next)"
    }

    // MARK: - Site files

    mutating func finish() -> ImportedSite {
        let latest = tables.last!
        for (id, department) in departments {
            files["content/programs/\(id)/index.md"] = YAMLWriter.document(
                ["name: \(YAMLWriter.quoted(GMPPDepartments.displayName(department)))"],
                body: "Projects of \(ImportText.markdown(GMPPDepartments.displayName(department))) in the Government Major Projects Portfolio, filed under the department that reported them last.")
        }
        files["pmo.yaml"] = """
        # Written by `pmo import gmpp` from \(tables.map { ImportText.oneLine($0.path) }.joined(separator: ", ")).
        title: "UK Government Major Projects Portfolio"
        base_url: ""
        as_of: \(latest.date.iso)
        currency: GBP
        locale: en_GB
        fiscal_year_start: 4
        rollup: worst
        reporting: {period: quarter}

        """
        let years = tables.map { "\($0.label) (data at \(Self.long($0.date)), \($0.rows.count) projects)" }
        let summary = """
        The Government Major Projects Portfolio (GMPP): the largest, most innovative and highest-risk projects \
        of the UK government, as the Infrastructure and Projects Authority (IPA) publishes them each year. \
        This site holds the annual reports \(years.joined(separator: ", ")): \(active + closed) projects in all, \
        \(active) of them in the latest report and \(closed) that have left the portfolio.

        Each project's rating is the IPA's delivery confidence assessment where one was published, else the \
        senior responsible owner's (SRO's). A project's budget is its whole-life cost baseline, including \
        non-government costs. The GMPP publishes no percent complete, so no earned value is computed. \
        Values the departments withheld (exemptions under the Freedom of Information Act 2000) are shown as \
        withheld, never as a colour, a date or a zero.

        Source: IPA annual report data, gov.uk. Contains public sector information licensed under the \
        Open Government Licence v3.0.
        """
        files["content/_index.md"] = YAMLWriter.document(["name: \"UK Government Major Projects Portfolio\""], body: summary)

        var lines = tables.map { "\($0.path): \($0.rows.count) projects, data at \($0.date.iso) (\($0.label) report)" }
        lines.append("\(active + closed) projects (\(active) active, \(closed) closed), \(departments.count) departments, \(reports) status reports")
        lines.append("\(explained) cells held words instead of a value (withheld or not given): kept as text, never as a colour, a date or a zero")
        return ImportedSite(files: files, summary: lines)
    }
}
