import CSWCore
import CSWJSON

/// Feedback across customers: themes (tags) ranked by ARR-weighted demand and by
/// sentiment, and each customer's sentiment trend (pure: notes and contract values in).
public struct FeedbackTheme: Sendable, Equatable {
    public let name: String
    public let notes: Int
    public let featureRequests: Int
    /// Distinct customers, sorted.
    public let customers: [String]
    /// ARR-weighted demand: the contract values of those customers, summed.
    public let arr: Double
    public let meanSentiment: Double
    public let negative: Int

    public var json: JSONValue {
        .object(["theme": .string(name), "notes": .number(JSONNumber(notes)), "feature_requests": .number(JSONNumber(featureRequests)),
                 "customers": .array(customers.map(JSONValue.string)), "arr": .number(JSONNumber(arr)),
                 "mean_sentiment": .number(JSONNumber(meanSentiment)), "negative_notes": .number(JSONNumber(negative))])
    }

    /// One theme per tag (notes without tags: "untagged"), by ARR demand, then by how
    /// negative, then by name.
    public static func themes(_ notes: [FeedbackNote], arr: [String: Double]) -> [FeedbackTheme] {
        group(notes, arr: arr) { $0.tags.isEmpty ? ["untagged"] : Array(Set($0.tags)) }
    }

    /// Feature requests grouped by the enhancement they link to (else their first tag).
    public static func requests(_ notes: [FeedbackNote], arr: [String: Double]) -> [FeedbackTheme] {
        group(notes.filter { $0.type == "feature_request" }, arr: arr) { [$0.enhancement.map { "enhancement " + $0 } ?? $0.tags.first ?? "untagged"] }
    }

    static func group(_ notes: [FeedbackNote], arr: [String: Double], by keys: (FeedbackNote) -> [String]) -> [FeedbackTheme] {
        var byTag: [String: [FeedbackNote]] = [:]
        for note in notes {
            for tag in keys(note) { byTag[tag, default: []].append(note) }
        }
        return byTag.map { tag, items in
            let customers = Array(Set(items.map(\.customerID))).sorted()
            let mean = items.map(\.sentiment.score).reduce(0, +) / Double(items.count)
            return FeedbackTheme(name: tag, notes: items.count, featureRequests: items.filter { $0.type == "feature_request" }.count, customers: customers,
                                 arr: customers.reduce(0) { $0 + (arr[$1] ?? 0) }, meanSentiment: (mean * 1000).rounded() / 1000,
                                 negative: items.filter { $0.sentiment.label == .negative }.count)
        }.sorted { ($1.arr, $0.meanSentiment * -1, $1.name) < ($0.arr, $1.meanSentiment * -1, $0.name) }
    }
}

/// A customer's feedback sentiment over time: the mean of the last `window` days against
/// the window before it.
public struct SentimentTrend: Sendable, Equatable {
    public let customerID: String
    public let notes: Int
    public let recent: Double?
    public let previous: Double?
    /// improving, declining, stable (moved less than 0.1), or new (nothing before).
    public let direction: String
    public static let window = 180

    public static func compute(customerID: String, _ notes: [FeedbackNote], asOf: Day) -> SentimentTrend {
        func mean(_ from: Int, _ to: Int) -> Double? {
            let scores = notes.compactMap { n -> Double? in
                guard let d = n.date, asOf - d >= from, asOf - d < to else { return nil }
                return n.sentiment.score
            }
            return scores.isEmpty ? nil : ((scores.reduce(0, +) / Double(scores.count)) * 1000).rounded() / 1000
        }
        let recent = mean(0, window), previous = mean(window, 2 * window)
        var direction = "no recent feedback"
        if let recent {
            if let previous {
                direction = recent - previous >= 0.1 ? "improving" : (previous - recent >= 0.1 ? "declining" : "stable")
            } else {
                direction = "new"
            }
        }
        return SentimentTrend(customerID: customerID, notes: notes.filter { $0.date.map { $0 <= asOf } ?? false }.count, recent: recent,
                              previous: previous, direction: direction)
    }

    public var json: JSONValue {
        .object(["customer_id": .string(customerID), "notes": .number(JSONNumber(notes)),
                 "recent": recent.map { .number(JSONNumber($0)) } ?? .null, "previous": previous.map { .number(JSONNumber($0)) } ?? .null,
                 "direction": .string(direction)])
    }
}
