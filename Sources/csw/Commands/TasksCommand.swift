import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import CSWSchema

struct PlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Start a playbook for a customer: its steps become tasks.",
        subcommands: [PlaybookStartCommand.self, PlaybookListCommand.self]
    )
}

struct PlaybookListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The playbooks in playbooks/.")

    func run() throws {
        let playbooks = AlertsRun.playbooks(try Workspace.open())
        guard !playbooks.isEmpty else {
            Terminal.standardOutput.write("no playbooks: add Markdown playbooks to playbooks/ (docs/PLAYBOOKS.md)\n")
            return
        }
        let rows = playbooks.map { [$0.name, $0.type, "\($0.steps.count)", $0.title] }
        Terminal.standardOutput.write(TextTable.render(header: ["PLAYBOOK", "TYPE", "STEPS", "TITLE"], rows: rows, rightAligned: [2]))
    }
}

struct PlaybookStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Turn a playbook's steps into tasks in the customer's tasks.jsonl.",
        discussion: """
        Each step becomes a task due its day offset after the start; role csm is the \
        customer's CSM. The tasks form one campaign (PLAYBOOK@START). csw refuses to start \
        a playbook whose campaign for that customer still has open tasks.

        Examples:
          csw playbook start CH_003 roi-recovery
          csw playbook start CH_003 executive-sponsor-re-engagement --as-of 2025-11-15
        """
    )

    @Argument(help: ArgumentHelp("The customer.", valueName: "customer"))
    var customer: String

    @Argument(help: ArgumentHelp("The playbook (file name in playbooks/ without .md).", valueName: "playbook"))
    var playbook: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The start date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let err = Terminal.standardError
        guard CustomerID(customer) != nil else {
            err.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        let workspace = try Workspace.open()
        guard let found = AlertsRun.playbooks(workspace).first(where: { $0.name == playbook }) else {
            err.write("error: there is no playbook \(playbook) in playbooks/\n  note: 'csw playbook list' shows them\n")
            throw ExitCode(1)
        }
        guard let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [customer]).first else {
            err.write("error: \(customer) has no readable profile.json (csw validate explains)\n")
            throw ExitCode(1)
        }
        if let open = assessed.tasks.first(where: { $0.source == "playbook:" + playbook && $0.status == "open" }) {
            err.write("error: \(customer) already runs \(playbook) (\(open.campaign ?? "campaign")); its open tasks are in csw tasks --customer \(customer)\n")
            throw ExitCode(1)
        }
        let tasks = Campaigns.start(found, customer: customer, csm: assessed.data.csm, on: day)
        let added = try TasksStore.add(tasks, workspace: workspace)
        Terminal.standardOutput.write("started \(playbook) for \(customer): \(added) task\(added == 1 ? "" : "s") in customers/\(customer)/tasks.jsonl\n")
    }
}

struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "Tasks from campaigns and csw run: who does what by when.",
        discussion: """
        Examples:
          csw tasks
          csw tasks --owner mike.smith --overdue
          csw tasks done T-1a2b3c4d5e6f --note "CMO call held"
          csw tasks skip T-1a2b3c4d5e6f --reason "covered in the QBR"
        """,
        subcommands: [TasksListCommand.self, TasksDoneCommand.self, TasksSkipCommand.self],
        defaultSubcommand: TasksListCommand.self
    )
}

struct TasksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Open tasks, soonest due first (the default).")

    @Option(name: .long, help: ArgumentHelp("Only this owner (a CSM id or a role).", valueName: "owner"))
    var owner: String?

    @Option(name: .long, help: ArgumentHelp("Only this customer.", valueName: "customer"))
    var customer: String?

    @Flag(name: .long, help: "Only tasks past their due date.")
    var overdue = false

    @Flag(name: .long, help: "Include done and skipped tasks.")
    var all = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Today, for --overdue (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let day = try CommandInput.asOf(asOf)
        let tasks = try TasksStore.all(customer: customer).filter { t in
            (all || t.status == "open") && (owner.map { t.owner == $0 } ?? true) && (!overdue || (t.status == "open" && t.due < day))
        }.sorted { ($0.due, $0.customerID, $0.id) < ($1.due, $1.customerID, $1.id) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(tasks.map(\.json))))
        case .text:
            if tasks.isEmpty {
                out.write("no \(all ? "" : "open ")tasks\(overdue ? " overdue as of \(day)" : "")\n")
                return
            }
            let rows = tasks.map { t in
                [t.id, t.customerID, t.due < day && t.status == "open" ? out.styled(t.due.description, .red) : t.due.description, t.owner, t.status, t.title, t.source]
            }
            out.write(TextTable.render(header: ["ID", "CUSTOMER", "DUE", "OWNER", "STATUS", "TASK", "SOURCE"], rows: rows))
        }
    }
}

