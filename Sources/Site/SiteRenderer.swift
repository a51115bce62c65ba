import Analysis
import Foundation
import Portfolio

/// The rendered site, in memory: files sorted by path, and what went wrong.
public struct SiteRendering: Sendable {
    public let files: [OutputFile]
    public let diagnostics: [Diagnostic]
    public init(files: [OutputFile], diagnostics: [Diagnostic]) { self.files = files; self.diagnostics = diagnostics }
}

/// Renders every page of the site (SPEC §4) from a `Portfolio`, with the built-in theme and
/// the site's own template overrides. Pure: the same portfolio gives the same bytes.
public struct SiteRenderer: Sendable {
    public let portfolio: Portfolio
    /// The figures of SPEC §3 at the status date, computed once by Analysis.
    public let figures: Figures
    /// The portfolio at each reporting date (SPEC §4 "History"), for trends.
    public let history: History
    /// Template name (`project.mustache`, `partials/header.mustache`, `style.css`) → the
    /// site's own text from its `layouts/` folder.
    public let overrides: [String: String]

    public init(portfolio: Portfolio, figures: Figures, history: History, overrides: [String: String] = [:]) {
        self.portfolio = portfolio
        self.figures = figures
        self.history = history
        self.overrides = overrides
    }

    /// Computes the figures, with the simulation, at the portfolio's status date (the latest report without one).
    public init(portfolio: Portfolio, overrides: [String: String] = [:]) {
        let date = portfolio.settings.asOf ?? portfolio.latestReportDate ?? Day(ordinal: 0)
        let figures = Figures(portfolio: portfolio, at: date)
            .simulated(portfolio.settings.simulation, threads: ProcessInfo.processInfo.activeProcessorCount)
        self.init(portfolio: portfolio, figures: figures,
                  history: History(portfolio: portfolio, asOf: date), overrides: overrides)
    }

