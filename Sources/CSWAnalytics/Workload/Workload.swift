import CSWCore
import CSWJSON

/// How much work an account is: csw.json's `workload` section, or these defaults
/// (docs/WORKLOAD.md). A mid-market account that is not at risk and small counts 1.
public struct WorkloadWeights: Sendable, Equatable {
    public var tierWeights: [String: Double] = ["strategic": 2.0, "enterprise": 1.5, "mid_market": 1.0, "smb": 0.5]
    /// ARR adds `arrWeight` per `arrUnit` of contract value.
    public var arrUnit: Double = 500_000
    public var arrWeight: Double = 0.5
    /// An account at risk (band at_risk, or churn ≥ 50%) adds this.
    public var atRiskWeight: Double = 0.5
    /// Load ratio above which a CSM is over capacity, and below which under.
    public var over: Double = 1.0
    public var under: Double = 0.6

    public init() {}

    public static func from(_ config: JSONValue?) -> WorkloadWeights {
        var w = WorkloadWeights()
        guard case .object(let o)? = config else { return w }
        if case .object(let tiers)? = o["tier_weights"] {
            for (tier, value) in tiers { if let d = value.numberValue?.doubleValue { w.tierWeights[tier] = d } }
        }
        func num(_ key: String) -> Double? { o[key]?.numberValue?.doubleValue }
        w.arrUnit = num("arr_unit") ?? w.arrUnit
        w.arrWeight = num("arr_weight") ?? w.arrWeight
        w.atRiskWeight = num("at_risk_weight") ?? w.atRiskWeight
        w.over = num("over_capacity") ?? w.over
        w.under = num("under_capacity") ?? w.under
        return w
    }

    /// One account's load.
    public func load(tier: String, arr: Double, atRisk: Bool) -> Double {
        (tierWeights[tier] ?? 1) + (arrUnit > 0 ? arrWeight * arr / arrUnit : 0) + (atRisk ? atRiskWeight : 0)
    }
}

/// An account as the workload sees it.
public struct WorkloadAccount: Sendable, Equatable {
    public let customerID: String
    public let csm: String
    public let tier: String
    public let arr: Double
    public let atRisk: Bool
    public let renewalWithin90d: Bool
    public let load: Double

    public init(customerID: String, csm: String, tier: String, arr: Double, atRisk: Bool, renewalWithin90d: Bool, weights: WorkloadWeights) {
        self.customerID = customerID
        self.csm = csm
        self.tier = tier
        self.arr = arr
        self.atRisk = atRisk
        self.renewalWithin90d = renewalWithin90d
        load = weights.load(tier: tier, arr: arr, atRisk: atRisk)
    }

    func assigned(to csm: String, weights: WorkloadWeights) -> WorkloadAccount {
        WorkloadAccount(customerID: customerID, csm: csm, tier: tier, arr: arr, atRisk: atRisk, renewalWithin90d: renewalWithin90d, weights: weights)
    }
}

/// One CSM's book of business.
public struct CSMLoad: Sendable, Equatable {
    public let csm: String
    public let name: String
    public let capacity: Double
    public let accounts: Int
    public let arr: Double
    public let tierMix: [String: Int]
    public let atRisk: Int
    public let renewals90d: Int
    public let openTasks: Int
    public let openAlerts: Int
    public let load: Double
    public var loadRatio: Double { capacity > 0 ? load / capacity : 0 }

    public func status(_ w: WorkloadWeights) -> String {
        loadRatio > w.over ? "over" : (loadRatio < w.under ? "under" : "ok")
    }

    public func json(_ w: WorkloadWeights) -> JSONValue {
        func num(_ x: Double) -> JSONValue { .number(JSONNumber(x)) }
        var mix = JSONObject()
        for (tier, n) in tierMix.sorted(by: { $0.key < $1.key }) { mix[tier] = num(Double(n)) }
        return .object(["csm": .string(csm), "name": .string(name), "accounts": num(Double(accounts)), "arr": num(arr), "tier_mix": .object(mix),
                        "at_risk": num(Double(atRisk)), "renewals_90d": num(Double(renewals90d)), "open_tasks": num(Double(openTasks)),
                        "open_alerts": num(Double(openAlerts)), "load": num(Workload.round2(load)), "capacity": num(capacity),
                        "load_ratio": num(Workload.round2(loadRatio)), "status": .string(status(w))])
    }
}

