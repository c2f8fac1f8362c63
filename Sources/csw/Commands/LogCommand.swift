import ArgumentParser
import CSWCore
import CSWGit
import CSWJSON

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "History in workspace terms: who changed which customer, and how.",
        discussion: """
        Examples:
          csw log
          csw log HOSP_001 -n 5
        """
    )

    @Argument(help: ArgumentHelp("Only commits that touched this customer.", valueName: "customer"))
    var customer: String?

    @Option(name: .short, help: "At most this many commits.")
    var n: Int = 20

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        if let customer, CustomerID(customer) == nil {
            Terminal.standardError.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        let repository = try WorkspaceRepository.open(try Workspace.open())
        let repo = repository.repo
        guard let head = repo.resolve("HEAD") else {
            Terminal.standardOutput.write("no commits yet\n")
            return
        }
        var entries: [(GitCommitInfo, [WorkspaceChange])] = []
        for commit in try repo.log(from: head) where entries.count < n {
            let parentTree = try commit.parents.first.map { (p) throws(GitError) in try repo.commitInfo(p).tree }
            var changes: [WorkspaceChange] = []
            for change in try repo.changes(from: parentTree, to: commit.tree) {
                if let customer, !change.path.hasPrefix("customers/\(customer)/") { continue }
                let old = try change.old.map { (id) throws(GitError) in try repo.blob(id) }
                let new = try change.new.map { (id) throws(GitError) in try repo.blob(id) }
                changes.append(ChangeSummary.describe(path: change.path, old: old, new: new))
            }
            if customer != nil && changes.isEmpty { continue }
            entries.append((commit, changes))
        }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(entries.map { commit, changes in
                .object(["commit": .string(commit.id.hex), "author": .string(commit.author.name), "email": .string(commit.author.email),
                         "time": .number(JSONNumber(Int(commit.author.time))), "message": .string(PHIRedaction.redact(commit.summary)),
                         "changes": .array(changes.map { PHIRedaction.redacted($0.json) })])
            })))
        case .text:
            for (commit, changes) in entries {
                out.write(out.styled(commit.id.short, .yellow) + " \(Self.date(commit.author.time)) \(TerminalText.visible(commit.author.name)): \(TerminalText.shown(commit.summary))\n")
                for (customer, items) in StatusCommand.grouped(changes) {
                    out.write("    \(TerminalText.visible(customer)): " + TerminalText.shown(items.map(\.summary).joined(separator: "; ")) + "\n")
                }
            }
        }
    }

    /// YYYY-MM-DD (UTC) of a commit time.
    static func date(_ seconds: Int64) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }
}

import Foundation
