import CSWCore
import CSWJSON

/// A module in csw.json's product catalog.
public struct CatalogProduct: Sendable, Equatable {
    public let id: String
    public let name: String
    public let unit: String
    /// Annual price per unit.
    public let price: Double
    public let segments: [String]
    public let specialties: [String]
    public let prerequisites: [String]

    public static func catalog(from config: JSONValue?) -> [CatalogProduct] {
        guard case .array(let items)? = config else { return [] }
        return items.compactMap { item in
            guard case .object(let o) = item, let id = o["id"]?.stringValue, let name = o["name"]?.stringValue,
                  let unit = o["unit"]?.stringValue, let price = o["price"]?.numberValue?.doubleValue else { return nil }
            func strings(_ key: String) -> [String] {
                guard case .array(let a)? = o[key] else { return [] }
                return a.compactMap(\.stringValue)
            }
            return CatalogProduct(id: id, name: name, unit: unit, price: price, segments: strings("segments"),
                                  specialties: strings("specialties"), prerequisites: strings("prerequisites"))
        }
    }

    func fits(_ c: CustomerData) -> Bool {
        (segments.isEmpty || segments.contains(c.organizationType ?? "")) && (specialties.isEmpty || specialties.contains(c.specialty ?? ""))
    }
}

/// An expansion opportunity found in a customer's data (docs/REVENUE.md).
public struct Opportunity: Sendable, Equatable {
    public let customerID: String
    /// seat_upsell, cross_sell, tier_upgrade, new_facility.
    public let type: String
    public let product: String?
    public let estimatedValue: Double
    public let probability: Double
    public var expectedValue: Double { (estimatedValue * probability).rounded() }
    /// The signals, with their values.
    public let evidence: [String]
    /// The expansion playbook for the customer's tier, if the workspace has one.
    public let playbook: String?

    public var json: JSONValue {
        func num(_ x: Double) -> JSONValue { .number(JSONNumber(x)) }
        return .object(["customer_id": .string(customerID), "type": .string(type), "product": product.map(JSONValue.string) ?? .null,
                        "estimated_value": num(estimatedValue), "probability": num(probability), "expected_value": num(expectedValue),
                        "evidence": .array(evidence.map(JSONValue.string)), "playbook": playbook.map(JSONValue.string) ?? .null])
    }
}

public enum Opportunities {
    /// Utilisation at or above this (usage_percentage) suggests more seats, beds or facilities.
    public static let utilisationThreshold = 85.0

    /// Probability that an opportunity closes: from health, NPS, outcomes against target,
    /// churn risk and timing (health rising, renewal 60–240 days out), clamped to 5–90%.
    public static func probability(_ score: CustomerScore, data: CustomerData, asOf: Day, kpiTargets: [String: Double]) -> (Double, [String]) {
        // find() proposes nothing without a health score; 0 here only keeps the function total.
        let health = score.health.score ?? 0
        var p = 0.15 + 0.35 * health / 100
        var why = ["health \(ScoreTable.fmt(health))"]
        let history = data.history(upTo: asOf)
        func latest(_ name: String) -> Double? { history.last(where: { $0.values[name] != nil })?.values[name] }
        if let nps = latest("nps_score") {
            if nps >= 9 { p += 0.1 }
            if nps <= 6 { p -= 0.1 }
            why.append("NPS \(ScoreTable.fmt(nps))")
        }
        if let outcome = latest("clinical_outcome_improvement"), let target = kpiTargets["clinical_outcome_improvement"], outcome >= target {
            p += 0.1
            why.append("outcomes \(ScoreTable.fmt(outcome))% ≥ target \(ScoreTable.fmt(target))%")
        }
        if let churn = score.churn.probability {
            p -= 0.4 * churn
            why.append("churn \(ScoreTable.percent(churn))")
        }
        // Timing: health at a high point (rising over 30 days and over the six-month slope).
        if let change = score.trend.change30d, let slope = score.trend.slopePer30d, change > 0, slope > 0 {
            p += 0.05
            why.append("health rising (\(ScoreTable.signed(change)) in 30 days)")
        }
        if let renewal = data.renewal, (60...240).contains(renewal - asOf) {
            p += 0.1
            why.append("renewal in \(renewal - asOf) days")
        }
        return ((min(0.9, max(0.05, p)) * 100).rounded() / 100, why)
    }

    /// Who owns what, by segment (organization_type), among active customers: built once
    /// for a portfolio, so finding every customer's opportunities stays linear.
    public struct PeerIndex: Sendable {
        let ids: Set<String>
        /// organization_type → number of active customers.
        let segmentSize: [String: Int]
        /// organization_type → product id → the quantities its active owners hold, sorted.
        let owners: [String: [String: [Int?]]]

        public init(_ peers: [CustomerData]) {
            var ids = Set<String>(), size: [String: Int] = [:], owners: [String: [String: [Int?]]] = [:]
            for p in peers where p.status != "churned" {
                ids.insert(p.id)
                let segment = p.organizationType ?? ""
                size[segment, default: 0] += 1
                for product in p.products { owners[segment, default: [:]][product.id, default: []].append(product.quantity) }
            }
            self.ids = ids
            segmentSize = size
            self.owners = owners
        }
    }

