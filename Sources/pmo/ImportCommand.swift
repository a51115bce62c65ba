import ArgumentParser
import Build
import Foundation
import Portfolio

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a site folder from real exports (UK GMPP annual data; any CSV register with a column map).",
        discussion: "See docs/importing.md.",
        subcommands: [GMPPImportCommand.self, CSVImportCommand.self]
    )
}

struct GMPPImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gmpp",
        abstract: "Import UK Government Major Projects Portfolio annual files (`;`-separated CSV).",
        discussion: """
        Each file becomes a dated status report of each of its projects, dated at the file's \
        snapshot date: 2021 file 2020-09-30, 2022 file 2022-03-31, 2023 file 2023-03-31 \
        (by the file's `year` column); --date gives another. Then: pmo build --source DIR.
        """
    )

    @Argument(help: ArgumentHelp("GMPP annual files.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("The site folder to write (absent or empty, or use --force).", valueName: "dir"))
    var into: String

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("The snapshot date of one file, overriding the known date.", valueName: "file=YYYY-MM-DD"))
    var date: [String] = []

    @Flag(name: .long, help: "Replace a non-empty folder.")
    var force = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one GMPP file") }
        _ = try parsedDates()
    }

    func parsedDates() throws -> [String: Day] {
        var dates: [String: Day] = [:]
        for entry in date {
            guard let eq = entry.lastIndex(of: "="), let day = Day(iso: String(entry[entry.index(after: eq)...])),
                  !entry[..<eq].isEmpty else {
                throw ValidationError("--date expects FILE=YYYY-MM-DD, found `\(entry)`")
            }
            dates[String(entry[..<eq])] = day
        }
        return dates
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = URL(fileURLWithPath: into, relativeTo: cwd).standardizedFileURL
        let site: ImportOutcome
        do {
            site = try SiteImport.gmpp(files: files, dates: try parsedDates(), into: folder, force: force, relativeTo: cwd)
        } catch let error as BuildError {
            fail(error)
        }
        try report(site, folder: into)
    }
}

struct CSVImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import a CSV register (MS Project, Smartsheet, Jira, Excel export) with a column map.",
        discussion: "The map (YAML) names which column is which project field and how dates and money are written; see docs/importing.md."
    )

    @Argument(help: ArgumentHelp("The CSV export.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The column map.", valueName: "map.yaml"))
    var map: String

    @Option(name: .long, help: ArgumentHelp("The site folder to write (absent or empty, or use --force).", valueName: "dir"))
    var into: String

    @Flag(name: .long, help: "Replace a non-empty folder.")
    var force = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = URL(fileURLWithPath: into, relativeTo: cwd).standardizedFileURL
        let site: ImportOutcome
        do {
            site = try SiteImport.csv(file: file, map: map, into: folder, force: force, relativeTo: cwd)
        } catch {
            fail(error)
        }
        try report(site, folder: into)
    }
}

/// Prints the diagnostics and the summary; exit 1 when the import had an error (nothing written).
private func report(_ site: ImportOutcome, folder: String) throws {
    printDiagnostics(site.diagnostics)
    if site.diagnostics.hasErrors {
        var stderr = StandardError()
        print("pmo: nothing was written", to: &stderr)
        throw ExitCode(1)
    }
    for line in site.summary { printProgress(line) }
    printProgress("Wrote \(site.written) files to \(folder). Next: pmo build --source \(folder)")
}
