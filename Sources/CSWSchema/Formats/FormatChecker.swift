// Format assertion checkers for JSON Schema draft 2020-12 (§7.3 of the
// validation vocabulary). Pure standard-library Swift, no Foundation.
//
// The checkers only ever see strings; the caller is responsible for letting
// non-string instances pass. Unknown formats return `nil` (always pass).

/// Entry point for the `format` keyword's assertion behaviour.
public enum FormatChecker {
    /// Whether the bytes are a "date" (RFC 3339 full-date), checked in place.
    public static func isDate(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        DateTime.isDate(bytes: bytes)
    }

    /// `nil` when the format name is unknown (unknown formats always pass),
    /// otherwise whether `value` conforms to the named format.
    public static func check(_ format: String, _ value: String) -> Bool? {
        switch format {
        case "date": return DateTime.isDate(value)
        case "date-time": return DateTime.isDateTime(value)
        case "time": return DateTime.isTime(value)
        case "duration": return DateTime.isDuration(value)
        case "email": return Email.isValid(value, international: false)
        case "idn-email": return Email.isValid(value, international: true)
        case "hostname": return Hostname.isValid(value, international: false)
        case "idn-hostname": return Hostname.isValid(value, international: true)
        case "ipv4": return IPAddress.isIPv4(value)
        case "ipv6": return IPAddress.isIPv6(value)
        case "uri": return URIGrammar.isValid(value, iri: false, allowRelative: false)
        case "uri-reference": return URIGrammar.isValid(value, iri: false, allowRelative: true)
        case "iri": return URIGrammar.isValid(value, iri: true, allowRelative: false)
        case "iri-reference": return URIGrammar.isValid(value, iri: true, allowRelative: true)
        case "uri-template": return URITemplate.isValid(value)
        case "uuid": return Misc.isUUID(value)
        case "json-pointer": return Misc.isJSONPointer(value)
        case "relative-json-pointer": return Misc.isRelativeJSONPointer(value)
        case "regex": return ECMARegex.isValid(value)
        default: return nil
        }
    }

    /// All format names for which `check` returns a non-nil answer.
    public static let knownFormats: [String] = [
        "date", "date-time", "time", "duration",
        "email", "idn-email", "hostname", "idn-hostname",
        "ipv4", "ipv6",
        "uri", "uri-reference", "iri", "iri-reference", "uri-template",
        "uuid", "json-pointer", "relative-json-pointer", "regex",
    ]
}

// MARK: - Small shared helpers

extension FormatChecker {
    @inline(__always)
    static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always)
    static func isASCIIAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always)
    static func isHexDigit(_ b: UInt8) -> Bool {
        isASCIIDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66)
    }

    @inline(__always)
    static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isHexDigit(_ s: Unicode.Scalar) -> Bool { s.isASCII && isHexDigit(UInt8(s.value)) }

    @inline(__always)
    static func isASCIIAlpha(_ s: Unicode.Scalar) -> Bool { s.isASCII && isASCIIAlpha(UInt8(s.value)) }

    /// Parses a run of exactly `count` ASCII digits at `i` as an integer.
    static func digits<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, _ i: Int, _ count: Int) -> Int? where Bytes.Index == Int {
        guard i + count <= b.count else { return nil }
        var v = 0
        for k in i..<(i + count) {
            guard isASCIIDigit(b[k]) else { return nil }
            v = v * 10 + Int(b[k] - 0x30)
        }
        return v
    }
}
