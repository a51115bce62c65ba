import ArgumentParser
import Build
import Foundation
import Portfolio

@main
struct PMO: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pmo",
        abstract: "Turns a portfolio kept as plain files into a static status website.",
        discussion: """
        A site folder holds pmo.yaml (settings) and content/ (the portfolio, programs, projects, \
        status reports and change requests as Markdown with YAML front matter, plus CSV tables). \
        `pmo build` checks it, computes the figures and writes the site to public/.

        Start with `pmo init my-pmo`, then `pmo build --source my-pmo` and open \
        my-pmo/public/index.html in a browser.

        Exit status: 0 success, 1 content errors (every problem is listed as \
        path:line:column: error: message [code]), 2 usage errors.
        """,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self,
                      ImportCommand.self, SampleCommand.self, SchemaCommand.self]
    )

    /// ArgumentParser exits 64 on a usage error; SPEC §1 says 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                var stderr = StandardError()
                print(fullMessage(for: error), to: &stderr)
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Prints diagnostics to standard error, one per line, and a summary line.
func printDiagnostics(_ diagnostics: [Diagnostic]) {
    var stderr = StandardError()
    for d in diagnostics { print(d, to: &stderr) }
    let errors = diagnostics.filter(\.isError).count
    let warnings = diagnostics.count - errors
    if errors > 0 || warnings > 0 {
        print("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")", to: &stderr)
    }
}

/// Progress lines go out unbuffered, so they come before the diagnostics printed after them.
let printProgress: @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }

/// Progress lines, and — when standard output is a terminal — a status line that replaces itself
/// (how far a long stage has got), cleared before the next line is printed.
final class TerminalProgress: @unchecked Sendable {
    let isTerminal = isatty(STDOUT_FILENO) == 1
    private let lock = NSLock()
    private var showing = false

    func line(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardOutput.write(Data(((showing ? "\r\u{1B}[K" : "") + text + "\n").utf8))
        showing = false
    }

    func status(_ text: String) {
        guard isTerminal else { return }
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + text).utf8))
        showing = true
    }

    /// Clears a status line left showing (before diagnostics, or after a failed stage).
    func clear() {
        lock.lock(); defer { lock.unlock() }
        if showing { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
        showing = false
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}

/// Ends the process with a BuildError's message and status.
func fail(_ error: BuildError) -> Never {
    var stderr = StandardError()
    print("pmo: \(error)", to: &stderr)
    Foundation.exit(error.exitStatus)
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