    /// Renders every page. `threads` pages are rendered at once (default: all cores); the
    /// files are the same bytes whatever the number, sorted by path.
    public func render(threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> SiteRendering {
        var files: [OutputFile] = []
        var pieces: [String: [OutputFile]] = [:]
        let diagnostics = render(threads: threads) { batch in
            for file in batch {
                guard file.continues || pieces[file.path] != nil else { files.append(file); continue }
                pieces[file.path, default: []].append(file)
                if !file.continues { files.append(OutputFile(joining: pieces.removeValue(forKey: file.path)!)) }
            }
        }
        return SiteRendering(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics)
    }

    /// Renders every page and hands the files to `emit` in batches of about `batchSize`, as
    /// they are ready, so a large site need not be held in memory whole. The diagnostics are
    /// known before any page renders: with `stopOnError`, `emit` is never called when they hold
    /// an error. Each file's bytes do not depend on `threads`; the order of the batches is fixed too.
    /// The board pack comes in pieces, one per batch that adds to it (`OutputFile.continues`).
    /// `placed`, when given, is told where status reports' narratives are (`NarrativePlace`):
    /// the places it is told of are the complete list, in a fixed order. `planned` is told the
    /// number of pages before the first is rendered.
    public func render(threads: Int, batchSize: Int = 64, stopOnError: Bool = false,
                       planned: ((Int) -> Void)? = nil, placed: ((NarrativePlace) -> Void)? = nil,
                       emit: ([OutputFile]) throws -> Void) rethrows -> [Diagnostic] {
        let templates = TemplateSet(overrides: overrides)
        var site = SiteModel(portfolio: portfolio, figures: figures, history: history)
        site.narrativeMemo = NarrativeMemo()  // status pages render first, the feed last
        // Pages the board pack shows too render once, with links resolved for each place (`LinkTokens`).
        let shared = site.withSymbolicLinks()
        var diagnostics = templates.diagnostics

        let home = portfolio.info.location
        // The jobs share the two models by reference, and a status report job holds indices: each
        // of 11,000 closures holding its own copies was 20 MB at a thousand projects.
        let models = SiteModels(site: site, shared: shared)
        var jobs: [PageJob] = [
            PageJob(.dashboard, "dashboard.mustache", home, print: ("dashboard", "Portfolio dashboard", "dashboard")) {
                models.shared.dashboardPage()
            },
            PageJob(.programs, "programs.mustache", home) { models.site.programsIndexPage() },
        ]
        for program in portfolio.programs {
            jobs.append(PageJob(.program(program.id), "program.mustache", program.location,
                                print: ("program-\(program.id)", program.name, "program")) { models.shared.programPage(program) })
        }
        jobs.append(PageJob(.projects, "projects.mustache", home) { models.site.projectsIndexPage() })
        for (p, project) in portfolio.projects.enumerated() {
            let print = project.phase == .cancelled ? nil : ("project-\(project.id)", project.name, "project")
            jobs.append(PageJob(.project(project.id), "project.mustache", project.location, print: print) { models.shared.projectPage(project) })
            for (r, report) in site.reports(of: project).enumerated() {
                jobs.append(PageJob(.statusReport(project: project.id, date: report.date), "status.mustache", report.location) {
                    let project = models.site.portfolio.projects[p]
                    return models.site.statusReportPage(models.site.reports(of: project)[r], of: project)
                })
            }
        }
        jobs.append(PageJob(.changes, "changes.mustache", home) { models.site.changeLogPage() })
        jobs.append(PageJob(.resources, "resources.mustache", home) { models.site.resourcesPage() })
        jobs.append(PageJob(.strategy, "strategy.mustache", home) { models.site.strategyPage() })
        jobs.append(PageJob(.risks, "risks.mustache", home) { models.site.risksPage() })
        jobs.append(PageJob(.methodology, "methodology.mustache", home) { models.site.methodologyPage() })
        jobs.append(PageJob(.reports, "reports.mustache", home) { models.site.reportsPage() })
        for (index, date) in history.dates.enumerated() where date != figures.date {
            jobs.append(PageJob(.report(date), "dashboard.mustache", home) { models.site.archived(at: index).dashboardPage(route: .report(date)) })
        }

        var runnable: [(path: String, job: PageJob)] = []
        for job in jobs {
            guard let path = job.route.outputPath else {
                diagnostics.append(.error("an id cannot be used in a path", code: "unsafe-path", at: job.source,
                                          hint: "ids use letters, digits and '-'"))
                continue
            }
            runnable.append((path, job))
        }
        if stopOnError && diagnostics.hasErrors { return diagnostics }
        // The board pack goes out with each batch's sections (BoardPackStream), not held to the end.
        var pack = boardPackStream(site: site, templates: templates, entries: runnable.compactMap { item in
            item.job.print.flatMap { templates.available.contains(item.job.template) ? BoardPackStream.Entry(anchor: $0.0, title: $0.1, kind: $0.2) : nil }
        })
        planned?(runnable.count + (pack.renders ? 1 : 0))  // the pages, and the board pack
        // The data and the downloads depend on no page: made on a thread of their own while the
        // pages render, not one after another at the end.
        let data = Background(threads: threads) { [portfolio, figures] in
            [OutputFile(path: Route.portfolioData.outputPath!, text: PortfolioData.document(portfolio: portfolio, figures: figures).serialized()),
             OutputFile(path: Route.download(.projects).outputPath!, text: CSVExports.projects(figures)),
             OutputFile(path: Route.download(.risks).outputPath!, text: CSVExports.risks(portfolio)),
             OutputFile(path: Route.download(.changes).outputPath!, text: CSVExports.changes(figures)),
             OutputFile(path: Route.download(.capacity).outputPath!, text: CSVExports.capacity(figures))]
        }
        let printPath = Route.print.outputPath!
        let placing = placed != nil && NarrativePlace.recordable(overrides: overrides)
        @Sendable func render(_ item: (path: String, job: PageJob)) -> (OutputFile, [UInt8]?, NarrativePlace?)? {
            let model = item.job.model()
            guard let html = templates.renderBytes(model, with: item.job.template) else { return nil }
            let page = LinkTokens.resolvedFile(bytes: html, path: item.path, from: item.job.route)
            if placing, let status = model as? StatusReportPage {
                return (page, nil, NarrativePlace.find(status.narrativeHTML, in: page, source: item.job.source.path))
            }
            guard let (anchor, _, _) = item.job.print else { return (page, nil, nil) }
            let section = LinkTokens.resolvedBytes(PrintAssembly.section(fromPage: html, idPrefix: anchor + "-"), from: .print)
            return (page, section, nil)
        }
        // Every page on all threads, taken in order as each is done (`ParallelMap.stream`): no
        // thread waits for the slowest page of a batch. The pages that list the whole portfolio
        // (dashboards, indexes, registers) are a megabyte each at a thousand projects, ten
        // times their output while they render: one per two threads renders at a time, and
        // those that are no board pack section are spread evenly among the others, so the
        // other threads go on with small pages meanwhile (all at the end, they rendered one
        // after another on one thread). While a large page is the next to be taken, the other
        // threads go on only as far as the window: a large page's time grows with the portfolio
        // and a small one's does not, so the window does too (`window(pages:batchSize:)`).
        let routes = runnable.map(\.job.route)  // every page, for the sitemap
        runnable = Self.spread(runnable) { $0.job.scalesWithPortfolio && $0.job.print == nil }
        var files: [OutputFile] = [], pieces: [[UInt8]] = []
        files.reserveCapacity(batchSize)
        try ParallelMap.stream(runnable, threads: threads, window: Self.window(pages: runnable.count, batchSize: batchSize),
                               heavy: { $0.job.scalesWithPortfolio },
                               maxHeavy: max(1, threads / 2), render) { _, page in
            guard let (file, section, place) = page else { return }
            if let place { placed?(place) }
            files.append(file)
            if let section { pieces += pack.add(section) }
            guard files.count >= max(1, batchSize) else { return }
            if !pieces.isEmpty { files.append(OutputFile(path: printPath, byteParts: pieces, continues: true)) }
            try emit(files)
            files = []
            pieces = []
        }
        if !pieces.isEmpty { files.append(OutputFile(path: printPath, byteParts: pieces, continues: true)) }
        if !files.isEmpty { try emit(files) }
        if pack.renders { try emit([OutputFile(path: printPath, byteParts: pack.finish())]) }
        try site.atomFeed(threads: threads, placed: placing ? placed : nil) { parts, last in
            try emit([OutputFile(path: Route.feed.outputPath!, byteParts: parts, continues: !last)])
        }
        var rest = data.value()
        rest.insert(OutputFile(path: Route.stylesheet.outputPath!, text: templates.stylesheet), at: 1)
        if let sitemap = site.sitemap(pages: routes + [.print]) {
            rest.append(OutputFile(path: Route.sitemap.outputPath!, text: sitemap))
        }
        try emit(rest)
        return diagnostics
    }
}

extension SiteRenderer {
    /// How many pages may render ahead of the next one taken: two batches, and at least a
    /// thirty-second of the pages. At 10,000 projects a dashboard takes 0.2–0.5 s while a
    /// project's page takes 0.3 ms: with room for 128 pages, the other thread sat idle for most
    /// of each large page (about 5 s of the 36 s of CPU the pages took); with 3,500 pages of
    /// room the stage took 20 s instead of 22–23 s, and a few megabytes more were held.
    static func window(pages: Int, batchSize: Int) -> Int { max(2 * max(1, batchSize), pages / 32) }

