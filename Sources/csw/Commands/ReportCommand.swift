import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON
import CSWReports

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A customer's health report: executive summary, health, retention, expansion, clinical impact, feedback, alerts.",
        discussion: """
        The framework's customer health report, from the workspace alone: the same files \
        and as-of date give the same bytes. Markdown (default), a self-contained HTML page, \
        or JSON with the framework's field names (executive_summary, \
        health_score.current_score, retention_analysis.churn_risk, …). The layout is \
        templates/report.md.mustache (and page.html.mustache for HTML); edit them to make \
        the report your own (docs/REPORTS.md). In HTML every value is text (markup and \
        links in names and notes are shown as written), and a page whose template writes \
        script is refused unless csw.json sets reports.allow_scripts.

        --anonymize replaces organisation and people's names, customer ids and emails with \
        stable pseudonyms and withholds free text, for a report that leaves the team.

        Examples:
          csw report HOSP_001
          csw report CH_003 --format html > ch_003.html
          csw report HOSP_001 --format json --anonymize
        """
    )

    @Argument(help: ArgumentHelp("The customer.", valueName: "customer"))
    var customer: String

    @Option(name: .long, help: ArgumentHelp("md, html or json.", valueName: "md|html|json"))
    var format: ReportFormat = .md

    @Flag(name: .long, help: "Pseudonyms for organisations, people, ids and emails; free text withheld.")
    var anonymize = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        guard CustomerID(customer) != nil else {
            Terminal.standardError.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        let workspace = try Workspace.open()
        let templates = try ReportSupport.templates(workspace)
        let config = try? JSONDocument.parse(try workspace.read("csw.json")).get().root
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [], members: anonymize)
        guard let a = assessed.first(where: { $0.data.id == customer }) else {
            Terminal.standardError.write("error: there is no customer \(customer); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        var document = try ReportInputs.load(workspace, assessed: assessed, config: config, asOf: day).report(for: a)
        if anonymize {
            guard case .object(let o) = ReportSupport.anonymizer(workspace, assessed: assessed, config: config).anonymize(.object(document)) else { return }
            document = o
        }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.object(document)))
        case .md:
            out.write(try ReportSupport.render(templates, "report.md", document))
        case .html:
            // Text escaped before the Markdown step; the page checked for script (docs/REPORTS.md).
            let title = "Customer health report: " + (document["organization_name"]?.stringValue ?? customer)
            out.write(try ReportSupport.rendering { try templates.htmlReport(document, title: title, allowScripts: ReportSupport.allowScripts(config)) })
        }
    }
}

/// What every report needs besides the customer: playbooks, pipeline, enhancements, the
/// product catalog and peers (read once per command).
struct ReportInputs {
    let assessed: [AlertsRun.Assessed]
    let playbooks: [Playbook]
    let pipeline: [PipelineOpportunity]
    let enhancements: [Enhancement]
    let catalog: [CatalogProduct]
    let peers: Opportunities.PeerIndex
    let currency: String
    let asOf: Day

    static func load(_ workspace: Workspace, assessed: [AlertsRun.Assessed], config: JSONNode?, asOf: Day) throws -> ReportInputs {
        ReportInputs(assessed: assessed, playbooks: AlertsRun.playbooks(workspace), pipeline: (try? PipelineStore.all().0) ?? [],
                     enhancements: FeedbackSetup.enhancements(workspace), catalog: CatalogProduct.catalog(from: config?["product_catalog"]?.value),
                     peers: Opportunities.PeerIndex(assessed.map(\.data)), currency: config?["currency"]?.stringValue ?? "USD", asOf: asOf)
    }

    func input(for a: AlertsRun.Assessed) -> CustomerReportInput {
        let risk = RetentionRisk(score: a.score, tier: a.tier, playbooks: playbooks, firingRules: a.alerts.filter { $0.state == .open }.map(\.rule))
        let opportunities = Opportunities.find(a.data, score: a.score, catalog: catalog, peers: peers, playbooks: playbooks,
                                               asOf: asOf, kpiTargets: a.setup.targets)
        let demand = EnhancementDemand.demand(enhancements, notes: a.feedback, arr: [a.data.id: a.data.contractValue]).demand.filter { !$0.requests.isEmpty }
        return CustomerReportInput(score: a.score, data: a.data, model: a.setup.model, alerts: a.alerts, tasks: a.tasks, feedback: a.feedback,
                                   opportunities: opportunities, pipeline: pipeline.filter { $0.customerID == a.data.id }, enhancements: demand,
                                   risk: risk, kpiTargets: a.setup.targets, currency: currency, asOf: asOf)
    }

    func report(for a: AlertsRun.Assessed) -> JSONObject { HealthReport.build(input(for: a)) }
}
