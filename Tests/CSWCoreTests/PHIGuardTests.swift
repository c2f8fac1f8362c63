import Foundation
import Testing
@testable import CSWCore
import CSWJSON

/// The pieces of the patient-data guard around the scanner: SHA-256 and HMAC (published
/// vectors), the PHI key and fingerprints, phi.allow, JSON unescaping before the scan,
/// staff fields, and the redaction of csw's own messages.
@Suite struct PHIGuardTests {
    static func bytes(_ hex: String) -> [UInt8] { PHIKey(hex: hex).map(\.bytes) ?? hexBytes(hex) }
    static func hexBytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex {
            let j = hex.index(i, offsetBy: 2)
            out.append(UInt8(hex[i..<j], radix: 16)!)
            i = j
        }
        return out
    }

    // MARK: SHA-256 (FIPS 180-4 / NIST CSRC examples)

    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func sha256Vectors(message: String, digest: String) {
        #expect(SHA256.hex(SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test func sha256OfAMillionAs() {
        #expect(SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    // MARK: HMAC-SHA256 (RFC 4231, test cases 1–4, 6, 7)

    @Test(arguments: [
        ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        (Array(1...25), [UInt8](repeating: 0xcd, count: 50), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        ([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        ([UInt8](repeating: 0xaa, count: 131),
         Array("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8),
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ] as [([UInt8], [UInt8], String)])
    func hmacVectors(key: [UInt8], message: [UInt8], mac: String) {
        #expect(SHA256.hex(HMAC.sha256(key: key, message: message)) == mac)
    }

    // MARK: key and fingerprints

    static let keyA = PHIKey(hex: String(repeating: "1f", count: 32))!
    static let keyB = PHIKey(hex: String(repeating: "e2", count: 32))!

    @Test func keysParseFromHexAndNeverPrintThemselves() {
        #expect(PHIKey(hex: "  " + Self.keyA.hex + "\n") == Self.keyA)
        #expect(PHIKey(hex: "not hex") == nil && PHIKey(hex: "abcd") == nil, "too short or not hex")
        #expect(!"\(Self.keyA)".contains(Self.keyA.hex) && Self.keyA.id.count == 16)
        #expect(Self.keyA.id != Self.keyB.id)
        let span = Array("412-68-3091".utf8)
        #expect(Self.keyA.fingerprint(span) != Self.keyB.fingerprint(span), "another key, another fingerprint")
        #expect(Self.keyA.fingerprint(span) == Self.keyA.fingerprint(span) && Self.keyA.fingerprint(span).count == 32)
    }

    static func finding(_ text: String, path: String = "customers/HOSP_001/notes/a.md") throws -> PHIGuard.Finding {
        try #require(PHIGuard.scan(Array(text.utf8), path: path, scanner: PHIScanner()).first { $0.kind == .ssn })
    }

    @Test func allowEntriesCountOnlyUnderTheKeyTheyWereMadeWith() throws {
        let f = try Self.finding("Caller read out SSN 412-68-3091 by mistake.\n")
        func policy(_ entries: String, key: PHIKey?) throws -> PHIPolicy {
            let doc = try JSONDocument.parse(Array("{\"allow\": [\(entries)]}".utf8)).get()
            return PHIPolicy(doc.root).keyed(key)
        }
        let entry = "{\"path\": \"\(f.path)\", \"fingerprint\": \"\(f.fingerprint(Self.keyA))\", \"key_id\": \"\(Self.keyA.id)\", \"reason\": \"test\"}"
        #expect(try policy(entry, key: Self.keyA).allows(f))
        let foreign = try policy(entry, key: Self.keyB)
        #expect(!foreign.allows(f), "a clone with another key")
        #expect(foreign.allowListProblems().joined().contains("copy the team's .csw/phi-key"))
        #expect(!(try policy(entry, key: nil)).allows(f), "a clone without a key")
        let moved = try Self.finding("x\nCaller read out SSN 412-68-3091 by mistake.\n", path: "customers/HOSP_002/notes/a.md")
        #expect(!(try policy(entry, key: Self.keyA)).allows(moved), "same span in another file")
        let legacy = try policy("{\"path\": \"\(f.path)\", \"hash\": \"0123456789abcdef\", \"reason\": \"old\"}", key: Self.keyA)
        #expect(!legacy.allows(f))
        #expect(legacy.allowListProblems().joined().contains("no longer honours"))
    }

    // MARK: JSON strings

    @Test func jsonEscapesAreReadBeforeTheScanAndLocationsPointIntoTheFile() throws {
        let text = "{\"title\": \"Call back re SSN \\u0034\\u0031\\u0032-68-3091 today\"}\n"
        let findings = PHIGuard.scan(Array(text.utf8), path: "customers/HOSP_001/tasks.jsonl", scanner: PHIScanner())
        let ssn = try #require(findings.first { $0.kind == .ssn })
        #expect(ssn.location.line == 1 && ssn.location.column == Array(text.utf8).firstIndex(of: 92)! + 1, "\(ssn.location)")
        let plain = try Self.finding("SSN 412-68-3091")
        #expect(ssn.isSameIdentifier(as: plain), "the escaped and the plain spelling are one identifier")
        #expect(ssn.fingerprint(Self.keyA) == plain.fingerprint(Self.keyA))
    }

    @Test func staffFieldsAreScannedForEverythingButTheirPeople() {
        let alerts = "{\"A-0505e62d95f4def4\": {\"state\": \"acknowledged\", \"by\": \"SSN 412-68-3091\", \"at\": \"2025-11-15\"}}"
        #expect(PHIGuard.scan(Array(alerts.utf8), path: "customers/HOSP_001/alerts.json", scanner: PHIScanner()).contains { $0.kind == .ssn })
        let author = "{\"author\": \"kim.lee@unknown-vendor.example\"}"
        #expect(PHIGuard.scan(Array(author.utf8), path: "x.json", scanner: PHIScanner()).isEmpty)
    }

    @Test func keysOfJSONObjectsAreScannedToo() {
        let text = "{\"SSN 412-68-3091\": true}"
        #expect(PHIGuard.scan(Array(text.utf8), path: "x.json", scanner: PHIScanner()).contains { $0.kind == .ssn })
    }

    // MARK: redaction

    @Test func diagnosticsQuotingAValueShowOnlyTheMask() {
        let d = Diagnostic(.profileSchema, "customers/HOSP_001/profile.json", line: 4, column: 11,
                           "tier: expected one of strategic, enterprise, mid_market, smb; found the string \"SSN 412-68-3091 pt\"",
                           notes: ["use one of the tiers"])
        let r = PHIRedaction.redact(d)
        #expect(!r.message.contains("412") && !r.message.contains("3091") && r.message.contains("tier: expected"), "\(r.message)")
        #expect(r.line == 4 && r.column == 11 && r.code == d.code && r.severity == d.severity)
        let clean = Diagnostic(.profileSchema, "customers/HOSP_001/profile.json", "tier: expected one of strategic; found \"gold\"")
        #expect(PHIRedaction.redact(clean) == clean)
        let limit = Diagnostic(.configSchema, "csw.json", "limits.max_file_bytes: expected a number ≤ 1073741824, found 1e12")
        #expect(PHIRedaction.redact(limit) == limit, "csw's own limits are not a value quoted from a file")
        let metric = Diagnostic(.metricSchema, "customers/HOSP_001/metrics.jsonl", "nps_score: expected a number ≤ 100, found the string \"call pt at (312) 555-0187\"")
        #expect(!PHIRedaction.redact(metric).message.contains("555-0187"))
        let named = Diagnostic(.unexpectedFile, "notes/SSN 412-68-3091.md", "not part of the workspace", notes: ["move notes/SSN 412-68-3091.md"])
        #expect(!PHIRedaction.redact(named).path.contains("3091") && !PHIRedaction.redact(named).notes[0].contains("3091"))
    }
}
