import CSWCore
import CSWJSON

/// The few facts about a customer that a score keeps (not its history, so thousands of
/// scores stay small in memory).
public struct ScoredCustomer: Sendable {
    public let id: String
    public let organizationName: String
    public let status: String
    public let organizationType: String?
    public let override: CustomerData.Override?
    public let inputsDigest: String

    init(id: String, organizationName: String, status: String, organizationType: String?, override: CustomerData.Override?, inputsDigest: String) {
        self.id = id
        self.organizationName = organizationName
        self.status = status
        self.organizationType = organizationType
        self.override = override
        self.inputsDigest = inputsDigest
    }

    init(_ data: CustomerData) {
        id = data.id
        organizationName = data.organizationName
        status = data.status
        organizationType = data.organizationType
        override = data.override
        inputsDigest = data.inputsDigest
    }
}

/// Everything `csw score` reports for one customer, computed from values only.
public struct CustomerScore: Sendable {
    public let customer: ScoredCustomer
    public let health: HealthResult
    public let trend: HealthTrend
    public let churn: ChurnResult
    /// nil without a health score (insufficient data).
    public let expansionPotential: Double?
    /// nil without a churn estimate (insufficient data).
    public let lifetimeValue: Double?
    public let modelVersion: String
    public let asOf: Day

    /// How far back any score looks: the trend's 150 days plus the longest window
    /// (NPS carried 365 days), with margin. Older snapshots need not be read.
    public static let lookbackDays = 150 + 365 + 31

    public static func compute(_ customer: CustomerData, asOf: Day, model: ScoringModel, kpiTargets: [String: Double]) -> CustomerScore {
        let health = HealthScore.compute(customer, asOf: asOf, model: model)
        // A churned customer is not warned about: its trend is history, not an early warning.
        var trend = HealthTrend.compute(customer, asOf: asOf, model: model, current: health.score)
        if customer.status == "churned" { trend = trend.withoutWarning }
        let churn = ChurnModel.compute(customer, asOf: asOf, health: health.score, trend: trend, model: model)
        let expansion = ExpansionPotential.compute(customer, asOf: asOf, health: health.score, model: model, kpiTargets: kpiTargets)
        let ltv = customer.status == "churned" ? 0 : LifetimeValue.compute(arr: customer.contractValue, churnProbability: churn.probability, model: model)
        return CustomerScore(customer: ScoredCustomer(customer), health: health, trend: trend, churn: churn, expansionPotential: expansion,
                             lifetimeValue: ltv, modelVersion: model.version, asOf: asOf)
    }

    /// An override applies until (and on) its expiry date; after that it falls away but is
    /// still shown, marked inactive, so it is never dropped silently.
    public var overrideActive: Bool { customer.override.map { asOf <= $0.expires } ?? false }

    /// The score to act on: the active override, else the computed score (nil when the
    /// data is insufficient and no override applies).
    public var effectiveHealth: Double? { overrideActive ? customer.override!.score : health.score }

    /// "coverage 15% of the model (needs 60%)" — for tables and reports.
    public var coverageText: String {
        "coverage \(ScoreTable.fmt(health.coverage * 100, 0))% of the model" + (health.score == nil ? " (needs \(ScoreTable.fmt(health.minimumCoverage * 100, 0))%)" : "")
    }

    /// One line of scores.jsonl (csw score --record).
    public func record(author: String, revision: String?) -> JSONValue {
        var o = JSONObject()
        o["as_of"] = .string(asOf.description)
        o["health_score"] = Self.optional(health.score)
        o["band"] = .string(health.band)
        o["coverage"] = Self.number(health.coverage)
        o["churn_probability"] = Self.optional(churn.probability)
        o["expansion_potential"] = Self.optional(expansionPotential)
        o["lifetime_value"] = Self.optional(lifetimeValue)
        o["override"] = overrideActive ? Self.number(customer.override!.score) : .null
        o["model_version"] = .string(modelVersion)
        o["inputs"] = .string(customer.inputsDigest)
        if let revision { o["revision"] = .string(revision) }
        o["author"] = .string(author)
        return .object(o)
    }

    static func number(_ x: Double) -> JSONValue { .number(JSONNumber(x)) }
    static func optional(_ x: Double?) -> JSONValue { x.map(number) ?? .null }

    public var json: JSONValue {
        var o = JSONObject()
        o["customer_id"] = .string(customer.id)
        o["organization_name"] = .string(customer.organizationName)
        o["status"] = .string(customer.status)
        o["organization_type"] = customer.organizationType.map(JSONValue.string) ?? .null
        o["inputs"] = .string(customer.inputsDigest)
        o["as_of"] = .string(asOf.description)
        o["health_score"] = Self.optional(health.score)
        o["band"] = .string(health.band)
        o["coverage"] = Self.number(health.coverage)
        o["minimum_coverage"] = Self.number(health.minimumCoverage)
        o["missing_measures"] = .array(health.missingMeasures.map { .string($0.name) })
        o["health_before_caps"] = Self.optional(health.uncapped)
        o["caps"] = .array(health.caps.map { .object(["id": .string($0.id), "limit": Self.number($0.limit), "reason": .string($0.reason)]) })
        o["churn_probability"] = Self.optional(churn.probability)
        o["expansion_potential"] = Self.optional(expansionPotential)
        o["lifetime_value"] = Self.optional(lifetimeValue)
        o["trend_30d"] = Self.optional(trend.change30d)
        o["trend_90d"] = Self.optional(trend.change90d)
        o["trend_slope_per_30d"] = Self.optional(trend.slopePer30d)
        o["early_warning"] = trend.warning.map(JSONValue.string) ?? .null
        if let override = customer.override {
            o["override"] = .object(["score": Self.number(override.score), "author": .string(override.author), "reason": .string(override.reason),
                                     "expires": .string(override.expires.description), "active": .bool(overrideActive)])
        } else {
            o["override"] = .null
        }
        o["effective_health_score"] = Self.optional(effectiveHealth)
        o["measures"] = .array(health.measures.map { m in
            .object(["name": .string(m.name), "raw": Self.optional(m.raw), "score": Self.optional(m.score), "weight": Self.number(m.weight),
                     "points": Self.number(m.points), "missing_rule": m.missingRule.map(JSONValue.string) ?? .null,
                     "model_share": Self.number(m.modelShare), "fresh_days": .number(JSONNumber(m.freshDays)),
                     "last_seen": m.lastSeen.map { .string($0.description) } ?? .null])
        })
        o["churn_factors"] = .array(churn.factors.map { f in
            .object(["name": .string(f.name), "value": Self.number(f.value), "coefficient": Self.number(f.coefficient), "contribution": Self.number(f.contribution)])
        })
        o["model_version"] = .string(modelVersion)
        return .object(o)
    }
}
