import ArgumentParser
import CSWCore
import CSWGit
import CSWJSON

struct RetentionApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Remove what csw.json's retention rules cover, in one commit that names the rules.",
        discussion: """
        Whole files (feedback, notes, reviews) are deleted; entries (tasks, contacts who left, \
        delivered notifications) are cut out of their file, every other byte kept. The commit's \
        message names each rule and how much it removed. Delivered notifications live in the \
        untracked .csw/delivered.jsonl, so removing them changes no commit.

        Refuses to run while the workspace has uncommitted changes (commit them with csw \
        commit, or undo them, first), so the commit holds nothing but the removals.

        Git history still holds what was removed: docs/SECURITY.md, "If patient data was \
        committed", gives the procedure to purge it and csw audit --phi-history proves it.

        Examples:
          csw retention apply --dry-run
          csw retention apply
          csw retention apply --rule feedback-3y --rule call-notes-3y
        """
    )

    @Option(name: .long, help: ArgumentHelp("Apply only this rule (repeatable; default: every rule).", valueName: "name"))
    var rule: [String] = []

    @Flag(name: .long, help: "Show what would be removed and change nothing.")
    var dryRun = false

    func run() throws {
        let out = Terminal.standardOutput, err = Terminal.standardError
        let workspace = try Workspace.open()
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let rules = try RetentionSetup.rules(workspace, only: rule)
        let sources = try RetentionSetup.sources(workspace, rules: rules)
        let plan = RetentionPlan.make(rules: rules, sources: sources, today: Clock.today().description)
        guard !plan.items.isEmpty else {
            out.write(rules.isEmpty ? "csw.json has no retention rules; nothing to remove\n" : "nothing to remove: no item is old enough under \(rules.map(\.name).joined(separator: ", "))\n")
            return
        }
        if dryRun {
            out.write(RetentionSetup.text(plan))
            out.write("dry run: \(plan.items.count) item\(plan.items.count == 1 ? "" : "s") would be removed; nothing was changed\n")
            return
        }
        let repository = try WorkspaceRepository.open(workspace)
        try refuseUncommitted(repository, touching: Set(plan.items.map(\.path)))
        let undo = try remove(plan, sources: sources, root: workspace.root)
        let tracked = plan.items.filter { $0.path != RetentionSource.deliveredPath }
        var commit: GitOID?
        if !tracked.isEmpty {
            do {
                commit = try repository.commitAll(message: Self.message(plan, items: tracked))?.0
            } catch {
                // No commit (the PHI gate refused it, or git failed): put every file back.
                undo.restore()
                if let error = error as? GitError { err.write("error: \(error)\n") }
                err.write("  note: the commit was not made, so every file was put back; nothing was removed\n")
                throw error is ExitCode ? error : ExitCode(2)
            }
        }
        out.write(RetentionSetup.text(plan))
        let counts = plan.counts.map { "\($0.rule) \($0.count)" }.joined(separator: ", ")
        out.write("removed \(plan.items.count) item\(plan.items.count == 1 ? "" : "s") (\(counts))" + (commit.map { " in commit \($0.short)" } ?? "") + "\n")
        if tracked.count < plan.items.count {
            out.write("delivered notifications were removed from .csw/delivered.jsonl, which is local to this clone and never committed\n")
        }
        if commit != nil { err.write("note: \(RetentionSetup.historyNote)\n") }
    }

    /// Stops (exit 2) when the working tree has uncommitted changes: those in files the plan
    /// touches would be lost or mixed in, and any other would slip into the retention commit.
    private func refuseUncommitted(_ repository: WorkspaceRepository, touching paths: Set<String>) throws {
        let status: [GitStatusEntry]
        do { status = try repository.repo.status().filter { !$0.path.hasPrefix(".csw/") } } catch {
            Terminal.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
        guard !status.isEmpty else { return }
        let affected = status.filter { paths.contains($0.path) }
        let shown = (affected.isEmpty ? status : affected).prefix(5).map { TerminalText.visible($0.path) }.joined(separator: ", ")
        let more = (affected.isEmpty ? status : affected).count > 5 ? ", …" : ""
        Terminal.standardError.write(affected.isEmpty
            ? "error: the workspace has uncommitted changes (\(shown)\(more)); csw retention apply makes a commit of its own and would mix them in\n"
            : "error: files the retention rules cover have uncommitted changes: \(shown)\(more)\n")
        Terminal.standardError.write("  note: commit them first (csw commit -m \"…\") or undo them, then run csw retention apply again; nothing was removed\n")
        throw ExitCode(2)
    }

    /// What `remove` changed, to put back when the commit cannot be made.
    struct Undo {
        let transaction: FileTransaction
        let deleted: [(path: String, bytes: [UInt8])]
        let root: String

        func restore() {
            transaction.rollBack()
            for (path, bytes) in deleted { try? AtomicFile.write(bytes, to: root + "/" + path, under: root) }
        }
    }

    /// Deletes the planned files and rewrites the files with planned entries; on any failure
    /// everything is put back.
    private func remove(_ plan: RetentionPlan, sources: [RetentionSource], root: String) throws -> Undo {
        let byPath = Dictionary(grouping: plan.items, by: \.path)
        let sourceFor = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var transaction = FileTransaction(under: root)
        var deleted: [(path: String, bytes: [UInt8])] = []
        do {
            for (path, items) in byPath.sorted(by: { $0.key < $1.key }) {
                guard let source = sourceFor[path] else { continue }
                if items.contains(where: { $0.entry == nil }) {
                    try AtomicFile.remove(root + "/" + path, under: root)
                    deleted.append((path, source.bytes))
                    continue
                }
                guard let bytes = RetentionEdit.removing(Set(items.compactMap(\.entry)), from: source) else {
                    throw FileSystem.IOError(path: path, reason: "the file changed while csw read it")
                }
                try transaction.write(bytes, to: root + "/" + path)
            }
        } catch {
            Undo(transaction: transaction, deleted: deleted, root: root).restore()
            Terminal.standardError.write("error: \(error)\n  note: nothing was removed\n")
            throw ExitCode(2)
        }
        return Undo(transaction: transaction, deleted: deleted, root: root)
    }

    /// "csw retention: feedback-3y (4), closed-tasks-12m (2)" and a body with each rule's limit.
    static func message(_ plan: RetentionPlan, items: [RetentionItem]) -> String {
        let rules = plan.rules.filter { r in items.contains { $0.rule == r.name } }
        var subject = "csw retention: " + rules.map { r in "\(r.name) (\(items.filter { $0.rule == r.name }.count))" }.joined(separator: ", ")
        if subject.count > 72 { subject = "csw retention: \(items.count) items under \(rules.count) rules" }
        var body = "Removed under csw.json's retention rules as of \(plan.today):\n"
        for r in rules {
            body += "- \(r.name): \(RetentionSetup.count(items.filter { $0.rule == r.name })), \(r.limitText(today: plan.today))\n"
        }
        body += "\nGit history still holds what was removed; docs/SECURITY.md,\n\"If patient data was committed\", says how to purge it.\n"
        return subject + "\n\n" + body
    }
}
