import ArgumentParser
import CSWCore

struct CommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: "Record every change in the workspace as one commit (validated first).",
        discussion: """
        Without -m the message sums up the change per customer, for example \
        "HOSP_001: metrics +1 snapshot (2025-12-01); profile: renewal_date changed". \
        The author is git's user.name / user.email, or csw.json's commit_author.

        Examples:
          csw commit
          csw commit -m "QBR prep for Metro Health"
        """
    )

    @Option(name: [.short, .customLong("message")], help: "The commit message.")
    var message: String?

    @Flag(name: .long, help: "Commit even when csw validate finds errors.")
    var noVerify = false

    func run() throws {
        let workspace = try Workspace.open()
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let repository = try WorkspaceRepository.open(workspace)
        // only what changed is validated (csw validate checks everything)
        let pending = try repository.workingChanges()
        try repository.requireValid(noVerify: noVerify,
                                    refusal: "nothing committed: fix the errors above (csw validate), or commit anyway with --no-verify",
                                    changes: pending)
        guard let (oid, changes) = try repository.commitAll(message: message, changes: pending) else {
            Terminal.standardOutput.write("nothing to commit\n")
            return
        }
        let info = try repository.repo.commitInfo(oid)
        Terminal.standardOutput.write("[\(repository.branch) \(oid.short)] \(info.summary)\n")
        for (customer, items) in StatusCommand.grouped(changes) {
            Terminal.standardOutput.write("  \(customer): " + items.map(\.summary).joined(separator: "; ") + "\n")
        }
    }
}
