import CSWCore
/// One measure's part of a health score: raw value, its 0–100 score, its share of the
/// weight, and the points it adds. `missingRule` says what happened when data was missing.
public struct MeasureResult: Sendable, Equatable {
    public let name: String
    public let raw: Double?
    public let score: Double?
    /// Normalised weight (0–1) after leaving out missing measures.
    public let weight: Double
    /// Points added to the health score, rounded to 0.1.
    public let points: Double
    /// nil when the value was there; "omit", "zero" or "carry_last" when the rule applied.
    public let missingRule: String?
}

public struct HealthResult: Sendable, Equatable {
    /// 0–100, the sum of the measures' rounded points (so the parts add up as displayed).
    public let score: Double
    public let band: String
    public let measures: [MeasureResult]
}

/// The health score: each measure maps its raw value to 0–100 through its thresholds and
/// direction; weights of measures without data are left out and the rest re-normalised
/// (or the measure counts as zero, or carries its last value, as configured).
public enum HealthScore {
    public static func compute(_ customer: CustomerData, asOf: Day, model: ScoringModel) -> HealthResult {
        let history = customer.history(upTo: asOf)
        let weights = model.segmentWeights[customer.organizationType ?? ""] ?? [:]
        var parts: [(name: String, raw: Double?, score: Double?, weight: Double, rule: String?)] = []
        for measure in model.measures {
            let weight = weights[measure.name] ?? measure.weight
            guard weight > 0 else { continue }
            if let raw = measure.slot == nil && measure.name == ScoringModel.feedbackSentiment
                ? feedbackValue(customer, days: measure.window, asOf: asOf) : value(measure, history, asOf: asOf) {
                parts.append((measure.name, raw, scale(raw, measure), weight, nil))
                continue
            }
            switch measure.missing {
            case .omit:
                parts.append((measure.name, nil, nil, 0, "omit"))
            case .zero:
                parts.append((measure.name, nil, 0, weight, "zero"))
            case .carryLast:
                if let last = history.last(where: { $0.values[slot: measure.slot] != nil })?.values[slot: measure.slot] {
                    parts.append((measure.name, last, scale(last, measure), weight, "carry_last"))
                } else {
                    parts.append((measure.name, nil, nil, 0, "omit"))
                }
            }
        }
        let total = parts.reduce(0) { $0 + $1.weight }
        var results: [MeasureResult] = []
        var sum = 0.0
        for p in parts {
            let share = total > 0 ? p.weight / total : 0
            let points = round1(share * (p.score ?? 0))
            sum += points
            results.append(MeasureResult(name: p.name, raw: p.raw, score: p.score.map(round1), weight: round3(share), points: points, missingRule: p.rule))
        }
        let score = round1(sum)
        return HealthResult(score: score, band: model.band(score), measures: results)
    }

    /// The measure's value as of `asOf`: the latest snapshot within `maxAgeDays`, or the
    /// mean over the window.
    static func value(_ measure: ScoringModel.Measure, _ history: ArraySlice<CustomerData.Snapshot>, asOf: Day) -> Double? {
        switch measure.window {
        case .latest:
            guard let s = history.last(where: { $0.values[slot: measure.slot] != nil }), asOf - s.date <= measure.maxAgeDays else { return nil }
            return s.values[slot: measure.slot]
        case .meanDays(let days):
            // History is oldest first: find where the window starts, then add oldest first.
            var start = history.endIndex
            while start > history.startIndex && asOf - history[start - 1].date < days { start -= 1 }
            var sum = 0.0, count = 0
            for s in history[start...] {
                if let v = s.values[slot: measure.slot] { sum += v; count += 1 }
            }
            guard count > 0 else { return nil }
            return sum / Double(count)
        }
    }

    /// The mean sentiment of the feedback dated within the window before `asOf`.
    static func feedbackValue(_ customer: CustomerData, days window: ScoringModel.Window, asOf: Day) -> Double? {
        let days: Int
        switch window {
        case .meanDays(let d): days = d
        case .latest: days = 180
        }
        let scores = customer.feedbackSentiment.filter { asOf - $0.date >= 0 && asOf - $0.date < days }.map(\.score)
        guard !scores.isEmpty else { return nil }
        return ((scores.reduce(0, +) / Double(scores.count)) * 1000).rounded() / 1000
    }

    /// Linear from poor (0) to good (100), clamped.
    static func scale(_ raw: Double, _ m: ScoringModel.Measure) -> Double {
        guard m.good != m.poor else { return raw >= m.good ? 100 : 0 }
        let t = (raw - m.poor) / (m.good - m.poor)
        return min(100, max(0, t * 100))
    }

    static func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }
    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
