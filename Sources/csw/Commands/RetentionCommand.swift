import ArgumentParser
import CSWCore
import CSWJSON

struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Data retention: what csw.json's retention rules remove, and removing it in one commit.",
        discussion: """
        Rules live in csw.json's "retention" list (docs/FORMAT.md): each has a name, what it \
        covers (feedback, notes, reviews, tasks, contacts, notifications) and an age such as \
        "3y", "12m" or "90d", counted back from today (CSW_TODAY pins today).

        'plan' lists what would go and why; 'apply' removes it from the working tree and makes \
        one commit that names the rules. Git history still holds what was removed: \
        docs/SECURITY.md, "If patient data was committed", says how to purge it from history \
        and prove it with csw audit --phi-history.

        Examples:
          csw retention plan
          csw retention plan --format json
          csw retention apply --dry-run
          csw retention apply --rule closed-tasks-12m
        """,
        subcommands: [RetentionPlanCommand.self, RetentionApplyCommand.self],
        defaultSubcommand: RetentionPlanCommand.self
    )
}
