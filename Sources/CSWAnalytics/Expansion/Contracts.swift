import CSWCore
import CSWJSON

/// One line of customers/<ID>/contracts.jsonl: a dated change to the contract
/// (docs/REVENUE.md). `start` and `renewal` set the ARR of a term and its end; `expansion`
/// and `contraction` add or remove ARR within the term; `churn` ends the contract.
public struct ContractEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case start, renewal, expansion, contraction, churn }

    public let id: String
    public let date: Day
    public let kind: Kind
    /// start, renewal: the annual value of the new term.
    public let arr: Double?
    /// expansion, contraction: the annual value added or removed (positive).
    public let amount: Double?
    /// start, renewal: the day the term ends (the next renewal date).
    public let termEnd: Day?
    public let product: String?
    public let opportunity: String?
    public let author: String?
    public let note: String?

    public init(date: Day, kind: Kind, arr: Double? = nil, amount: Double? = nil, termEnd: Day? = nil, product: String? = nil,
                opportunity: String? = nil, author: String? = nil, note: String? = nil, customerID: String) {
        self.date = date
        self.kind = kind
        self.arr = arr
        self.amount = amount
        self.termEnd = termEnd
        self.product = product
        self.opportunity = opportunity
        self.author = author
        self.note = note
        let amountText = amount.map { "\($0)" } ?? ""
        let arrText = arr.map { "\($0)" } ?? ""
        id = "K-" + FNV1a.hex16("\(customerID)|\(date)|\(kind.rawValue)|\(arrText)|\(amountText)|\(termEnd?.description ?? "")|\(opportunity ?? "")|\(product ?? "")")
    }

    init?(_ root: JSONNode, customerID: String) {
        guard let date = root["date"]?.stringValue.flatMap(Day.init), let kind = root["event"]?.stringValue.flatMap(Kind.init) else { return nil }
        self.init(date: date, kind: kind, arr: root["arr"]?.doubleValue?.usable, amount: root["amount"]?.doubleValue?.usable,
                  termEnd: root["term_end"]?.stringValue.flatMap(Day.init), product: root["product"]?.stringValue,
                  opportunity: root["opportunity"]?.stringValue, author: root["author"]?.stringValue, note: root["note"]?.stringValue,
                  customerID: customerID)
    }

    /// The line csw writes (fields in a fixed order).
    public var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["date"] = .string(date.description)
        o["event"] = .string(kind.rawValue)
        if let arr { o["arr"] = .number(JSONNumber(arr)) }
        if let amount { o["amount"] = .number(JSONNumber(amount)) }
        if let termEnd { o["term_end"] = .string(termEnd.description) }
        if let product { o["product"] = .string(product) }
        if let opportunity { o["opportunity"] = .string(opportunity) }
        if let author { o["author"] = .string(author) }
        if let note { o["note"] = .string(note) }
        return .object(o)
    }
}

/// A customer's contract as its records tell it, on any day.
public struct ContractHistory: Sendable, Equatable {
    /// Oldest first (the file's order for events on the same day).
    public let events: [ContractEvent]

    public struct State: Sendable, Equatable {
        public let arr: Double
        public let active: Bool
        /// When the current term ends (nil: no term recorded).
        public let termEnd: Day?
        /// The latest event on or before the day.
        public let last: ContractEvent
    }

