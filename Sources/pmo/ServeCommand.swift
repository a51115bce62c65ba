import ArgumentParser
import Build
import Foundation
import Portfolio
import Serve

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild on every change.",
        discussion: """
        For writing content: keep the page open in a browser and reload it after saving a file. \
        A build with errors prints them and keeps serving the previous site. Ctrl-C stops.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding pmo.yaml and content/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: public/ inside the source folder).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The port on 127.0.0.1.", valueName: "port"))
    var port: UInt16 = 1313

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The status date, overriding pmo.yaml.", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    @Flag(name: .customLong("include-confidential"), help: "Include projects marked confidential: true.")
    var includeConfidential = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = BuildOptions(
            source: URL(fileURLWithPath: source, relativeTo: cwd).standardizedFileURL,
            output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL },
            asOf: asOf, includeConfidential: includeConfidential)
        let server = PreviewServer(options: options, port: port, log: printProgress)
        do {
            try server.run { options in
                do {
                    let result = try Pipeline(options: options, progress: printProgress).build()
                    printDiagnostics(result.diagnostics)
                    if !result.succeeded { printProgress("Build failed; still serving the previous site.") }
                } catch {
                    var stderr = StandardError()
                    print("pmo: \(error)", to: &stderr)
                }
            }
        } catch {
            fail(.usage("\(error)"))
        }
    }
}
