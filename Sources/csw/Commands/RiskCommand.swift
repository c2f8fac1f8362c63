import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "A customer's retention risk: churn probability, its drivers, and the campaigns that answer them.",
        discussion: """
        Each driver is a churn factor (docs/SCORING.md) with what it adds to the log-odds \
        of churn; the risk level is critical (≥ 70%), high (≥ 50%), medium (≥ 30%) or low. \
        Campaigns are the playbooks in playbooks/ whose trigger names one of the top \
        drivers or a firing alert rule, and whose tiers and segments fit the customer.

        Examples:
          csw risk CH_003
          csw risk CH_003 --as-of 2025-11-15 --format json
        """
    )

    @Argument(help: ArgumentHelp("The customer.", valueName: "customer"))
    var customer: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Assess as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        guard CustomerID(customer) != nil else {
            Terminal.standardError.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        guard let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [customer]).first else {
            Terminal.standardError.write("error: \(customer) has no readable profile.json (csw validate explains)\n")
            throw ExitCode(1)
        }
        let risk = RetentionRisk(score: assessed.score, tier: assessed.tier, playbooks: AlertsRun.playbooks(try Workspace.open()),
                                 firingRules: assessed.alerts.filter { $0.state == .open }.map(\.rule))
        let out = Terminal.standardOutput
        switch format {
        case .json: out.write(JSONWriter().string(risk.json))
        case .text: out.write(risk.text)
        }
    }
}

struct CampaignsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaigns",
        abstract: "Retention campaigns recommended for customers at risk, by their top drivers.",
        discussion: """
        Lists every customer at medium risk or above (churn ≥ 30%) or in the at-risk band, \
        riskiest first, with its top drivers and the playbooks that answer them \
        (csw risk CUSTOMER explains one customer in full).

        Examples:
          csw campaigns
          csw campaigns --as-of 2025-11-15 --format json
        """
    )

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Assess as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let day = try CommandInput.asOf(asOf)
        let playbooks = AlertsRun.playbooks(try Workspace.open())
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [])
        let finished = assessed.flatMap { a in
            Campaigns.campaigns(a.tasks).compactMap { Campaigns.outcome($0, data: a.data, model: a.setup.model, asOf: day) }
        }
        let risks = assessed
            .filter { $0.score.customer.status != "churned" }
            .map { RetentionRisk(score: $0.score, tier: $0.tier, playbooks: playbooks, firingRules: $0.alerts.filter { $0.state == .open }.map(\.rule)) }
            .filter { ($0.score.churn.probability ?? 0) >= 0.3 || $0.score.health.band == "at_risk" }
            .sorted { ($1.score.churn.probability ?? 0, $0.score.customer.id) < ($0.score.churn.probability ?? 0, $1.score.customer.id) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.object(["at_risk": .array(risks.map(\.json)), "finished_campaigns": .array(finished.map(\.json))])))
        case .text:
            defer { Self.printFinished(finished, out) }
            if risks.isEmpty {
                out.write("no customer at risk as of \(day)\n")
                return
            }
            let rows = risks.map { r in
                [r.score.customer.id, r.level, ScoreTable.percent(r.score.churn.probability), r.drivers.prefix(3).map(\.name).joined(separator: ", "),
                 r.recommendations.isEmpty ? "(none: add a playbook for these drivers)"
                     : r.recommendations.prefix(3).map(\.playbook.name).joined(separator: ", ") + (r.recommendations.count > 3 ? ", …" : "")]
            }
            out.write(TextTable.render(header: ["CUSTOMER", "RISK", "CHURN", "TOP DRIVERS", "CAMPAIGNS"], rows: rows, rightAligned: [2]))
            out.write("\(risks.count) customer\(risks.count == 1 ? "" : "s") at risk as of \(day); csw risk CUSTOMER explains one\n")
        }
    }

    /// Campaign effectiveness: every campaign whose tasks are all done or skipped.
    static func printFinished(_ finished: [Campaigns.Outcome], _ out: Terminal) {
        guard !finished.isEmpty else { return }
        out.write("\nfinished campaigns (health at the start → at the finish):\n")
        let rows = finished.map { o in
            [o.campaign.customerID, o.campaign.playbook, o.campaign.started.description, o.finished.description,
             (o.healthBefore.map { ScoreTable.fmt($0) } ?? "—") + " → " + (o.healthAfter.map { ScoreTable.fmt($0) } ?? "—"), o.result]
        }
        out.write(TextTable.render(header: ["CUSTOMER", "PLAYBOOK", "STARTED", "FINISHED", "HEALTH", "RESULT"], rows: rows))
    }
}
