import Analysis
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
    /// Template name (`project.mustache`, `partials/header.mustache`, `style.css`) → the
    /// site's own text from its `layouts/` folder.
    public let overrides: [String: String]

    public init(portfolio: Portfolio, figures: Figures, overrides: [String: String] = [:]) {
        self.portfolio = portfolio
        self.figures = figures
        self.overrides = overrides
    }

    /// Computes the figures at the portfolio's status date (the latest report without one).
    public init(portfolio: Portfolio, overrides: [String: String] = [:]) {
        let date = portfolio.settings.asOf ?? portfolio.latestReportDate ?? Day(ordinal: 0)
        self.init(portfolio: portfolio, figures: Figures(portfolio: portfolio, at: date), overrides: overrides)
    }

    public func render() -> SiteRendering {
        let templates = TemplateSet(overrides: overrides)
        let site = SiteModel(portfolio: portfolio, figures: figures)
        var files: [OutputFile] = []
        var diagnostics = templates.diagnostics

        func emit(_ route: Route, _ template: String, _ model: @autoclosure () -> Any, source: SourceLocation) {
            guard let path = route.outputPath else {
                diagnostics.append(.error("an id cannot be used in a path", code: "unsafe-path", at: source,
                                          hint: "ids use letters, digits and '-'"))
                return
            }
            guard let html = templates.render(model(), with: template) else { return }
            files.append(OutputFile(path: path, text: html))
        }

        let home = portfolio.info.location
        emit(.dashboard, "dashboard.mustache", site.dashboardPage(), source: home)
        emit(.programs, "programs.mustache", site.programsIndexPage(), source: home)
        for program in portfolio.programs {
            emit(.program(program.id), "program.mustache", site.programPage(program), source: program.location)
        }
        emit(.projects, "projects.mustache", site.projectsIndexPage(), source: home)
        for project in portfolio.projects {
            emit(.project(project.id), "project.mustache", site.projectPage(project), source: project.location)
            for report in site.reports(of: project) {
                emit(.statusReport(project: project.id, date: report.date), "status.mustache",
                     site.statusReportPage(report, of: project), source: report.location)
            }
        }
        emit(.changes, "changes.mustache", site.changeLogPage(), source: home)
        emit(.methodology, "methodology.mustache", site.methodologyPage(), source: home)
        files.append(OutputFile(path: Route.portfolioData.outputPath!,
                                text: PortfolioData.document(portfolio: portfolio, figures: figures).serialized()))
        files.append(OutputFile(path: Route.stylesheet.outputPath!, text: templates.stylesheet))

        return SiteRendering(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics)
    }
}
