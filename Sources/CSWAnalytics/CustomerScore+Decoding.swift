import CSWCore
import CSWJSON

/// Reading a score back from its JSON (the score cache stores scores as JSON).
extension CustomerScore {
    public init?(json: JSONValue) {
        func num(_ v: JSONValue?) -> Double? { v?.numberValue?.doubleValue }
        guard let id = json["customer_id"]?.stringValue, let name = json["organization_name"]?.stringValue,
              let status = json["status"]?.stringValue, let asOf = json["as_of"]?.stringValue.flatMap(Day.init),
              // A score may be null (insufficient data) but never absent: a line without the
              // key is not a score csw wrote.
              json["health_score"] != nil, json["churn_probability"] != nil, json["expansion_potential"] != nil, json["lifetime_value"] != nil,
              let band = json["band"]?.stringValue, let coverage = num(json["coverage"]), let minimum = num(json["minimum_coverage"]),
              let version = json["model_version"]?.stringValue,
              case .array(let measures)? = json["measures"], case .array(let factors)? = json["churn_factors"]
        else { return nil }
        var capsJSON: [JSONValue] = []
        if case .array(let a)? = json["caps"] { capsJSON = a }
        var override: CustomerData.Override?
        if case .object(let o)? = json["override"], let score = num(o["score"]), let expires = o["expires"]?.stringValue.flatMap(Day.init) {
            override = CustomerData.Override(score: score, author: o["author"]?.stringValue ?? "", reason: o["reason"]?.stringValue ?? "", expires: expires)
        }
        customer = ScoredCustomer(id: id, organizationName: name, status: status, organizationType: json["organization_type"]?.stringValue,
                                  override: override, inputsDigest: json["inputs"]?.stringValue ?? "")
        self.health = HealthResult(score: num(json["health_score"]), band: band, coverage: coverage, minimumCoverage: minimum, measures: measures.map { m in
            MeasureResult(name: m["name"]?.stringValue ?? "", raw: num(m["raw"]), score: num(m["score"]), weight: num(m["weight"]) ?? 0,
                          points: num(m["points"]) ?? 0, missingRule: m["missing_rule"]?.stringValue, modelShare: num(m["model_share"]) ?? 0,
                          lastSeen: m["last_seen"]?.stringValue.flatMap(Day.init), freshDays: m["fresh_days"]?.numberValue?.intValue ?? 0)
        }, caps: capsJSON.map { c in
            AppliedCap(id: c["id"]?.stringValue ?? "", limit: num(c["limit"]) ?? 0, reason: c["reason"]?.stringValue ?? "")
        }, uncapped: num(json["health_before_caps"]))
        trend = HealthTrend(change30d: num(json["trend_30d"]), change90d: num(json["trend_90d"]), slopePer30d: num(json["trend_slope_per_30d"]),
                            warning: json["early_warning"]?.stringValue)
        self.churn = ChurnResult(probability: num(json["churn_probability"]), factors: factors.map { f in
            ChurnFactor(name: f["name"]?.stringValue ?? "", value: num(f["value"]) ?? 0, coefficient: num(f["coefficient"]) ?? 0,
                        contribution: num(f["contribution"]) ?? 0)
        })
        expansionPotential = num(json["expansion_potential"])
        lifetimeValue = num(json["lifetime_value"])
        modelVersion = version
        self.asOf = asOf
    }
}