    /// `items` with those that are `apart` spread evenly among the others, each group in its order.
    static func spread<T>(_ items: [T], apart: (T) -> Bool) -> [T] {
        let spaced = items.filter(apart), rest = items.filter { !apart($0) }
        guard !spaced.isEmpty, !rest.isEmpty else { return items }
        var out: [T] = []
        out.reserveCapacity(items.count)
        var next = 0
        for (i, item) in rest.enumerated() {
            // Spaced item k goes after ⌊(k + 1)·r/(s + 1)⌋ of the r others.
            while next < spaced.count && (next + 1) * rest.count / (spaced.count + 1) <= i {
                out.append(spaced[next])
                next += 1
            }
            out.append(item)
        }
        out += spaced[next...]
        return out
    }

    /// `print/index.html`: the dashboard, every program and every project (not cancelled),
    /// rendered by their own templates with links as seen from `print/`; `entries` are those
    /// pages, in order, whose sections will be added as they render.
    func boardPackStream(site: SiteModel, templates: TemplateSet, entries: [BoardPackStream.Entry]) -> BoardPackStream {
        BoardPackStream(entries: entries, builtInTemplate: overrides["print.mustache"] == nil) {
            templates.render(site.printPage(sections: $0), with: "print.mustache")
        }
    }

    /// The board pack of these `sections` at once.
    func boardPack(site: SiteModel, templates: TemplateSet, sections: [PrintSectionModel]) -> OutputFile? {
        var pack = boardPackStream(site: site, templates: templates,
                                   entries: sections.map { BoardPackStream.Entry(anchor: $0.anchor, title: $0.title, kind: $0.kind) })
        guard pack.renders, let path = Route.print.outputPath else { return nil }
        let parts = sections.flatMap { pack.add(Array($0.html.utf8)) } + pack.finish()
        return OutputFile(path: path, byteParts: parts)
    }
}

/// The site models the page jobs build from, held once.
final class SiteModels: Sendable {
    let site: SiteModel
    let shared: SiteModel
    init(site: SiteModel, shared: SiteModel) { self.site = site; self.shared = shared }
}

/// One page to render: where it goes, its template, and how to build its view model.
struct PageJob: Sendable {
    let route: Route
    let template: String
    let source: SourceLocation
    let model: @Sendable () -> Any
    /// The board pack section this page also is: anchor, title, kind.
    let print: (String, String, String)?
    /// A page listing every project (a dashboard, an index, a register), not one project's.
    var scalesWithPortfolio: Bool {
        switch route {
        case .project, .statusReport, .program: return false
        default: return true
        }
    }

    init(_ route: Route, _ template: String, _ source: SourceLocation, print: (String, String, String)? = nil,
         model: @escaping @Sendable () -> Any) {
        self.route = route; self.template = template; self.source = source; self.print = print; self.model = model
    }
}
