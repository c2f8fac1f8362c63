import CSWCore
import CSWJSON

/// A playbook (playbooks/NAME.md): when it fits a customer, and the steps it turns into tasks.
public struct Playbook: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public let title: String
        public let ownerRole: String
        public let day: Int
    }

    /// The file name without .md.
    public let name: String
    public let title: String
    public let type: String
    public let summary: String?
    public let drivers: [String]
    public let alertRules: [String]
    public let tiers: [String]
    public let segments: [String]
    public let minChurn: Double?
    public let daysBeforeRenewal: Int?
    public let autoStart: Bool
    public let steps: [Step]

    /// From a playbook's front matter (as JSON); nil when required parts are missing
    /// (csw validate reports them, CSW0111).
    public init?(name: String, frontMatter v: JSONValue) {
        guard let title = v["title"]?.stringValue, let type = v["type"]?.stringValue, case .array(let steps)? = v["steps"] else { return nil }
        func strings(_ key: String) -> [String] {
            guard case .array(let items)? = v["trigger"]?[key] else { return [] }
            return items.compactMap(\.stringValue)
        }
        self.name = name
        self.title = title
        self.type = type
        summary = v["summary"]?.stringValue
        drivers = strings("drivers")
        alertRules = strings("alert_rules")
        tiers = strings("tiers")
        segments = strings("segments")
        minChurn = v["trigger"]?["min_churn"]?.numberValue?.doubleValue
        daysBeforeRenewal = v["trigger"]?["days_before_renewal"]?.numberValue?.intValue
        if case .bool(let b)? = v["auto_start"] { autoStart = b } else { autoStart = false }
        self.steps = steps.compactMap { s in
            guard let t = s["title"]?.stringValue, let role = s["owner_role"]?.stringValue, let day = s["day"]?.numberValue?.intValue else { return nil }
            return Step(title: t, ownerRole: role, day: day)
        }
    }
}

/// Retention risk for one customer: churn probability, a level, each driver's part, and
/// the playbooks that answer its top drivers.
public struct RetentionRisk: Sendable {
    public struct Driver: Sendable, Equatable {
        public let name: String
        public let value: Double
        /// What the driver adds to the log-odds of churn.
        public let contribution: Double
    }

    public struct Recommendation: Sendable, Equatable {
        public let playbook: Playbook
        /// "drivers: roi_concerns, health_gap; alerts: health-at-risk".
        public let because: String
    }

    public let score: CustomerScore
    public let tier: String
    public let level: String
    /// Drivers that raise churn risk, largest first.
    public let drivers: [Driver]
    public let recommendations: [Recommendation]

    /// critical ≥ 0.7, high ≥ 0.5, medium ≥ 0.3, else low (docs/PLAYBOOKS.md); "unknown"
    /// without an estimate (insufficient data).
    public static func level(_ p: Double?) -> String {
        guard let p else { return "unknown" }
        return p >= 0.7 ? "critical" : (p >= 0.5 ? "high" : (p >= 0.3 ? "medium" : "low"))
    }

    /// A driver counts as "top" when it adds at least this to the log-odds.
    public static let topDriverMinimum = 0.1

    public init(score: CustomerScore, tier: String, playbooks: [Playbook], firingRules: [String]) {
        self.score = score
        self.tier = tier
        level = Self.level(score.churn.probability)
        drivers = score.churn.factors.filter { $0.contribution > 0 }
            .sorted { $0.contribution != $1.contribution ? $0.contribution > $1.contribution : $0.name < $1.name }
            .map { Driver(name: $0.name, value: $0.value, contribution: $0.contribution) }
        let top = Set(drivers.filter { $0.contribution >= Self.topDriverMinimum }.map(\.name))
        let firing = Set(firingRules)
        var recommendations: [Recommendation] = []
        for playbook in playbooks where playbook.type != "onboarding" && playbook.type != "expansion" {
            if !playbook.tiers.isEmpty && !playbook.tiers.contains(tier) { continue }
            if !playbook.segments.isEmpty && !playbook.segments.contains(score.customer.organizationType ?? "") { continue }
            if let min = playbook.minChurn, (score.churn.probability ?? 0) < min { continue }
            let drivers = playbook.drivers.filter(top.contains)
            let rules = playbook.alertRules.filter(firing.contains)
            guard !drivers.isEmpty || !rules.isEmpty else { continue }
            var because: [String] = []
            if !drivers.isEmpty { because.append("drivers: " + drivers.joined(separator: ", ")) }
            if !rules.isEmpty { because.append("alerts: " + rules.joined(separator: ", ")) }
            recommendations.append(Recommendation(playbook: playbook, because: because.joined(separator: "; ")))
        }
        // The playbook that answers the most of the risk first: the sum of what its
        // matched drivers add to the log-odds (then the name, for a stable order).
        let weight = Dictionary(uniqueKeysWithValues: self.drivers.map { ($0.name, $0.contribution) })
        func answered(_ r: Recommendation) -> Double { r.playbook.drivers.filter(top.contains).reduce(0) { $0 + (weight[$1] ?? 0) } }
        self.recommendations = recommendations.sorted { a, b in
            let (wa, wb) = (answered(a), answered(b))
            return wa != wb ? wa > wb : a.playbook.name < b.playbook.name
        }
    }

    public var json: JSONValue {
        func num(_ x: Double) -> JSONValue { .number(JSONNumber(x)) }
        func num(_ x: Double?) -> JSONValue { x.map { .number(JSONNumber($0)) } ?? .null }
        var o = JSONObject()
        o["customer_id"] = .string(score.customer.id)
        o["organization_name"] = .string(score.customer.organizationName)
        o["as_of"] = .string(score.asOf.description)
        o["churn_probability"] = num(score.churn.probability)
        o["risk_level"] = .string(level)
        o["health_score"] = num(score.health.score)
        o["band"] = .string(score.health.band)
        o["trend_30d"] = score.trend.change30d.map(num) ?? .null
        o["drivers"] = .array(drivers.map { .object(["name": .string($0.name), "value": num($0.value), "contribution": num($0.contribution)]) })
        o["recommended_campaigns"] = .array(recommendations.map {
            .object(["playbook": .string($0.playbook.name), "title": .string($0.playbook.title), "because": .string($0.because)])
        })
        return .object(o)
    }

    public var text: String {
        var out = "\(score.customer.id) \(score.customer.organizationName) — churn \(ScoreTable.percent(score.churn.probability)) (\(level) risk) as of \(score.asOf)\n"
        out += "  health \(ScoreTable.fmt(score.health.score)) (\(score.health.band)), 30-day change \(ScoreTable.signed(score.trend.change30d))\n"
        if drivers.isEmpty {
            out += "  no driver raises the risk above the base rate\n"
        } else {
            out += "  drivers (what each adds to the log-odds of churn):\n"
            out += TextTable.render(header: ["    DRIVER", "VALUE", "ADDS"],
                                    rows: drivers.map { ["    " + $0.name, ScoreTable.fmt($0.value, 2), "+" + ScoreTable.fmt($0.contribution, 3)] },
                                    rightAligned: [1, 2])
        }
        if recommendations.isEmpty {
            out += "  no campaign recommended\n"
        } else {
            out += "  recommended campaigns:\n"
            for r in recommendations { out += "    \(r.playbook.name) — \(r.playbook.title) (\(r.because))\n" }
        }
        return out
    }
}
