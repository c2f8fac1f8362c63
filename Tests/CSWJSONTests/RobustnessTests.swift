import Testing
@testable import CSWJSON

/// Deterministic pseudo-random numbers (SplitMix64) so a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct RobustnessTests {
    static let seeds: [String] = [
        #"{"customer_id": "HOSP_001", "organization_name": "Metro Health System", "contract_value": 500000, "segment": {"segment_name": "Large Health System", "tech_adoption": "progressive"}, "team_members": [{"name": "Dr. Sarah Johnson", "expertise_areas": ["clinical_analytics", "quality_improvement"]}]}"#,
        #"[{"date": "2025-01-01", "usage_percentage": 85.0, "user_adoption_rate": 0.82, "nps_score": 8.5, "support_ticket_volume": 3}, {"date": "2025-02-01", "note": "caf\u00e9 \ud83d\ude00 é"}]"#,
        #"{"a": [1, -2.5e-3, true, false, null, "x\n\"y\""], "b": {"c": {"d": [[], {}]}}}"#,
    ]

    /// Every mutation ends in a document or an error with a position inside the input.
    @Test func tenThousandMutationsNeverCrashOrHang() {
        var rng = SplitMix64(state: 0xC5_2025)
        var parsed = 0, rejected = 0
        let interesting: [UInt8] = Array("{}[]\",:\\-0123456789eE.+tfnul \n\t".utf8) + [0x00, 0x80, 0xC3, 0xED, 0xF4, 0xFF]
        for round in 0..<10_000 {
            var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
            let edits = Int.random(in: 1...4, using: &rng)
            for _ in 0..<edits {
                switch Int.random(in: 0..<6, using: &rng) {
                case 0 where !bytes.isEmpty:  // bit flip
                    let k = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes[k] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
                case 1 where !bytes.isEmpty:  // truncation
                    bytes.removeLast(Int.random(in: 1...bytes.count, using: &rng))
                case 2:  // insertion of a structural or odd byte
                    bytes.insert(interesting.randomElement(using: &rng)!, at: Int.random(in: 0...bytes.count, using: &rng))
                case 3 where !bytes.isEmpty:  // deletion
                    bytes.remove(at: Int.random(in: 0..<bytes.count, using: &rng))
                case 4:  // deep nesting
                    let depth = Int.random(in: 100...2000, using: &rng)
                    let at = Int.random(in: 0...bytes.count, using: &rng)
                    bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "["), count: depth), at: at)
                default:  // duplicate a slice
                    if bytes.count > 2 {
                        let a = Int.random(in: 0..<bytes.count - 1, using: &rng)
                        let b = Int.random(in: a..<bytes.count, using: &rng)
                        bytes.insert(contentsOf: bytes[a...b], at: Int.random(in: 0...bytes.count, using: &rng))
                    }
                }
            }
            switch JSONDocument.parse(bytes) {
            case .success(let doc):
                parsed += 1
                // A parsed document writes and re-reads to the same value.
                let value = doc.value
                #expect((try? JSONDocument.parse(JSONWriter().bytes(value)).get().value) == value)
            case .failure(let error):
                rejected += 1
                #expect(error.location.line >= 1 && error.location.column >= 1, "round \(round)")
                #expect(error.location.offset <= bytes.count, "round \(round)")
                #expect(!error.message.isEmpty)
            }
        }
        #expect(parsed + rejected == 10_000)
        #expect(rejected > 5_000)
    }
}
