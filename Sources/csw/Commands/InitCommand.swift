import ArgumentParser
import CSWCore
import CSWJSON

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace: csw.json, the example customers, schemas and editor wiring.",
        discussion: """
        Without --empty the workspace starts with the bundled example: ten healthcare \
        customers with two years of metrics, feedback and business reviews, so every \
        command has something to show. Editors that read .vscode/settings.json (VS Code \
        and others) then complete and check fields while you type.

        Refuses to touch a folder that already holds a workspace.

        Examples:
          csw init accounts
          csw init --empty --name "Acme Health AI — Customer Success" accounts
        """
    )

    @Argument(help: ArgumentHelp("Folder to create the workspace in (default: the current folder).", valueName: "dir"))
    var directory: String = "."

    @Option(name: .long, help: "The workspace's name (stored in csw.json).")
    var name: String?

    @Flag(name: .long, help: "Start without the example customers.")
    var empty = false

    func run() throws {
        let err = Terminal.standardError
        let target = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        if FileSystem.exists(target + "/csw.json") {
            err.write("error: \(target) already holds a csw workspace (csw.json exists); csw init never overwrites one\n")
            throw ExitCode(2)
        }
        var files = WorkspaceTemplate.files(name: name, empty: empty)
        let clashes = files.map(\.path).filter { FileSystem.exists(target + "/" + $0) }
        if !clashes.isEmpty {
            err.write("error: \(target) already has files csw init would write: \(clashes.prefix(5).joined(separator: ", "))\(clashes.count > 5 ? ", …" : "")\n")
            throw ExitCode(2)
        }
        files.sort { $0.path < $1.path }
        var transaction = FileTransaction()
        do {
            try AtomicFile.makeDirectories(target)
            for file in files {
                try transaction.write(file.bytes, to: target + "/" + file.path)
            }
            if empty { try AtomicFile.makeDirectories(target + "/customers") }
        } catch {
            transaction.rollBack()
            err.write("error: \(error)\n  note: nothing was created\n")
            throw ExitCode(2)
        }
        let customers = Set(files.compactMap { $0.path.hasPrefix("customers/") ? $0.path.split(separator: "/")[1] : nil }).count
        Terminal.standardOutput.write("created workspace in \(target) (\(customers) customer\(customers == 1 ? "" : "s"), \(files.count) files)\n")
        err.write("next: cd \(target) && csw validate && csw customer list\n")
    }
}
