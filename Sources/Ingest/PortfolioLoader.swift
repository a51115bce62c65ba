import Portfolio

/// Text in, `Portfolio` out: reads a site folder held in memory, decodes every file,
/// validates references across files and reports every problem found, each located.
public enum PortfolioLoader {
    /// Loads `tree`. The result holds a portfolio exactly when no error was found; its
    /// `settings.asOf` is then the effective status date, and, unless
    /// `options.includeConfidential`, confidential projects and their change requests are gone.
    public static func load(_ tree: SourceTree, options: LoadOptions = .init()) -> LoadResult {
        var log = DiagnosticLog()
        for link in tree.unfollowedLinks { log.error(.symbolicLink, link.message, at: SourceLocation(path: link.path)) }
        let layout = ContentLayout(paths: Array(tree.files.keys), log: &log)
        let files = SourceFiles(tree: tree)

        let settings = files.settings(log: &log)
        let (info, objectiveIDs) = files.portfolioInfo(log: &log)
        // Programs, project bundles (most of the files) and change requests parse on
        // `options.threads` threads, each with its own log, merged in id order: the same
        // diagnostics whatever the number.
        let programs = merged(ConcurrentParse.map(layout.programs.keys.sorted(), threads: options.threads) { id in
            var own = DiagnosticLog()
            return (files.program(id: id, files: layout.programs[id]!, log: &own), own)
        }, into: &log)
        let register = files.register(log: &log)
        let registerOnly = (register?.entries.keys.sorted() ?? []).filter { layout.projects[$0] == nil }
        let bundleIDs = layout.projects.keys.sorted()
        let parsed = ConcurrentParse.map(bundleIDs, threads: options.threads) { id -> (ProjectDraft?, DiagnosticLog) in
            var own = DiagnosticLog()
            let draft = files.project(id: id, files: layout.projects[id]!, register: register?.entries[id], log: &own)
            return (draft, own)
        }
        var bundles: [ProjectDraft] = []
        for (draft, own) in parsed {
            log.append(own)
            if let draft { bundles.append(draft) }
        }
        let projects = (bundles + registerOnly.map { register!.entries[$0]!.project(log: &log) }).sorted { $0.id < $1.id }
        let projectIDs = Array(Set(layout.projects.keys).union(registerOnly)).sorted()
        let changes = merged(ConcurrentParse.map(layout.changes.keys.sorted(), threads: options.threads) { id in
            var own = DiagnosticLog()
            return (files.change(id: id, path: layout.changes[id]!, log: &own), own)
        }, into: &log)

        References.check(programs: programs, projects: projects, changes: changes,
                         programIDs: Array(layout.programs.keys).sorted(), projectIDs: projectIDs,
                         objectiveIDs: objectiveIDs, log: &log)
        DependencyCycles.check(projects, log: &log)

        let portfolio = Assembly.assemble(settings: settings, info: info, programs: programs.compactMap(\.program),
                                          projects: projects.compactMap(\.project), changes: changes.compactMap(\.change),
                                          options: options, log: &log)
        return LoadResult(portfolio: log.hasErrors ? nil : portfolio, diagnostics: log.items.sortedForDisplay())
    }

    /// What parsed, in order, its logs appended to `log` in the same order.
    private static func merged<T>(_ parsed: [(T?, DiagnosticLog)], into log: inout DiagnosticLog) -> [T] {
        parsed.compactMap { value, own in
            log.append(own)
            return value
        }
    }
}

extension UnfollowedLink {
    var message: String {
        switch reason {
        case .outsideSite: "this symbolic link points outside the site folder, to `\(target)`; pmo reads only files inside the site folder"
        case .dangling: "this symbolic link points to `\(target)`, which does not exist"
        case .notAFile: "this symbolic link points to `\(target)`, which is not a file; pmo follows links to files only"
        }
    }
}
