import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON

struct RenewalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renewal",
        abstract: "Record how a renewal ended: renewed (with the new term) or churned.",
        discussion: """
        Appends the outcome to customers/<ID>/contracts.jsonl (docs/REVENUE.md) and brings \
        profile.json's contract_value, renewal_date and status in line with it, both files \
        or neither. A renewal date that passes with no outcome raises the renewal-overdue \
        alert until one is recorded.

        Examples:
          csw renewal record HOSP_001 --renewed --term-end 2027-01-01 --arr 520000
          csw renewal record CH_008 --churned --date 2025-06-30 --note "budget cut after the merger"
        """,
        subcommands: [RenewalRecordCommand.self]
    )
}

struct RenewalRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "record", abstract: "Record a renewal's outcome.")

    @Argument(help: ArgumentHelp("The customer.", valueName: "customer"))
    var customer: String

    @Flag(name: .long, help: "The customer renewed (give --term-end).")
    var renewed = false

    @Flag(name: .long, help: "The customer did not renew.")
    var churned = false

    @Option(name: .customLong("term-end"), help: ArgumentHelp("When the new term ends (the next renewal date).", valueName: "YYYY-MM-DD"))
    var termEnd: String?

    @Option(name: .long, help: ArgumentHelp("The new term's annual value (default: the current one).", valueName: "amount"))
    var arr: Double?

    @Option(name: .long, help: ArgumentHelp("When it happened (default: the renewal date when it has passed, else today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Who recorded it (default: the customer's CSM).", valueName: "csm"))
    var author: String?

    @Option(name: .long, help: ArgumentHelp("A short note (no patient data).", valueName: "text"))
    var note: String?

    func run() throws {
        let err = Terminal.standardError
        guard CustomerID(customer) != nil else {
            err.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        guard renewed != churned else {
            err.write("error: give exactly one of --renewed or --churned\n  note: csw renewal record \(customer) --renewed --term-end YYYY-MM-DD [--arr AMOUNT]\n")
            throw ExitCode(2)
        }
        let end = try termEnd.map { try CommandInput.date($0, option: "--term-end") }
        if renewed && end == nil {
            err.write("error: --renewed needs --term-end, the day the new term ends\n")
            throw ExitCode(2)
        }
        if let arr, !(arr >= 0 && arr.isFinite && arr <= 1e12) {
            err.write("error: --arr must be between 0 and 10^12\n")
            throw ExitCode(2)
        }
        let today = try CommandInput.asOf(nil)
        let workspace = try Workspace.open()
        let profile = try ContractStore.profile(customer, workspace: workspace)
        let current = ContractStore.history(customer, workspace: workspace, profile: profile)
        let renewalDate = current.state(on: today)?.termEnd
        let day = try date.map { try CommandInput.date($0, option: "--date") } ?? renewalDate.map { min($0, today) } ?? today
        if let end, end <= day {
            err.write("error: --term-end \(end) is not after the renewal (\(day))\n")
            throw ExitCode(2)
        }
        let who = author ?? profile["csm_assigned"]?.stringValue
        let event = renewed
            ? ContractEvent(date: day, kind: .renewal,
                            arr: arr ?? current.state(on: day).flatMap { $0.active ? $0.arr : nil } ?? profile["contract_value"]?.numberValue?.doubleValue ?? 0,
                            termEnd: end, author: who, note: note, customerID: customer)
            : ContractEvent(date: day, kind: .churn, author: who, note: note, customerID: customer)
        if current.events.contains(where: { $0.id == event.id }) {
            Terminal.standardOutput.write("already recorded: \(customer) \(event.kind.rawValue) on \(day); nothing changed\n")
            return
        }
        let history = try ContractStore.append([event], customer: customer, workspace: workspace, today: today)
        let state = history.state(on: max(day, today))
        Terminal.standardOutput.write(renewed
            ? "recorded the renewal of \(customer) on \(day): \(Money.format(state?.arr ?? 0)) a year until \(end!)\n"
            : "recorded that \(customer) churned on \(day); it leaves the active portfolio\n")
    }
}

