import ArgumentParser
import Build
import Foundation
import Portfolio

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a filled-in skeleton: a project, a status report or a change request.",
        subcommands: [NewProject.self, NewStatus.self, NewChange.self]
    )
}

/// The site folder and today's date, shared by the `new` subcommands.
struct NewOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding pmo.yaml and content/.", valueName: "dir"))
    var source: String = "."

    var sourceURL: URL {
        URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// Today in UTC: a default for a new file's date only; builds never read the clock.
    static var today: Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    func write(_ kind: NewFile.Kind) {
        do {
            let path = try NewFile.write(kind, source: sourceURL)
            print("Wrote \(path). Fill it in, then run pmo check.")
        } catch {
            fail(error)
        }
    }
}

struct NewProject: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "project", abstract: "content/projects/ID/index.md")
    @Argument(help: ArgumentHelp("The project id: lowercase letters, digits and -.", valueName: "id")) var id: String
    @Option(name: .long, help: ArgumentHelp("Its program's id.", valueName: "program")) var program: String?
    @OptionGroup var options: NewOptions

    func validate() throws {
        guard NewFile.isValidID(id) else { throw ValidationError("`\(id)` is not a valid id: use lowercase letters, digits and -") }
    }
    func run() throws { options.write(.project(id: id, program: program)) }
}

struct NewStatus: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "content/projects/PROJECT/status/DATE.md")
    @Argument(help: ArgumentHelp("The project id.", valueName: "project")) var project: String
    @Option(name: .long, help: ArgumentHelp("The report date (default: today).", valueName: "YYYY-MM-DD")) var date: Day?
    @OptionGroup var options: NewOptions

    func run() throws { options.write(.status(project: project, date: date ?? NewOptions.today)) }
}

struct NewChange: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "change", abstract: "content/changes/ID.md")
    @Argument(help: ArgumentHelp("The change request id, e.g. CR-0042.", valueName: "id")) var id: String
    @Option(name: .long, help: ArgumentHelp("The project it changes.", valueName: "project")) var project: String
    @OptionGroup var options: NewOptions

    func validate() throws {
        guard NewFile.isValidID(id, allowCapitals: true) else { throw ValidationError("`\(id)` is not a valid change request id") }
    }
    func run() throws { options.write(.change(id: id, project: project, date: NewOptions.today)) }
}
