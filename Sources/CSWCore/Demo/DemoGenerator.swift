import CSWJSON

/// A deterministic synthetic workspace for demos and benchmarks: the same seed gives the
/// same bytes. Customers follow the template's patterns in turn — steadily healthy,
/// declining after a champion left, a support-ticket spike, expansion-ready, churned,
/// renewed after a rescue. Generated one customer at a time so 10,000 need little memory.
public struct DemoGenerator: Sendable {
    public let customers: Int
    public let months: Int
    public let seed: UInt64
    /// The last snapshot month (fixed, so output never depends on the clock).
    public let lastMonth: (year: Int, month: Int) = (2025, 11)

    public enum Pattern: Int, CaseIterable, Sendable {
        case healthy, decliningAfterChampionLeft, ticketSpike, expansionReady, churned, rescued
    }

    public init(customers: Int, months: Int, seed: UInt64) {
        self.customers = customers
        self.months = months
        self.seed = seed
    }

    public static let csmCapacity = 12

    public var csmCount: Int { max(1, (customers + Self.csmCapacity - 1) / Self.csmCapacity) }

    public func csmID(_ n: Int) -> String { "csm.\(String(n + 1).leftPadded(to: 3))" }

    public func customerID(_ index: Int) -> String { "DEMO_" + String(index + 1).leftPadded(to: 5) }

    public func config() -> [UInt8] {
        var config = JSONObject()
        config["name"] = .string("Demo workspace (\(customers) customers, seed \(seed))")
        config["format_version"] = .number(1)
        config["currency"] = .string("USD")
        var targets = JSONObject()
        for (k, v) in WorkspaceConfig.defaultKPITargets { targets[k] = .number(JSONNumber(v)) }
        config["kpi_targets"] = .object(targets)
        config["csms"] = .array((0..<csmCount).map { n in
            .object(["id": .string(csmID(n)), "name": .string("Demo CSM \(n + 1)"),
                     "email": .string("\(csmID(n))@demo.example"), "capacity": .number(JSONNumber(Self.csmCapacity))])
        })
        return CanonicalForm.json(.object(config))
    }

    /// The files of customer `index` (0-based): paths relative to the workspace root.
    public func customerFiles(_ index: Int) -> [(path: String, bytes: [UInt8])] {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let pattern = Pattern(rawValue: index % Pattern.allCases.count)!
        let id = customerID(index)
        let folder = "customers/" + id
        let profile = makeProfile(index, id: id, pattern: pattern, rng: &rng)
        var files: [(String, [UInt8])] = [(folder + "/profile.json", CanonicalForm.json(profile))]
        files.append((folder + "/metrics.jsonl", metrics(pattern, rng: &rng)))
        let note = feedbackNote(pattern, rng: &rng)
        files.append((folder + "/feedback/" + note.name, Array(note.text.utf8)))
        return files
    }

    func month(_ k: Int) -> String {
        // k = 0 is the first month, months - 1 the last.
        let total = lastMonth.year * 12 + (lastMonth.month - 1) - (months - 1 - k)
        return "\(total / 12)-" + String(total % 12 + 1).leftPadded(to: 2) + "-01"
    }

    static let places = ["Riverside", "Lakeshore", "Summit", "Pinecrest", "Harbor", "Granite", "Meadowbrook", "Crescent",
                         "Bayview", "Cedar Valley", "Northgate", "Silver Creek", "Prairie", "Redwood", "Clearwater", "Highland"]
    static let kinds: [(String, String, String)] = [
        ("Health System", "health_system", "enterprise"), ("Medical Center", "academic_medical_center", "strategic"),
        ("Community Hospital", "community_hospital", "mid_market"), ("Clinic Group", "clinic_group", "smb"),
        ("Health Plan", "payer", "enterprise"), ("Regional Hospital", "critical_access_hospital", "smb"),
    ]

    func makeProfile(_ index: Int, id: String, pattern: Pattern, rng: inout SplitMix64) -> JSONValue {
        let place = Self.places[rng.below(Self.places.count)]
        let kind = Self.kinds[rng.below(Self.kinds.count)]
        var p = JSONObject()
        p["customer_id"] = .string(id)
        p["organization_name"] = .string("\(place) \(kind.0) \(index + 1)")
        p["tier"] = .string(kind.2)
        p["segment"] = .object(["segment_name": .string(kind.0), "organization_type": .string(kind.1),
                                "geographic_region": .string(["midwest", "northeast", "south", "west"][rng.below(4)])])
        p["primary_contact"] = .string("Dr. Demo Contact \(index + 1)")
        p["email"] = .string("contact\(index + 1)@demo-customer.example")
        p["csm_assigned"] = .string(csmID(index % csmCount))
        let startYear = 2021 + rng.below(3)
        p["contract_start"] = .string("\(startYear)-" + String(1 + rng.below(12)).leftPadded(to: 2) + "-01")
        p["renewal_date"] = .string("2026-" + String(1 + rng.below(12)).leftPadded(to: 2) + "-01")
        let base = [800_000, 450_000, 150_000, 60_000, 350_000, 40_000][Self.kinds.firstIndex { $0.0 == kind.0 }!]
        p["contract_value"] = .number(JSONNumber((base + rng.below(base / 2)) / 1000 * 1000))
        p["status"] = .string(pattern == .churned ? "churned" : "active")
        if pattern == .churned {
            p["churn_date"] = .string(month(max(0, months - 3)))
            p["churn_reason"] = .string("Budget cut after a merger; adoption never recovered")
        }
        return .object(p)
    }

