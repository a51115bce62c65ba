import Analysis
import Narrative
import Portfolio

/// The portfolio as the site shows it at the status date: status reports after `as_of` are
/// left out, change requests carry the status in force at `as_of` (SPEC §3), and every
/// figure is formatted from the site's locale. Page view models are built from this.
struct SiteModel {
    let portfolio: Portfolio
    let figures: Figures
    let history: History
    let asOf: Day
    let format: SiteFormatter
    let markdown: MarkdownRenderer
    let baseURL: String
    /// Status reports on or before `as_of`, oldest first, by project id (looked up, never
    /// iterated): each a prefix of the project's list (so indexed from 0 like it), not a copy.
    private let reportsByProject: [String: ArraySlice<StatusReport>]
    /// Change requests submitted on or before `as_of`, sorted by id, with their status in force.
    let changes: [ChangeRequest]
    private let programIDs: Set<String>
    private let projectIDs: Set<String>
    private let figuresByProject: [String: ProjectFigures]
    private let figuresByProgram: [String: ProgramFigures]
    /// No project has a reported percent complete (or actual cost) at the status date, as with
    /// imported GMPP data: rollups then show "—", not zeros by default (`rollupKPIs`).
    let noPercentComplete: Bool
    let noActualCost: Bool
    /// Where status pages leave their narrative's HTML for the feed (`NarrativeMemo`); nil:
    /// each renders its own.
    var narrativeMemo: NarrativeMemo?
    /// Every page's links to the top-level pages, made once per kind of place (`ChromeLinks`).
    let chromeLinks = ChromeLinks()

    init(portfolio: Portfolio, figures: Figures, history: History) {
        self.portfolio = portfolio
        self.figures = figures
        self.history = history
        let asOf = figures.date
        self.asOf = asOf
        figuresByProject = Dictionary(uniqueKeysWithValues: figures.projects.map { ($0.id, $0) })
        figuresByProgram = Dictionary(uniqueKeysWithValues: figures.programs.map { ($0.id, $0) })
        noPercentComplete = figures.projects.allSatisfy { $0.inputs.percentCompleteSource == .none }
        noActualCost = figures.projects.allSatisfy { $0.inputs.actualCostSource == .none }
        format = SiteFormatter(settings: portfolio.settings)
        markdown = MarkdownRenderer(unsafe: portfolio.settings.markdownUnsafe)
        baseURL = portfolio.settings.baseURL
        var reports: [String: ArraySlice<StatusReport>] = [:]
        // By position: `for project in` copied each project (a retain of everything in it),
        // here and for each of the archived dashboards' models.
        reports.reserveCapacity(portfolio.projects.count)
        for p in portfolio.projects.indices {
            // Reports come sorted by date and on or before the status date, so the list is
            // usually kept as it is; filtering and sorting it copied every report.
            // For an archived dashboard, the reports on or before its date are then a prefix,
            // kept as a slice of the list (a copy of it copied every report it held).
            let all = portfolio.projects[p].statusReports
            let sorted = all.indices.dropFirst().allSatisfy { all[$0 - 1].date <= all[$0].date }
            if sorted {
                var count = all.count
                while count > 0 && all[count - 1].date > asOf { count -= 1 }
                reports[portfolio.projects[p].id] = all[..<count]
            } else {
                reports[portfolio.projects[p].id] = all.filter { $0.date <= asOf }.sorted { $0.date < $1.date }[...]
            }
        }
        reportsByProject = reports
        // The status in force at as_of comes from Analysis' change log (SPEC §3.6); a request
        // decided after as_of shows no decision date yet.
        changes = figures.changes.entries.map { entry in
            var inForce = entry.change
            if inForce.status != entry.status { inForce.status = entry.status; inForce.decided = nil }
            return inForce
        }
        programIDs = Set(portfolio.programs.map(\.id))
        projectIDs = Set(portfolio.projects.map(\.id))
    }

    // MARK: - Lookups

    func reports(of project: Project) -> ArraySlice<StatusReport> { reportsByProject[project.id] ?? [] }

    /// The latest report on or before `as_of` that gives `field` (SPEC §3, inputs at as_of).
    func latest<Value>(_ field: (StatusReport) -> Value?, of project: Project) -> (value: Value, date: Day)? {
        for report in reports(of: project).reversed() {
            if let value = field(report) { return (value, report.date) }
        }
        return nil
    }

    func latestOverall(of project: Project) -> Rating? { latest(\.overall, of: project)?.value }

    /// The figures of a project or program at the status date (every project of the
    /// portfolio has them).
    func figures(of project: Project) -> ProjectFigures { figuresByProject[project.id]! }
    func figures(ofProject id: String) -> ProjectFigures { figuresByProject[id]! }
    func figures(of program: Program) -> ProgramFigures { figuresByProgram[program.id]! }
    /// The shown overall rating: reported, else computed (SPEC §3.2).
    func shownOverall(of project: Project) -> Rating? { figures(of: project).rag.overall }
    func latestReportDate(of project: Project) -> Day? { reports(of: project).last?.date }

    // MARK: - Links

