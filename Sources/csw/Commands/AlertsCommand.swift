import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import CSWSchema

struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Early warnings: which customers need attention, why, who owns it and by when.",
        discussion: """
        Rules live in csw.json's "alert_rules" (the defaults when it has none; \
        docs/ALERTS.md lists them): health below a threshold, a drop within 30 days, three \
        monthly declines, an NPS detractor, unresolved critical feedback, a support surge, \
        a renewal close with health not healthy, no metrics for 45 days. An alert's id is \
        stable: the same condition keeps the same id from run to run.

        Acknowledged and snoozed alerts are hidden unless --all. An acknowledged alert \
        comes back when its condition clears and returns.

        Examples:
          csw alerts
          csw alerts --severity high --owner mike.smith
          csw alerts ack A-3f2c9e1d0b7a4c55 --note "called the CMO; plan agreed"
          csw alerts snooze A-3f2c9e1d0b7a4c55 --until 2025-12-15
          csw alerts --format json --as-of 2025-11-15
        """,
        subcommands: [AlertsListCommand.self, AlertsAckCommand.self, AlertsSnoozeCommand.self],
        defaultSubcommand: AlertsListCommand.self
    )
}

struct AlertsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the alerts that hold (the default).")

    @Option(name: .long, help: ArgumentHelp("Only this severity or higher: low, medium, high, critical.", valueName: "severity"))
    var severity: String?

    @Option(name: .long, help: ArgumentHelp("Only alerts this CSM owns.", valueName: "csm"))
    var owner: String?

    @Option(name: .long, help: ArgumentHelp("Only this customer.", valueName: "customer"))
    var customer: String?

    @Option(name: .long, help: ArgumentHelp("Evaluate the workspace as it was at this git revision.", valueName: "rev"))
    var at: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(name: .long, help: "Include acknowledged and snoozed alerts.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let err = Terminal.standardError
        let minimum: Severity?
        if let severity {
            guard let s = Severity(rawValue: severity) else {
                err.write("error: --severity takes low, medium, high or critical\n")
                throw ExitCode(2)
            }
            minimum = s
        } else {
            minimum = nil
        }
        if let customer, CustomerID(customer) == nil {
            err.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        var alerts = try AlertsRun.evaluate(at: at, asOf: day, only: customer.map { [$0] } ?? [])
        alerts = alerts.filter { a in
            (all || a.state == .open) && (minimum.map { a.severity >= $0 } ?? true) && (owner.map { a.owner == $0 } ?? true)
        }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(alerts.map(\.json))))
        case .text:
            if alerts.isEmpty {
                out.write("no alerts as of \(day)\(all ? "" : " (csw alerts --all shows acknowledged and snoozed ones)")\n")
                return
            }
            let rows = alerts.map { a -> [String] in
                let severity: String
                switch a.severity {
                case .critical, .high: severity = out.styled(a.severity.rawValue, .red)
                case .medium: severity = out.styled(a.severity.rawValue, .yellow)
                case .low: severity = a.severity.rawValue
                }
                return [severity, a.id, a.customerID, a.rule, a.owner, a.due.description, a.reason + (a.state == .open ? "" : " [\(a.stateNote ?? a.state.rawValue)]")]
            }
            out.write(TextTable.render(header: ["SEVERITY", "ID", "CUSTOMER", "RULE", "OWNER", "DUE", "WHY"], rows: rows))
            let open = alerts.filter { $0.state == .open }.count
            out.write("\(alerts.count) alert\(alerts.count == 1 ? "" : "s")\(all ? ", \(open) open" : "") as of \(day)\n")
        }
    }
}

struct AlertsAckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Acknowledge an alert: hidden until its condition clears and returns.",
        discussion: "Recorded in customers/<ID>/alerts.json with who and when, so teammates see it after csw sync."
    )

    @Argument(help: ArgumentHelp("The alert id (from csw alerts).", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("What was done or decided.", valueName: "text"))
    var note: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date of the acknowledgement (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let day = try CommandInput.asOf(asOf)
        try AlertsRun.record(id, asOf: day) { by in AlertState.Entry(state: .acknowledged, by: by, at: day, note: note, until: nil) }
    }
}

