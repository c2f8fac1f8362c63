/// Commands that take thousands of file names (shell globs over a workspace).
///
/// ArgumentParser consumes positional arguments in quadratic time — 20,000 file names
/// take about ten seconds before a command starts. For the commands listed here, `Main`
/// hands ArgumentParser only the options and passes the file names straight to the
/// command. `CLITests.manyFilesWithOptionsAnywhere` checks that every option still works
/// wherever it stands among many files.
protocol TakesManyFiles {
    static var commandPath: [String] { get }
    /// Options that take a value (`--schema FILE`), so that value is not taken for a file.
    static var valueOptions: Set<String> { get }
    mutating func addFiles(_ files: [String])
}

enum ManyFiles {
    static var commands: [any TakesManyFiles.Type] { [SchemaValidateCommand.self] }

    /// Below this many arguments ArgumentParser is fast enough and parses everything itself.
    static let threshold = 64

    static func split(_ arguments: [String]) -> (options: [String], files: [String]) {
        guard arguments.count > threshold,
              let command = commands.first(where: { arguments.starts(with: $0.commandPath) })
        else { return (arguments, []) }
        var options = command.commandPath
        var files: [String] = []
        var rest = arguments.dropFirst(command.commandPath.count)
        while let argument = rest.popFirst() {
            if argument == "--" {
                files.append(contentsOf: rest)
                break
            }
            if argument.hasPrefix("-") && argument != "-" {
                options.append(argument)
                if command.valueOptions.contains(argument), let value = rest.popFirst() { options.append(value) }
            } else {
                files.append(argument)
            }
        }
        return (options, files)
    }
}
