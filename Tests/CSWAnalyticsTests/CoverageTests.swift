import CSWCore
import CSWJSON
import Testing
@testable import CSWAnalytics

/// Thin or stale data gives no score, no band and no alert built on the missing number —
/// only a data-missing alert naming what to collect.
@Suite struct CoverageTests {
    static let model = ScoringModel.defaults(kpiTargets: Dictionary(uniqueKeysWithValues: WorkspaceConfig.defaultKPITargets))
    static let asOf = Day("2025-12-15")!

    /// A customer from a profile and metrics lines; renewal in 40 days (inside every
    /// renewal rule's window) unless the profile says otherwise.
    static func customer(_ metrics: [String], profile: String = #"{"customer_id": "X", "organization_name": "X Health", "contract_value": 100000, "renewal_date": "2026-01-24", "contract_start": "2024-01-01"}"#) -> CustomerData {
        var entries: [CustomerFolder.Entry] = [.file(path: "profile.json", bytes: Array(profile.utf8))]
        if !metrics.isEmpty { entries.append(.file(path: "metrics.jsonl", bytes: Array((metrics.joined(separator: "\n") + "\n").utf8))) }
        return CustomerData(folder: CustomerFolder(name: "X", entries: entries))!
    }

    static func alerts(_ data: CustomerData, model: ScoringModel = model) -> [Alert] {
        let score = CustomerScore.compute(data, asOf: asOf, model: model, kpiTargets: [:])
        return AlertEvaluator.evaluate(AlertInput(data: data, score: score, feedback: []), rules: AlertRule.defaults, asOf: asOf, model: model)
    }

    static let full = #"{"date": "2025-12-01", "usage_percentage": 80, "user_adoption_rate": 0.7, "engagement_level": 0.7, "nps_score": 8, "support_ticket_volume": 5, "clinical_outcome_improvement": 12, "roi_percentage": 20, "compliance_score": 95, "staff_satisfaction": 80}"#

