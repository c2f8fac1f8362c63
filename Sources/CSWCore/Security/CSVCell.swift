/// A text cell of a CSV file csw writes (`csw export`, `csw score`, `csw history`): RFC 4180
/// quoting, and the OWASP rule against formula injection. A text cell that a spreadsheet
/// would evaluate — one starting with `=`, `+`, `-`, `@`, a tab or a carriage return, such
/// as a teammate's organization name `=HYPERLINK(…)` — is written with a `'` before it and
/// quoted, so it opens as plain text. Numbers csw writes as numbers are not text cells
/// and stay numbers; so does a text cell that is only a number (`-3.2`), which no
/// spreadsheet evaluates as a formula. `csw import` removes exactly the `'` added here
/// (`CSVCell.read`), so csw's own export imports back unchanged (docs/INTEGRATIONS.md).
public enum CSVCell {
    /// Appends `text` as a cell: neutralised when it would be a formula, quoted when it is
    /// neutralised or holds a comma, quote or line break or starts or ends with a space
    /// (`quoted`: always). Scanned as UTF-8 bytes.
    public static func append(_ text: String, quoted: Bool = false, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            let neutralise = needsPrefix(bytes)
            var quote = quoted || neutralise || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
            if !quote {
                for b in bytes where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
                    quote = true
                    break
                }
            }
            guard quote else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            if neutralise { out.append(UInt8(ascii: "'")) }
            for b in bytes {
                out.append(b)
                if b == UInt8(ascii: "\"") { out.append(b) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// `text` as a cell (see `append`).
    public static func text(_ text: String, quoted: Bool = false) -> String {
        var out: [UInt8] = []
        append(text, quoted: quoted, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A field read from a CSV file as it was before `append` neutralised it: one `'` less
    /// when the field is `'`s followed by a formula character. A field from another tool
    /// that neutralises the same way reads the same.
    public static func read(_ field: String) -> String {
        guard field.utf8.first == UInt8(ascii: "'") else { return field }
        let rest = field.utf8.drop { $0 == UInt8(ascii: "'") }
        guard let first = rest.first, isFormulaStart(first) else { return field }
        return String(decoding: field.utf8.dropFirst(), as: UTF8.self)
    }

    /// The cell starts, after any `'`s, with a formula character — and is not just a number.
    static func needsPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count && bytes[i] == UInt8(ascii: "'") { i += 1 }
        guard i < bytes.count, isFormulaStart(bytes[i]) else { return false }
        return i > 0 || !isNumber(bytes)
    }

    static func isFormulaStart(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@") || b == 0x09 || b == 0x0D
    }

    /// `[+-]digits[.digits][e[+-]digits]`: a number a spreadsheet reads as a number.
    static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - start
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
        guard digits() > 0 else { return false }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == bytes.count
    }
}
