import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import CSWSchema

struct OpportunityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opportunity",
        abstract: "Take up an expansion opportunity and move it through the pipeline.",
        discussion: """
        Stages: identified, qualified, proposed, negotiation, then won or lost. Each \
        opportunity is a line of customers/<ID>/opportunities.jsonl (docs/REVENUE.md).

        Examples:
          csw opportunity add HOSP_001 --type seat_upsell --product clinical-decision-support --amount 75600 --close 2026-03-31
          csw opportunity move O-1a2b3c4d5e6f proposed
          csw opportunity close O-1a2b3c4d5e6f won

        Closing as won records an expansion in the customer's contracts.jsonl and raises \
        its contract_value by the amount (docs/REVENUE.md).
        """,
        subcommands: [OpportunityAddCommand.self, OpportunityMoveCommand.self, OpportunityCloseCommand.self]
    )
}

struct OpportunityAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an opportunity at stage identified.")

    @Argument(help: ArgumentHelp("The customer.", valueName: "customer"))
    var customer: String

    @Option(name: .long, help: ArgumentHelp("seat_upsell, cross_sell, tier_upgrade, new_facility or other.", valueName: "type"))
    var type: String

    @Option(name: .long, help: ArgumentHelp("The catalog product, if any.", valueName: "product"))
    var product: String?

    @Option(name: .long, help: ArgumentHelp("Annual contract value it adds.", valueName: "amount"))
    var amount: Double

    @Option(name: .long, help: ArgumentHelp("Expected close date.", valueName: "YYYY-MM-DD"))
    var close: String

    @Option(name: .long, help: ArgumentHelp("Who works it (default: the customer's CSM).", valueName: "owner"))
    var owner: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date it was taken up (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let err = Terminal.standardError
        guard CustomerID(customer) != nil else {
            err.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        guard ["seat_upsell", "cross_sell", "tier_upgrade", "new_facility", "other"].contains(type) else {
            err.write("error: --type takes seat_upsell, cross_sell, tier_upgrade, new_facility or other\n")
            throw ExitCode(2)
        }
        guard amount >= 0, amount.isFinite else {
            err.write("error: --amount must be 0 or more\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        let closeDay = try CommandInput.date(close, option: "--close")
        let workspace = try Workspace.open()
        let profilePath = workspace.root + "/customers/" + customer + "/profile.json"
        guard let profile = try? JSONDocument.parse(try FileSystem.read(profilePath)).get().root else {
            err.write("error: there is no customer \(customer) (or its profile.json is not valid); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        let opportunity = PipelineOpportunity(id: PipelineOpportunity.id(customer: customer, type: type, product: product, created: day), customerID: customer,
                                              type: type, product: product, amount: amount, stage: "identified",
                                              owner: owner ?? profile["csm_assigned"]?.stringValue ?? "unassigned", expectedClose: closeDay, created: day)
        try PipelineStore.update(customer, workspace: workspace) { items in
            guard !items.contains(where: { $0.id == opportunity.id }) else {
                err.write("error: \(customer) already has this opportunity (\(opportunity.id))\n")
                throw ExitCode(1)
            }
            items.append(opportunity)
        }
        Terminal.standardOutput.write("added \(opportunity.id) for \(customer): \(type)\(product.map { " \($0)" } ?? ""), \(Money.format(amount)), closes \(closeDay)\n")
    }
}

struct OpportunityMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Move an open opportunity to another stage.")

    @Argument(help: ArgumentHelp("The opportunity id.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("identified, qualified, proposed or negotiation.", valueName: "stage"))
    var stage: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("When (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        guard ["identified", "qualified", "proposed", "negotiation"].contains(stage) else {
            Terminal.standardError.write("error: a stage is identified, qualified, proposed or negotiation (csw opportunity close ends one)\n")
            throw ExitCode(2)
        }
        try PipelineStore.change(id, to: stage, on: try CommandInput.asOf(asOf))
    }
}

struct OpportunityCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close an opportunity as won or lost.")

    @Argument(help: ArgumentHelp("The opportunity id.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("won or lost.", valueName: "outcome"))
    var outcome: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("When (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        guard outcome == "won" || outcome == "lost" else {
            Terminal.standardError.write("error: an opportunity closes as won or lost\n")
            throw ExitCode(2)
        }
        try PipelineStore.change(id, to: outcome, on: try CommandInput.asOf(asOf))
    }
}

struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "The weighted expansion pipeline by stage, owner and segment; win rate and expansion revenue.",
        discussion: """
        Weighted value = amount × the stage's probability (identified 10%, qualified 25%, \
        proposed 50%, negotiation 75%). Win rate = won / (won + lost); expansion revenue = \
        the amounts won (docs/REVENUE.md).

        Examples:
          csw pipeline
          csw pipeline --owner mike.smith --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("Only this owner's opportunities.", valueName: "owner"))
    var owner: String?

    @Option(name: .long, help: ArgumentHelp("Only this stage.", valueName: "stage"))
    var stage: String?

    @Option(name: .customLong("retention-from"),
            help: ArgumentHelp("Also report GRR and NRR since this date (contract records where a customer has them, else the last commit on or before it) or git revision.", valueName: "YYYY-MM-DD|rev"))
    var retentionFrom: String?

    @Option(name: .customLong("retention-to"), help: ArgumentHelp("End of that period (default: the working folder).", valueName: "rev|YYYY-MM-DD"))
    var retentionTo: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let (all, segments) = try PipelineStore.all()
        let chosen = all.filter { o in (owner.map { o.owner == $0 } ?? true) && (stage.map { o.stage == $0 } ?? true) }
        let report = PipelineReport(chosen, segments: segments)
        let retention = try retentionFrom.map { from in try Self.retention(from: from, to: retentionTo) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            guard case .object(var o) = report.json else { return }
            if let retention { o["retention"] = retention.0.json; o["retention_period"] = .object(["from": .string(retention.1), "to": .string(retention.2)]) }
            out.write(JSONWriter().string(.object(o)))
        case .text:
            defer {
                if let (r, from, to) = retention {
                    out.write("revenue retention \(from) → \(to), \(r.customers) customers: GRR \(r.grr.map(ScoreTable.percent) ?? "—"), NRR \(r.nrr.map(ScoreTable.percent) ?? "—")"
                              + " (starting ARR \(Money.format(r.startingARR)); churned \(Money.format(r.churned)), contraction \(Money.format(r.contraction)), expansion \(Money.format(r.expansion)))\n")
                }
            }
            if report.open.isEmpty {
                out.write("no open opportunities; take one up from csw expansion with csw opportunity add\n")
            } else {
                let rows = report.open.map { o in
                    [o.id, o.customerID, o.type, o.product ?? "—", o.stage, o.owner, o.expectedClose.description, Money.format(o.amount), Money.format(o.weighted)]
                }
                out.write(TextTable.render(header: ["ID", "CUSTOMER", "TYPE", "PRODUCT", "STAGE", "OWNER", "CLOSE", "AMOUNT", "WEIGHTED"], rows: rows, rightAligned: [7, 8]))
                out.write("\nby stage: " + report.byStage.map { "\($0.key) \(Money.format($0.weighted))" }.joined(separator: ", ") + "\n")
            }
            out.write("pipeline \(Money.format(report.totalPipelineValue)), weighted \(Money.format(report.weightedPipelineValue)); ")
            out.write("win rate \(report.winRate.map(ScoreTable.percent) ?? "— (nothing closed)"), expansion revenue \(Money.format(report.expansionRevenue))\n")
        }
    }
}

extension PipelineCommand {
    /// GRR and NRR between two dates or revisions. With dates, a customer with contract
    /// records (contracts.jsonl) is read from them; the others from the last commit on or
    /// before each date (left out when git history does not reach that far). With
    /// revisions, every customer's profile at each revision.
    static func retention(from: String, to: String?) throws -> (RevenueRetention, String, String) {
        let workspace = try Workspace.open()
        let toDay: Day? = try to.map { Day.exactly($0) } ?? CommandInput.asOf(nil)
        guard let fromDay = Day.exactly(from), let toDay else {
            let repository = try WorkspaceRepository.open(workspace)
            let start = try version(from, repository), end = try to.map { try version($0, repository) } ?? .working(repository)
            return (RevenueRetention(start: try accounts(start, repository), end: try accounts(end, repository)), start.label, end.label)
        }
        var start: [String: RevenueRetention.Account] = [:], end: [String: RevenueRetention.Account] = [:]
        var withoutRecords: [String] = [], recorded = Set<String>()
        for name in try workspace.reader.customerNames() {
            guard let bytes = (try? FileSystem.readRegularFile(workspace.reader.path("customers/\(name)/contracts.jsonl")))??.bytes else { withoutRecords.append(name); continue }
            let history = ContractHistory(bytes: bytes, customerID: name)
            recorded.insert(name)
            start[name] = history.state(on: fromDay).map { RevenueRetention.Account(contractValue: $0.arr, active: $0.active) }
            end[name] = history.state(on: toDay).map { RevenueRetention.Account(contractValue: $0.arr, active: $0.active) }
        }
        if let repository = try? WorkspaceRepository.open(workspace) {
            func commit(on day: Day) -> WorkspaceVersion? { try? lastCommit(onOrBefore: day, repository) }
            // The end is the working folder when no --retention-to was given.
            if let s = commit(on: fromDay), let e = to == nil ? .working(repository) : commit(on: toDay) {
                let (gitStart, gitEnd) = (try accounts(s, repository), try accounts(e, repository))
                // Customers without records, including those whose folder is gone since
                // (they count as churned: no account at the end).
                for name in Set(withoutRecords).union(gitStart.keys) where !recorded.contains(name) {
                    start[name] = gitStart[name]
                    end[name] = gitEnd[name]
                }
            }
        }
        guard start.values.contains(where: { $0.active }) else {
            Terminal.standardError.write("error: no customer had a contract on \(fromDay): no contract record and no commit that old\n")
            throw ExitCode(1)
        }
        return (RevenueRetention(start: start, end: end), fromDay.description, toDay.description)
    }

    /// A revision, or the last commit on or before a date.
    static func version(_ spec: String, _ repository: WorkspaceRepository) throws -> WorkspaceVersion {
        do {
            if let day = Day(spec), FormatChecker.check("date", spec) == true {
                guard let version = try lastCommit(onOrBefore: day, repository) else {
                    Terminal.standardError.write("error: no commit on or before \(spec)\n")
                    throw ExitCode(1)
                }
                return version
            }
            return try WorkspaceVersion.revision(spec, repository)
        } catch let error as GitError {
            Terminal.standardError.write("error: \(error.message)\n")
            throw ExitCode(2)
        }
    }

    /// The last commit made on or before `day` (nil: none that old, or no commit yet).
    static func lastCommit(onOrBefore day: Day, _ repository: WorkspaceRepository) throws(GitError) -> WorkspaceVersion? {
        guard let head = repository.repo.resolve("HEAD"),
              let commit = try repository.repo.log(from: head).first(where: { $0.author.time < Int64(day.number + 1) * 86_400 }) else { return nil }
        return try WorkspaceVersion.revision(commit.id.hex, repository)
    }

    /// Every customer's contract value and status in one version (its profiles).
    static func accounts(_ v: WorkspaceVersion, _ repository: WorkspaceRepository) throws -> [String: RevenueRetention.Account] {
        var out: [String: RevenueRetention.Account] = [:]
        let names: [String]
        if let tree = v.tree {
            names = Set(try repository.repo.files(ofTree: tree).compactMap { f -> String? in
                let parts = f.path.split(separator: "/")
                return parts.count == 3 && parts[0] == "customers" && parts[2] == "profile.json" ? String(parts[1]) : nil
            }).sorted()
        } else {
            names = try repository.workspace.reader.customerEntries().filter { $0.type == .directory }.map(\.name)
        }
        for name in names {
            guard let bytes = try v.read("customers/\(name)/profile.json"), let p = try? JSONDocument.parse(bytes).get().root else { continue }
            out[name] = RevenueRetention.Account(contractValue: p["contract_value"]?.doubleValue ?? 0, active: (p["status"]?.stringValue ?? "active") != "churned")
        }
        return out
    }
}

/// customers/<ID>/opportunities.jsonl: reading and changing opportunities.
enum PipelineStore {
    /// Every opportunity, and each customer's organization_type.
    static func all() throws -> ([PipelineOpportunity], [String: String]) {
        let workspace = try Workspace.open()
        let names = try workspace.reader.customerNames()
        var all: [PipelineOpportunity] = [], segments: [String: String] = [:]
        for name in names {
            let base = workspace.root + "/customers/" + name
            all += PipelineOpportunity.parse(try? FileSystem.read(base + "/opportunities.jsonl"), customer: name)
            if let profile = try? JSONDocument.parse(try FileSystem.read(base + "/profile.json")).get().root {
                segments[name] = profile["segment"]?["organization_type"]?.stringValue
            }
        }
        return (all, segments)
    }

    /// Rewrites one customer's file under the workspace lock.
    static func update(_ customer: String, workspace: Workspace, _ change: (inout [PipelineOpportunity]) throws -> Void) throws {
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let path = workspace.root + "/customers/" + customer + "/opportunities.jsonl"
        var items = PipelineOpportunity.parse(try? FileSystem.read(path), customer: customer)
        try change(&items)
        do {
            try AtomicFile.write(PipelineOpportunity.file(items), to: path, under: workspace.root)
        } catch {
            Terminal.standardError.write("error: \(error)\n  note: nothing was changed\n")
            throw ExitCode(2)
        }
    }

    static func change(_ id: String, to stage: String, on day: Day) throws {
        let err = Terminal.standardError
        guard let found = try all().0.first(where: { $0.id == id }) else {
            err.write("error: there is no opportunity \(id); 'csw pipeline' lists the open ones\n")
            throw ExitCode(1)
        }
        guard found.isOpen else {
            err.write("error: \(id) is already \(found.stage)\(found.closed.map { " (\($0))" } ?? "")\n")
            throw ExitCode(1)
        }
        // A won expansion is revenue: it goes in the contract records and the profile's
        // contract value (so ARR and NRR see it). Recorded first: if marking the
        // opportunity then fails, closing it again records nothing twice (same event id).
        var recorded: String?
        if stage == "won", found.amount > 0 {
            let event = ContractEvent(date: day, kind: .expansion, amount: found.amount, product: found.product, opportunity: found.id,
                                      author: found.owner, customerID: found.customerID)
            let history = try ContractStore.append([event], customer: found.customerID, workspace: try Workspace.open(), today: day)
            let arr = history.state(on: day)?.arr ?? 0
            recorded = "recorded the expansion in customers/\(found.customerID)/contracts.jsonl: +\(Money.format(found.amount)), ARR now \(Money.format(arr))\n"
        }
        try update(found.customerID, workspace: try Workspace.open()) { items in
            guard let i = items.firstIndex(where: { $0.id == id }) else { return }
            items[i].stage = stage
            items[i].updated = day
            if stage == "won" || stage == "lost" { items[i].closed = day }
        }
        Terminal.standardOutput.write("\(id) (\(found.customerID)): \(found.stage) → \(stage)\n")
        if let recorded { Terminal.standardOutput.write(recorded) }
    }
}
