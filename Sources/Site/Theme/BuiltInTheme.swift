import Charts

/// The default theme, compiled into the binary so a copied `pmo` needs no resource folder.
///
/// Template names are the paths a site's `layouts/` folder uses to override them
/// (`project.mustache`, `partials/header.mustache`); see docs/theme.md.
public enum BuiltInTheme {
    /// Every built-in template, by name.
    public static let templates: [String: String] = [
        "layout.mustache": LayoutTemplates.layout,
        "partials/header.mustache": LayoutTemplates.header,
        "partials/breadcrumbs.mustache": LayoutTemplates.breadcrumbs,
        "partials/footer.mustache": LayoutTemplates.footer,
        "partials/link.mustache": PartialTemplates.link,
        "partials/badge.mustache": PartialTemplates.badge,
        "partials/kpis.mustache": PartialTemplates.kpis,
        "partials/facts.mustache": PartialTemplates.facts,
        "partials/chart.mustache": PartialTemplates.chart,
        "partials/charts.mustache": PartialTemplates.charts,
        "partials/projects-table.mustache": PartialTemplates.projectsTable,
        "partials/programs-table.mustache": PartialTemplates.programsTable,
        "dashboard.mustache": DashboardTemplates.dashboard,
        "programs.mustache": ProgramTemplates.programs,
        "program.mustache": ProgramTemplates.program,
        "projects.mustache": ProjectTemplates.projects,
        "project.mustache": ProjectTemplates.project,
        "status.mustache": ProjectTemplates.status,
        "changes.mustache": ChangeTemplates.changes,
        "resources.mustache": OfficeTemplates.resources,
        "strategy.mustache": OfficeTemplates.strategy,
        "risks.mustache": RiskTemplates.risks,
        "partials/confidence.mustache": RiskTemplates.confidence,
        "methodology.mustache": MethodologyTemplates.methodology,
        "reports.mustache": ReportTemplates.reports,
        "print.mustache": PrintTemplates.print,
    ]

    /// The template names in a stable order, for documentation and diagnostics.
    public static var templateNames: [String] { templates.keys.sorted() }

    /// The one stylesheet, `style.css`.
    public static let stylesheet: String = Stylesheet.css + "\n/* Charts */\n" + ChartStyles.css
}
