import CSWCore
import CSWJSON
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the scores read about one customer, taken from its profile and metrics history.
public struct CustomerData: Sendable {
    public struct Snapshot: Sendable {
        public let date: Day
        public let values: MetricValues
        public let flags: [String: String]
    }

    /// The metrics the scores read, in a fixed-size array (a snapshot is read once and
    /// looked up many times; no per-snapshot dictionary).
    public struct MetricValues: Sendable {
        public static let names = ["usage_percentage", "user_adoption_rate", "engagement_level", "nps_score", "support_ticket_volume",
                                   "clinical_outcome_improvement", "roi_percentage", "compliance_score", "staff_satisfaction",
                                   "roi_concerns", "competitive_pressure", "workflow_adoption", "clinical_efficiency_gain",
                                   "cost_reduction", "patient_satisfaction", "implementation_success_rate", "executive_engagement",
                                   "patient_safety_events"]
        static let nameBytes: [[UInt8]] = names.map { Array($0.utf8) }
        static let index: [String: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        /// The fixed metrics' values, then those of `extra` names (metrics a configured
        /// model reads beyond the fixed ones: custom metrics, or built-in ones no default
        /// measure uses), in the order the model lists them.
        var slots: [Double?]

        /// Open-addressed table from a name's FNV-1a hash to its index (no Swift hashing per member).
        static let tableMask: UInt64 = 127
        static let table: [Int8] = {
            var t = [Int8](repeating: -1, count: Int(tableMask) + 1)
            for (i, name) in names.enumerated() {
                var k = Int(FNV1a.hash(name.utf8) & tableMask)
                while t[k] >= 0 { k = (k + 1) & Int(tableMask) }
                t[k] = Int8(i)
            }
            return t
        }()

        static func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            var k = Int(FNV1a.hash(bytes) & tableMask)
            while true {
                let i = Int(table[k])
                if i < 0 { return nil }
                if nameBytes[i].withUnsafeBufferPointer({ $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return i }
                k = (k + 1) & Int(tableMask)
            }
        }

        /// One pass over the snapshot's members, matching names by their bytes.
        init(_ root: JSONNode, extra: [[UInt8]] = []) {
            var slots = [Double?](repeating: nil, count: Self.names.count + extra.count)
            root.forEachMember { bytes, value in
                var slot = Self.lookup(bytes)
                if slot == nil, !extra.isEmpty, let k = extra.firstIndex(where: { name in
                    name.withUnsafeBufferPointer { $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
                }) { slot = Self.names.count + k }
                if let i = slot { slots[i] = value.doubleValue.map { $0.usable } ?? value.boolValue.map { $0 ? 1 : 0 } }
            }
            self.slots = slots
        }

        public subscript(name: String) -> Double? {
            Self.index[name].flatMap { slots[$0] }
        }

        /// By position in `names` (see `ScoringModel.Measure.slot`): no hashing per lookup.
        subscript(slot slot: Int?) -> Double? {
            guard let slot, slot < slots.count else { return nil }
            return slots[slot]
        }
    }

    /// A CSM's override of the health score (score-override.json).
    public struct Override: Sendable, Equatable {
        public let score: Double
        public let author: String
        public let reason: String
        public let expires: Day
    }

    public let id: String
    public let organizationName: String
    public let tier: String
    /// csm_assigned: the CSM who owns the account.
    public let csm: String?
    /// segment.clinical_specialty.
    public let specialty: String?
    /// What the customer has bought (profile products).
    public let products: [OwnedProduct]

    public struct OwnedProduct: Sendable, Equatable {
        public let id: String
        public let quantity: Int?
        public let unit: String?
    }
    public private(set) var status: String
    public let organizationType: String?
    public let contractValue: Double
    public let contractStart: Day?
    public let renewal: Day?
    /// Oldest first.
    public let snapshots: [Snapshot]
    public let override: Override?
    /// customers/<ID>/contracts.jsonl, when the folder holds it (and it was read).
    public let contracts: ContractHistory?
    /// FNV-1a digest of the bytes the scores are computed from (profile, metrics, override,
    /// and the feedback notes when the model scores their sentiment).
    public private(set) var inputsDigest: String
    /// The sentiment of the customer's dated feedback notes (for the optional
    /// `feedback_sentiment` measure; empty unless `withFeedback` gave them).
    public private(set) var feedbackSentiment: [(date: Day, score: Double)] = []

    /// What a cap reads of a feedback note (empty unless `withFeedback` gave them).
    public struct FeedbackFact: Sendable, Equatable {
        public let path: String
        public let date: Day?
        public let type: String?
        public let tags: [String]
        public let severity: String?
        public let status: String?
        public let isOpen: Bool
    }
    public private(set) var feedbackFacts: [FeedbackFact] = []

    /// This customer with its feedback notes: their sentiment, for models that score it,
    /// and their type, severity and status, for caps.
    public func withFeedback(_ notes: [FeedbackNote]) -> CustomerData {
        var copy = self
        copy.feedbackSentiment = notes.compactMap { n in n.date.map { ($0, n.sentiment.score) } }.sorted { $0.date < $1.date }
        copy.feedbackFacts = notes.map { FeedbackFact(path: $0.path, date: $0.date, type: $0.type, tags: $0.tags, severity: $0.severity, status: $0.status, isOpen: $0.isOpen) }
        guard !notes.isEmpty else { return copy }
        let summary = notes.map { "\($0.path)|\($0.date?.description ?? "")|\($0.sentiment.score)|\($0.type ?? "")|\($0.severity ?? "")|\($0.status ?? "")|\($0.tags.joined(separator: ","))" }
            .joined(separator: "\n")
        copy.inputsDigest = Self.digest([Array(inputsDigest.utf8), Array(summary.utf8)])
        return copy
    }

    /// Reads a customer folder's profile.json and metrics.jsonl (already validated or not:
    /// unreadable values are simply missing).
    /// `since`: snapshots dated before it are not read (metrics.jsonl is in date order,
    /// so the file is read from its end); nil reads the whole history.
    /// `extraMetrics`: metrics to read beyond the fixed ones (`ScoringModel.extraMetrics`).
    public init?(folder: CustomerFolder, since: Day? = nil, extraMetrics: [String] = []) {
        guard let bytes = folder.file("profile.json"), let profile = try? JSONDocument.parse(bytes).get().root else { return nil }
        id = profile["customer_id"]?.stringValue ?? folder.name
        organizationName = profile["organization_name"]?.stringValue ?? ""
        tier = profile["tier"]?.stringValue ?? ""
        csm = profile["csm_assigned"]?.stringValue
        specialty = profile["segment"]?["clinical_specialty"]?.stringValue
        products = (profile["products"]?.elements.map { $0 } ?? []).compactMap { p in
            p["product_id"]?.stringValue.map { OwnedProduct(id: $0, quantity: p["licensed_seats"]?.number?.intValue, unit: p["unit"]?.stringValue) }
        }
        status = profile["status"]?.stringValue ?? "active"
        organizationType = profile["segment"]?["organization_type"]?.stringValue
        contractValue = profile["contract_value"]?.doubleValue?.usable ?? 0
        contractStart = profile["contract_start"]?.stringValue.flatMap(Day.init)
        renewal = (profile["renewal_date"] ?? profile["contract_end"])?.stringValue.flatMap(Day.init)
        var snapshots: [Snapshot] = []
        if let metrics = folder.file("metrics.jsonl") {
            let extra = extraMetrics.map { Array($0.utf8) }
            snapshots = since.map { Self.recentSnapshots(metrics, since: $0, extra: extra) } ?? Self.allSnapshots(metrics, extra: extra)
        }
        self.snapshots = snapshots.sorted { $0.date < $1.date }
        var override: Override?
        let overrideBytes = folder.file("score-override.json")
        if let overrideBytes, let root = try? JSONDocument.parse(overrideBytes).get().root,
           let score = root["score"]?.doubleValue?.usable, let expires = root["expires"]?.stringValue.flatMap(Day.init)
        {
            override = Override(score: score, author: root["author"]?.stringValue ?? "", reason: root["reason"]?.stringValue ?? "", expires: expires)
        }
        self.override = override
        contracts = folder.file("contracts.jsonl").map { ContractHistory(bytes: $0, customerID: profile["customer_id"]?.stringValue ?? folder.name) }
        inputsDigest = Self.digest([bytes, folder.file("metrics.jsonl") ?? [], overrideBytes ?? []])
    }

    /// A 64-bit digest of the input files, eight bytes at a time (it tells recorded scores'
    /// inputs apart; it is not a cryptographic hash).
    static func digest(_ parts: [[UInt8]]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ w: UInt64) {
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        for part in parts {
            part.withUnsafeBytes { raw in
                var i = 0
                while i + 8 <= raw.count {
                    mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                    i += 8
                }
                while i < raw.count {
                    mix(UInt64(raw[i]) | 0x100)
                    i += 1
                }
            }
            mix(UInt64(part.count) | 0xFF00_0000_0000_0000)
        }
        return String(h, radix: 16)
    }

    static func snapshot(_ root: JSONNode, extra: [[UInt8]] = []) -> Snapshot? {
        guard let date = root["date"]?.withStringBytes(Day.init(bytes:)) ?? nil else { return nil }
        var flags: [String: String] = [:]
        if let trend = root["clinical_outcome_trend"]?.stringValue { flags["clinical_outcome_trend"] = trend }
        return Snapshot(date: date, values: MetricValues(root, extra: extra), flags: flags)
    }

    static func allSnapshots(_ metrics: [UInt8], extra: [[UInt8]]) -> [Snapshot] {
        let roots: [JSONNode] = JSONLines.parseAll(metrics).map { Array($0.root.elements) } ?? JSONLines.parse(metrics).records.map(\.document.root)
        return roots.compactMap { snapshot($0, extra: extra) }
    }

    /// Reads lines from the end of the file until one is dated before `since`.
    static func recentSnapshots(_ metrics: [UInt8], since: Day, extra: [[UInt8]]) -> [Snapshot] {
        var out: [Snapshot] = []
        var end = metrics.count
        while end > 0 {
            var start = end - 1
            if metrics[start] == 0x0A { end = start; start = end - 1 }
            while start >= 0 && metrics[start] != 0x0A { start -= 1 }
            let lineStart = start + 1
            if lineStart < end, let root = try? JSONDocument.parse(Array(metrics[lineStart..<end])).get().root, let s = snapshot(root, extra: extra) {
                if s.date < since { break }
                out.append(s)
            }
            end = max(0, lineStart - 1)
            if lineStart == 0 { break }
        }
        return out.reversed()
    }

    /// The same customer with status "active" (to score a churned customer as it looked
    /// before it left, for fitting).
    public static func asActive(_ data: CustomerData) -> CustomerData {
        var copy = data
        copy.status = "active"
        return copy
    }

    /// The renewal date as of `day`: the current term's end from contracts.jsonl when
    /// there are records, else the profile's renewal_date (or contract_end).
    public func renewal(asOf day: Day) -> Day? {
        contracts?.state(on: day)?.termEnd ?? renewal
    }

    /// A renewal date that passed before `day` with no outcome recorded: from the contract
    /// records when there are any, else the profile's date while its status is not churned.
    public func overdueRenewal(asOf day: Day) -> Day? {
        if let contracts, contracts.state(on: day) != nil { return contracts.overdueRenewal(asOf: day) }
        guard status != "churned", let renewal, renewal < day else { return nil }
        return renewal
    }

    /// Snapshots on or before `day`.
    public func history(upTo day: Day) -> ArraySlice<Snapshot> {
        var end = snapshots.count
        while end > 0 && snapshots[end - 1].date > day { end -= 1 }
        return snapshots[..<end]
    }
}

