import ArgumentParser
import CSWCore
import CSWJSON

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "What changed since the last commit, in customer terms, and how you stand with the remote.",
        discussion: """
        Examples:
          csw status
          csw status --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    @Option(name: .long, help: "The remote to compare with.")
    var remote: String = "origin"

    func run() throws {
        let repository = try WorkspaceRepository.open(try Workspace.open())
        let changes = try repository.workingChanges()
        var ahead = 0, behind = 0
        if let local = repository.repo.resolve("HEAD"), let upstream = repository.repo.resolve("refs/remotes/\(remote)/\(repository.branch)") {
            (ahead, behind) = try repository.repo.aheadBehind(local, upstream)
        }
        let conflicts = ConflictStore.load(repository.root)
        let out = Terminal.standardOutput
        switch format {
        case .json:
            var o = JSONObject()
            o["branch"] = .string(repository.branch)
            o["ahead"] = .number(JSONNumber(ahead))
            o["behind"] = .number(JSONNumber(behind))
            o["changes"] = .array(changes.map(\.json))
            o["conflicts"] = .array(conflicts.map(\.json))
            out.write(JSONWriter().string(.object(o)))
        case .text:
            var text = "On branch \(repository.branch)"
            if ahead > 0 || behind > 0 { text += " — \(ahead) commit\(ahead == 1 ? "" : "s") to push, \(behind) to pull (csw sync)" }
            text += "\n"
            if changes.isEmpty { text += "No uncommitted changes.\n" }
            for (customer, items) in Self.grouped(changes) {
                text += "  " + out.styled(TerminalText.visible(customer), .bold) + ": " + TerminalText.shown(items.map(\.summary).joined(separator: "; ")) + "\n"
            }
            if !conflicts.isEmpty {
                text += out.styled("\(conflicts.count) unresolved conflict\(conflicts.count == 1 ? "" : "s")", .red) + " (csw resolve):\n"
                for c in conflicts { text += "  \(c.path) \(c.pointer.isEmpty ? "(whole file)" : c.pointer): ours \(Self.show(c.ours)), theirs \(Self.show(c.theirs))\n" }
            }
            out.write(text)
        }
    }

    static func grouped(_ changes: [WorkspaceChange]) -> [(String, [WorkspaceChange])] {
        var order: [String] = []
        var groups: [String: [WorkspaceChange]] = [:]
        for c in changes {
            let key = c.customerID ?? "workspace"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(c)
        }
        return order.map { ($0, groups[$0]!) }
    }

    static func show(_ value: JSONValue?) -> String { MergeConflict.display(value) }
}
