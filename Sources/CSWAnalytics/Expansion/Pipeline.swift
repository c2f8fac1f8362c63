import CSWCore
import CSWJSON

/// An opportunity a CSM took up: a line of customers/<ID>/opportunities.jsonl.
public struct PipelineOpportunity: Sendable, Equatable {
    public static let stages = ["identified", "qualified", "proposed", "negotiation", "won", "lost"]
    /// The chance an opportunity at each stage closes (docs/REVENUE.md).
    public static let stageProbability: [String: Double] = ["identified": 0.1, "qualified": 0.25, "proposed": 0.5, "negotiation": 0.75, "won": 1, "lost": 0]

    public let id: String
    public let customerID: String
    public let type: String
    public let product: String?
    public let amount: Double
    public var stage: String
    public let owner: String
    public let expectedClose: Day
    public let created: Day
    public var updated: Day?
    public var closed: Day?
    public var note: String?

    public init(id: String, customerID: String, type: String, product: String?, amount: Double, stage: String, owner: String,
                expectedClose: Day, created: Day, updated: Day? = nil, closed: Day? = nil, note: String? = nil) {
        self.id = id
        self.customerID = customerID
        self.type = type
        self.product = product
        self.amount = amount
        self.stage = stage
        self.owner = owner
        self.expectedClose = expectedClose
        self.created = created
        self.updated = updated
        self.closed = closed
        self.note = note
    }

    public var isOpen: Bool { stage != "won" && stage != "lost" }
    public var weighted: Double { amount * (Self.stageProbability[stage] ?? 0) }

    public static func id(customer: String, type: String, product: String?, created: Day) -> String {
        "O-" + FNV1a.hex16("\(customer)|\(type)|\(product ?? "")|\(created)").prefix(12)
    }

    public var record: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["type"] = .string(type)
        if let product { o["product"] = .string(product) }
        o["amount"] = .number(JSONNumber(amount))
        o["stage"] = .string(stage)
        o["owner"] = .string(owner)
        o["expected_close"] = .string(expectedClose.description)
        o["created"] = .string(created.description)
        if let updated { o["updated"] = .string(updated.description) }
        if let closed { o["closed"] = .string(closed.description) }
        if let note { o["note"] = .string(note) }
        return .object(o)
    }

    public var json: JSONValue {
        guard case .object(var o) = record else { return record }
        o["customer_id"] = .string(customerID)
        o["weighted_value"] = .number(JSONNumber(weighted))
        return .object(o)
    }

    public init?(customerID: String, record r: JSONNode) {
        guard let id = r["id"]?.stringValue, let type = r["type"]?.stringValue, let amount = r["amount"]?.doubleValue,
              let stage = r["stage"]?.stringValue, let owner = r["owner"]?.stringValue,
              let close = r["expected_close"]?.stringValue.flatMap(Day.init), let created = r["created"]?.stringValue.flatMap(Day.init) else { return nil }
        self.init(id: id, customerID: customerID, type: type, product: r["product"]?.stringValue, amount: amount, stage: stage, owner: owner,
                  expectedClose: close, created: created, updated: r["updated"]?.stringValue.flatMap(Day.init),
                  closed: r["closed"]?.stringValue.flatMap(Day.init), note: r["note"]?.stringValue)
    }

    public static func parse(_ bytes: [UInt8]?, customer: String) -> [PipelineOpportunity] {
        guard let bytes else { return [] }
        return JSONLines.parse(bytes).records.compactMap { PipelineOpportunity(customerID: customer, record: $0.document.root) }
    }

    public static func file(_ items: [PipelineOpportunity]) -> [UInt8] {
        Array(items.map { JSONWriter.line($0.record) + "\n" }.joined().utf8)
    }
}

/// The weighted pipeline by stage, owner and segment, and what closed.
public struct PipelineReport: Sendable {
    public struct Group: Sendable, Equatable {
        public let key: String
        public let count: Int
        public let amount: Double
        public let weighted: Double

        var json: JSONValue {
            .object(["key": .string(key), "count": .number(JSONNumber(count)), "amount": .number(JSONNumber(amount)),
                     "weighted_value": .number(JSONNumber(weighted))])
        }
    }

