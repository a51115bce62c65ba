import ArgumentParser
import Ingest

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of pmo.yaml and of every front matter kind.",
        discussion: "For editors that validate YAML against a schema (e.g. the YAML extension of VS Code)."
    )
    func run() throws { print(FrontMatterSchema.json, terminator: "") }
}