    @Test func onlyNPSIsInsufficientDataWithTheMissingMeasuresNamed() {
        let data = Self.customer([#"{"date": "2025-12-01", "nps_score": 10}"#])
        let score = CustomerScore.compute(data, asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        #expect(score.health.score == nil)
        #expect(score.health.band == "insufficient_data")
        #expect(score.health.coverage == 0.15, "NPS is 15 of the model's 100 weight")
        #expect(score.health.missingMeasures.map(\.name) == ["usage_percentage", "user_adoption_rate", "clinical_outcome_improvement", "engagement_level",
                                                             "roi_percentage", "support_ticket_volume", "compliance_score", "staff_satisfaction"],
                "largest share of the model first")
        #expect(score.churn.probability == nil && score.expansionPotential == nil && score.lifetimeValue == nil, "nothing is estimated from a missing score")
        #expect(score.effectiveHealth == nil)
        let json = score.json
        #expect(json["health_score"] == .null && json["churn_probability"] == .null)
        #expect(json["band"]?.stringValue == "insufficient_data")
        let text = ScoreTable.table([score])
        #expect(text.contains("insufficient data: coverage 15% of the model (needs 60%), missing usage_percentage, user_adoption_rate +6 more"), "\(text)")
        let explain = ScoreTable.explain(score)
        #expect(explain.contains("coverage: fresh data covers 15.0% of the model's weight (minimum 60.0%)"), "\(explain)")
        #expect(explain.contains("no health score: insufficient data; collect usage_percentage"), "\(explain)")
        #expect(!explain.contains("= 100.0 points"))
    }

    @Test func noMetricsGivesADataMissingAlertAndNoRenewalAtRisk() {
        let data = Self.customer([])
        let alerts = Self.alerts(data)
        #expect(alerts.map(\.rule).sorted() == ["data-missing", "stale-data"], "\(alerts.map(\.rule))")
        let missing = alerts.first { $0.rule == "data-missing" }
        #expect(missing?.reason.contains("fresh data covers 0.0% of the model, 60.0% needed") == true)
        #expect(missing?.reason.contains("usage_percentage (never recorded)") == true, "\(missing?.reason ?? "")")
        #expect(!alerts.contains { $0.rule == "renewal-at-risk" || $0.rule.hasPrefix("health") }, "no alert on a missing number")
    }

    @Test func aYearOldSnapshotNoLongerDrivesAnAtRiskAlert() {
        // AMC_009's case: one old NPS of 6.7 — once carried for a year it gave health 42.5
        // (at risk, a high alert). Now it is stale and covers nothing.
        let data = Self.customer([#"{"date": "2024-11-10", "nps_score": 6.7}"#])
        let score = CustomerScore.compute(data, asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        #expect(score.health.score == nil)
        #expect(score.health.measures.first { $0.name == "nps_score" }?.lastSeen == Day("2024-11-10"))
        let rules = Self.alerts(data).map(\.rule)
        #expect(rules.contains("data-missing") && !rules.contains("health-at-risk") && !rules.contains("health-critical") && !rules.contains("renewal-at-risk"),
                "\(rules)")
        // Even carried (`carry_last`), a stale value counts in a score but never as coverage.
        var carrying = Self.model
        carrying.measures[carrying.measures.firstIndex { $0.name == "nps_score" }!].missing = .carryLast
        #expect(HealthScore.compute(data, asOf: Self.asOf, model: carrying).score == nil)
    }

    @Test func sixtyPercentOfTheWeightIsEnoughAndLessIsNot() {
        // usage 20 + adoption 15 + NPS 15 + tickets 10 = 60 of 100.
        let sixty = Self.customer([#"{"date": "2025-12-01", "usage_percentage": 80, "user_adoption_rate": 0.7, "nps_score": 8, "support_ticket_volume": 5}"#])
        let h = HealthScore.compute(sixty, asOf: Self.asOf, model: Self.model)
        #expect(h.coverage == 0.6)
        #expect(h.score != nil && h.band != "insufficient_data")
        let fifty = Self.customer([#"{"date": "2025-12-01", "usage_percentage": 80, "user_adoption_rate": 0.7, "nps_score": 8}"#])
        #expect(HealthScore.compute(fifty, asOf: Self.asOf, model: Self.model).score == nil)
        // The minimum is the workspace's to set.
        let lenient = Self.model.configured(by: .object(["minimum_coverage": .number(JSONNumber(0.5))]))
        #expect(HealthScore.compute(fifty, asOf: Self.asOf, model: lenient).score != nil)
        // Even with no minimum, no fresh data at all is no score (not 0.0, at risk).
        let anything = Self.model.configured(by: .object(["minimum_coverage": .number(JSONNumber(0))]))
        let stale = Self.customer([#"{"date": "2024-01-01", "usage_percentage": 80, "nps_score": 8}"#])
        #expect(HealthScore.compute(stale, asOf: Self.asOf, model: anything).score == nil)
        #expect(HealthScore.compute(fifty, asOf: Self.asOf, model: anything).score != nil)
        // A misspelt measure in csw.json (CSW0901 for validate) does not join the model and
        // thin out everyone's coverage.
        let misspelt = Self.model.configured(by: .object(["measures": .object(["nps_scores": .object(["weight": .number(JSONNumber(30)), "poor": .number(JSONNumber(5)), "good": .number(JSONNumber(9))])])]))
        #expect(misspelt.measures.count == Self.model.measures.count)
        // A full snapshot covers everything and scores as before: the points add up.
        let all = HealthScore.compute(Self.customer([Self.full]), asOf: Self.asOf, model: Self.model)
        #expect(all.coverage == 1)
        #expect(abs(all.measures.reduce(0) { $0 + $1.points } - (all.score ?? -1)) < 1e-9)
    }

    @Test func freshnessWindowsAreConfigurable() {
        // Everything measured 150 days before: NPS (200 days) and the half-yearly measures
        // (180) are fresh; usage, tickets (90), adoption and engagement (120) are not.
        let data = Self.customer([Self.full.replacing("2025-12-01", with: "2025-07-18")])
        let h = HealthScore.compute(data, asOf: Self.asOf, model: Self.model)
        #expect(Set(h.missingMeasures.map(\.name)) == ["usage_percentage", "support_ticket_volume", "user_adoption_rate", "engagement_level"])
        #expect(h.coverage == 0.45 && h.score == nil)
        let config: JSONValue = .object(["freshness": .object(["usage_percentage": .number(JSONNumber(180)), "user_adoption_rate": .number(JSONNumber(180))])])
        let longer = HealthScore.compute(data, asOf: Self.asOf, model: Self.model.configured(by: config))
        #expect(longer.coverage == 0.8 && longer.score != nil)
    }

    @Test func monthsWithoutAScoreAreGapsInTheTrend() {
        // Data now and a year ago, nothing between: 30 and 90 days back every value is
        // stale, so there is no change to report and no early warning.
        let data = Self.customer([Self.full.replacing("2025-12-01", with: "2024-12-01").replacing("\"usage_percentage\": 80", with: "\"usage_percentage\": 99"), Self.full])
        let score = CustomerScore.compute(data, asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        #expect(score.health.score != nil)
        #expect(score.trend.change30d == nil && score.trend.change90d == nil && score.trend.warning == nil, "\(score.trend)")
        let trend = HealthTrend.compute(data, asOf: Self.asOf, model: Self.model, current: nil)
        #expect(trend.change30d == nil && trend.warning == nil, "no change is computed from a missing score")
    }
}
