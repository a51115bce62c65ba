import ArgumentParser
import Build
import Foundation

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a realistic synthetic portfolio of N projects (for demos and benchmarks).",
        discussion: """
        Programs of about ten projects, mixed phases, monthly status reports (up to 18 per \
        project), financials, risks, demand, capacity, objectives, funding and change requests, \
        with Markdown narratives of about 3 KB. The same N and seed always write the same files. \
        Then: pmo build --source DIR.
        """
    )

    @Option(name: .long, help: ArgumentHelp("How many projects.", valueName: "n"))
    var projects: Int

    @Option(name: .long, help: ArgumentHelp("The site folder to write (absent or empty, or use --force).", valueName: "dir"))
    var into: String

    @Option(name: .long, help: ArgumentHelp("The random seed (default 1).", valueName: "s"))
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Replace a non-empty folder.")
    var force = false

    func validate() throws {
        if projects < 1 { throw ValidationError("--projects must be at least 1") }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = URL(fileURLWithPath: into, relativeTo: cwd).standardizedFileURL
        do {
            let outcome = try SiteImport.sample(projects: projects, seed: seed, into: folder, force: force)
            for line in outcome.summary { printProgress(line) }
            printProgress("Wrote \(outcome.written) files to \(into). Next: pmo build --source \(into)")
        } catch {
            fail(error)
        }
    }
}
