import CSWCore
import CSWJSON

/// Reading a score back from its JSON (the score cache stores scores as JSON).
extension CustomerScore {
    public init?(json: JSONValue) {
        func num(_ v: JSONValue?) -> Double? { v?.numberValue?.doubleValue }
        guard let id = json["customer_id"]?.stringValue, let name = json["organization_name"]?.stringValue,
              let status = json["status"]?.stringValue, let asOf = json["as_of"]?.stringValue.flatMap(Day.init),
              let health = num(json["health_score"]), let band = json["band"]?.stringValue,
              let churn = num(json["churn_probability"]), let expansion = num(json["expansion_potential"]),
              let ltv = num(json["lifetime_value"]), let version = json["model_version"]?.stringValue,
              case .array(let measures)? = json["measures"], case .array(let factors)? = json["churn_factors"]
        else { return nil }
        var override: CustomerData.Override?
        if case .object(let o)? = json["override"], let score = num(o["score"]), let expires = o["expires"]?.stringValue.flatMap(Day.init) {
            override = CustomerData.Override(score: score, author: o["author"]?.stringValue ?? "", reason: o["reason"]?.stringValue ?? "", expires: expires)
        }
        customer = ScoredCustomer(id: id, organizationName: name, status: status, organizationType: json["organization_type"]?.stringValue,
                                  override: override, inputsDigest: json["inputs"]?.stringValue ?? "")
        self.health = HealthResult(score: health, band: band, measures: measures.map { m in
            MeasureResult(name: m["name"]?.stringValue ?? "", raw: num(m["raw"]), score: num(m["score"]), weight: num(m["weight"]) ?? 0,
                          points: num(m["points"]) ?? 0, missingRule: m["missing_rule"]?.stringValue)
        })
        trend = HealthTrend(change30d: num(json["trend_30d"]), change90d: num(json["trend_90d"]), slopePer30d: num(json["trend_slope_per_30d"]),
                            warning: json["early_warning"]?.stringValue)
        self.churn = ChurnResult(probability: churn, factors: factors.map { f in
            ChurnFactor(name: f["name"]?.stringValue ?? "", value: num(f["value"]) ?? 0, coefficient: num(f["coefficient"]) ?? 0,
                        contribution: num(f["contribution"]) ?? 0)
        })
        expansionPotential = expansion
        lifetimeValue = ltv
        modelVersion = version
        self.asOf = asOf
    }
}
