import CSWCore
import CSWJSON

/// The scoring model: health measures, bands, churn coefficients and value settings.
/// Defaults are documented in docs/SCORING.md; csw.json's `scoring` section overrides them.
public struct ScoringModel: Sendable {
    public enum Direction: String, Sendable { case higher, lower }
    /// `latest`: the newest value within the freshness window; `mean`: the mean of the
    /// values within it.
    public enum Window: String, Sendable, Equatable { case latest, mean }
    public enum MissingRule: String, Sendable { case omit, zero, carryLast = "carry_last" }

    public struct Measure: Sendable {
        public let name: String
        public var weight: Double
        public let direction: Direction
        /// Raw value scoring 0 (poor) and 100 (good); between them the score is linear.
        public let poor: Double
        public let good: Double
        public let window: Window
        public var missing: MissingRule
        /// The freshness window: values older than this many days before the as-of date
        /// are stale — they do not count (or, under `carry_last`, count but do not cover).
        public var freshDays: Int
        /// Where the measure sits in a snapshot's values, looked up once (nil: not a metric csw reads).
        var slot: Int?

        public init(name: String, weight: Double, direction: Direction, poor: Double, good: Double, window: Window, missing: MissingRule, freshDays: Int) {
            self.name = name
            self.weight = weight
            self.direction = direction
            self.poor = poor
            self.good = good
            self.window = window
            self.missing = missing
            self.freshDays = freshDays
            slot = CustomerData.MetricValues.index[name]
        }
    }

    /// A rule that caps health while its condition holds (docs/SCORING.md, Caps): a
    /// safety problem is not averaged away by good usage.
    public struct Cap: Sendable, Equatable {
        public enum Condition: Sendable, Equatable {
            /// An open feedback note of this type (or tag), with one of these severities
            /// (empty: any), dated on or before the as-of date.
            case feedback(type: String, severities: [String])
            /// A snapshot within `withinDays` before the as-of date where the metric is above `above`.
            case metric(name: String, above: Double, withinDays: Int)
        }
        public let id: String
        public let condition: Condition
        /// "at_risk" or "watch": health stays below that band's upper bound…
        public let maxBand: String?
        /// …or at most this score.
        public let maxScore: Double?

        public init(id: String, condition: Condition, maxBand: String? = nil, maxScore: Double? = nil) {
            self.id = id
            self.condition = condition
            self.maxBand = maxBand
            self.maxScore = maxScore
        }
    }

    /// The caps when csw.json's scoring has no `caps`: an open critical patient-safety
    /// note holds health in at_risk until it is resolved; a patient-safety event in the
    /// last 90 days holds it below healthy.
    public static let defaultCaps = [
        Cap(id: "open-critical-safety-feedback", condition: .feedback(type: "patient_safety", severities: ["critical"]), maxBand: "at_risk"),
        Cap(id: "recent-safety-event", condition: .metric(name: "patient_safety_events", above: 0, withinDays: 90), maxBand: "watch"),
    ]

    public var measures: [Measure]
    public var caps: [Cap] = defaultCaps

    /// The highest score a cap allows under this model's bands.
    public func limit(of cap: Cap) -> Double {
        var limit = cap.maxScore ?? 100
        switch cap.maxBand {
        case "at_risk"?: limit = min(limit, watchFrom - 0.1)
        case "watch"?: limit = min(limit, healthyFrom - 0.1)
        default: break
        }
        return max(0, HealthScore.round1(limit))
    }
    /// Metrics the configured model reads beyond `CustomerData.MetricValues.names` (custom
    /// metrics, or built-in ones no default measure reads): pass them to `CustomerData`.
    public private(set) var extraMetrics: [String] = []

    /// Where a metric sits in a snapshot's values (nil: this model does not read it).
    public func slot(of metric: String) -> Int? {
        CustomerData.MetricValues.index[metric] ?? extraMetrics.firstIndex(of: metric).map { CustomerData.MetricValues.names.count + $0 }
    }

    /// Reads a metric this model knows into a slot of `extraMetrics` when it is not a fixed one.
    mutating func readMetric(_ name: String) -> Int? {
        if let slot = slot(of: name) { return slot }
        extraMetrics.append(name)
        return slot(of: name)
    }
    public var healthyFrom: Double = 70
    public var watchFrom: Double = 50
    /// The share of the model's weight (0–1) that fresh data must cover for a health
    /// score; below it the customer is "insufficient data".
    public var minimumCoverage: Double = 0.6
    /// Per organization_type: measure name → weight.
    public var segmentWeights: [String: [String: Double]] = [:]
    public var churn: ChurnCoefficients = .defaults
    public var grossMargin: Double = 0.75
    public var discountRate: Double = 0.10
    public var version: String = "csw-default-2"