/// customers/<ID>/contracts.jsonl: reading and appending contract events, with the
/// profile's contract fields kept in line.
enum ContractStore {
    static func profile(_ customer: String, workspace: Workspace) throws -> JSONValue {
        let path = workspace.reader.path("customers/\(customer)/profile.json")
        guard FileSystem.exists(path) else {
            Terminal.standardError.write("error: there is no customer \(customer); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        guard let bytes = try FileSystem.readRegularFile(path)?.bytes, let value = try? JSONDocument.parse(bytes).get().value, case .object = value else {
            Terminal.standardError.write("error: customers/\(customer)/profile.json is not valid JSON; fix it first (csw validate)\n")
            throw ExitCode(1)
        }
        return value
    }

    /// The records, or — for a customer without contracts.jsonl yet — the start its
    /// profile describes (contract_start, contract_value, renewal_date), so the first
    /// recorded change has a baseline.
    static func history(_ customer: String, workspace: Workspace, profile: JSONValue) -> ContractHistory {
        let path = workspace.reader.path("customers/\(customer)/contracts.jsonl")
        if let bytes = (try? FileSystem.readRegularFile(path))??.bytes { return ContractHistory(bytes: bytes, customerID: customer) }
        return ContractHistory(events: seed(customer, profile: profile))
    }

    /// The start (and, for a churned profile, the churn) that profile.json describes.
    static func seed(_ customer: String, profile: JSONValue) -> [ContractEvent] {
        guard let start = profile["contract_start"]?.stringValue.flatMap(Day.init), let value = profile["contract_value"]?.numberValue?.doubleValue else { return [] }
        let end = (profile["renewal_date"] ?? profile["contract_end"])?.stringValue.flatMap(Day.init)
        var events = [ContractEvent(date: start, kind: .start, arr: value, termEnd: end, note: "from profile.json", customerID: customer)]
        if profile["status"]?.stringValue == "churned" {
            let left = profile["contract_end"]?.stringValue.flatMap(Day.init) ?? end ?? start
            events.append(ContractEvent(date: max(left, start), kind: .churn, note: "from profile.json", customerID: customer))
        }
        return events
    }

    /// Appends `events` (skipping one already recorded: same id) and rewrites profile.json's
    /// contract_value (while active), renewal_date and status from the records as of
    /// `today` (or the latest event, if later); both files are written or neither.
    @discardableResult
    static func append(_ events: [ContractEvent], customer: String, workspace: Workspace, today: Day) throws -> ContractHistory {
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let folder = "customers/\(customer)"
        let path = workspace.reader.path(folder + "/contracts.jsonl")
        guard case .object(var profile) = try Self.profile(customer, workspace: workspace) else { throw ExitCode(1) }
        var bytes: [UInt8]
        if let existing = try FileSystem.readRegularFile(path)?.bytes {
            bytes = existing
            if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        } else {
            bytes = seed(customer, profile: .object(profile)).flatMap { Array((JSONWriter.line($0.json) + "\n").utf8) }
        }
        var history = ContractHistory(bytes: bytes, customerID: customer)
        let known = Set(history.events.map(\.id))
        for event in events where !known.contains(event.id) {
            bytes += Array((JSONWriter.line(event.json) + "\n").utf8)
        }
        history = ContractHistory(bytes: bytes, customerID: customer)
        let day = max(today, history.events.last?.date ?? today)
        if let state = history.state(on: day) {
            // A churned profile keeps its last contract value: the records say what was lost.
            if state.active { profile["contract_value"] = .number(JSONNumber(state.arr)) }
            if let end = state.termEnd { profile["renewal_date"] = .string(end.description) }
            if !state.active { profile["status"] = .string("churned") } else if profile["status"]?.stringValue == "churned" { profile["status"] = .string("active") }
        }
        var transaction = FileTransaction(under: workspace.root)
        do {
            try transaction.write(bytes, to: path)
            try transaction.write(CanonicalForm.json(.object(profile)), to: workspace.reader.path(folder + "/profile.json"))
        } catch {
            transaction.rollBack()
            Terminal.standardError.write("error: \(error)\n  note: nothing was changed\n")
            throw ExitCode(2)
        }
        return history
    }
}

struct ContractsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contracts",
        abstract: "Contract records: backfill them from git history.",
        discussion: """
        Examples:
          csw contracts import-history              # every customer without contracts.jsonl
          csw contracts import-history HOSP_001 --dry-run
        """,
        subcommands: [ContractsImportHistoryCommand.self]
    )
}

