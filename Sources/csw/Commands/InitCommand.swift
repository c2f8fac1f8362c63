import ArgumentParser
import CSWCore
import CSWGit
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

        The example's dates move with the calendar: its last metrics month becomes the \
        month before today (today's month from the 16th; every YYYY-MM-DD in its files and \
        file names moves by the same number of months), so scores, alerts and renewals read as they would on a live \
        workspace. --as-of picks another "today" (CSW_TODAY does the same for every command).

        Refuses to touch a folder that already holds a workspace.

        Examples:
          csw init accounts
          csw init --as-of 2025-12-15 demo    # the example exactly as bundled
          csw init --empty --name "Acme Health AI — Customer Success" accounts
        """
    )

    @Argument(help: ArgumentHelp("Folder to create the workspace in (default: the current folder).", valueName: "dir"))
    var directory: String = "."

    @Option(name: .long, help: "The workspace's name (stored in csw.json).")
    var name: String?

    @Flag(name: .long, help: "Start without the example customers.")
    var empty = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Move the example's dates as if today were this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let err = Terminal.standardError
        let target = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        if FileSystem.exists(target + "/csw.json") {
            err.write("error: \(target) already holds a csw workspace (csw.json exists); csw init never overwrites one\n")
            throw ExitCode(2)
        }
        let today = try CommandInput.asOf(asOf)
        let parts = today.description.split(separator: "-").compactMap { Int($0) }
        let months = empty ? 0 : ExampleDates.shift(WorkspaceTemplate.exampleFiles, todayYear: parts[0], todayMonth: parts[1], todayDay: parts[2])
        var files = WorkspaceTemplate.files(name: name, empty: empty, months: months)
        let clashes = files.map(\.path).filter { FileSystem.exists(target + "/" + $0) }
        if !clashes.isEmpty {
            err.write("error: \(target) already has files csw init would write: \(clashes.prefix(5).joined(separator: ", "))\(clashes.count > 5 ? ", …" : "")\n")
            throw ExitCode(2)
        }
        files.sort { $0.path < $1.path }
        // The folder named is the user's; nothing below it is written through a link.
        let (folder, base, shownFrom) = FileSystem.isDirectory(target) ? (target, target, "") : SafeFolder.output(target, workspace: nil)
        var transaction = FileTransaction(under: base)
        do {
            try AtomicFile.makeDirectories(folder, under: base, shownFrom: shownFrom)
            for file in files {
                try transaction.write(file.bytes, to: folder + "/" + file.path)
            }
            if empty { try AtomicFile.makeDirectories(folder + "/customers", under: base) }
        } catch {
            transaction.rollBack()
            err.write("error: \(error)\n  note: nothing was created\n")
            throw ExitCode(2)
        }
        let repository = try Self.createRepository(target)
        let customers = Set(files.compactMap { $0.path.hasPrefix("customers/") ? $0.path.split(separator: "/")[1] : nil }).count
        Terminal.standardOutput.write("created workspace in \(target) (\(customers) customer\(customers == 1 ? "" : "s"), \(files.count) files)\n")
        if months != 0 {
            Terminal.standardOutput.write("the example's dates moved \(months > 0 ? "forward" : "back") \(abs(months)) month\(abs(months) == 1 ? "" : "s"): its last metrics month is \(ExampleDates.monthText((ExampleDates.lastMetricsMonth(WorkspaceTemplate.exampleFiles) ?? 0) + months)), as of \(today)\n")
        }
        if let commit = repository {
            Terminal.standardOutput.write("made the first commit \(commit.short) on branch main\n")
        }
        err.write("next: cd \(target) && csw validate && csw customer list\n")
    }

    /// Makes the workspace a git repository on branch main with csw's merge driver, and
    /// commits everything. Without a git identity the repository is left without commits.
    static func createRepository(_ target: String) throws -> GitOID? {
        let err = Terminal.standardError
        let root = FileSystem.realPath(target) ?? target
        do {
            try WorkspaceRepository.installDrivers(try GitRepository.create(at: root, initialBranch: "main"))
            let repository = try WorkspaceRepository.open(Workspace(reader: WorkspaceReader(root: root, realRoot: root)))
            let configured = (try? FileSystem.read(root + "/csw.json")).map { String(decoding: $0, as: UTF8.self).contains("\"commit_author\"") } ?? false
            guard repository.repo.defaultSignature() != nil || configured else {
                err.write("warning: no first commit: git does not know who you are\n" +
                          "  note: run git config --global user.name \"Your Name\"; git config --global user.email you@example.org; then csw commit\n")
                return nil
            }
            return try repository.commitAll(message: "csw init: new workspace")?.0
        } catch let error as GitError {
            err.write("error: the files are written but the git repository could not be set up: \(error)\n")
            throw ExitCode(2)
        }
    }
}
