/// FNV-1a, 64-bit: the one small non-cryptographic hash csw uses for hash tables, cache
/// keys, model versions and the stable ids of alerts, tasks, opportunities and
/// notifications.
public enum FNV1a {
    @inlinable
    public static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The hash of the text's UTF-8 as 16 lowercase hex digits.
    public static func hex16(_ text: String) -> String {
        let hex = String(hash(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