struct TasksDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a task done (who and when are recorded).")

    @Argument(help: ArgumentHelp("The task id.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("How it was done.", valueName: "text"))
    var note: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("When (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        try TasksStore.finish(id, status: "done", reason: note, on: try CommandInput.asOf(asOf))
    }
}

struct TasksSkipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "skip", abstract: "Skip a task, with the reason.")

    @Argument(help: ArgumentHelp("The task id.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Why it is not needed.", valueName: "text"))
    var reason: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("When (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        try TasksStore.finish(id, status: "skipped", reason: reason, on: try CommandInput.asOf(asOf))
    }
}

/// customers/<ID>/tasks.jsonl: reading, adding (never twice) and finishing tasks.
enum TasksStore {
    static func all(customer: String? = nil) throws -> [CustomerTask] {
        let workspace = try Workspace.open()
        let names = try workspace.reader.customerNames()
            .filter { customer == nil || $0 == customer }
        return names.flatMap { name in
            CustomerTask.parse(try? FileSystem.read(workspace.root + "/customers/" + name + "/tasks.jsonl"), customer: name)
        }
    }

    /// Appends the tasks whose ids are not there yet; returns how many were added.
    @discardableResult
    static func add(_ tasks: [CustomerTask], workspace: Workspace) throws -> Int {
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        var added = 0
        var transaction = FileTransaction(under: workspace.root)
        do {
            for (customer, new) in Dictionary(grouping: tasks, by: \.customerID).sorted(by: { $0.key < $1.key }) {
                let path = workspace.root + "/customers/" + customer + "/tasks.jsonl"
                var existing = CustomerTask.parse(try? FileSystem.read(path), customer: customer)
                let known = Set(existing.map(\.id))
                let fresh = new.filter { !known.contains($0.id) }
                guard !fresh.isEmpty else { continue }
                existing += fresh
                added += fresh.count
                try transaction.write(CustomerTask.file(existing), to: path)
            }
        } catch {
            transaction.rollBack()
            Terminal.standardError.write("error: \(error)\n  note: no task was written\n")
            throw ExitCode(2)
        }
        return added
    }

    static func finish(_ id: String, status: String, reason: String?, on day: Day) throws {
        let err = Terminal.standardError
        let workspace = try Workspace.open()
        guard let task = try all().first(where: { $0.id == id }) else {
            err.write("error: there is no task \(id)\n  note: 'csw tasks --all' lists them\n")
            throw ExitCode(1)
        }
        guard task.status == "open" else {
            err.write("error: task \(id) is already \(task.status)\(task.doneAt.map { " (\($0))" } ?? "")\n")
            throw ExitCode(1)
        }
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let path = workspace.root + "/customers/" + task.customerID + "/tasks.jsonl"
        var tasks = CustomerTask.parse(try? FileSystem.read(path), customer: task.customerID)
        guard let i = tasks.firstIndex(where: { $0.id == id }) else { throw ExitCode(1) }
        tasks[i].status = status
        tasks[i].doneBy = (try? GitRepository.open(at: workspace.root))?.defaultSignature().map(\.name) ?? "unknown"
        tasks[i].doneAt = day
        tasks[i].reason = reason
        do {
            try AtomicFile.write(CustomerTask.file(tasks), to: path, under: workspace.root)
        } catch {
            err.write("error: \(error)\n  note: the task is unchanged\n")
            throw ExitCode(2)
        }
        Terminal.standardOutput.write("\(id) (\(task.customerID): \(task.title)) \(status)\n")
    }
}
