import CSWCore
import CSWJSON

/// A product enhancement (enhancements/<id>.md) that feedback notes link to.
public struct Enhancement: Sendable, Equatable {
    public static let statuses = ["proposed", "accepted", "in_development", "shipped", "declined"]

    public let id: String
    public let title: String
    public let status: String
    public let product: String?
    public let owner: String?
    public let shipped: Day?
    public let tags: [String]

    public init(id: String, title: String, status: String, product: String? = nil, owner: String? = nil, shipped: Day? = nil, tags: [String] = []) {
        self.id = id
        self.title = title
        self.status = status
        self.product = product
        self.owner = owner
        self.shipped = shipped
        self.tags = tags
    }

    /// nil when the front matter does not parse or lacks title or a known status (csw validate says why).
    public static func parse(id: String, bytes: [UInt8]) -> Enhancement? {
        guard case .success(let front) = FrontMatter.parse(String(decoding: bytes, as: UTF8.self)),
              let title = front.value["title"]?.stringValue, let status = front.value["status"]?.stringValue, statuses.contains(status) else { return nil }
        var tags: [String] = []
        if case .array(let items)? = front.value["tags"] { tags = items.compactMap(\.stringValue) }
        return Enhancement(id: id, title: title, status: status, product: front.value["product"]?.stringValue, owner: front.value["owner"]?.stringValue,
                           shipped: front.value["shipped"]?.stringValue.flatMap(Day.init), tags: tags)
    }
}

/// Demand for one enhancement: who asked, their ARR, how they feel; who to tell once shipped.
public struct EnhancementDemand: Sendable, Equatable {
    public let enhancement: Enhancement
    public let requests: [FeedbackNote]
    public let customers: [String]
    public let arr: Double
    public let meanSentiment: Double?

    /// Customers to follow up with: everyone who asked, once the enhancement has shipped.
    public var followUp: [String] { enhancement.status == "shipped" ? customers : [] }

    /// Every enhancement with the feedback that links to it, by ARR demand (shipped and
    /// declined last), and the notes that link to an enhancement that does not exist.
    public static func demand(_ enhancements: [Enhancement], notes: [FeedbackNote], arr: [String: Double]) -> (demand: [EnhancementDemand], unknownLinks: [FeedbackNote]) {
        let linked = Dictionary(grouping: notes.filter { $0.enhancement != nil }, by: { $0.enhancement! })
        let known = Set(enhancements.map(\.id))
        let demand = enhancements.map { e -> EnhancementDemand in
            let requests = (linked[e.id] ?? []).sorted { ($0.date?.number ?? 0, $0.customerID) < ($1.date?.number ?? 0, $1.customerID) }
            let customers = Array(Set(requests.map(\.customerID))).sorted()
            let mean = requests.isEmpty ? nil : ((requests.map(\.sentiment.score).reduce(0, +) / Double(requests.count)) * 1000).rounded() / 1000
            return EnhancementDemand(enhancement: e, requests: requests, customers: customers, arr: customers.reduce(0) { $0 + (arr[$1] ?? 0) }, meanSentiment: mean)
        }.sorted { a, b in
            let doneA = ["shipped", "declined"].contains(a.enhancement.status), doneB = ["shipped", "declined"].contains(b.enhancement.status)
            return (doneA ? 1 : 0, -a.arr, a.enhancement.id) < (doneB ? 1 : 0, -b.arr, b.enhancement.id)
        }
        let unknown = notes.filter { $0.enhancement.map { !known.contains($0) } ?? false }.sorted { ($0.customerID, $0.path) < ($1.customerID, $1.path) }
        return (demand, unknown)
    }

    public var json: JSONValue {
        .object(["id": .string(enhancement.id), "title": .string(enhancement.title), "status": .string(enhancement.status),
                 "product": enhancement.product.map(JSONValue.string) ?? .null, "shipped": enhancement.shipped.map { .string($0.description) } ?? .null,
                 "requests": .number(JSONNumber(requests.count)), "customers": .array(customers.map(JSONValue.string)),
                 "arr": .number(JSONNumber(arr)), "mean_sentiment": meanSentiment.map { .number(JSONNumber($0)) } ?? .null,
                 "follow_up": .array(followUp.map(JSONValue.string)),
                 "feedback": .array(requests.map { .string("customers/\($0.customerID)/\($0.path)") })])
    }
}
