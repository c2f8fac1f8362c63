import ArgumentParser

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Work with JSON Schemas (draft 2020-12).",
        subcommands: [SchemaValidateCommand.self]
    )
}
