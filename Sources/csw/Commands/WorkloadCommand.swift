import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct WorkloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workload",
        abstract: "Each CSM's book of business against their capacity, and how to balance it.",
        discussion: """
        Per CSM: accounts, ARR (active customers), tier mix, accounts at risk, renewals in \
        the next 90 days, open tasks and alerts, and a load index — each account weighs by \
        its tier, its ARR and whether it is at risk (csw.json "workload"; docs/WORKLOAD.md) — \
        against the roster's capacity (accounts a CSM can carry).

        Examples:
          csw workload
          csw workload --format json
          csw workload rebalance --max-moves 3 --keep-strategic
          csw workload rebalance --max-moves 3 --apply
        """,
        subcommands: [WorkloadShowCommand.self, WorkloadRebalanceCommand.self],
        defaultSubcommand: WorkloadShowCommand.self
    )

    /// The roster, the weights and every active account, as of `day`.
    static func book(asOf day: Day) throws -> (roster: [Workload.Roster], weights: WorkloadWeights, accounts: [WorkloadAccount],
                                                tasks: [String: Int], alerts: [String: Int], workspace: Workspace) {
        let workspace = try Workspace.open()
        let configBytes = try workspace.read("csw.json")
        guard case .success(let config) = JSONDocument.parse(configBytes) else {
            Terminal.standardError.write("error: csw.json is not valid JSON; fix it first (csw validate)\n")
            throw ExitCode(1)
        }
        let weights = WorkloadWeights.from(config.root["workload"]?.value)
        let roster = WorkspaceConfig(config.root).csms.map { Workload.Roster(id: $0.id, name: $0.name, capacity: Double($0.capacity ?? 0)) }
        let (accounts, tasks, alerts) = Self.accounts(try AlertsRun.assess(at: nil, asOf: day, only: []), asOf: day, weights: weights)
        return (roster, weights, accounts, tasks, alerts, workspace)
    }

    /// Every active account with its load, and open tasks and alerts per owner.
    static func accounts(_ assessed: [AlertsRun.Assessed], asOf day: Day, weights: WorkloadWeights) -> (accounts: [WorkloadAccount], tasks: [String: Int], alerts: [String: Int]) {
        var tasks: [String: Int] = [:], alerts: [String: Int] = [:]
        var accounts: [WorkloadAccount] = []
        for a in assessed where a.score.customer.status != "churned" {
            for t in a.tasks where t.status == "open" { tasks[t.owner, default: 0] += 1 }
            for al in a.alerts where al.state == .open { alerts[al.owner, default: 0] += 1 }
            let renewalSoon = a.data.renewal.map { $0 - day >= 0 && $0 - day <= 90 } ?? false
            let atRisk = a.score.health.band == "at_risk" || (a.score.churn.probability ?? 0) >= 0.5
            accounts.append(WorkloadAccount(customerID: a.score.customer.id, csm: a.data.csm ?? "unassigned", tier: a.tier, arr: a.data.contractValue,
                                            atRisk: atRisk, renewalWithin90d: renewalSoon, weights: weights))
        }
        return (accounts.sorted { $0.customerID < $1.customerID }, tasks, alerts)
    }

    static func table(_ loads: [CSMLoad], _ weights: WorkloadWeights, _ out: Terminal) -> String {
        let rows = loads.map { l -> [String] in
            let status = l.status(weights)
            let shown = status == "over" ? out.styled("over", .red) : (status == "under" ? out.styled("under", .yellow) : "ok")
            let mix = l.tierMix.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            return [l.csm, "\(l.accounts)", Money.format(l.arr), mix, "\(l.atRisk)", "\(l.renewals90d)", "\(l.openTasks)", "\(l.openAlerts)",
                    ScoreTable.fmt(l.load, 2), l.capacity > 0 ? ScoreTable.fmt(l.capacity, 0) : "—", ScoreTable.fmt(l.loadRatio, 2), shown]
        }
        return TextTable.render(header: ["CSM", "ACCOUNTS", "ARR", "TIERS", "AT RISK", "RENEW 90D", "TASKS", "ALERTS", "LOAD", "CAPACITY", "RATIO", ""],
                                rows: rows, rightAligned: [1, 2, 4, 5, 6, 7, 8, 9, 10])
    }
}

