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
        let templates = TemplateSet(overrides: overrides)
        let site = SiteModel(portfolio: portfolio, figures: figures, history: history)
        var diagnostics = templates.diagnostics

        let home = portfolio.info.location
        var jobs: [PageJob] = [
            PageJob(.dashboard, "dashboard.mustache", home) { site.dashboardPage() },
            PageJob(.programs, "programs.mustache", home) { site.programsIndexPage() },
        ]
        for program in portfolio.programs {
            jobs.append(PageJob(.program(program.id), "program.mustache", program.location) { site.programPage(program) })
        }
        jobs.append(PageJob(.projects, "projects.mustache", home) { site.projectsIndexPage() })
        for project in portfolio.projects {
            jobs.append(PageJob(.project(project.id), "project.mustache", project.location) { site.projectPage(project) })
            for report in site.reports(of: project) {
                jobs.append(PageJob(.statusReport(project: project.id, date: report.date), "status.mustache", report.location) {
                    site.statusReportPage(report, of: project)
                })
            }
        }
        jobs.append(PageJob(.changes, "changes.mustache", home) { site.changeLogPage() })
        jobs.append(PageJob(.resources, "resources.mustache", home) { site.resourcesPage() })
        jobs.append(PageJob(.strategy, "strategy.mustache", home) { site.strategyPage() })
        jobs.append(PageJob(.risks, "risks.mustache", home) { site.risksPage() })
        jobs.append(PageJob(.methodology, "methodology.mustache", home) { site.methodologyPage() })
        jobs.append(PageJob(.reports, "reports.mustache", home) { site.reportsPage() })
        for (index, date) in history.dates.enumerated() where date != figures.date {
            jobs.append(PageJob(.report(date), "dashboard.mustache", home) { site.archived(at: index).dashboardPage(route: .report(date)) })
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
        let pages = ParallelMap.map(runnable, threads: threads) { item -> OutputFile? in
            templates.render(item.job.model(), with: item.job.template).map { OutputFile(path: item.path, text: $0) }
        }
        var files = pages.compactMap { $0 }
        if let pack = boardPack(site: site, templates: templates, threads: threads) { files.append(pack) }
        files.append(OutputFile(path: Route.portfolioData.outputPath!,
                                text: PortfolioData.document(portfolio: portfolio, figures: figures).serialized()))
        files.append(OutputFile(path: Route.stylesheet.outputPath!, text: templates.stylesheet))
        files.append(OutputFile(path: Route.feed.outputPath!, text: site.atomFeed()))
        files.append(OutputFile(path: Route.download(.projects).outputPath!, text: CSVExports.projects(figures)))
        files.append(OutputFile(path: Route.download(.risks).outputPath!, text: CSVExports.risks(portfolio)))
        files.append(OutputFile(path: Route.download(.changes).outputPath!, text: CSVExports.changes(figures)))
        files.append(OutputFile(path: Route.download(.capacity).outputPath!, text: CSVExports.capacity(figures)))
        if let sitemap = site.sitemap(pages: runnable.map(\.job.route) + [.print]) {
            files.append(OutputFile(path: Route.sitemap.outputPath!, text: sitemap))
        }
        return SiteRendering(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics)
    }
}

extension SiteRenderer {
    /// `print/index.html`: the dashboard, every program and every project (not cancelled),
    /// rendered by their own templates with links as seen from `print/`.
    func boardPack(site: SiteModel, templates: TemplateSet, threads: Int = 1) -> OutputFile? {
        let from = site.linking(from: .print)
        // (anchor, title, kind, template, view model); rendered on `threads` threads, kept in this order.
        var parts: [(String, String, String, String, @Sendable () -> Any)] = [
            ("dashboard", "Portfolio dashboard", "dashboard", "dashboard.mustache", { from.dashboardPage() }),
        ]
        for program in portfolio.programs {
            parts.append(("program-\(program.id)", program.name, "program", "program.mustache", { from.programPage(program) }))
        }
        for project in portfolio.projects where project.phase != .cancelled {
            parts.append(("project-\(project.id)", project.name, "project", "project.mustache", { from.projectPage(project) }))
        }
        let rendered = ParallelMap.map(parts, threads: threads) { part -> PrintSectionModel? in
            let (anchor, title, kind, template, model) = part
            guard let html = templates.render(model(), with: template) else { return nil }
            return PrintSectionModel(anchor: anchor, title: title, kind: kind,
                                     html: PrintAssembly.section(fromPage: html, idPrefix: anchor + "-"))
        }
        let sections = rendered.compactMap { $0 }
        guard let path = Route.print.outputPath, let html = templates.render(site.printPage(sections: sections), with: "print.mustache") else { return nil }
        return OutputFile(path: path, text: html)
    }
}

/// One page to render: where it goes, its template, and how to build its view model.
struct PageJob: Sendable {
    let route: Route
    let template: String
    let source: SourceLocation
    let model: @Sendable () -> Any

    init(_ route: Route, _ template: String, _ source: SourceLocation, model: @escaping @Sendable () -> Any) {
        self.route = route; self.template = template; self.source = source; self.model = model
    }
}
