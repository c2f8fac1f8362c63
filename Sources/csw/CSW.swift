import ArgumentParser
import CSWGit

/// The `csw` command: a local-first customer-success workspace.
struct CSW: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "csw",
        abstract: "Validate, score, diff and sync a customer-success workspace kept as plain files in git.",
        discussion: """
        Each customer is a folder of plain JSON and Markdown files in a git repository. \
        csw checks those files, explains every number it computes, and works offline.

        Exit codes: 0 all good, 1 problems found in the data, 2 csw could not run \
        (bad usage, unreadable files, a broken schema).

        Examples:
          csw schema validate --schema schemas/profile.schema.json customers/*/profile.json
          csw schema validate --schema schemas/profile.schema.json --format json a.json b.json
        """,
        version: "csw \(version) (libgit2 \(GitLibrary.version))",
        subcommands: [SchemaCommand.self]
    )
}

@main
enum Main {
    static func main() {
        do {
            let (options, files) = ManyFiles.split(Array(CommandLine.arguments.dropFirst()))
            var command = try CSW.parseAsRoot(options)
            if !files.isEmpty, var bulk = command as? any TakesManyFiles & ParsableCommand {
                bulk.addFiles(files)
                command = bulk
            }
            try command.run()
        } catch let code as ExitCode {
            CSW.exit(withError: code)
        } catch {
            let code = CSW.exitCode(for: error)
            if code == .success {
                CSW.exit(withError: error)  // --help, --version
            }
            // Usage mistakes and anything else that stops the run: exit 2.
            Terminal.standardError.write(CSW.fullMessage(for: error) + "\n")
            if code == .validationFailure {
                Terminal.standardError.write("Run 'csw --help' or 'csw help <command>' for usage.\n")
            }
            CSW.exit(withError: ExitCode(2))
        }
    }
}