    /// Every opportunity for one customer. `peers`: the other customers (for "owned by
    /// peers of the same segment"); `playbooks`: expansion playbooks by tier.
    public static func find(_ data: CustomerData, score: CustomerScore, catalog: [CatalogProduct], peers: [CustomerData],
                            playbooks: [Playbook], asOf: Day, kpiTargets: [String: Double]) -> [Opportunity] {
        find(data, score: score, catalog: catalog, peers: PeerIndex(peers), playbooks: playbooks, asOf: asOf, kpiTargets: kpiTargets)
    }

    /// The same, with the peers indexed once (`PeerIndex`).
    public static func find(_ data: CustomerData, score: CustomerScore, catalog: [CatalogProduct], peers: PeerIndex,
                            playbooks: [Playbook], asOf: Day, kpiTargets: [String: Double]) -> [Opportunity] {
        // Nothing is proposed on a missing number: without a health score, collect the data first.
        guard data.status != "churned", score.health.score != nil else { return [] }
        let (p, why) = probability(score, data: data, asOf: asOf, kpiTargets: kpiTargets)
        let playbook = playbooks.first { $0.type == "expansion" && ($0.tiers.isEmpty || $0.tiers.contains(data.tier)) }?.name
        let history = data.history(upTo: asOf)
        let usage = history.last(where: { $0.values["usage_percentage"] != nil })?.values["usage_percentage"]
        let usage90 = history.last(where: { asOf - $0.date >= 90 && $0.values["usage_percentage"] != nil })?.values["usage_percentage"]
        var out: [Opportunity] = []
        let owned = Set(data.products.map(\.id))
        // More of what they have: utilisation near capacity.
        if let usage, usage >= utilisationThreshold {
            let growth = usage90.map { " (\(ScoreTable.signed(usage - $0)) in 90 days)" } ?? ""
            for product in data.products {
                guard let item = catalog.first(where: { $0.id == product.id }), let quantity = product.quantity, quantity > 0 else { continue }
                let extra = item.unit == "facility" ? 1 : max(1, Int((Double(quantity) * 0.2).rounded(.up)))
                out.append(Opportunity(customerID: data.id, type: item.unit == "facility" ? "new_facility" : "seat_upsell", product: item.id,
                                       estimatedValue: Double(extra) * item.price, probability: p,
                                       evidence: ["usage \(ScoreTable.fmt(usage))%\(growth)", "\(quantity) \(item.unit)s licensed, +\(extra) proposed"] + why,
                                       playbook: playbook))
            }
        }
        // What fits and peers of the same segment own.
        let segment = data.organizationType ?? ""
        let segmentPeers = (peers.segmentSize[segment] ?? 0) - (peers.ids.contains(data.id) ? 1 : 0)
        for item in catalog where !owned.contains(item.id) && item.fits(data) && item.prerequisites.allSatisfy(owned.contains) {
            // The customer does not own the item, so every owner counted is another customer.
            let holders = peers.owners[segment]?[item.id] ?? []
            let typical = holders.compactMap { $0 }.sorted()
            let quantity = typical.isEmpty ? (item.unit == "facility" ? 1 : 50) : typical[typical.count / 2]
            // Peer ownership is evidence only when there are peers: with none, it is left out
            // rather than shown as "0 of 0".
            var evidence = segmentPeers > 0 ? ["\(holders.count) of \(segmentPeers) \(data.organizationType ?? "segment") peers own it"] : []
            evidence.append("fits \(data.organizationType ?? "the segment")")
            if !item.prerequisites.isEmpty { evidence.append("owns " + item.prerequisites.joined(separator: ", ")) }
            out.append(Opportunity(customerID: data.id, type: "cross_sell", product: item.id, estimatedValue: Double(quantity) * item.price,
                                   probability: ((p * (holders.isEmpty ? 0.8 : 1)) * 100).rounded() / 100, evidence: evidence + why, playbook: playbook))
        }
        // A larger tier once the contract has outgrown the current one.
        let nextTier: [String: (String, Double)] = ["smb": ("mid_market", 100_000), "mid_market": ("enterprise", 300_000), "enterprise": ("strategic", 750_000)]
        if let (tier, threshold) = nextTier[data.tier], data.contractValue >= threshold, score.health.band == "healthy" {
            out.append(Opportunity(customerID: data.id, type: "tier_upgrade", product: nil, estimatedValue: (data.contractValue * 0.15).rounded(),
                                   probability: p, evidence: ["contract value \(Money.format(data.contractValue)) ≥ \(Money.format(threshold)) for \(tier)"] + why,
                                   playbook: playbook))
        }
        return out.sorted { ($1.expectedValue, $0.type, $0.product ?? "") < ($0.expectedValue, $1.type, $1.product ?? "") }
    }
}
