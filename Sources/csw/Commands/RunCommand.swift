import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The automated workflows, once: escalations, playbook auto-starts, review preparation.",
        discussion: """
        What a cron job or a CI schedule runs after csw sync (and a CSM can run by hand). \
        It is idempotent: every task it creates has an id made from its cause, so running \
        it twice creates nothing twice. It does, as of --as-of (default today):
          - unresolved critical feedback: an escalation task for the CSM, due next day;
          - playbooks with auto_start: true whose trigger fits a customer (docs/PLAYBOOKS.md),
            and renewal playbooks with days_before_renewal once the renewal is that close:
            their steps become tasks, unless that playbook already runs for the customer;
          - a contract anniversary within 60 days: a task
            to prepare the annual business review, due two weeks before it, and the review
            document itself (csw review prepare) in customers/ID/reviews/, unless it exists;
          - an enhancement shipped (enhancements/*.md): for each customer whose feedback asked
            for it, a task to tell them, due a week after it shipped (or tomorrow);
          - open alerts to csw.json's hooks (docs/ALERTS.md) — only those approved on this
            machine with csw hooks approve; the others are named and skipped.

        Examples:
          csw run --dry-run
          csw run --as-of 2025-11-15
        """
    )

    @Flag(name: .long, help: "Show what would be done; write nothing.")
    var dryRun = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Run as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let day = try CommandInput.asOf(asOf)
        let workspace = try Workspace.open()
        let playbooks = AlertsRun.playbooks(workspace)
        let shipped = FeedbackSetup.enhancements(workspace).filter { $0.status == "shipped" && ($0.shipped.map { $0 <= day } ?? true) }
        var planned: [(task: CustomerTask, why: String)] = []
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [])
        for a in assessed where a.score.customer.status != "churned" {
            planned += Workflows.plan(a, playbooks: playbooks, shipped: shipped, asOf: day)
        }
        // Notifications: open alerts to the hooks that want them, outside the cooldown.
        let config = try? JSONDocument.parse(try workspace.read("csw.json")).get().root
        // Only hooks approved on this machine (csw hooks approve): csw.json comes from the
        // team, and a pulled hook runs nothing until the person running csw approves it.
        let (delivery, held, problem) = HookDelivery.approved(root: workspace.root, hooks: Hook.hooks(from: config?["hooks"]?.value))
        if let problem { Terminal.standardError.write("warning: \(problem)\n") }
        for (hook, state) in held { Terminal.standardError.write("warning: \(HookApproval.notice(hook, state))\n") }
        let hooks = delivery.hooks
        let delivered = delivery.delivered(), waiting = delivery.outbox()
        let events = NotificationPlan.events(alerts: assessed.flatMap(\.alerts), rules: AlertRule.rules(from: config?["alert_rules"]?.value),
                                             hooks: hooks, delivered: delivered.lastDay,
                                             waiting: Set(waiting.map { $0.hook + "|" + $0.subject }), asOf: day)
        // Only what is not there yet: ids are stable, so a second run finds everything.
        let existing = Set(assessed.flatMap(\.tasks).map(\.id))
        let fresh = planned.filter { !existing.contains($0.task.id) }
        let added = dryRun || fresh.isEmpty ? 0 : try TasksStore.add(fresh.map(\.task), workspace: workspace)
        let reviews = try Self.prepareReviews(assessed, workspace: workspace, config: config, asOf: day, dryRun: dryRun)
        let outcomes = dryRun || (events.isEmpty && waiting.isEmpty) ? [] : delivery.deliver(events, waiting: waiting, deliveredIDs: delivered.ids, on: day)
        let failed = outcomes.filter { $0.error != nil }
        let out = Terminal.standardOutput
        defer {
            if format == .text { Self.report(dryRun ? events : [], outcomes, waiting: dryRun ? waiting.count : 0, out) }
        }
        if !failed.isEmpty { Terminal.standardError.write("warning: \(failed.count) notification\(failed.count == 1 ? "" : "s") kept in \(HookDelivery.outboxPath) for the next csw run\n") }
        switch format {
        case .json:
            out.write(JSONWriter().string(.object([
                "as_of": .string(day.description), "dry_run": .bool(dryRun),
                "notifications": .array((dryRun ? events.map { ($0, nil as String?) } : outcomes.map { ($0.event, $0.error) }).map { event, error in
                    .object(["id": .string(event.id), "hook": .string(event.hook), "subject": .string(event.subject),
                             "delivered": .bool(!dryRun && error == nil), "error": error.map(JSONValue.string) ?? .null])
                }),
                "reviews": .array(reviews.map(JSONValue.string)),
                "tasks": .array(fresh.map { p in
                    guard case .object(var o) = p.task.json else { return p.task.json }
                    o["why"] = .string(p.why)
                    return .object(o)
                }),
            ])))
        case .text:
            for path in reviews { out.write("\(dryRun ? "would prepare" : "prepared") \(path)\n") }
            if fresh.isEmpty {
                out.write("no new tasks as of \(day): every workflow's tasks are already there\n")
                return
            }
            for (why, items) in Dictionary(grouping: fresh, by: { "\($0.task.customerID): \($0.why)" }).sorted(by: { $0.key < $1.key }) {
                out.write("\(why)\n")
                for p in items { out.write("  \(dryRun ? "would add" : "added") \(p.task.id) due \(p.task.due) \(p.task.owner): \(p.task.title)\n") }
            }
            out.write(dryRun ? "dry run: nothing written (\(fresh.count) task\(fresh.count == 1 ? "" : "s") would be added)\n"
                             : "added \(added) task\(added == 1 ? "" : "s") to customers/*/tasks.jsonl\n")
        }
    }
}