    func metrics(_ pattern: Pattern, rng: inout SplitMix64) -> [UInt8] {
        var out: [UInt8] = []
        let last = pattern == .churned ? max(0, months - 3) : months - 1
        for k in 0...last {
            let t = months > 1 ? Double(k) / Double(months - 1) : 1
            var usage = 70.0, adoption = 0.7, nps = 7.5, tickets = 4.0, engagement = 0.7, outcome = 12.0
            switch pattern {
            case .healthy: usage = 82 + 4 * t; adoption = 0.78 + 0.05 * t; nps = 8.3; outcome = 16 + 3 * t
            case .decliningAfterChampionLeft:
                let drop = max(0, t - 0.5) * 2
                usage = 80 - 35 * drop; adoption = 0.78 - 0.35 * drop; nps = 8 - 4 * drop; engagement = 0.75 - 0.45 * drop; outcome = 14 - 8 * drop
            case .ticketSpike: tickets = abs(t - 0.7) < 0.12 ? 28 : 5; nps = abs(t - 0.7) < 0.12 ? 5.5 : 7.8
            case .expansionReady: usage = 88 + 9 * t; adoption = 0.85 + 0.1 * t; nps = 9; outcome = 19 + 4 * t
            case .churned: usage = 65 - 45 * t; adoption = 0.6 - 0.4 * t; nps = 6 - 4 * t; engagement = 0.6 - 0.45 * t; outcome = 9 - 6 * t
            case .rescued:
                let dip = t > 0.3 && t < 0.6
                usage = dip ? 48 : 78; adoption = dip ? 0.45 : 0.74; nps = dip ? 4.5 : 8; engagement = dip ? 0.4 : 0.8
            }
            var s = JSONObject()
            s["date"] = .string(month(k))
            s["usage_percentage"] = .number(JSONNumber(rounded(min(100, max(0, usage + rng.noise(2.5))))))
            s["clinical_outcome_improvement"] = .number(JSONNumber(rounded(outcome + rng.noise(1.2))))
            s["user_adoption_rate"] = .number(JSONNumber(rounded(min(1, max(0, adoption + rng.noise(0.03))))))
            s["support_ticket_volume"] = .number(JSONNumber(max(0, Int((tickets + rng.noise(1.5)).rounded()))))
            s["nps_score"] = .number(JSONNumber(rounded(min(10, max(0, nps + rng.noise(0.4))))))
            s["engagement_level"] = .number(JSONNumber(rounded(min(1, max(0, engagement + rng.noise(0.04))))))
            s["roi_percentage"] = .number(JSONNumber(rounded(outcome * 1.4 + rng.noise(2))))
            s["compliance_score"] = .number(JSONNumber(rounded(min(100, 94 + rng.noise(2)))))
            out += Array((JSONWriter.line(.object(s)) + "\n").utf8)
        }
        return out
    }

    func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    func feedbackNote(_ pattern: Pattern, rng: inout SplitMix64) -> (name: String, text: String) {
        let date = month(max(0, months - 4 + rng.below(3)))
        let (type, severity, body): (String, String, String) = {
            switch pattern {
            case .healthy: return ("praise", "low", "The nursing team says the early-warning alerts save them time on every shift.")
            case .decliningAfterChampionLeft: return ("complaint", "high", "Since the clinical champion left, nobody owns the rollout and usage is falling.")
            case .ticketSpike: return ("bug", "critical", "Repeated downtime after the EHR upgrade; alerts arrived late for two days.")
            case .expansionReady: return ("feature_request", "medium", "They want the imaging triage module for the two new facilities.")
            case .churned: return ("complaint", "critical", "ROI concerns: leadership does not see the value after the merger.")
            case .rescued: return ("praise", "low", "After the recovery plan, readmissions are down and the champion is back on board.")
            }
        }()
        let text = "---\ndate: \(date)\nchannel: call\ntype: \(type)\nseverity: \(severity)\nstatus: new\n---\n\(body)\n"
        return ("\(date)-\(type.replacingOccurrences(of: "_", with: "-")).md", text)
    }
}

/// SplitMix64: small, fast, and the same on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    /// Roughly normal noise with the given spread (sum of uniforms).
    mutating func noise(_ spread: Double) -> Double {
        var sum = 0.0
        for _ in 0..<4 { sum += Double(next() % 10_000) / 10_000 }
        return (sum - 2) * spread
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