    public static func defaults(kpiTargets: [String: Double]) -> ScoringModel {
        func target(_ name: String, _ fallback: Double) -> Double { kpiTargets[name] ?? fallback }
        // Freshness follows how often each measure is collected: product usage and tickets
        // monthly (a 90-day mean), adoption and engagement monthly (fresh for 120 days),
        // NPS quarterly (fresh for 200 days: one missed survey), outcome, ROI, compliance
        // and staff surveys half-yearly (180 days).
        let measures = [
            Measure(name: "usage_percentage", weight: 20, direction: .higher, poor: 40, good: 90, window: .mean, missing: .omit, freshDays: 90),
            Measure(name: "user_adoption_rate", weight: 15, direction: .higher, poor: 0.3, good: 0.85, window: .latest, missing: .omit, freshDays: 120),
            Measure(name: "engagement_level", weight: 10, direction: .higher, poor: 0.3, good: 0.85, window: .latest, missing: .omit, freshDays: 120),
            Measure(name: "nps_score", weight: 15, direction: .higher, poor: 5, good: 9, window: .latest, missing: .omit, freshDays: 200),
            Measure(name: "support_ticket_volume", weight: 10, direction: .lower, poor: 20, good: 3, window: .mean, missing: .omit, freshDays: 90),
            Measure(name: "clinical_outcome_improvement", weight: 10, direction: .higher, poor: 0, good: target("clinical_outcome_improvement", 15), window: .latest, missing: .omit, freshDays: 180),
            Measure(name: "roi_percentage", weight: 10, direction: .higher, poor: 0, good: target("roi_percentage", 25), window: .latest, missing: .omit, freshDays: 180),
            Measure(name: "compliance_score", weight: 5, direction: .higher, poor: 80, good: target("compliance_score", 95), window: .latest, missing: .omit, freshDays: 180),
            // Optional (weight 0 until csw.json gives it one; the caps act on it anyway):
            // patient-safety events in the last 90 days, 2 or more a month scoring 0.
            Measure(name: "patient_safety_events", weight: 0, direction: .lower, poor: 2, good: 0, window: .mean, missing: .omit, freshDays: 90),
            Measure(name: "staff_satisfaction", weight: 5, direction: .higher, poor: 60, good: target("staff_satisfaction", 85), window: .latest, missing: .omit, freshDays: 180),
            // Optional (weight 0 until csw.json gives it one): the mean sentiment of the
            // feedback notes of the last 180 days (docs/FEEDBACK.md).
            Measure(name: feedbackSentiment, weight: 0, direction: .higher, poor: -0.5, good: 0.5, window: .mean, missing: .omit, freshDays: 180),
        ]
        return ScoringModel(measures: measures)
    }

    /// The measure read from feedback notes rather than metrics.jsonl.
    public static let feedbackSentiment = "feedback_sentiment"

    /// Whether any weight (default or segment) gives feedback sentiment a part in the
    /// score, or a cap reads feedback notes: then scoring reads the feedback notes too.
    public var usesFeedback: Bool {
        measures.contains { $0.name == Self.feedbackSentiment && $0.weight > 0 }
            || segmentWeights.values.contains { ($0[Self.feedbackSentiment] ?? 0) > 0 }
            || caps.contains { if case .feedback = $0.condition { return true } else { return false } }
    }

    /// Whether the sentiment of the notes is needed (not only their front matter).
    public var usesSentiment: Bool {
        measures.contains { $0.name == Self.feedbackSentiment && $0.weight > 0 }
            || segmentWeights.values.contains { ($0[Self.feedbackSentiment] ?? 0) > 0 }
    }

    public init(measures: [Measure]) {
        self.measures = measures
    }