struct ContractsImportHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-history",
        abstract: "Write contracts.jsonl from the git history of each profile.json.",
        discussion: """
        For each customer without contracts.jsonl, every committed version of profile.json \
        (oldest first) becomes events: the start, a renewal when the renewal date moves on, an \
        expansion or contraction when only the contract value changes, a churn when the \
        status becomes churned (docs/REVENUE.md). A customer that already has records is \
        left alone. Check the result, then commit it.
        """
    )

    @Argument(help: ArgumentHelp("Only these customers (default: all without contracts.jsonl).", valueName: "customer"))
    var customers: [String] = []

    @Flag(name: .customLong("dry-run"), help: "Print the events; write nothing.")
    var dryRun = false

    func run() throws {
        let err = Terminal.standardError, out = Terminal.standardOutput
        for id in customers where CustomerID(id) == nil {
            err.write("error: \(CustomerID.explain(id))\n")
            throw ExitCode(2)
        }
        let workspace = try Workspace.open()
        let repository = try WorkspaceRepository.open(workspace)
        guard let head = repository.repo.resolve("HEAD") else {
            err.write("error: the workspace has no commits yet; commit first, or record events with csw renewal record\n")
            throw ExitCode(1)
        }
        let names = try workspace.reader.customerNames()
        for id in customers where !names.contains(id) {
            err.write("error: there is no customer \(id); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        let commits: [GitCommitInfo]
        do { commits = try repository.repo.log(from: head).reversed() } catch {
            err.write("error: cannot read the history: \(error.message)\n")
            throw ExitCode(2)
        }
        var written = 0
        var transaction = FileTransaction(under: workspace.root)
        for name in names where customers.isEmpty || customers.contains(name) {
            let path = workspace.reader.path("customers/\(name)/contracts.jsonl")
            if FileSystem.exists(path) {
                if !customers.isEmpty { out.write("\(name): already has contracts.jsonl; left alone\n") }
                continue
            }
            var versions: [ContractHistory.ProfileVersion] = []
            var previous: GitOID?
            for c in commits {
                guard let blob = try? repository.repo.blobID(at: "customers/\(name)/profile.json", inTree: c.tree), blob != previous else { continue }
                previous = blob
                guard let bytes = try? repository.repo.blob(blob), let p = try? JSONDocument.parse(bytes).get().root else { continue }
                versions.append(.init(day: Day(number: Int(c.author.time / 86_400)), contractValue: p["contract_value"]?.doubleValue,
                                      contractStart: p["contract_start"]?.stringValue.flatMap(Day.init),
                                      renewal: (p["renewal_date"] ?? p["contract_end"])?.stringValue.flatMap(Day.init),
                                      churned: p["status"]?.stringValue == "churned"))
            }
            let events = ContractHistory.inferred(from: versions, customerID: name)
            guard !events.isEmpty else {
                out.write("\(name): no committed contract value; nothing to import\n")
                continue
            }
            out.write("\(name): \(events.count) event\(events.count == 1 ? "" : "s") from \(versions.count) version\(versions.count == 1 ? "" : "s") of profile.json\n")
            for e in events {
                let what = e.arr.map { " \(Money.format($0))" } ?? e.amount.map { " \(Money.format($0))" } ?? ""
                out.write("  \(e.date) \(e.kind.rawValue)\(what)\(e.termEnd.map { " until \($0)" } ?? "")\n")
            }
            guard !dryRun else { continue }
            do {
                try transaction.write(events.flatMap { Array((JSONWriter.line($0.json) + "\n").utf8) }, to: path)
                written += 1
            } catch {
                transaction.rollBack()
                err.write("error: \(error)\n  note: nothing was written\n")
                throw ExitCode(2)
            }
        }
        if !dryRun { err.write("wrote contracts.jsonl for \(written) customer\(written == 1 ? "" : "s"); check them, then commit\n") }
    }
}
