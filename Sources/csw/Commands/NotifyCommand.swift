import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Check notification hooks.",
        subcommands: [NotifyTestCommand.self]
    )
}

struct NotifyTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Send a test event to a hook from csw.json's hooks.",
        discussion: """
        Uses the hook's time-out and retries; the test event is not kept in the outbox and \
        not logged as delivered. Only a hook approved on this machine (csw hooks approve) \
        is tried. Exit status 0 when the hook took it, 1 when there is no such hook or it \
        is not approved, 2 when it did not take the event.

        Example:
          CSW_SLACK_WEBHOOK=http://relay.internal/hooks/cs csw notify test cs-alerts
        """
    )

    @Argument(help: ArgumentHelp("The hook's name.", valueName: "hook"))
    var hook: String

    func run() throws {
        let err = Terminal.standardError
        let workspace = try Workspace.open()
        let config = try? JSONDocument.parse(try workspace.read("csw.json")).get().root
        let hooks = Hook.hooks(from: config?["hooks"]?.value)
        guard let found = hooks.first(where: { $0.name == hook }) else {
            err.write("error: csw.json has no hook named \(hook)\(hooks.isEmpty ? "" : " (it has \(hooks.map(\.name).joined(separator: ", ")))")\n")
            throw ExitCode(1)
        }
        // A hook runs or sends only once approved on this machine (csw hooks approve).
        let (delivery, held, problem) = HookDelivery.approved(root: workspace.root, hooks: hooks)
        if let state = held.first(where: { $0.hook.name == hook })?.state {
            if let problem { err.write("warning: \(problem)\n") }
            err.write("error: \(HookApproval.notice(found, state))\n  note: csw hooks list shows what each hook runs or where it sends\n")
            throw ExitCode(1)
        }
        let today = Clock.today()
        let event = NotificationEvent(hook: hook, kind: "test", subject: "test", raised: today, payload: .object(["workspace": .string(workspace.root)]),
                                      text: "csw test notification from \(workspace.root)")
        let (error, attempts) = delivery.send(event, to: found)
        if let error {
            err.write("error: \(hook) did not take the test event after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(error)\n")
            throw ExitCode(2)
        }
        Terminal.standardOutput.write("\(hook) took the test event\(attempts > 1 ? " (after \(attempts) attempts)" : "")\n")
    }
}