    /// Applies csw.json's `scoring` section: `weights` {measure: weight}, `bands`
    /// {healthy, watch}, `segments` {organization_type: {measure: weight}}, `churn`
    /// {intercept, coefficients {factor: value}}, `gross_margin`, `discount_rate`.
    /// `customMetrics`: the names csw.json declares under custom_metrics (a churn
    /// coefficient may name one).
    public func configured(by scoring: JSONValue?, customMetrics: [String] = []) -> ScoringModel {
        guard case .object(let config)? = scoring else { return self }
        var model = self
        // Measures first (new ones, or new settings for a built-in one), so weights,
        // freshness and segments below can name them. Unknown names are csw validate's
        // CSW0901; here they are skipped.
        if case .object(let declared)? = config["measures"] {
            for (name, value) in declared {
                guard case .object(let m) = value else { continue }
                func number(_ key: String) -> Double? { m[key]?.numberValue?.doubleValue }
                let direction = m["direction"]?.stringValue.flatMap(Direction.init)
                let window = m["window"]?.stringValue.flatMap(Window.init)
                let missing = m["missing"]?.stringValue.flatMap(MissingRule.init)
                // At most 365: scores read at most CustomerScore.lookbackDays of history.
                let fresh = m["fresh_days"]?.numberValue?.intValue.flatMap { (1...365).contains($0) ? $0 : nil }
                if let i = model.measures.firstIndex(where: { $0.name == name }) {
                    let old = model.measures[i]
                    var updated = Measure(name: name, weight: number("weight") ?? old.weight, direction: direction ?? old.direction,
                                          poor: number("poor") ?? old.poor, good: number("good") ?? old.good, window: window ?? old.window,
                                          missing: missing ?? old.missing, freshDays: fresh ?? old.freshDays)
                    updated.slot = old.slot
                    model.measures[i] = updated
                } else if let poor = number("poor"), let good = number("good"), poor != good, name != Self.feedbackSentiment,
                          ScoringRules.builtInMetrics.contains(name) || customMetrics.contains(name) {
                    var measure = Measure(name: name, weight: number("weight") ?? 0, direction: direction ?? (good < poor ? .lower : .higher),
                                          poor: poor, good: good, window: window ?? .latest, missing: missing ?? .omit, freshDays: fresh ?? 180)
                    measure.slot = model.readMetric(name)
                    model.measures.append(measure)
                }
            }
        }
        if case .object(let weights)? = config["weights"] {
            for (name, value) in weights {
                if let w = value.numberValue?.doubleValue, let i = model.measures.firstIndex(where: { $0.name == name }) { model.measures[i].weight = w }
            }
        }
        if case .object(let freshness)? = config["freshness"] {
            for (name, value) in freshness {
                if let d = value.numberValue?.intValue, (1...365).contains(d), let i = model.measures.firstIndex(where: { $0.name == name }) { model.measures[i].freshDays = d }
            }
        }
        if case .object(let missing)? = config["missing"] {
            for (name, value) in missing {
                if let rule = value.stringValue.flatMap(MissingRule.init), let i = model.measures.firstIndex(where: { $0.name == name }) { model.measures[i].missing = rule }
            }
        }
        if let c = config["minimum_coverage"]?.numberValue?.doubleValue, (0...1).contains(c) { model.minimumCoverage = c }
        if let healthy = config["bands"]?["healthy"]?.numberValue?.doubleValue { model.healthyFrom = healthy }
        if let watch = config["bands"]?["watch"]?.numberValue?.doubleValue { model.watchFrom = watch }
        if case .object(let segments)? = config["segments"] {
            for (segment, value) in segments {
                guard case .object(let weights) = value else { continue }
                var map: [String: Double] = [:]
                for (name, w) in weights { if let d = w.numberValue?.doubleValue { map[name] = d } }
                model.segmentWeights[segment] = map
            }
        }
        if case .object(let churn)? = config["churn"] {
            if let i = churn["intercept"]?.numberValue?.doubleValue { model.churn.intercept = i }
            if case .object(let coefficients)? = churn["coefficients"] {
                for (name, value) in coefficients {
                    guard let d = value.numberValue?.doubleValue else { continue }
                    if ChurnCoefficients.factorOrder.contains(name) {
                        model.churn.coefficients[name] = d
                    } else if ScoringRules.builtInMetrics.contains(name) || customMetrics.contains(name) {
                        // A metric as a factor: its latest reading (docs/SCORING.md).
                        model.churn.coefficients[name] = d
                        _ = model.readMetric(name)
                    }
                }
            }
        }
        if case .array(let caps)? = config["caps"] {
            model.caps = caps.compactMap { item -> Cap? in
                guard case .object(let c) = item, let id = c["id"]?.stringValue else { return nil }
                let maxBand = c["max_band"]?.stringValue, maxScore = c["max_score"]?.numberValue?.doubleValue
                guard maxBand != nil || maxScore != nil else { return nil }
                if case .object(let f)? = c["feedback"], let type = f["type"]?.stringValue {
                    var severities: [String] = []
                    if let one = f["severity"]?.stringValue { severities = [one] }
                    if case .array(let many)? = f["severity"] { severities = many.compactMap(\.stringValue) }
                    return Cap(id: id, condition: .feedback(type: type, severities: severities), maxBand: maxBand, maxScore: maxScore)
                }
                if case .object(let m)? = c["metric"], let name = m["name"]?.stringValue {
                    let cap = Cap(id: id, condition: .metric(name: name, above: m["above"]?.numberValue?.doubleValue ?? 0,
                                                             withinDays: m["within_days"]?.numberValue?.intValue ?? 90), maxBand: maxBand, maxScore: maxScore)
                    _ = model.readMetric(name)
                    return cap
                }
                return nil
            }
        }
        if let m = config["gross_margin"]?.numberValue?.doubleValue { model.grossMargin = m }
        if let d = config["discount_rate"]?.numberValue?.doubleValue { model.discountRate = d }
        model.version = "csw-config-" + Self.digest(JSONWriter.compact(.object(config)))
        return model
    }

    static func digest(_ text: String) -> String { String(FNV1a.hash(text.utf8), radix: 16) }

    /// The band of a customer without enough fresh data for a score.
    public static let insufficientBand = "insufficient_data"
    /// The band of a customer that has left.
    public static let churnedBand = "churned"

    public func band(_ score: Double) -> String {
        score >= healthyFrom ? "healthy" : (score >= watchFrom ? "watch" : "at_risk")
    }
}
