import Portfolio

/// The last step of loading: the effective status date, reports after it dropped, and
/// confidential projects left out (SPEC §3 intro).
enum Assembly {
    /// `settings` is nil when `pmo.yaml` could not be read (already an error): then no
    /// status date is looked for, so that one problem is not reported twice.
    static func assemble(settings: Settings?, info: PortfolioInfo?, programs: [Program], projects: [Project],
                         changes: [ChangeRequest], options: LoadOptions, log: inout DiagnosticLog) -> Portfolio? {
        var projects = projects
        var changes = changes
        if !options.includeConfidential {
            let hidden = Set(projects.filter(\.confidential).map(\.id))
            projects.removeAll { hidden.contains($0.id) }
            changes.removeAll { hidden.contains($0.project) }
            for index in projects.indices { projects[index].dependsOn.removeAll { hidden.contains($0) } }
        }

        // --as-of, else pmo.yaml, else the latest report of the projects in this build.
        let latest = projects.flatMap { $0.statusReports.map(\.date) }.max()
        guard let asOf = options.asOf ?? settings?.asOf ?? latest else {
            if settings != nil {
                log.error(.asOfMissing, "no status date: give `as_of` in pmo.yaml or --as-of, or add a status report",
                          at: SourceLocation(path: ContentLayout.settingsPath))
            }
            return nil
        }
        for index in projects.indices {
            for report in projects[index].statusReports where report.date > asOf {
                log.warning(.reportAfterAsOf, "status report dated \(report.date) is after the status date \(asOf) and is ignored",
                            at: report.location)
            }
            projects[index].statusReports.removeAll { $0.date > asOf }
        }

        guard let info, var settings else { return nil }
        settings.asOf = asOf
        return Portfolio(settings: settings, info: info, programs: programs, projects: projects, changes: changes)
    }
}
