import CSWCore
import CSWJSON

/// A task in customers/<ID>/tasks.jsonl: a campaign step or an action `csw run` took.
public struct CustomerTask: Sendable, Equatable {
    public let id: String
    public let customerID: String
    public let title: String
    public let owner: String
    public let due: Day
    public var status: String
    /// "playbook:NAME", "run:review-prep", "run:critical-feedback", "manual".
    public let source: String
    /// "NAME@START" for the steps of one run of a playbook.
    public let campaign: String?
    public let created: Day
    public var doneBy: String?
    public var doneAt: Day?
    public var reason: String?

    public init(id: String, customerID: String, title: String, owner: String, due: Day, status: String = "open", source: String,
                campaign: String?, created: Day, doneBy: String? = nil, doneAt: Day? = nil, reason: String? = nil) {
        self.id = id
        self.customerID = customerID
        self.title = title
        self.owner = owner
        self.due = due
        self.status = status
        self.source = source
        self.campaign = campaign
        self.created = created
        self.doneBy = doneBy
        self.doneAt = doneAt
        self.reason = reason
    }

    /// Stable: the same customer, source, title and start date give the same id, so a
    /// second `csw run` or `csw playbook start` finds the task already there.
    public static func id(customer: String, source: String, title: String, start: Day) -> String {
        "T-" + FNV1a.hex16("\(customer)|\(source)|\(title)|\(start)").prefix(12)
    }

    /// One line of tasks.jsonl (the customer is the folder).
    public var record: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["title"] = .string(title)
        o["owner"] = .string(owner)
        o["due"] = .string(due.description)
        o["status"] = .string(status)
        o["source"] = .string(source)
        if let campaign { o["campaign"] = .string(campaign) }
        o["created"] = .string(created.description)
        if let doneBy { o["done_by"] = .string(doneBy) }
        if let doneAt { o["done_at"] = .string(doneAt.description) }
        if let reason { o["reason"] = .string(reason) }
        return .object(o)
    }

    /// For scripts: the record with the customer.
    public var json: JSONValue {
        guard case .object(var o) = record else { return record }
        o["customer_id"] = .string(customerID)
        return .object(o)
    }

    public init?(customerID: String, record r: JSONNode) {
        guard let id = r["id"]?.stringValue, let title = r["title"]?.stringValue, let owner = r["owner"]?.stringValue,
              let due = r["due"]?.stringValue.flatMap(Day.init), let status = r["status"]?.stringValue,
              let source = r["source"]?.stringValue, let created = r["created"]?.stringValue.flatMap(Day.init) else { return nil }
        self.init(id: id, customerID: customerID, title: title, owner: owner, due: due, status: status, source: source,
                  campaign: r["campaign"]?.stringValue, created: created, doneBy: r["done_by"]?.stringValue,
                  doneAt: r["done_at"]?.stringValue.flatMap(Day.init), reason: r["reason"]?.stringValue)
    }

    /// tasks.jsonl's tasks (lines that do not parse are skipped; csw validate reports them).
    public static func parse(_ bytes: [UInt8]?, customer: String) -> [CustomerTask] {
        guard let bytes else { return [] }
        return JSONLines.parse(bytes).records.compactMap { CustomerTask(customerID: customer, record: $0.document.root) }
    }

    /// The whole file, one task per line in the given order.
    public static func file(_ tasks: [CustomerTask]) -> [UInt8] {
        Array(tasks.map { JSONWriter.line($0.record) + "\n" }.joined().utf8)
    }
}

/// Starting playbooks and judging the campaigns they became.
public enum Campaigns {
    /// The playbook's steps as tasks for one customer, starting on `day`: role `csm` is
    /// the customer's CSM; other roles stay roles. `today`: when the tasks are created, if
    /// later than `day` (a renewal campaign taken up late): no task is due before it, so
    /// none is created already overdue.
    public static func start(_ playbook: Playbook, customer: String, csm: String?, on day: Day, today: Day? = nil) -> [CustomerTask] {
        let source = "playbook:" + playbook.name
        let created = max(day, today ?? day)
        return playbook.steps.map { step in
            CustomerTask(id: CustomerTask.id(customer: customer, source: source, title: step.title, start: day), customerID: customer,
                         title: step.title, owner: step.ownerRole == "csm" ? (csm ?? "csm") : step.ownerRole, due: max(created, day.adding(days: step.day)),
                         source: source, campaign: "\(playbook.name)@\(day)", created: created)
        }
    }

    /// A campaign: the tasks of one run of one playbook for one customer.
    public struct Campaign: Sendable {
        public let customerID: String
        public let playbook: String
        public let started: Day
        public let tasks: [CustomerTask]
        /// All tasks done or skipped: the last of their dates.
        public var finished: Day? {
            guard tasks.allSatisfy({ $0.status != "open" }) else { return nil }
            return tasks.compactMap(\.doneAt).max() ?? started
        }
    }

    /// Groups tasks by campaign ("NAME@START").
    public static func campaigns(_ tasks: [CustomerTask]) -> [Campaign] {
        var groups: [String: [CustomerTask]] = [:]
        for task in tasks { if let c = task.campaign { groups["\(task.customerID)|\(c)", default: []].append(task) } }
        return groups.keys.sorted().compactMap { key in
            let tasks = groups[key]!
            let parts = tasks[0].campaign!.split(separator: "@", maxSplits: 1)
            guard parts.count == 2, let start = Day(String(parts[1])) else { return nil }
            return Campaign(customerID: tasks[0].customerID, playbook: String(parts[0]), started: start, tasks: tasks)
        }
    }

    /// How a finished campaign went: health at its start against its finish, and whether
    /// the customer renewed (docs/PLAYBOOKS.md).
    public struct Outcome: Sendable {
        public let campaign: Campaign
        public let finished: Day
        public let healthBefore: Double?
        public let healthAfter: Double?
        /// "renewed", "churned", "renewal on YYYY-MM-DD" or "active".
        public let result: String

        public var json: JSONValue {
            func num(_ x: Double?) -> JSONValue { x.map { .number(JSONNumber($0)) } ?? .null }
            return .object(["customer_id": .string(campaign.customerID), "playbook": .string(campaign.playbook),
                            "started": .string(campaign.started.description), "finished": .string(finished.description),
                            "health_before": num(healthBefore), "health_after": num(healthAfter), "result": .string(result)])
        }
    }

    public static func outcome(_ campaign: Campaign, data: CustomerData, model: ScoringModel, asOf: Day) -> Outcome? {
        guard let finished = campaign.finished else { return nil }
        func health(_ day: Day) -> Double? {
            data.history(upTo: day).isEmpty ? nil : HealthScore.compute(data, asOf: day, model: model).score
        }
        let result: String
        if data.status == "churned" {
            result = "churned"
        } else if let renewal = data.renewal {
            result = renewal <= asOf ? "renewed" : "renewal on \(renewal)"
        } else {
            result = "active"
        }
        return Outcome(campaign: campaign, finished: finished, healthBefore: health(campaign.started), healthAfter: health(finished), result: result)
    }
}