    /// Set for the board pack: links are written as seen from that page.
    var linkOrigin: Route? = nil
    /// Set for pages the board pack also shows: relative links are `LinkTokens`.
    var symbolicLinks = false

    func linker(_ route: Route) -> Linker { Linker(baseURL: baseURL, from: linkOrigin ?? route, symbolic: symbolicLinks) }

    func projectLink(_ id: String, from linker: Linker) -> LinkModel {
        // The name read in place: a copy of the whole project, as `portfolio.project(id)`
        // returns, was made for every row that links a project.
        guard let i = portfolio.projects.index(withID: id, \.id) else { return LinkModel(text: id, href: nil) }
        return LinkModel(text: portfolio.projects[i].name, href: projectIDs.contains(id) ? linker.href(to: .project(id)) : nil)
    }

    func programLink(_ id: String?, from linker: Linker) -> LinkModel {
        guard let id else { return LinkModel(text: "—", href: nil) }
        guard let program = portfolio.program(id), programIDs.contains(id) else { return LinkModel(text: id, href: nil) }
        return LinkModel(text: program.name, href: linker.href(to: .program(id)))
    }

    /// The change log anchor of a change request.
    /// The change log anchor of a change request; only characters safe in a fragment.
    static func changeAnchor(_ id: String) -> String {
        "change-" + String(id.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") })
    }

    // MARK: - Formatting shortcuts

    func day(_ day: Day?) -> String { day.map(format.day) ?? "—" }
    func money(_ money: Money?) -> String { money.map(format.money) ?? "—" }
    func text(_ text: String?) -> String {
        guard let text, !text.trimmingWhitespace().isEmpty else { return "—" }
        return text
    }

    /// Trusted HTML from the site's own Markdown, its headings moved below the page's
    /// `<h2>` sections; empty when there is no body.
    func html(_ markdown: String) -> String { NarrativeHTML.render(markdown, with: self.markdown) }

    /// A status report's narrative as HTML, for its page: left in `narrativeMemo` for its feed entry.
    func pageHTML(of report: StatusReport) -> String {
        let body = html(report.body)
        narrativeMemo?.keep(body, of: report.body, file: report.location.path)
        return body
    }

    /// A status report's narrative as HTML, for its feed entry: taken from `narrativeMemo` when
    /// its page left it there.
    func feedHTML(of report: StatusReport) -> String {
        narrativeMemo?.take(report.body, file: report.location.path) ?? html(report.body)
    }

    // MARK: - Shared rows

    func projectRow(_ project: Project, from linker: Linker) -> ProjectRowModel {
        ProjectRowModel(
            link: LinkModel(text: project.name, href: linker.href(to: .project(project.id))),
            program: programLink(project.program, from: linker),
            phase: project.phase.label,
            phaseKey: project.phase.rawValue,
            manager: text(project.manager),
            budget: project.budget.map(format.compactMoney) ?? "—",
            budgetFull: project.budget.map(format.money) ?? "Not given",
            rating: BadgeModel(rating: shownOverall(of: project)),
            reportDate: day(latestReportDate(of: project)))
    }

    func programRow(_ program: Program, from linker: Linker) -> ProgramRowModel {
        ProgramRowModel(
            link: LinkModel(text: program.name, href: linker.href(to: .program(program.id))),
            sponsor: text(program.sponsor), manager: text(program.manager),
            projectCount: format.integer(figures(of: program).members.count))
    }

    // MARK: - Layout

    /// The layout of a page: `crumbs` are the pages above it, the page itself last.
    func layout(for route: Route, title: String, crumbs: [(String, Route)]) -> LayoutModel {
        let linker = linker(route)
        let links = chromeLinks.links(for: linker)
        let nav = Route.Section.allCases.enumerated().map { i, section -> NavItemModel in
            let current = route.section == section ? (route == section.route ? "page" : "true") : ""
            return NavItemModel(text: section.title, href: links.sections[i], ariaCurrent: current, isCurrent: !current.isEmpty)
        }
        var trail = crumbs.map { CrumbModel(text: $0.0, href: linker.href(to: $0.1) ?? "", isLink: true) }
        trail.append(CrumbModel(text: title, href: "", isLink: false))
        let siteTitle = portfolio.settings.title
        return LayoutModel(
            lang: format.languageTag,
            title: route == .dashboard ? siteTitle : "\(title) — \(siteTitle)",
            siteTitle: siteTitle,
            homeHref: links.sections[0],
            stylesheetHref: links.stylesheet,
            nav: nav,
            breadcrumbs: trail,
            hasBreadcrumbs: !crumbs.isEmpty,
            // The build's status date, also on a dashboard archived at an earlier reporting date.
            statusDate: format.day(portfolio.settings.asOf ?? asOf),
            statusDateISO: (portfolio.settings.asOf ?? asOf).iso,
            methodologyHref: links.methodology,
            dataHref: links.data,
            feedHref: links.feed,
            projectsCSVHref: links.downloads[0],
            risksCSVHref: links.downloads[1],
            changesCSVHref: links.downloads[2],
            capacityCSVHref: links.downloads[3])
    }
}
