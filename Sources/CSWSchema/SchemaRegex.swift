/// A `pattern`/`patternProperties` regular expression, compiled once.
///
/// Uses the standard library's `Regex` with ECMAScript-like character classes (ASCII
/// `\d` and `\w`), matched on Unicode scalars and unanchored, as JSON Schema asks.
struct SchemaRegex: @unchecked Sendable {
    // Regex is immutable after creation; sharing it across threads is safe.
    let source: String
    private let regex: Regex<AnyRegexOutput>

    init?(_ source: String) {
        guard let regex = try? Regex(Self.translate(source)) else { return nil }
        self.source = source
        self.regex = regex.matchingSemantics(.unicodeScalar).asciiOnlyDigits().asciiOnlyWordCharacters()
    }

    func matches(_ text: String) -> Bool {
        (try? regex.firstMatch(in: text)) != nil
    }

    /// ECMAScript spellings the standard library reads differently.
    static func translate(_ source: String) -> String {
        var out = ""
        var chars = Array(source.unicodeScalars)[...]
        var inClass = false
        while let c = chars.popFirst() {
            if c == "[" { inClass = true }
            if c == "]" { inClass = false }
            if c == "\\", let next = chars.first {
                chars.removeFirst()
                switch next {
                case "s":
                    // ECMAScript's \s also matches U+FEFF (BOM), which Unicode does not call a space.
                    out += inClass ? "\\s\\x{FEFF}" : "[\\s\\x{FEFF}]"
                case "S" where !inClass:
                    out += "[^\\s\\x{FEFF}]"
                case "c":
                    // \cX control escapes
                    if let letter = chars.first, letter.properties.isAlphabetic, letter.isASCII {
                        chars.removeFirst()
                        let value = letter.value % 32
                        out += "\\x{" + String(value, radix: 16) + "}"
                    } else {
                        out += "\\\\c"
                    }
                case "u":
                    // \uXXXX
                    let hex = String(String.UnicodeScalarView(chars.prefix(4)))
                    if hex.count == 4, UInt32(hex, radix: 16) != nil {
                        chars.removeFirst(4)
                        out += "\\x{" + hex + "}"
                    } else {
                        out += "\\u"
                    }
                default:
                    out.unicodeScalars.append(c)
                    out.unicodeScalars.append(next)
                }
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