extension RunCommand {
    /// Annual reviews for contract anniversaries within 60 days: the review document, dated
    /// the anniversary, unless an annual review is already dated in those 60 days. Returns
    /// the paths.
    static func prepareReviews(_ assessed: [AlertsRun.Assessed], workspace: Workspace, config: JSONNode?, asOf day: Day, dryRun: Bool) throws -> [String] {
        let window = Workflows.reviewPrepDays
        let due = assessed.compactMap { a -> (AlertsRun.Assessed, Day)? in
            guard a.score.customer.status != "churned", let start = a.data.contractStart,
                  let anniversary = Workflows.nextAnniversary(of: start, onOrAfter: day), anniversary - day <= window else { return nil }
            // An annual review already dated in the run-up to this anniversary counts.
            let existing = ((try? FileSystem.list(workspace.root + "/customers/" + a.data.id + "/reviews")) ?? []).compactMap { entry -> Day? in
                guard entry.name.hasSuffix("-annual-business-review.md") else { return nil }
                return Day(String(entry.name.prefix(10)))
            }
            return existing.contains { anniversary - $0 >= 0 && anniversary - $0 <= window } ? nil : (a, anniversary)
        }
        guard !due.isEmpty else { return [] }
        if dryRun { return due.map { "customers/\($0.0.data.id)/reviews/\($0.1)-annual-business-review.md" } }
        let templates = try ReportSupport.templates(workspace)
        let inputs = try ReportInputs.load(workspace, assessed: assessed, config: config, asOf: day)
        var written: [String] = []
        for (a, anniversary) in due {
            let (from, to) = try ReviewSupport.period(nil, kind: .annual, asOf: day)
            let review = ReviewSupport.review(a, inputs: inputs, workspace: workspace, config: config, kind: .annual, date: anniversary, from: from, to: to)
            _ = try ReviewSupport.write(review.frontMatter + (try ReportSupport.render(templates, "review.md", review.document())), review: review,
                                        workspace: workspace, force: false)
            written.append("customers/\(a.data.id)/reviews/\(review.fileName)")
        }
        return written
    }

    static func report(_ planned: [NotificationEvent], _ outcomes: [HookDelivery.Outcome], waiting: Int, _ out: Terminal) {
        for event in planned { out.write("would notify \(event.hook): \(event.text)\n") }
        if waiting > 0 { out.write("would retry \(waiting) notification\(waiting == 1 ? "" : "s") from the outbox\n") }
        for o in outcomes {
            if let error = o.error {
                out.write("kept in the outbox for \(o.event.hook) after \(o.attempts) attempt\(o.attempts == 1 ? "" : "s") (\(error)): \(o.event.text)\n")
            } else {
                out.write("notified \(o.event.hook): \(o.event.text)\n")
            }
        }
    }
}

