/// Text from the workspace made harmless on a terminal: every control character becomes a
/// visible escape, `\u` and four upper-case hex digits (`\u001B` for ESC, `\u000A` for a
/// line break inside a name), so a teammate's folder name cannot clear the screen, set the
/// window title, reorder the line or forge a diagnostic line (docs/DIAGNOSTICS.md,
/// "Control characters"). The escape is also a JSON escape of the same character, so JSON
/// output passed through it stays valid and means the same.
///
/// Escaped: C0 controls (U+0000–U+001F), DEL, C1 controls (U+0080–U+009F, U+0085
/// included), the line and paragraph separators U+2028 and U+2029 and the bidirectional
/// embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069.
public enum TerminalText {
    /// `text` with every control character escaped, line breaks and tabs included (for a
    /// name or value inside a line). `keepingStyles`: csw's own colour codes (see
    /// `styleLength`) stay, for table cells that a command has already coloured.
    public static func visible(_ text: String) -> String { visible(text, keepingStyles: false) }

    /// `visible`, keeping csw's own colour codes when `keepingStyles`.
    public static func visible(_ text: String, keepingStyles: Bool) -> String {
        var text = text
        guard let escaped = text.withUTF8({ escaped($0, lines: false, styles: keepingStyles) }) else { return text }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// The bytes with every control character escaped, or nil when none needs it (the common
    /// case: no copy). `lines`: line breaks, tabs and CR before a line break stay (whole
    /// lines of output). `styles`: csw's own colour codes stay.
    public static func escaped(_ bytes: UnsafeBufferPointer<UInt8>, lines: Bool, styles: Bool) -> [UInt8]? {
        var out: [UInt8]? = nil
        var copied = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var length = 0
            var scalar: UInt32 = 0
            if b < 0x20 {
                if lines && (b == 0x0A || b == 0x09 || (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A)) {
                    i += 1
                    continue
                }
                if b == 0x1B && styles, let k = styleLength(bytes, at: i) {
                    i += k
                    continue
                }
                length = 1
                scalar = UInt32(b)
            } else if b == 0x7F {
                length = 1
                scalar = 0x7F
            } else if b == 0xC2, i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) {
                length = 2
                scalar = UInt32(bytes[i + 1])
            } else if b == 0xE2, i + 2 < n {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if b1 == 0x80 && (0xA8...0xAE).contains(b2) {  // U+2028–U+202E
                    length = 3
                    scalar = 0x2000 + UInt32(b2 - 0x80)
                } else if b1 == 0x81 && (0xA6...0xA9).contains(b2) {  // U+2066–U+2069
                    length = 3
                    scalar = 0x2040 + UInt32(b2 - 0x80)
                }
            }
            guard length > 0 else {
                i += 1
                continue
            }
            if out == nil { out = []; out!.reserveCapacity(n + 16) }
            out!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
            out!.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
            for shift in stride(from: 12, through: 0, by: -4) { out!.append(hex[Int((scalar >> UInt32(shift)) & 0xF)]) }
            i += length
            copied = i
        }
        guard var result = out else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        return result
    }

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// The length of the colour code at `i` when it is one csw writes itself (`ESC [ n m`
    /// with n one of 0, 1, 2, 31, 32, 33: reset, bold, dim, red, green, yellow; the
    /// styles of the CLI's `Terminal.Style`), else nil.
    static func styleLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") else { return nil }
        var j = i + 2
        var code = 0
        while j < bytes.count, j < i + 4, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]) {
            code = code * 10 + Int(bytes[j] - UInt8(ascii: "0"))
            j += 1
        }
        guard j > i + 2, j < bytes.count, bytes[j] == UInt8(ascii: "m"), [0, 1, 2, 31, 32, 33].contains(code) else { return nil }
        return j + 1 - i
    }
}
