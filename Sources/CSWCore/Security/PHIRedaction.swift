/// The one place csw masks patient data in its own messages: a diagnostic that quotes a
/// value from a file (a wrong tier, a front-matter kind, a metric value, csm_assigned, a
/// schema message, a file name) shows each identifier the scanner finds in that value as
/// its mask. Applied to every diagnostic before it is printed (text or JSON).
///
/// What a message quotes is what stands in double quotes and what follows "found " (schema
/// messages: `expected …, found 4125550187`); csw's own words and limits around them stay
/// as they are (`expected a number ≤ 1073741824` is not a phone number). Paths and notes,
/// which name files, are redacted whole.
public enum PHIRedaction {
    /// `text` with each identifier replaced by its mask (`quotedOnly`: only those inside
    /// the parts a message quotes).
    public static func redact(_ text: String, quotedOnly: Bool = false, scanner: PHIScanner = PHIScanner()) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 6 else { return text }
        let quoted = quotedOnly ? quotedRanges(bytes) : [0..<bytes.count]
        guard !quoted.isEmpty else { return text }
        let hits = scanner.scan(bytes).filter { h in quoted.contains { $0.contains(h.start) } }.sorted { $0.start < $1.start }
        guard !hits.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for h in hits where h.start >= at {
            out += bytes[at..<h.start]
            out += Array(h.masked.utf8)
            at = h.end
        }
        out += bytes[at...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The diagnostic with the values its message quotes, its path and its notes redacted.
    public static func redact(_ d: Diagnostic, scanner: PHIScanner = PHIScanner()) -> Diagnostic {
        let path = redact(d.path, scanner: scanner), message = redact(d.message, quotedOnly: true, scanner: scanner)
        let notes = d.notes.map { redact($0, scanner: scanner) }
        if path == d.path && message == d.message && notes == d.notes { return d }
        return Diagnostic(d.code, path, line: d.line, column: d.column, message, notes: notes, severity: d.severity)
    }

    /// The byte ranges inside double quotes, and from the first "found " to the end.
    static func quotedRanges(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int?
        for (i, c) in b.enumerated() where c == 34 {
            if let start = open { out.append(start..<i); open = nil } else { open = i + 1 }
        }
        if let start = open { out.append(start..<b.count) }
        let found = Array("found ".utf8)
        if b.count >= found.count, let at = (0...(b.count - found.count)).first(where: { b[$0..<$0 + found.count].elementsEqual(found) }) {
            out.append(at + found.count..<b.count)
        }
        return out
    }
}