/// Books of business and how to balance them (pure).
public enum Workload {
    public struct Roster: Sendable, Equatable {
        public let id: String
        public let name: String
        public let capacity: Double

        public init(id: String, name: String, capacity: Double) {
            self.id = id
            self.name = name
            self.capacity = capacity
        }
    }

    /// Every roster CSM's load (CSMs named in profiles but not in the roster get capacity 0).
    public static func loads(_ accounts: [WorkloadAccount], roster: [Roster], openTasks: [String: Int] = [:], openAlerts: [String: Int] = [:]) -> [CSMLoad] {
        var ids = roster.map(\.id)
        for a in accounts where !ids.contains(a.csm) { ids.append(a.csm) }
        return ids.map { id in
            let mine = accounts.filter { $0.csm == id }
            let r = roster.first { $0.id == id }
            var mix: [String: Int] = [:]
            for a in mine { mix[a.tier, default: 0] += 1 }
            return CSMLoad(csm: id, name: r?.name ?? id, capacity: r?.capacity ?? 0, accounts: mine.count, arr: mine.reduce(0) { $0 + $1.arr },
                           tierMix: mix, atRisk: mine.filter(\.atRisk).count, renewals90d: mine.filter(\.renewalWithin90d).count,
                           openTasks: openTasks[id] ?? 0, openAlerts: openAlerts[id] ?? 0, load: mine.reduce(0) { $0 + $1.load })
        }
    }

    public struct Move: Sendable, Equatable {
        public let customerID: String
        public let from: String
        public let to: String
    }

    /// Moves, at most `maxMoves`, each one lowering the highest load ratio among the roster:
    /// from the most loaded CSM, the account whose move to another CSM leaves the lowest
    /// highest ratio (ties: the smaller move, then ids). Stops when no move helps. With
    /// `keepStrategic`, strategic accounts keep their CSM.
    public static func rebalance(_ accounts: [WorkloadAccount], roster: [Roster], maxMoves: Int, keepStrategic: Bool, weights: WorkloadWeights) -> [Move] {
        let capacity = Dictionary(uniqueKeysWithValues: roster.filter { $0.capacity > 0 }.map { ($0.id, $0.capacity) })
        var load: [String: Double] = [:]
        for id in capacity.keys { load[id] = 0 }
        for a in accounts where capacity[a.csm] != nil { load[a.csm, default: 0] += a.load }
        var current = accounts
        var moved = Set<String>()
        var moves: [Move] = []
        func ratio(_ id: String, _ l: Double) -> Double { l / capacity[id]! }
        func highest(_ loads: [String: Double]) -> Double { loads.map { ratio($0.key, $0.value) }.max() ?? 0 }
        while moves.count < maxMoves {
            let top = highest(load)
            guard let source = load.keys.sorted().max(by: { ratio($0, load[$0]!) < ratio($1, load[$1]!) }) else { break }
            var best: (max: Double, size: Double, index: Int, to: String)?
            for (i, a) in current.enumerated() where a.csm == source && !moved.contains(a.customerID) && !(keepStrategic && a.tier == "strategic") {
                for target in capacity.keys.sorted() where target != source {
                    var trial = load
                    trial[source]! -= a.load
                    trial[target]! += a.load
                    let after = highest(trial)
                    guard after < top - 1e-9 else { continue }
                    let better: Bool
                    if let b = best {
                        better = after < b.max - 1e-9 || (abs(after - b.max) <= 1e-9 && (a.load < b.size || (a.load == b.size && (a.customerID, target) < (current[b.index].customerID, b.to))))
                    } else {
                        better = true
                    }
                    if better { best = (after, a.load, i, target) }
                }
            }
            guard let b = best else { break }
            let a = current[b.index]
            load[source]! -= a.load
            load[b.to]! += a.load
            current[b.index] = a.assigned(to: b.to, weights: weights)
            moved.insert(a.customerID)
            moves.append(Move(customerID: a.customerID, from: source, to: b.to))
        }
        return moves
    }

    /// The accounts after the moves.
    public static func apply(_ moves: [Move], to accounts: [WorkloadAccount], weights: WorkloadWeights) -> [WorkloadAccount] {
        let to = Dictionary(uniqueKeysWithValues: moves.map { ($0.customerID, $0.to) })
        return accounts.map { a in to[a.customerID].map { a.assigned(to: $0, weights: weights) } ?? a }
    }

    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
