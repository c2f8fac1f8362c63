import CSWCore
import Foundation

/// Logistic-model coefficients over retention risk factors (docs/SCORING.md explains each).
public struct ChurnCoefficients: Sendable {
    public var intercept: Double
    public var coefficients: [String: Double]

    public static let defaults = ChurnCoefficients(intercept: -2.2, coefficients: [
        "health_gap": 0.6, "trend_30d": -0.4, "nps_detractor": 0.5, "support_load": 0.25,
        "renewal_within_90d": 0.5, "tenure_years": -0.15, "roi_concerns": 0.9, "competitive_pressure": 1.0,
        "workflow_adoption_gap": 0.4, "staff_satisfaction_gap": 0.3, "outcomes_declining": 0.6,
    ])

    /// Factor order for output.
    public static let factorOrder = ["health_gap", "trend_30d", "nps_detractor", "support_load", "renewal_within_90d", "tenure_years",
                                     "roi_concerns", "competitive_pressure", "workflow_adoption_gap", "staff_satisfaction_gap", "outcomes_declining"]
}

public struct ChurnFactor: Sendable, Equatable {
    public let name: String
    public let value: Double
    public let coefficient: Double
    /// coefficient × value: what the factor adds to the log-odds.
    public let contribution: Double
}

public struct ChurnResult: Sendable, Equatable {
    /// nil when there is no health score to estimate it from (insufficient data).
    public let probability: Double?
    public let factors: [ChurnFactor]
}

/// Churn probability = 1 / (1 + e^-(intercept + Σ coefficient × factor)).
public enum ChurnModel {
    /// A churned customer has probability 1; without a health score (insufficient data)
    /// there is no estimate: the model's largest factor would be a guess.
    public static func compute(_ customer: CustomerData, asOf: Day, health: Double?, trend: HealthTrend, model: ScoringModel) -> ChurnResult {
        if customer.status == "churned" {
            return ChurnResult(probability: 1, factors: [])
        }
        guard let health else { return ChurnResult(probability: nil, factors: []) }
        let history = customer.history(upTo: asOf)
        func latest(_ name: String) -> Double? { history.last(where: { $0.values[name] != nil })?.values[name] }
        func latestFlag(_ name: String) -> String? { history.last(where: { $0.flags[name] != nil })?.flags[name] }
        var x: [String: Double] = [:]
        x["health_gap"] = max(0, 70 - health) / 10
        x["trend_30d"] = (trend.change30d ?? 0) / 10
        x["nps_detractor"] = latest("nps_score").map { max(0, 7 - $0) / 3 } ?? 0
        x["support_load"] = min(latest("support_ticket_volume") ?? 0, 40) / 10
        x["renewal_within_90d"] = customer.renewal.map { $0 - asOf <= 90 && $0 - asOf >= 0 ? 1 : 0 } ?? 0
        x["tenure_years"] = customer.contractStart.map { min(5, max(0, Double(asOf - $0) / 365.25)) } ?? 0
        x["roi_concerns"] = latest("roi_concerns") ?? 0
        x["competitive_pressure"] = latest("competitive_pressure") ?? 0
        x["workflow_adoption_gap"] = latest("workflow_adoption").map { max(0, 80 - $0) / 20 } ?? 0
        x["staff_satisfaction_gap"] = latest("staff_satisfaction").map { max(0, 85 - $0) / 15 } ?? 0
        let declining = latestFlag("clinical_outcome_trend") == "declining" || (trend.slopePer30d ?? 0) <= -3
        x["outcomes_declining"] = declining ? 1 : 0
        // Metrics used as factors (csw.json names a metric among the coefficients): the
        // latest reading within a year, in name order after the built-in factors.
        let metricFactors = model.churn.coefficients.keys.filter { !ChurnCoefficients.factorOrder.contains($0) }.sorted()
        for name in metricFactors {
            let slot = model.slot(of: name)
            if let s = history.last(where: { $0.values[slot: slot] != nil }), asOf - s.date < 365 { x[name] = s.values[slot: slot] }
        }
        var logit = model.churn.intercept
        var factors: [ChurnFactor] = []
        for name in ChurnCoefficients.factorOrder + metricFactors {
            let coefficient = model.churn.coefficients[name] ?? 0
            let value = x[name] ?? 0
            let contribution = coefficient * value
            logit += contribution
            factors.append(ChurnFactor(name: name, value: round3(value), coefficient: coefficient, contribution: round3(contribution)))
        }
        let p = 1 / (1 + exp(-logit))
        return ChurnResult(probability: round3(p), factors: factors)
    }

    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