    /// Open opportunities' amounts, and the same weighted by stage probability.
    public let totalPipelineValue: Double
    public let weightedPipelineValue: Double
    public let byStage: [Group]
    public let byOwner: [Group]
    public let bySegment: [Group]
    /// Won / (won + lost), nil when nothing closed.
    public let winRate: Double?
    /// The amounts of won opportunities.
    public let expansionRevenue: Double
    public let open: [PipelineOpportunity]

    /// `segments`: customer id → organization_type.
    public init(_ all: [PipelineOpportunity], segments: [String: String]) {
        let open = all.filter(\.isOpen).sorted { ($0.expectedClose, $0.customerID, $0.id) < ($1.expectedClose, $1.customerID, $1.id) }
        self.open = open
        totalPipelineValue = open.reduce(0) { $0 + $1.amount }
        weightedPipelineValue = open.reduce(0) { $0 + $1.weighted }
        func groups(_ key: (PipelineOpportunity) -> String, order: [String]? = nil) -> [Group] {
            let grouped = Dictionary(grouping: open, by: key)
            let keys = order?.filter { grouped[$0] != nil } ?? grouped.keys.sorted()
            return keys.map { k in
                let items = grouped[k]!
                return Group(key: k, count: items.count, amount: items.reduce(0) { $0 + $1.amount }, weighted: items.reduce(0) { $0 + $1.weighted })
            }
        }
        byStage = groups(\.stage, order: PipelineOpportunity.stages)
        byOwner = groups(\.owner)
        bySegment = groups { segments[$0.customerID] ?? "unknown" }
        let won = all.filter { $0.stage == "won" }, lost = all.filter { $0.stage == "lost" }
        winRate = won.count + lost.count > 0 ? Double(won.count) / Double(won.count + lost.count) : nil
        expansionRevenue = won.reduce(0) { $0 + $1.amount }
    }

    public var json: JSONValue {
        func num(_ x: Double) -> JSONValue { .number(JSONNumber(x)) }
        return .object(["total_pipeline_value": num(totalPipelineValue), "weighted_pipeline_value": num(weightedPipelineValue),
                        "by_stage": .array(byStage.map(\.json)), "by_owner": .array(byOwner.map(\.json)), "by_segment": .array(bySegment.map(\.json)),
                        "win_rate": winRate.map(num) ?? .null, "expansion_revenue": num(expansionRevenue),
                        "opportunities": .array(open.map(\.json))])
    }
}

/// Gross and net revenue retention between two versions of the workspace (docs/REVENUE.md):
/// over the customers active at the start, GRR = Σ min(start, end) / Σ start and
/// NRR = Σ end / Σ start, where end is the contract value at the end (0 when the customer
/// churned or left). Customers who joined in between are not part of either.
public struct RevenueRetention: Sendable, Equatable {
    public struct Account: Sendable, Equatable {
        public let contractValue: Double
        public let active: Bool

        public init(contractValue: Double, active: Bool) {
            self.contractValue = contractValue
            self.active = active
        }
    }

    public let startingARR: Double
    public let endingARR: Double
    public let churned: Double
    public let contraction: Double
    public let expansion: Double
    public let customers: Int

    public var grr: Double? { startingARR > 0 ? (startingARR - churned - contraction) / startingARR : nil }
    public var nrr: Double? { startingARR > 0 ? endingARR / startingARR : nil }

    public init(start: [String: Account], end: [String: Account]) {
        var s = 0.0, e = 0.0, churned = 0.0, contraction = 0.0, expansion = 0.0, n = 0
        for (id, a) in start where a.active && a.contractValue > 0 {
            n += 1
            s += a.contractValue
            let later = end[id].flatMap { $0.active ? $0.contractValue : nil } ?? 0
            e += later
            if later == 0 { churned += a.contractValue } else if later < a.contractValue { contraction += a.contractValue - later } else { expansion += later - a.contractValue }
        }
        startingARR = s
        endingARR = e
        self.churned = churned
        self.contraction = contraction
        self.expansion = expansion
        customers = n
    }

    public var json: JSONValue {
        func num(_ x: Double?) -> JSONValue { x.map { .number(JSONNumber(($0 * 10000).rounded() / 10000)) } ?? .null }
        return .object(["customers": .number(JSONNumber(customers)), "starting_arr": num(startingARR), "ending_arr": num(endingARR),
                        "churned": num(churned), "contraction": num(contraction), "expansion": num(expansion), "grr": num(grr), "nrr": num(nrr)])
    }
}