/// What the automated workflows would create for one customer (pure apart from reading
/// the assessed values).
enum Workflows {
    static func plan(_ a: AlertsRun.Assessed, playbooks: [Playbook], shipped: [Enhancement] = [], asOf day: Day) -> [(task: CustomerTask, why: String)] {
        let id = a.score.customer.id
        let csm = a.data.csm ?? "unassigned"
        var out: [(CustomerTask, String)] = []
        // Critical feedback: one escalation per note, dated by the note.
        for alert in a.alerts where alert.kind == .criticalFeedback && alert.state == .open {
            let title = "Escalate critical feedback \(alert.dedupeKey)"
            let source = "run:critical-feedback"
            let start = AlertsRun.feedbackDate(a, alert.dedupeKey) ?? day
            out.append((CustomerTask(id: CustomerTask.id(customer: id, source: source, title: title, start: start), customerID: id, title: title,
                                     owner: csm, due: day.adding(days: 1), source: source, campaign: nil, created: day),
                        "critical feedback \(alert.dedupeKey)"))
        }
        // Playbooks that start themselves, unless that playbook already runs here.
        let running = Set(a.tasks.filter { $0.status == "open" }.map(\.source))
        let risk = RetentionRisk(score: a.score, tier: a.tier, playbooks: playbooks, firingRules: a.alerts.filter { $0.state == .open }.map(\.rule))
        for playbook in playbooks where !running.contains("playbook:" + playbook.name) {
            var start: Day?
            var why = ""
            if let before = playbook.daysBeforeRenewal, let renewal = a.data.renewal, renewal - day >= 0, renewal - day <= before {
                start = renewal.adding(days: -before)  // stable: the same renewal gives the same campaign
                why = "renewal on \(renewal): \(playbook.name)"
            } else if playbook.autoStart, let r = risk.recommendations.first(where: { $0.playbook == playbook }) {
                start = day
                why = "\(playbook.name) auto-starts (\(r.because))"
            }
            guard let start else { continue }
            // A campaign already run for this start (finished or not) is not run again.
            if a.tasks.contains(where: { $0.campaign == "\(playbook.name)@\(start)" }) { continue }
            out += Campaigns.start(playbook, customer: id, csm: a.data.csm, on: start, today: day).map { ($0, why) }
        }
        // Annual business review: the contract anniversary within 60 days.
        if let startDate = a.data.contractStart, let anniversary = nextAnniversary(of: startDate, onOrAfter: day), anniversary - day <= reviewPrepDays {
            let title = "Prepare the annual business review for \(anniversary)"
            let source = "run:review-prep"
            out.append((CustomerTask(id: CustomerTask.id(customer: id, source: source, title: title, start: anniversary), customerID: id, title: title,
                                     owner: csm, due: max(day, anniversary.adding(days: -14)), source: source, campaign: nil, created: day),
                        "contract anniversary on \(anniversary)"))
        }
        // Shipped enhancements this customer asked for: tell them.
        for e in shipped {
            let asked = a.feedback.filter { $0.enhancement == e.id }
            guard !asked.isEmpty else { continue }
            let contacts = Array(Set(asked.compactMap(\.contact))).sorted()
            let title = "Tell \(contacts.isEmpty ? a.data.organizationName : contacts.joined(separator: ", ")) that \(e.title) shipped"
            let source = "run:enhancement-shipped"
            let when = e.shipped ?? day
            out.append((CustomerTask(id: CustomerTask.id(customer: id, source: source, title: title, start: when), customerID: id, title: title,
                                     owner: csm, due: max(day.adding(days: 1), when.adding(days: 7)), source: source, campaign: nil, created: day),
                        "enhancement \(e.id) shipped; asked in \(asked.map(\.path).joined(separator: ", "))"))
        }
        return out
    }

    /// How long before a contract anniversary its annual review is prepared.
    static let reviewPrepDays = 60

    /// The first anniversary of `start` on or after `day` (29 February falls on 28 February).
    static func nextAnniversary(of start: Day, onOrAfter day: Day) -> Day? {
        let s = start.description, d = day.description
        guard let sm = Int(s.dropFirst(5).prefix(2)), let sd = Int(s.suffix(2)), let year = Int(d.prefix(4)) else { return nil }
        for y in [year, year + 1] where y > Int(s.prefix(4))! {
            if let candidate = Day("\(y)-\(sm)-\(min(sd, Day.length(of: sm, in: y)))"), candidate >= day { return candidate }
        }
        return nil
    }
}

extension AlertsRun {
    /// The date of a feedback note of the assessed customer (its front matter).
    static func feedbackDate(_ a: Assessed, _ path: String) -> Day? {
        Day(String(path.split(separator: "/").last?.prefix(10) ?? ""))
    }
}