struct AlertsSnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Snooze an alert until a date.",
        discussion: "Recorded in customers/<ID>/alerts.json; after the date the alert shows again if it still holds."
    )

    @Argument(help: ArgumentHelp("The alert id (from csw alerts).", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Hidden until (and on) this date.", valueName: "YYYY-MM-DD"))
    var until: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date of the snooze (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let day = try CommandInput.asOf(asOf)
        let end = try CommandInput.date(until, option: "--until")
        guard end >= day else {
            Terminal.standardError.write("error: --until \(until) is before \(day); a snooze ends in the future\n")
            throw ExitCode(2)
        }
        try AlertsRun.record(id, asOf: day) { by in AlertState.Entry(state: .snoozed, by: by, at: day, note: nil, until: end) }
    }
}

/// Reading customers, evaluating the rules and recording state: shared by the alert commands.
enum AlertsRun {
    static func evaluate(at revision: String?, asOf day: Day, only: [String]) throws -> [Alert] {
        try assess(at: revision, asOf: day, only: only).flatMap(\.alerts)
            .sorted { ($1.severity, $0.customerID, $0.rule, $0.id) < ($0.severity, $1.customerID, $1.rule, $1.id) }
    }

    /// One customer as the retention commands see it: its score, tier and alerts.
    struct Assessed: Sendable {
        let score: CustomerScore
        let tier: String
        let alerts: [Alert]
        let data: CustomerData
        let tasks: [CustomerTask]
        let setup: ScoringSetup
        let feedback: [FeedbackNote]
        /// profile.json's team_members (read only when asked for: `members: true`).
        let members: [CommunityMember.Candidate]
        /// The folder as read (kept only when asked for: `folders: true`, for csw export).
        let folder: CustomerFolder?
    }

    /// Scores every customer (or `only` these) and evaluates the alert rules, in parallel.
    static func assess(at revision: String?, asOf day: Day, only: [String], members: Bool = false, folders: Bool = false) throws -> [Assessed] {
        let err = Terminal.standardError
        let workspace = try Workspace.open()
        let source = try ScoreSource.open(workspace, revision: revision, wholeFolders: true)
        guard let setup = ScoringSetup(config: source.config) else {
            err.write("error: csw.json is not valid JSON; fix it first (csw validate)\n")
            throw ExitCode(1)
        }
        let config = try? JSONDocument.parse(source.config).get().root
        let rules = AlertRule.rules(from: config?["alert_rules"]?.value)
        let analyser = SentimentAnalyser(extra: FeedbackSetup.lexicon(config))
        let names = source.customerNames.filter { only.isEmpty || only.contains($0) }
        for id in only where !names.contains(id) {
            err.write("error: there is no customer \(id); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        return ParallelMap.map(names.count) { i -> Assessed? in
            guard let (folder, _) = source.folder(names[i]),
                  var data = CustomerData(folder: folder, since: day.adding(days: -CustomerScore.lookbackDays), extraMetrics: setup.model.extraMetrics) else { return nil }
            let notes = FeedbackNote.notes(in: folder, analyser: analyser)
            if setup.model.usesFeedback { data = data.withFeedback(notes) }
            let score = CustomerScore.compute(data, asOf: day, model: setup.model, kpiTargets: setup.targets)
            let input = AlertInput(data: data, score: score, feedback: notes)
            let alerts = AlertEvaluator.evaluate(input, rules: rules, asOf: day, model: setup.model)
            return Assessed(score: score, tier: data.tier,
                            alerts: AlertState(bytes: folder.file("alerts.json")).apply(alerts, input: input, rules: rules, asOf: day, model: setup.model),
                            data: data, tasks: CustomerTask.parse(folder.file("tasks.jsonl"), customer: names[i]), setup: setup, feedback: notes,
                            members: members ? CommunityMember.candidates(profile: folder.file("profile.json"), customerID: names[i]) : [],
                            folder: folders ? folder : nil)
        }.compactMap { $0 }
    }

    /// playbooks/*.md of the working folder (those that do not parse are skipped; csw
    /// validate reports them).
    static func playbooks(_ workspace: Workspace) -> [Playbook] {
        let folder = workspace.root + "/playbooks"
        guard let entries = try? FileSystem.list(folder) else { return [] }
        return entries.filter { $0.type == .file && $0.name.hasSuffix(".md") }.sorted { $0.name < $1.name }.compactMap { entry in
            guard let bytes = try? FileSystem.read(folder + "/" + entry.name),
                  case .success(let front) = FrontMatter.parse(String(decoding: bytes, as: UTF8.self)) else { return nil }
            return Playbook(name: String(entry.name.dropLast(3)), frontMatter: front.value)
        }
    }

    /// Finds the customer whose alert has this id (evaluated today or as of `asOf`) and
    /// writes the new entry into its alerts.json, under the workspace lock.
    static func record(_ id: String, asOf day: Day, entry: (String) -> AlertState.Entry) throws {
        let err = Terminal.standardError
        let all = try evaluate(at: nil, asOf: day, only: [])
        guard let alert = all.first(where: { $0.id == id }) else {
            err.write("error: no alert \(id) holds as of \(day)\n  note: 'csw alerts --all' lists the current ids\n")
            throw ExitCode(1)
        }
        let workspace = try Workspace.open()
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let by = (try? GitRepository.open(at: workspace.root))?.defaultSignature().map(\.name) ?? "unknown"
        let path = workspace.root + "/customers/" + alert.customerID + "/alerts.json"
        var state = AlertState(bytes: try? FileSystem.read(path))
        let new = entry(by)
        state.entries[id] = new
        do {
            try AtomicFile.write(Array(JSONWriter().string(state.json).utf8), to: path, under: workspace.root)
        } catch {
            err.write("error: \(error)\n  note: nothing was recorded\n")
            throw ExitCode(2)
        }
        let what = new.state == .snoozed ? "snoozed until \(new.until!)" : "acknowledged"
        Terminal.standardOutput.write("\(id) (\(alert.customerID), \(alert.rule)) \(what) in customers/\(alert.customerID)/alerts.json\n")
    }
}
