import ArgumentParser
import CSWCore
import Glibc

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Make synthetic workspaces for demos and benchmarks.",
        subcommands: [DemoGenerateCommand.self]
    )
}

struct DemoGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic workspace (same seed, same bytes).",
        discussion: """
        Customers follow the example's patterns in turn: steadily healthy, declining after a \
        champion left, a support-ticket spike, expansion-ready, churned, renewed after a rescue.

        Examples:
          csw demo generate --customers 200 --months 24 demo
          csw demo generate --customers 10000 --months 60 --seed 7 /tmp/big
        """
    )

    @Option(name: .long, help: "How many customers.")
    var customers: Int

    @Option(name: .long, help: "Monthly snapshots per customer (ending 2025-11).")
    var months: Int

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 1

    @Argument(help: ArgumentHelp("The folder to create (must not exist or be empty).", valueName: "dir"))
    var directory: String

    func validate() throws {
        guard (1...1_000_000).contains(customers) else { throw ValidationError("--customers must be between 1 and 1,000,000") }
        guard (1...600).contains(months) else { throw ValidationError("--months must be between 1 and 600") }
    }

    func run() throws {
        let err = Terminal.standardError
        if FileSystem.exists(directory), (try? FileSystem.list(directory))?.isEmpty == false {
            err.write("error: \(directory) exists and is not empty; choose a new folder\n")
            throw ExitCode(2)
        }
        let generator = DemoGenerator(customers: customers, months: months, seed: seed)
        let progress = Progress(total: customers, label: "generating customers")
        // The folder named is the user's; nothing below it is written through a link.
        let (folder, base, _) = FileSystem.isDirectory(directory) ? (directory, directory, "") : SafeFolder.output(directory, workspace: nil)
        var transaction = FileTransaction(under: base)
        transaction.durable = false  // thousands of files: one sync() at the end instead
        do {
            try transaction.write(generator.config(), to: folder + "/csw.json")
            // As csw init does: git ignores csw's local state and merges/diffs with csw.
            try transaction.write(Array(WorkspaceTemplate.gitignore.utf8), to: folder + "/.gitignore")
            try transaction.write(Array(WorkspaceTemplate.gitattributes.utf8), to: folder + "/.gitattributes")
            for index in 0..<customers {
                for file in generator.customerFiles(index) {
                    try transaction.write(file.bytes, to: folder + "/" + file.path)
                }
                progress.update(index + 1)
            }
        } catch {
            progress.finish()
            transaction.rollBack()
            err.write("error: \(error)\n  note: nothing was left behind\n")
            throw ExitCode(2)
        }
        progress.finish()
        sync()
        Terminal.standardOutput.write("generated \(customers) customers × \(months) months in \(directory)\n")
    }
}
