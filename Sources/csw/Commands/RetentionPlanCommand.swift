import ArgumentParser
import CSWCore
import CSWJSON

struct RetentionPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List what csw.json's retention rules would remove today, and why.",
        discussion: """
        Each item is shown with its date and the rule that covers it. Exit 0 whether or not \
        anything would go; 1 when the rules themselves are wrong (with file:line:column).

        Examples:
          csw retention plan
          csw retention plan --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let workspace = try Workspace.open()
        let rules = try RetentionSetup.rules(workspace)
        let plan = RetentionPlan.make(rules: rules, sources: try RetentionSetup.sources(workspace, rules: rules), today: Clock.today().description)
        let out = Terminal.standardOutput
        if format == .json {
            out.write(JSONWriter().string(RetentionSetup.json(plan)))
            return
        }
        if rules.isEmpty {
            out.write("csw.json has no retention rules, so nothing would be removed\n")
            Terminal.standardError.write("note: add a \"retention\" list to csw.json, for example [{\"name\": \"feedback-3y\", \"covers\": \"feedback\", \"older_than\": \"3y\"}] (docs/FORMAT.md)\n")
            return
        }
        out.write(RetentionSetup.text(plan))
        if plan.items.isEmpty {
            out.write("nothing is old enough to remove yet\n")
        } else {
            out.write("\(plan.items.count) item\(plan.items.count == 1 ? "" : "s") would be removed (\(RetentionSetup.count(plan.items))); 'csw retention apply' removes them in one commit\n")
        }
    }
}
