import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct ExpansionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expansion",
        abstract: "Expansion opportunities: seat upsell, cross-sell, new facilities, tier upgrades.",
        discussion: """
        From csw.json's product_catalog, each customer's products, usage and scores \
        (docs/REVENUE.md): more seats, beds or facilities when usage is at or above 85%; \
        modules that fit the segment, whose prerequisites the customer owns, and that \
        peers of the same segment own; a tier upgrade when the contract has outgrown the \
        tier. Each with an estimated value, a probability (health, NPS, outcomes against \
        target, churn risk, renewal timing), the expected value, the evidence, and the \
        expansion playbook for the customer's tier.

        Examples:
          csw expansion
          csw expansion HOSP_001 --as-of 2025-11-15 --format json
        """
    )

    @Argument(help: ArgumentHelp("Only these customers.", valueName: "customer"))
    var customers: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        for id in customers where CustomerID(id) == nil {
            Terminal.standardError.write("error: \(CustomerID.explain(id))\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        let workspace = try Workspace.open()
        let config = try? JSONDocument.parse(try workspace.read("csw.json")).get().root
        let catalog = CatalogProduct.catalog(from: config?["product_catalog"]?.value)
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [])
        for id in customers where !assessed.contains(where: { $0.score.customer.id == id }) {
            Terminal.standardError.write("error: there is no customer \(id); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        let peers = Opportunities.PeerIndex(assessed.map(\.data))
        let playbooks = AlertsRun.playbooks(workspace)
        let found = assessed.filter { customers.isEmpty || customers.contains($0.score.customer.id) }.flatMap { a in
            Opportunities.find(a.data, score: a.score, catalog: catalog, peers: peers, playbooks: playbooks, asOf: day, kpiTargets: a.setup.targets)
        }.sorted { ($1.expectedValue, $0.customerID) < ($0.expectedValue, $1.customerID) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(found.map(\.json))))
        case .text:
            if catalog.isEmpty { Terminal.standardError.write("note: csw.json has no product_catalog, so only tier upgrades can be found (docs/REVENUE.md)\n") }
            guard !found.isEmpty else {
                out.write("no expansion opportunity as of \(day)\n")
                return
            }
            let rows = found.map { o in
                [o.customerID, o.type, o.product ?? "—", Money.format(o.estimatedValue), ScoreTable.percent(o.probability), Money.format(o.expectedValue),
                 o.evidence.first ?? "", o.playbook ?? ""]
            }
            out.write(TextTable.render(header: ["CUSTOMER", "TYPE", "PRODUCT", "VALUE", "PROBABILITY", "EXPECTED", "WHY", "PLAYBOOK"], rows: rows, rightAligned: [3, 4, 5]))
            let total = found.reduce(0) { $0 + $1.estimatedValue }, expected = found.reduce(0) { $0 + $1.expectedValue }
            out.write("\(found.count) opportunit\(found.count == 1 ? "y" : "ies"): \(Money.format(total)) identified, \(Money.format(expected)) expected\n")
        }
    }
}
