import Portfolio

/// The built-in theme with the site's `layouts/` overrides applied, parsed into a template
/// library. A broken override is reported and left out: the built-in template is not used
/// in its place, so the site never silently ignores the site's own layout.
struct TemplateSet {
    let library: TemplateLibrary
    /// Template names (with `.mustache`) that parsed.
    let available: Set<String>
    let diagnostics: [Diagnostic]
    let stylesheet: String

    init(overrides: [String: String]) {
        var library = TemplateLibrary()
        var available: Set<String> = []
        var diagnostics: [Diagnostic] = []
        var names = Set(BuiltInTheme.templates.keys)
        names.formUnion(overrides.keys.filter { $0.hasSuffix(".mustache") })
        // Sorted, so diagnostics come out in a stable order.
        for name in names.sorted() {
            let isOverride = overrides[name] != nil
            guard let text = overrides[name] ?? BuiltInTheme.templates[name] else { continue }
            do {
                library.register(try Template(string: text), named: Self.libraryName(name))
                available.insert(name)
            } catch {
                let location = isOverride ? "layouts/\(name)" : "built-in theme/\(name)"
                diagnostics.append(Self.diagnostic(for: error, at: location))
            }
        }
        library.link()
        self.library = library
        self.available = available
        self.diagnostics = diagnostics
        stylesheet = overrides["style.css"] ?? BuiltInTheme.stylesheet
    }

    /// `partials/header.mustache` is registered as `partials/header`, the name `{{> }}` uses.
    static func libraryName(_ name: String) -> String {
        name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name
    }

    func render(_ model: Any, with name: String) -> String? {
        guard available.contains(name) else { return nil }
        return library.render(TemplateValue(reflecting: model), withTemplate: Self.libraryName(name))
    }

    /// `render` as UTF-8 bytes (`TemplateLibrary.renderBytes`).
    func renderBytes(_ model: Any, with name: String) -> [UInt8]? {
        guard available.contains(name) else { return nil }
        return library.renderBytes(TemplateValue(reflecting: model), withTemplate: Self.libraryName(name))
    }

    static func diagnostic(for error: Error, at path: String) -> Diagnostic {
        if let parse = error as? TemplateParseError {
            return .error("template does not parse: \(describe(parse.reason))",
                          code: "template-syntax",
                          at: SourceLocation(path: path, line: parse.line, column: parse.column),
                          hint: "the built-in template is not used in its place; fix or remove the override")
        }
        return .error("template does not parse: \(error)", code: "template-syntax", at: SourceLocation(path: path))
    }

    private static func describe(_ reason: TemplateParseError.Reason) -> String {
        switch reason {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not finished"
        case .expectedSectionEnd: return "a section is not closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to a block"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside {{<parent}}…{{/parent}}"
        case .textInsideInheritSection: return "text inside {{<parent}}…{{/parent}} outside a block"
        case .invalidConfigVariableSyntax: return "a pragma tag is malformed"
        case .unrecognisedConfigVariable: return "unknown pragma"
        }
    }
}