struct WorkloadShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Each CSM's load against capacity (the default).")

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let day = try CommandInput.asOf(asOf)
        let book = try WorkloadCommand.book(asOf: day)
        let loads = Workload.loads(book.accounts, roster: book.roster, openTasks: book.tasks, openAlerts: book.alerts)
        let out = Terminal.standardOutput
        switch format {
        case .json: out.write(JSONWriter().string(.array(loads.map { $0.json(book.weights) })))
        case .text: out.write(WorkloadCommand.table(loads, book.weights, out))
        }
    }
}

struct WorkloadRebalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebalance",
        abstract: "Suggest account moves that lower the highest load ratio, fewest moves first.",
        discussion: """
        Each move takes an account from the most loaded CSM to the CSM that leaves the \
        lowest highest load ratio; csw stops when no move helps or after --max-moves. \
        --apply writes the new csm_assigned into each moved customer's profile.json.
        """
    )

    @Option(name: .customLong("max-moves"), help: ArgumentHelp("At most this many moves.", valueName: "n"))
    var maxMoves: Int = 5

    @Flag(name: .customLong("keep-strategic"), help: "Strategic accounts keep their CSM.")
    var keepStrategic = false

    @Flag(name: .long, help: "Write the new assignments into the profiles.")
    var apply = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        guard maxMoves >= 0 else {
            Terminal.standardError.write("error: --max-moves takes 0 or more\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        let book = try WorkloadCommand.book(asOf: day)
        let moves = Workload.rebalance(book.accounts, roster: book.roster, maxMoves: maxMoves, keepStrategic: keepStrategic, weights: book.weights)
        let before = Workload.loads(book.accounts, roster: book.roster, openTasks: book.tasks, openAlerts: book.alerts)
        let after = Workload.loads(Workload.apply(moves, to: book.accounts, weights: book.weights), roster: book.roster, openTasks: book.tasks, openAlerts: book.alerts)
        if apply && !moves.isEmpty { try Self.write(moves, book.workspace) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.object([
                "moves": .array(moves.map { .object(["customer_id": .string($0.customerID), "from": .string($0.from), "to": .string($0.to)]) }),
                "before": .array(before.map { $0.json(book.weights) }), "after": .array(after.map { $0.json(book.weights) }),
                "applied": .bool(apply && !moves.isEmpty),
            ])))
        case .text:
            if moves.isEmpty {
                out.write("no move lowers the highest load ratio (\(ScoreTable.fmt(before.map(\.loadRatio).max() ?? 0, 2)))\n")
                return
            }
            for m in moves { out.write("move \(m.customerID): \(m.from) → \(m.to)\n") }
            out.write("\nload ratio before → after:\n")
            for (b, a) in zip(before, after) { out.write("  \(b.csm): \(ScoreTable.fmt(b.loadRatio, 2)) → \(ScoreTable.fmt(a.loadRatio, 2))\n") }
            out.write(apply ? "applied: csm_assigned changed in \(moves.count) profile\(moves.count == 1 ? "" : "s") (csw commit records it)\n"
                            : "nothing written; add --apply to change the profiles\n")
        }
    }

    /// Sets csm_assigned in each moved customer's profile.json (canonical form), all or nothing.
    static func write(_ moves: [Workload.Move], _ workspace: Workspace) throws {
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        var transaction = FileTransaction(under: workspace.root)
        do {
            for m in moves {
                let path = workspace.root + "/customers/" + m.customerID + "/profile.json"
                guard case .object(var profile)? = try? JSONDocument.parse(try FileSystem.read(path)).get().value else {
                    throw FileSystem.IOError(path: path, reason: "profile.json is not a JSON object")
                }
                profile["csm_assigned"] = .string(m.to)
                try transaction.write(JSONWriter().bytes(.object(profile)), to: path)
            }
        } catch {
            transaction.rollBack()
            Terminal.standardError.write("error: \(error)\n  note: no profile was changed\n")
            throw ExitCode(2)
        }
    }
}
