/// OpenPGP ASCII armour (RFC 4880, section 6): the text `gpg --export --armor` writes.
/// gpgv reads only binary keyrings, and csw's PHI gate will not commit a binary file, so a
/// workspace keeps its keyring armoured and csw removes the armour before calling gpgv.
/// Pure: text in, bytes out.
public enum OpenPGPArmor {
    /// The binary packets of every armoured block in `text`, concatenated; the bytes
    /// unchanged when they are not armoured; nil when an armoured block is malformed.
    public static func dearmor(_ bytes: [UInt8]) -> [UInt8]? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("-----BEGIN PGP ") else { return bytes }
        var out: [UInt8] = []
        var inBlock = false, inHeaders = false
        var body = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.hasPrefix("-----BEGIN PGP ") {
                guard !inBlock else { return nil }
                inBlock = true
                inHeaders = true
                body = ""
            } else if line.hasPrefix("-----END PGP ") {
                guard inBlock, let decoded = base64(body) else { return nil }
                out += decoded
                inBlock = false
            } else if inBlock && inHeaders {
                if line.trimmingCharacters(in: " \t").isEmpty { inHeaders = false } else if !line.contains(":") { inHeaders = false; body += line }
            } else if inBlock && !line.hasPrefix("=") {
                body += line
            }
        }
        return inBlock || out.isEmpty ? nil : out
    }

    /// Standard base64 (padding optional, whitespace ignored); nil on any other character.
    public static func base64(_ text: some StringProtocol) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer: UInt32 = 0, bits = 0
        for c in text.utf8 {
            let v: UInt8
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = c - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = c - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - UInt8(ascii: "0") + 52
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            case UInt8(ascii: "="), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): continue
            default: return nil
            }
            buffer = buffer << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
