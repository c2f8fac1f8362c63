import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct EnhancementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enhancements",
        abstract: "The product enhancement pipeline: demand per enhancement (customers, ARR, sentiment); who to tell when one ships.",
        discussion: """
        An enhancement is enhancements/<name>.md (title, status proposed, accepted, \
        in_development, shipped or declined; docs/FEEDBACK.md). Feedback notes link to it \
        with `enhancement: <name>` in their front matter. Open enhancements are ranked by \
        the ARR of the customers asking; a shipped one lists those customers for \
        follow-up, and csw run gives each one's CSM a task to tell them.

        Examples:
          csw enhancements
          csw enhancements --status shipped --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("Only this status.", valueName: "status"))
    var status: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        if let status, !Enhancement.statuses.contains(status) {
            Terminal.standardError.write("error: --status takes \(Enhancement.statuses.joined(separator: ", "))\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        let workspace = try Workspace.open()
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [])
        let notes = FeedbackSetup.notes(assessed, since: nil, asOf: day)
        let (all, unknown) = EnhancementDemand.demand(FeedbackSetup.enhancements(workspace), notes: notes, arr: FeedbackSetup.arr(assessed))
        let demand = all.filter { status == nil || $0.enhancement.status == status }
        let err = Terminal.standardError
        for n in unknown {
            err.write("warning: customers/\(n.customerID)/\(n.path) links to enhancement \"\(n.enhancement!)\", which has no enhancements/\(n.enhancement!).md\n")
        }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(demand.map(\.json))))
        case .text:
            guard !demand.isEmpty else {
                out.write("no enhancements\(status.map { " with status \($0)" } ?? "") (add enhancements/NAME.md; docs/FEEDBACK.md)\n")
                return
            }
            for d in demand {
                let sentiment = d.meanSentiment.map { "sentiment \(ScoreTable.signed($0, 2))" } ?? "no feedback linked"
                out.write("\(d.enhancement.id) [\(d.enhancement.status)\(d.enhancement.shipped.map { " \($0)" } ?? "")] \(d.enhancement.title)\n")
                out.write("  \(d.requests.count) request\(d.requests.count == 1 ? "" : "s") from \(d.customers.count) customer\(d.customers.count == 1 ? "" : "s"), \(Money.format(d.arr)) ARR, \(sentiment)\(d.customers.isEmpty ? "" : ": " + d.customers.joined(separator: ", "))\n")
                if !d.followUp.isEmpty { out.write("  follow up with: \(d.followUp.joined(separator: ", ")) (csw run adds the tasks)\n") }
            }
        }
    }
}
