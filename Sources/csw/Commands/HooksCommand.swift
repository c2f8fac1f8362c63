import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct HooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: "List csw.json's notification hooks and approve them on this machine.",
        discussion: """
        csw.json comes from the team, so a hook is a program or a destination a teammate \
        chose. csw run and csw notify test run a hook's command or send to its webhook only \
        once you approve the hook here: csw hooks approve records a digest of what each hook \
        runs or where it sends in .csw/approved-hooks.json (local to this clone, never \
        committed). A hook added or changed since — by a pull or by you — runs nothing until \
        approved again; csw sync names every such change (docs/ALERTS.md, docs/SECURITY.md).

        Examples:
          csw hooks                      # each hook, what it runs or where it sends, approved or not
          csw hooks approve              # approve every hook as csw.json has it now
          csw hooks approve pager        # only this one
          csw hooks revoke pager
        """,
        subcommands: [HooksListCommand.self, HooksApproveCommand.self, HooksRevokeCommand.self],
        defaultSubcommand: HooksListCommand.self
    )

    /// csw.json's hooks (read leniently, as csw run does).
    static func load() throws -> (workspace: Workspace, hooks: [Hook], local: LocalFiles) {
        let workspace = try Workspace.open()
        let config = try? JSONDocument.parse(try workspace.read("csw.json")).get().root
        return (workspace, Hook.hooks(from: config?["hooks"]?.value), LocalFiles(root: workspace.root))
    }

    static func stateText(_ state: HookApproval.State) -> String {
        switch state {
        case .approved: return "approved"
        case .notApproved: return "not approved"
        case .changed: return "changed since approved"
        }
    }
}

struct HooksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Each hook: what it runs or where it sends, and whether it is approved here.")

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let (workspace, hooks, local) = try HooksCommand.load()
        let approval = HookApproval.load(local)
        let lookup = HookDelivery(root: workspace.root, hooks: [], local: local)
        let out = Terminal.standardOutput, err = Terminal.standardError
        if let problem = approval.problem { err.write("warning: \(problem)\n") }
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(hooks.map { hook in
                .object(["name": .string(hook.name), "state": .string(HooksCommand.stateText(approval.state(of: hook)).replacingSpaces()),
                         "command": hook.command.map { .array($0.map(JSONValue.string)) } ?? .null,
                         "webhook_url_env": hook.webhookURLEnv.map(JSONValue.string) ?? .null,
                         "sends_to": Self.destination(hook, lookup).map(JSONValue.string) ?? .null,
                         "digest": .string(HookApproval.digest(hook))])
            })))
        case .text:
            if hooks.isEmpty {
                out.write("csw.json has no hooks\n")
                return
            }
            for hook in hooks {
                var line = "\(TerminalText.visible(hook.name)): \(HooksCommand.stateText(approval.state(of: hook))) — \(HookApproval.summary(hook))"
                if hook.command == nil || hook.command!.isEmpty { line += " (\(Self.destination(hook, lookup) ?? "not set on this machine"))" }
                out.write(line + "\n")
            }
            let waiting = hooks.filter { approval.state(of: $0) != .approved }.count
            if waiting > 0 {
                err.write("\(waiting) hook\(waiting == 1 ? " is" : "s are") not approved: \(waiting == 1 ? "it runs" : "they run") nothing and send\(waiting == 1 ? "s" : "") nothing; check what \(waiting == 1 ? "it does" : "they do"), then csw hooks approve\n")
            }
        }
    }

    /// Where a webhook sends, without the secret part of its URL: scheme and host.
    static func destination(_ hook: Hook, _ lookup: HookDelivery) -> String? {
        guard hook.command?.isEmpty ?? true, let url = lookup.webhookURL(hook) else { return nil }
        guard let target = HTTPPost.parse(url) else { return "not an http(s) URL" }
        let from = hook.webhookURLEnv.flatMap { ProcessEnvironment.value($0)?.isEmpty == false ? "$" + $0 : nil } ?? HookDelivery.secretsPath
        return "\(target.tls ? "https" : "http")://\(TerminalText.visible(target.hostPort))/… from \(from)"
    }
}

struct HooksApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Let csw run and csw notify test use csw.json's hooks as they are now, on this machine.")

    @Argument(help: ArgumentHelp("The hooks to approve (default: every hook in csw.json).", valueName: "hook"))
    var names: [String] = []

    func run() throws {
        let (workspace, hooks, local) = try HooksCommand.load()
        let err = Terminal.standardError, out = Terminal.standardOutput
        var approval = HookApproval.load(local)
        if let problem = approval.problem {
            err.write("error: \(problem); no hook was approved\n")
            throw ExitCode(1)
        }
        let unknown = names.filter { name in !hooks.contains { $0.name == name } }
        guard unknown.isEmpty else {
            err.write("error: csw.json has no hook named \(unknown.map(TerminalText.visible).joined(separator: ", "))\(hooks.isEmpty ? "" : " (it has \(hooks.map { TerminalText.visible($0.name) }.joined(separator: ", ")))")\n")
            throw ExitCode(1)
        }
        if hooks.isEmpty {
            out.write("csw.json has no hooks; nothing to approve\n")
            return
        }
        let chosen = names.isEmpty ? hooks : hooks.filter { names.contains($0.name) }
        let today = Clock.today()
        for hook in chosen {
            let before = approval.state(of: hook)
            approval.approve(hook, on: today)
            out.write("\(before == .approved ? "already approved" : "approved") \(TerminalText.visible(hook.name)): \(HookApproval.summary(hook))\n")
        }
        if names.isEmpty { approval.keep(only: Set(hooks.map(\.name))) }
        do {
            try approval.save(workspace.root)
        } catch {
            err.write("error: \(error)\n  note: nothing was approved\n")
            throw ExitCode(2)
        }
    }
}

struct HooksRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Withdraw this machine's approval of hooks.")

    @Argument(help: ArgumentHelp("The hooks (default: all).", valueName: "hook"))
    var names: [String] = []

    func run() throws {
        let (workspace, hooks, local) = try HooksCommand.load()
        var approval = HookApproval.load(local)
        if let problem = approval.problem {
            Terminal.standardError.write("error: \(problem)\n")
            throw ExitCode(1)
        }
        if names.isEmpty { approval.keep(only: []) } else { for name in names { approval.revoke(name) } }
        try approval.save(workspace.root)
        let gone = names.isEmpty ? hooks.map(\.name) : names
        Terminal.standardOutput.write(gone.isEmpty ? "no hook is approved\n" : "revoked \(gone.map(TerminalText.visible).joined(separator: ", ")): \(gone.count == 1 ? "it runs" : "they run") nothing until approved again\n")
    }
}

private extension String {
    /// "not approved" → "not_approved" (JSON values).
    func replacingSpaces() -> String { String(map { $0 == " " ? "_" : $0 }) }
}
