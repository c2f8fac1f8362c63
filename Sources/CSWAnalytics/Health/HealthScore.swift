import CSWCore
/// One measure's part of a health score: raw value, its 0–100 score, its share of the
/// weight, and the points it adds. `missingRule` says what happened when data was missing.
public struct MeasureResult: Sendable, Equatable {
    public let name: String
    public let raw: Double?
    public let score: Double?
    /// Normalised weight (0–1) after leaving out missing measures (0 for every measure
    /// when the data is insufficient for a score).
    public let weight: Double
    /// Points added to the health score, rounded to 0.1.
    public let points: Double
    /// nil when fresh data was there; "omit", "zero" or "carry_last" when the rule applied.
    public let missingRule: String?
    /// The measure's share (0–1) of the whole model's weight, data or not: what it
    /// adds to the coverage when its data is fresh.
    public let modelShare: Double
    /// The newest snapshot date with a value for the measure, however old (nil: never).
    public let lastSeen: Day?
    /// The freshness window in days.
    public let freshDays: Int

    /// Whether fresh data was there.
    public var isFresh: Bool { missingRule == nil }
}

/// A cap that held: health was limited to `limit` because of `reason`.
public struct AppliedCap: Sendable, Equatable {
    public let id: String
    public let limit: Double
    /// "critical patient_safety feedback feedback/2025-11-03-missed-alert.md is open".
    public let reason: String
}

public struct HealthResult: Sendable, Equatable {
    /// 0–100, the sum of the measures' rounded points (so the parts add up as displayed);
    /// nil when fresh data covers less of the model than `minimumCoverage`.
    public let score: Double?
    /// healthy, watch, at_risk, insufficient_data, or churned (whatever the numbers: a
    /// customer that has left is not "at risk").
    public let band: String
    /// The share (0–1, to 0.001) of the model's weight covered by fresh data.
    public let coverage: Double
    public let minimumCoverage: Double
    public let measures: [MeasureResult]
    /// The caps whose condition held (whether or not they lowered the score).
    public var caps: [AppliedCap] = []
    /// The sum of the points before caps (nil without a score).
    public var uncapped: Double?

    public init(score: Double?, band: String, coverage: Double, minimumCoverage: Double, measures: [MeasureResult], caps: [AppliedCap] = [], uncapped: Double? = nil) {
        self.score = score
        self.band = band
        self.coverage = coverage
        self.minimumCoverage = minimumCoverage
        self.measures = measures
        self.caps = caps
        self.uncapped = uncapped ?? score
    }

    /// The measures without fresh data, largest share of the model first: what to collect.
    public var missingMeasures: [MeasureResult] {
        measures.filter { !$0.isFresh }.sorted { ($1.modelShare, $0.name) < ($0.modelShare, $1.name) }
    }
}

