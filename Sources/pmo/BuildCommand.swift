import ArgumentParser
import Build
import Foundation
import Portfolio

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, compute the figures and write the site.",
        discussion: """
        The new site is assembled beside the output folder and swapped in only when every \
        stage succeeded: on any error the previous site is left exactly as it was. Files whose \
        bytes did not change keep their modification time, so a sync to a web host uploads \
        only what changed. When nothing changed since the last build (the same sources, options \
        and pmo, and the output folder untouched), the build stops after reading the sources, \
        prints the warnings of that build again and writes nothing. When only the narratives \
        of status reports changed (the Markdown below their front matter), the new text is put \
        in place in the pages and the feed without rendering the site again. The record, and \
        the site before the current one (which the next build starts from), are kept in \
        .pmo-cache/ in the source folder (--no-cache renders everything).
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding pmo.yaml and content/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: public/ inside the source folder).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The status date, overriding pmo.yaml.", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Absolute URL the site is served from; default: relative links that work anywhere, even from disk.", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("Threads to use (default: all cores). The output is the same whatever the number.", valueName: "n"))
    var jobs: Int?

    @Flag(name: .customLong("include-confidential"), help: "Include projects marked confidential: true.")
    var includeConfidential = false

    @Flag(name: .long, help: "Also write board-pack.pdf (the print/ page) through a locally installed Chromium.")
    var pdf = false

    @Flag(name: .long, help: "Replace a non-empty output folder that pmo did not write.")
    var force = false

    @Flag(name: .long, help: "Print diagnostics only, no progress lines.")
    var quiet = false

    @Flag(name: .customLong("no-cache"), help: "Render everything even when nothing or only narratives changed since the last build, and start from no spare site (the record in .pmo-cache/ is then written afresh).")
    var noCache = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let baseURL, !BaseURL.isValid(baseURL) { throw ValidationError(BaseURL.rule.replacingOccurrences(of: "`base_url`", with: "--base-url") + ", found `\(baseURL)`") }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = BuildOptions(
            source: URL(fileURLWithPath: source, relativeTo: cwd).standardizedFileURL,
            output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL },
            asOf: asOf, baseURL: baseURL, jobs: jobs, includeConfidential: includeConfidential,
            pdf: pdf, force: force, quiet: quiet, noCache: noCache)
        let result: Pipeline.Result
        let terminal = TerminalProgress()
        var status: (@Sendable (String) -> Void)?
        if terminal.isTerminal { status = { terminal.status($0) } }
        var pipeline = Pipeline(options: options, progress: { terminal.line($0) }, status: status)
        pipeline.endsProcess = true
        do {
            result = try pipeline.build()
        } catch {
            terminal.clear()
            fail(error)
        }
        terminal.clear()
        printDiagnostics(result.diagnostics)
        if !result.succeeded {
            var stderr = StandardError()
            print("pmo: build failed at the \(result.failedStage!.rawValue) stage; the previous site was left untouched", to: &stderr)
            throw ExitCode(result.exitStatus)
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and validate the content only; print every problem found.",
        discussion: "Exit status 1 when there is any error. Nothing is written."
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding pmo.yaml and content/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The status date, overriding pmo.yaml.", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    @Flag(name: .long, help: "Print diagnostics only, no progress lines.")
    var quiet = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = BuildOptions(source: URL(fileURLWithPath: source, relativeTo: cwd).standardizedFileURL,
                                   asOf: asOf, includeConfidential: true, quiet: quiet)
        let result: Pipeline.Result
        do {
            result = try Pipeline(options: options, progress: printProgress).check()
        } catch {
            fail(error)
        }
        printDiagnostics(result.diagnostics)
        if !result.succeeded { throw ExitCode(result.exitStatus) }
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site folder with pmo.yaml, a small sample content/ and layouts/.",
        discussion: "Then: pmo build --source DIR, and open DIR/public/index.html."
    )

    @Argument(help: ArgumentHelp("The folder to create (absent or empty).", valueName: "dir"))
    var directory: String

    func run() throws {
        let url = URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            try Scaffold.write(into: url)
        } catch {
            fail(error)
        }
        print("Created a pmo site in \(url.path). Next: pmo build --source \(directory)")
    }
}
