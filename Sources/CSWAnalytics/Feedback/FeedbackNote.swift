import CSWCore
import CSWJSON

/// A feedback note (customers/<ID>/feedback/*.md) as the feedback, alert and enhancement
/// code sees it: its front matter, its text and the text's sentiment.
public struct FeedbackNote: Sendable, Equatable {
    public let customerID: String
    /// Inside the customer folder: "feedback/2025-06-19-night-shift-alert-fatigue.md".
    public let path: String
    public let date: Day?
    public let channel: String?
    public let type: String?
    public let score: Double?
    public let contact: String?
    public let severity: String?
    public let status: String?
    public let product: String?
    public let tags: [String]
    /// The enhancement (enhancements/<id>.md) this feedback asks for or is about.
    public let enhancement: String?
    public let text: String
    public let sentiment: Sentiment

    public init(customerID: String, path: String, date: Day?, channel: String? = nil, type: String? = nil, score: Double? = nil, contact: String? = nil,
                severity: String?, status: String?, product: String? = nil, tags: [String] = [], enhancement: String? = nil, text: String = "",
                sentiment: Sentiment = Sentiment(score: 0, drivers: [])) {
        self.customerID = customerID
        self.path = path
        self.date = date
        self.channel = channel
        self.type = type
        self.score = score
        self.contact = contact
        self.severity = severity
        self.status = status
        self.product = product
        self.tags = tags
        self.enhancement = enhancement
        self.text = text
        self.sentiment = sentiment
    }

    /// Reads a note's bytes; nil when its front matter does not parse (csw validate says why).
    /// Without an analyser the sentiment is left neutral (a cap reads the front matter only).
    public static func parse(customerID: String, path: String, bytes: [UInt8], analyser: SentimentAnalyser?) -> FeedbackNote? {
        guard case .success(let front) = FrontMatter.parse(String(decoding: bytes, as: UTF8.self)) else { return nil }
        let v = front.value
        var tags: [String] = []
        if case .array(let items)? = v["tags"] { tags = items.compactMap(\.stringValue) }
        let body = front.body.trimmingWhitespace
        return FeedbackNote(customerID: customerID, path: path, date: v["date"]?.stringValue.flatMap(Day.init), channel: v["channel"]?.stringValue,
                            type: v["type"]?.stringValue, score: v["score"]?.numberValue?.doubleValue, contact: v["contact"]?.stringValue,
                            severity: v["severity"]?.stringValue, status: v["status"]?.stringValue, product: v["product"]?.stringValue, tags: tags,
                            enhancement: v["enhancement"]?.stringValue, text: body,
                            sentiment: analyser?.analyse(body) ?? Sentiment(score: 0, drivers: []))
    }

    /// The feedback notes of a customer folder (feedback/*.md), by path.
    public static func notes(in folder: CustomerFolder, analyser: SentimentAnalyser?) -> [FeedbackNote] {
        folder.entries.compactMap { entry in
            guard case .file(let path, let bytes) = entry, path.hasPrefix("feedback/"), path.hasSuffix(".md") else { return nil }
            return parse(customerID: folder.name, path: path, bytes: bytes, analyser: analyser)
        }.sorted { $0.path < $1.path }
    }

    /// Not yet dealt with: no status, or new, triaged, planned or in progress.
    public var isOpen: Bool { !["shipped", "declined", "closed", "resolved", "wont_fix"].contains(status ?? "") }

    /// The first line of the text, cut at 100 characters.
    public var summary: String {
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        return first.count > 100 ? String(first.prefix(99)) + "…" : first
    }

    public var json: JSONValue {
        var o = JSONObject()
        o["customer_id"] = .string(customerID)
        o["path"] = .string("customers/\(customerID)/\(path)")
        o["date"] = date.map { .string($0.description) } ?? .null
        o["channel"] = channel.map(JSONValue.string) ?? .null
        o["type"] = type.map(JSONValue.string) ?? .null
        o["score"] = score.map { .number(JSONNumber($0)) } ?? .null
        o["severity"] = severity.map(JSONValue.string) ?? .null
        o["status"] = status.map(JSONValue.string) ?? .null
        o["tags"] = .array(tags.map(JSONValue.string))
        o["enhancement"] = enhancement.map(JSONValue.string) ?? .null
        o["summary"] = .string(summary)
        o["sentiment"] = .object(sentiment.json)
        return .object(o)
    }
}

extension Sentiment {
    /// {"score", "label", "drivers": [{"term", "weight"}]}
    public var json: JSONObject {
        var o = JSONObject()
        o["score"] = .number(JSONNumber(score))
        o["label"] = .string(label.rawValue)
        o["drivers"] = .array(drivers.map { .object(["term": .string($0.term), "weight": .number(JSONNumber($0.weight))]) })
        return o
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