/// The health score: each measure maps its raw value to 0–100 through its thresholds and
/// direction; weights of measures without fresh data are left out and the rest
/// re-normalised (or the measure counts as zero, or carries its last value, as
/// configured). Fresh data must cover `minimumCoverage` of the model's weight, or there is
/// no score.
public enum HealthScore {
    public static func compute(_ customer: CustomerData, asOf: Day, model: ScoringModel) -> HealthResult {
        let history = customer.history(upTo: asOf)
        let weights = model.segmentWeights[customer.organizationType ?? ""] ?? [:]
        var parts: [(name: String, raw: Double?, score: Double?, weight: Double, rule: String?, modelWeight: Double, lastSeen: Day?, freshDays: Int)] = []
        var modelTotal = 0.0, covered = 0.0
        for measure in model.measures {
            let weight = weights[measure.name] ?? measure.weight
            guard weight > 0 else { continue }
            modelTotal += weight
            let isFeedback = measure.slot == nil && measure.name == ScoringModel.feedbackSentiment
            // The newest snapshot with a value, found once: last seen, latest value, carried value.
            let newest = isFeedback ? nil : history.last(where: { $0.values[slot: measure.slot] != nil })
            let lastSeen = isFeedback ? customer.feedbackSentiment.last(where: { $0.date <= asOf })?.date : newest?.date
            if let raw = isFeedback ? feedbackValue(customer, days: measure.freshDays, asOf: asOf) : value(measure, history, newest: newest, asOf: asOf) {
                parts.append((measure.name, raw, scale(raw, measure), weight, nil, weight, lastSeen, measure.freshDays))
                covered += weight
                continue
            }
            switch measure.missing {
            case .omit:
                parts.append((measure.name, nil, nil, 0, "omit", weight, lastSeen, measure.freshDays))
            case .zero:
                parts.append((measure.name, nil, 0, weight, "zero", weight, lastSeen, measure.freshDays))
            case .carryLast:
                if let last = newest?.values[slot: measure.slot] {
                    parts.append((measure.name, last, scale(last, measure), weight, "carry_last", weight, lastSeen, measure.freshDays))
                } else {
                    parts.append((measure.name, nil, nil, 0, "omit", weight, lastSeen, measure.freshDays))
                }
            }
        }
        let coverage = modelTotal > 0 ? round3(covered / modelTotal) : 0
        // Some fresh data is always needed (a minimum of 0 must not score "nothing" as 0).
        let sufficient = covered > 0 && coverage + 1e-9 >= model.minimumCoverage
        let total = sufficient ? parts.reduce(0) { $0 + $1.weight } : 0
        var results: [MeasureResult] = []
        var sum = 0.0
        for p in parts {
            let share = total > 0 ? p.weight / total : 0
            let points = round1(share * (p.score ?? 0))
            sum += points
            results.append(MeasureResult(name: p.name, raw: p.raw, score: p.score.map(round1), weight: round3(share), points: points, missingRule: p.rule,
                                         modelShare: round3(p.modelWeight / modelTotal), lastSeen: p.lastSeen, freshDays: p.freshDays))
        }
        let churned = customer.status == "churned"
        let caps = holdingCaps(customer, history, asOf: asOf, model: model)
        guard sufficient else {
            return HealthResult(score: nil, band: churned ? ScoringModel.churnedBand : ScoringModel.insufficientBand, coverage: coverage,
                                minimumCoverage: model.minimumCoverage, measures: results, caps: caps)
        }
        let uncapped = round1(sum)
        let score = caps.reduce(uncapped) { min($0, $1.limit) }
        return HealthResult(score: score, band: churned ? ScoringModel.churnedBand : model.band(score), coverage: coverage,
                            minimumCoverage: model.minimumCoverage, measures: results, caps: caps, uncapped: uncapped)
    }

    /// The model's caps whose condition holds as of `asOf`, each with why.
    static func holdingCaps(_ customer: CustomerData, _ history: ArraySlice<CustomerData.Snapshot>, asOf: Day, model: ScoringModel) -> [AppliedCap] {
        var out: [AppliedCap] = []
        for cap in model.caps {
            switch cap.condition {
            case .feedback(let type, let severities):
                let hits = customer.feedbackFacts.filter { f in
                    f.isOpen && (f.type == type || f.tags.contains(type)) && (severities.isEmpty || severities.contains(f.severity ?? ""))
                        && (f.date.map { $0 <= asOf } ?? true)
                }
                guard let first = hits.first else { continue }
                let more = hits.count > 1 ? " and \(hits.count - 1) more" : ""
                out.append(AppliedCap(id: cap.id, limit: model.limit(of: cap),
                                      reason: "\(first.severity.map { $0 + " " } ?? "")\(type) feedback \(first.path) is \(first.status ?? "open")\(more)"))
            case .metric(let name, let above, let days):
                let slot = model.slot(of: name)
                guard let hit = history.last(where: { asOf - $0.date < days && ($0.values[slot: slot] ?? -Double.infinity) > above }),
                      let value = hit.values[slot: slot] else { continue }
                out.append(AppliedCap(id: cap.id, limit: model.limit(of: cap),
                                      reason: "\(name) \(ScoreTable.fmt(value, value.rounded() == value ? 0 : 2)) on \(hit.date) (above \(ScoreTable.fmt(above, above.rounded() == above ? 0 : 2)) within \(days) days)"))
            }
        }
        return out
    }

    /// The measure's value as of `asOf`: the latest snapshot within the freshness window,
    /// or the mean over it.
    /// `newest`: the newest snapshot with a value for the measure (the caller has it).
    static func value(_ measure: ScoringModel.Measure, _ history: ArraySlice<CustomerData.Snapshot>, newest: CustomerData.Snapshot?, asOf: Day) -> Double? {
        switch measure.window {
        case .latest:
            guard let s = newest, asOf - s.date < measure.freshDays else { return nil }
            return s.values[slot: measure.slot]
        case .mean:
            // History is oldest first: find where the window starts, then add oldest first.
            var start = history.endIndex
            while start > history.startIndex && asOf - history[start - 1].date < measure.freshDays { start -= 1 }
            var sum = 0.0, count = 0
            for s in history[start...] {
                if let v = s.values[slot: measure.slot] { sum += v; count += 1 }
            }
            guard count > 0 else { return nil }
            return sum / Double(count)
        }
    }

    /// The mean sentiment of the feedback dated within the window before `asOf`.
    static func feedbackValue(_ customer: CustomerData, days: Int, asOf: Day) -> Double? {
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
