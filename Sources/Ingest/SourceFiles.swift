import Portfolio

/// Reads and decodes each kind of file of a `SourceTree`, logging every problem.
struct SourceFiles {
    let tree: SourceTree

    // MARK: - Site files

    /// The settings; nil when `pmo.yaml` is absent or does not parse (the error is logged).
    func settings(log: inout DiagnosticLog) -> Settings? {
        let path = ContentLayout.settingsPath
        guard let bytes = tree.files[path] else {
            log.error(.missingFile, "the site has no pmo.yaml", at: SourceLocation(path: path))
            return nil
        }
        guard var fields = MarkdownDocument.readYAML(bytes, path: path, log: &log) else { return nil }
        let settings = SettingsDecoder.decode(&fields)
        fields.finish(into: &log)
        return settings
    }

    /// The portfolio and its objective ids (nil when the file could not be read, so that
    /// references to objectives are not checked against nothing).
    func portfolioInfo(log: inout DiagnosticLog) -> (PortfolioInfo?, [String]?) {
        let path = ContentLayout.portfolioPath
        guard let bytes = tree.files[path] else {
            log.error(.missingFile, "the site has no content/_index.md", at: SourceLocation(path: path))
            return (nil, nil)
        }
        guard var document = MarkdownDocument.read(bytes, path: path, log: &log) else { return (nil, nil) }
        let (info, ids) = PortfolioInfoDecoder.decode(&document.fields, body: document.body)
        document.fields.finish(into: &log)
        return (info, ids.map(\.value))
    }

    // MARK: - Bundles

    /// `content/registers/projects.csv`, when the site has one.
    func register(log: inout DiagnosticLog) -> ProjectRegister? {
        let path = ProjectRegister.path
        guard let bytes = tree.files[path], let text = SourceText.decodeCSV(bytes, path: path, log: &log) else { return nil }
        return ProjectRegister(text: text, log: &log)
    }

    func program(id: String, files: ContentLayout.ProgramFiles, log: inout DiagnosticLog) -> ProgramDraft? {
        let folder = "content/programs/\(id)"
        IdentifierRule.lowercase.check(id, kind: "program", at: SourceLocation(path: folder), log: &log)
        guard let path = files.index else {
            log.error(.missingFile, "program folder `\(id)` has no index.md", at: SourceLocation(path: "\(folder)/index.md"))
            return nil
        }
        guard var document = MarkdownDocument.read(tree.files[path]!, path: path, log: &log) else { return nil }
        var draft = ProgramDecoder.decode(id: id, &document.fields, body: document.body, path: path)
        document.fields.finish(into: &log)
        if let csvPath = files.benefits, let text = SourceText.decodeCSV(tree.files[csvPath]!, path: csvPath, log: &log),
           let program = draft.program {
            draft.program = BenefitsCSVDecoder.merge(text, into: program, path: csvPath, log: &log)
        }
        return draft
    }

    func project(id: String, files: ContentLayout.ProjectFiles, register: RegisterEntry?, log: inout DiagnosticLog) -> ProjectDraft? {
        let folder = "content/projects/\(id)"
        IdentifierRule.lowercase.check(id, kind: "project", at: SourceLocation(path: folder), log: &log)
        let reports = files.statusReports.compactMap { statusReport(project: id, path: $0, log: &log) }
        let financials = files.financials.flatMap { path in
            SourceText.decodeCSV(tree.files[path]!, path: path, log: &log).flatMap {
                FinancialsDecoder.decode($0, path: path, log: &log)
            }
        }
        var draft: ProjectDraft
        if let path = files.index {
            guard var document = MarkdownDocument.read(tree.files[path]!, path: path, log: &log) else { return nil }
            draft = ProjectDecoder.decode(id: id, &document.fields, body: document.body, path: path, register: register)
            document.fields.finish(into: &log)
        } else if let register {
            // In the register only: the folder holds its status reports or financials.
            draft = register.project(log: &log)
        } else {
            log.error(.missingFile, "project folder `\(id)` has no index.md", at: SourceLocation(path: "\(folder)/index.md"))
            return nil
        }
        draft.project?.statusReports = reports.sorted { $0.date < $1.date }
        draft.project?.financials = financials
        return draft
    }

    func statusReport(project: String, path: String, log: inout DiagnosticLog) -> StatusReport? {
        let name = String(path.split(separator: "/").last!.dropLast(3))
        guard let date = Day(iso: name) else {
            log.error(.invalidDate, "a status report's file name must be its date, YYYY-MM-DD.md; found `\(name).md`",
                      at: SourceLocation(path: path))
            return nil
        }
        guard var document = MarkdownDocument.read(tree.files[path]!, path: path, log: &log) else { return nil }
        let report = StatusReportDecoder.decode(project: project, date: date, &document.fields, body: document.body, path: path)
        document.fields.finish(into: &log)
        return report
    }

    func change(id: String, path: String, log: inout DiagnosticLog) -> ChangeDraft? {
        IdentifierRule.mixedCase.check(id, kind: "change request", at: SourceLocation(path: path), log: &log)
        guard var document = MarkdownDocument.read(tree.files[path]!, path: path, log: &log) else { return nil }
        let draft: ChangeDraft? = ChangeRequestDecoder.decode(id: id, &document.fields, body: document.body, path: path)
        document.fields.finish(into: &log)
        return draft
    }
}
