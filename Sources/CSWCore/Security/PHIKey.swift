/// The workspace's secret for patient-data fingerprints (`.csw/phi-key`, or CSW_PHI_KEY):
/// csw.json's phi.allow names a reviewed span by HMAC-SHA256 under this key, so the
/// committed allow-list says nothing about the span to anyone without the key — a short
/// identifier (an SSN, a date of birth) cannot be found by trying every value. Never printed.
public struct PHIKey: Sendable, Equatable, CustomStringConvertible {
    let bytes: [UInt8]

    /// 16 to 64 bytes (csw makes 32).
    public init?(bytes: [UInt8]) {
        guard (16...64).contains(bytes.count) else { return nil }
        self.bytes = bytes
    }

    /// The key as `.csw/phi-key` holds it: hex digits (surrounding white space ignored).
    public init?(hex text: String) {
        let digits = Array(text.utf8.filter { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) })
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var i = 0
        while i < digits.count {
            guard let high = Self.nibble(digits[i]), let low = Self.nibble(digits[i + 1]) else { return nil }
            bytes.append(high << 4 | low)
            i += 2
        }
        self.init(bytes: bytes)
    }

    static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: return c - 48
        case 97...102: return c - 87
        case 65...70: return c - 55
        default: return nil
        }
    }

    /// What `.csw/phi-key` holds.
    public var hex: String { SHA256.hex(bytes) }

    /// Names the key without revealing it (an HMAC of a constant): an allow entry made
    /// under another key can be told apart from a span that changed.
    public var id: String { String(SHA256.hex(HMAC.sha256(key: bytes, message: Array("csw phi key id v1".utf8))).prefix(16)) }

    /// The keyed fingerprint of a reviewed span (128 bits, hex).
    public func fingerprint(_ span: [UInt8]) -> String {
        String(SHA256.hex(HMAC.sha256(key: bytes, message: Array("csw phi allow v1\u{0}".utf8) + span)).prefix(32))
    }

    public var description: String { "PHIKey(id \(id))" }
}