    public init(events: [ContractEvent]) {
        self.events = events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// Reads contracts.jsonl leniently: a line that is not an event is skipped (csw
    /// validate reports it against the schema).
    public init(bytes: [UInt8], customerID: String) {
        self.init(events: JSONLines.parse(bytes).records.compactMap { ContractEvent($0.document.root, customerID: customerID) })
    }

    /// The contract at the end of `day`; nil before the first record.
    public func state(on day: Day) -> State? {
        var arr = 0.0, active = false, termEnd: Day?, last: ContractEvent?
        for e in events where e.date <= day {
            switch e.kind {
            case .start, .renewal:
                arr = e.arr ?? arr
                active = true
                termEnd = e.termEnd ?? termEnd
            case .expansion:
                arr += e.amount ?? 0
            case .contraction:
                arr = max(0, arr - (e.amount ?? 0))
            case .churn:
                arr = 0
                active = false
            }
            last = e
        }
        guard let last else { return nil }
        return State(arr: arr, active: active, termEnd: termEnd, last: last)
    }

    /// The term end that passed before `asOf` with the contract still active and no renewal
    /// or churn recorded since: the outcome is overdue.
    public func overdueRenewal(asOf: Day) -> Day? {
        guard let s = state(on: asOf), s.active, let end = s.termEnd, end < asOf else { return nil }
        return end
    }
}

extension RevenueRetention {
    /// GRR and NRR from contract records: each customer's ARR and whether it is active at
    /// the end of `from` and of `to` (customers without records are left out).
    public static func fromContracts(_ histories: [String: ContractHistory], from: Day, to: Day) -> RevenueRetention {
        func accounts(_ day: Day) -> [String: Account] {
            var out: [String: Account] = [:]
            for (id, h) in histories {
                guard let s = h.state(on: day) else { continue }
                out[id] = Account(contractValue: s.arr, active: s.active)
            }
            return out
        }
        return RevenueRetention(start: accounts(from), end: accounts(to))
    }
}

extension ContractHistory {
    /// One version of a profile's contract fields (from a commit), for `inferred`.
    public struct ProfileVersion: Sendable, Equatable {
        public let day: Day
        public let contractValue: Double?
        public let contractStart: Day?
        public let renewal: Day?
        public let churned: Bool

        public init(day: Day, contractValue: Double?, contractStart: Day?, renewal: Day?, churned: Bool) {
            self.day = day
            self.contractValue = contractValue
            self.contractStart = contractStart
            self.renewal = renewal
            self.churned = churned
        }
    }

    /// The events a profile's history implies, oldest version first (`csw contracts
    /// import-history`): the first version with a contract value is the start (on
    /// contract_start, else that day); a later value with a new renewal date is a renewal
    /// (on the old renewal date when it had passed, else that day); a value change alone
    /// is an expansion or contraction; a new renewal date alone a renewal at the same
    /// value; status churned a churn; back to active a new start.
    public static func inferred(from versions: [ProfileVersion], customerID: String) -> [ContractEvent] {
        var events: [ContractEvent] = []
        var arr: Double?, renewal: Day?, churned = false
        for v in versions {
            guard let value = v.contractValue else { continue }
            if arr == nil || (churned && !v.churned) {
                let day = arr == nil ? (v.contractStart.map { min($0, v.day) } ?? v.day) : v.day
                events.append(ContractEvent(date: day, kind: .start, arr: value, termEnd: v.renewal, note: "from the git history of profile.json", customerID: customerID))
                (arr, renewal, churned) = (value, v.renewal, v.churned)
                continue
            }
            if v.churned && !churned {
                events.append(ContractEvent(date: v.day, kind: .churn, note: "from the git history of profile.json", customerID: customerID))
                churned = true
                continue
            }
            guard !churned else { continue }
            if let newEnd = v.renewal, newEnd != renewal, renewal.map({ newEnd > $0 }) ?? true {
                let day = renewal.map { $0 <= v.day ? $0 : v.day } ?? v.day
                events.append(ContractEvent(date: day, kind: .renewal, arr: value, termEnd: newEnd, note: "from the git history of profile.json", customerID: customerID))
            } else if let old = arr, value != old {
                events.append(ContractEvent(date: v.day, kind: value > old ? .expansion : .contraction, amount: abs(value - old),
                                            note: "from the git history of profile.json", customerID: customerID))
            }
            (arr, renewal) = (value, v.renewal ?? renewal)
        }
        return events
    }
}
