import CSWJSON

/// Runs the PHI scanner over a workspace file: Markdown and any other text as a whole,
/// JSON and JSON Lines in their string values and keys, after JSON unescaping (so
/// `"\u0031\u0032\u0033-45-6789"` is read as the SSN it spells; locations still point into
/// the file).
public enum PHIGuard {
    public struct Finding: Sendable, Hashable {
        public let path: String
        public let location: SourceLocation
        public let kind: PHIScanner.Kind
        public let masked: String
        /// The identifier's bytes: compared and fingerprinted inside CSWCore, never printed.
        let span: [UInt8]

        /// The keyed fingerprint csw.json's phi.allow records for this finding.
        public func fingerprint(_ key: PHIKey) -> String { key.fingerprint(span) }

        /// The same finding in a file at `path` (a blob found under another name).
        public func at(path: String) -> Finding { Finding(path: path, location: location, kind: kind, masked: masked, span: span) }

        /// Whether `other` is the same identifier (type and bytes), wherever it is.
        public func isSameIdentifier(as other: Finding) -> Bool { kind == other.kind && span == other.span }
    }

    /// The emails a customer's profile names (its contact and team members): not patient data.
    public static func contactEmails(_ profile: JSONNode?) -> Set<String> {
        var emails = Set<String>()
        if let e = profile?["email"]?.stringValue { emails.insert(e) }
        for m in profile?["team_members"]?.elements ?? JSONNode.Elements.empty { if let e = m["email"]?.stringValue { emails.insert(e) } }
        return emails
    }

    /// Whether `path` is read as JSON (its string values and keys) rather than as text.
    public static func isJSON(_ path: String) -> Bool { path.hasSuffix(".json") || path.hasSuffix(".jsonl") }

    /// Findings in a file's bytes (`json`: read as JSON; by default by the path's extension).
    public static func scan(_ bytes: [UInt8], path: String, scanner: PHIScanner, json: Bool? = nil) -> [Finding] {
        var hits: [(hit: PHIScanner.Hit, span: [UInt8])] = []
        if json ?? isJSON(path) {
            var seen = Set<[Int]>()
            // A string's hits depend on its text alone: keys and repeated values (a metrics
            // file repeats its keys on every line, and every customer the same dates) are
            // scanned once per file, short ones once per run (`PHIScanner.cleanTexts`).
            var clean = TextsByHash()
            for string in jsonStrings(bytes) {
                // Most strings have no escapes: looked up where they are, without a copy.
                let raw = bytes[string.range]
                if !raw.contains(92) {
                    let hash = FNV1a.hash(raw)
                    if scanner.knownClean(hash, raw, local: clean) { continue }
                }
                let (text, offsets) = unescaped(bytes, string.range)
                let hash = FNV1a.hash(text)
                if scanner.knownClean(hash, text, local: clean) { continue }
                let found = scanner.scan(text)
                if found.isEmpty { scanner.rememberClean(hash, text, local: &clean) }
                for h in found {
                    // a staff field names the team's own people: its emails and names are not patient data
                    if string.isStaff && (h.kind == .email || h.kind == .name) { continue }
                    let start = offsets.map { $0[h.start] } ?? string.range.lowerBound + h.start
                    let end = offsets.map { h.end < $0.count ? $0[h.end] : string.range.upperBound } ?? string.range.lowerBound + h.end
                    guard seen.insert([start, end]).inserted else { continue }
                    hits.append((PHIScanner.Hit(kind: h.kind, start: start, end: end, masked: h.masked), Array(text[h.start..<h.end])))
                }
            }
        } else {
            let staff = frontMatterStaffLines(bytes)
            hits = scanner.scan(bytes).filter { h in
                !((h.kind == .email || h.kind == .name) && staff.contains { $0.contains(h.start) })
            }.map { ($0, Array(bytes[$0.start..<$0.end])) }
        }
        guard !hits.isEmpty else { return [] }
        // line and column (1-based, in bytes) of each hit
        var line = 1, lineStart = 0, i = 0
        var out: [Finding] = []
        for (h, span) in hits.sorted(by: { $0.hit.start < $1.hit.start }) {
            while i < h.start {
                if bytes[i] == 10 { line += 1; lineStart = i + 1 }
                i += 1
            }
            out.append(Finding(path: path, location: SourceLocation(line: line, column: h.start - lineStart + 1, offset: h.start),
                               kind: h.kind, masked: h.masked, span: span))
        }
        return out
    }

    /// Findings of `findings` whose identifier is not among `earlier` (what a parent
    /// commit's version of the file already held).
    public static func new(_ findings: [Finding], notIn earlier: [Finding]) -> [Finding] {
        guard !earlier.isEmpty else { return findings }
        return findings.filter { f in !earlier.contains { $0.isSameIdentifier(as: f) } }
    }

    /// Fields whose values are the team's own git identities (who recorded, acknowledged or
    /// owns something), not customer text: their emails and names are not patient data
    /// (anything else in them is).
    static let staffFields: Set<String> = ["author", "by", "done_by", "reviewed_by", "owner", "recorded_by"]

    /// The byte ranges of a Markdown file's front-matter lines whose key names the team's
    /// own people (`author: …`, a contributor's `name: …`): structured like JSON's staff
    /// fields, and read the same way.
    static func frontMatterStaffLines(_ b: [UInt8]) -> [Range<Int>] {
        guard b.starts(with: Array("---\n".utf8)) || b.starts(with: Array("---\r\n".utf8)) else { return [] }
        var out: [Range<Int>] = []
        var start = b.firstIndex(of: 10).map { $0 + 1 } ?? b.count
        while start < b.count {
            let end = b[start...].firstIndex(of: 10) ?? b.count
            var line = b[start..<end]
            if line.starts(with: Array("---".utf8)) { break }
            while let first = line.first, first == 32 || first == 9 || first == 45 { line = line.dropFirst() }
            if let colon = line.firstIndex(of: 58), frontMatterStaffKeys.contains(String(decoding: line[..<colon], as: UTF8.self)) {
                out.append(start..<end)
            }
            start = end + 1
        }
        return out
    }

    static let frontMatterStaffKeys = staffFields.union(["name"])

    struct JSONString {
        /// Bytes between the quotes, still escaped.
        let range: Range<Int>
        let isStaff: Bool
    }

    /// JSON strings shorter than this ("active", "USD") cannot hold an identifier worth scanning.
    static let shortestScanned = 6

    /// The strings (values and keys) of a JSON or JSON Lines text that are long enough to
    /// hold an identifier.
    static func jsonStrings(_ b: [UInt8]) -> [JSONString] {
        var out: [JSONString] = []
        var lastKey = ""
        var i = 0
        while i < b.count {
            guard b[i] == 34 else { i += 1; continue }
            let start = i + 1
            var j = start
            while j < b.count && b[j] != 34 {
                j += b[j] == 92 ? 2 : 1  // skip escaped characters
            }
            let end = min(j, b.count)
            var k = end + 1
            while k < b.count && (b[k] == 32 || b[k] == 9 || b[k] == 13 || b[k] == 10) { k += 1 }
            let isKey = k < b.count && b[k] == 58
            if isKey { lastKey = String(decoding: b[start..<end], as: UTF8.self) }
            if end - start >= shortestScanned { out.append(JSONString(range: start..<end, isStaff: !isKey && staffFields.contains(lastKey))) }
            i = end + 1
        }
        return out
    }

    /// The text of an escaped JSON string, and for each of its bytes the offset in `b` it
    /// came from (nil when nothing was escaped: the offsets are the range's own).
    static func unescaped(_ b: [UInt8], _ range: Range<Int>) -> (text: [UInt8], offsets: [Int]?) {
        guard b[range].contains(92) else { return (Array(b[range]), nil) }
        var text: [UInt8] = [], offsets: [Int] = []
        text.reserveCapacity(range.count)
        offsets.reserveCapacity(range.count)
        var i = range.lowerBound
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= range.upperBound else { return nil }
            var v: UInt32 = 0
            for c in b[at..<at + 4] {
                guard let n = PHIKey.nibble(c) else { return nil }
                v = v << 4 | UInt32(n)
            }
            return v
        }
        while i < range.upperBound {
            let from = i
            guard b[i] == 92, i + 1 < range.upperBound else {
                text.append(b[i]); offsets.append(i); i += 1
                continue
            }
            let c = b[i + 1]
            var scalar: UInt32?
            i += 2
            switch c {
            case 98: scalar = 8
            case 102: scalar = 12
            case 110: scalar = 10
            case 114: scalar = 13
            case 116: scalar = 9
            case 117:
                if var v = hex4(i) {
                    i += 4
                    if (0xD800..<0xDC00).contains(v), i + 6 <= range.upperBound, b[i] == 92, b[i + 1] == 117, let low = hex4(i + 2), (0xDC00..<0xE000).contains(low) {
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    scalar = v
                }
            default: scalar = UInt32(c)  // \" \\ \/ and anything else: the character itself
            }
            let character = scalar.flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
            for byte in String(Character(character)).utf8 {
                text.append(byte)
                offsets.append(from)
            }
        }
        return (text, offsets)
    }

    public static func diagnostics(_ findings: [Finding], policy: PHIPolicy) -> [Diagnostic] {
        guard let severity = policy.severity else { return [] }
        return findings.filter { !policy.allows($0) }.map { f in
            Diagnostic(.patientData, f.path, line: f.location.line, column: f.location.column,
                       "possible \(f.kind.title) (\(f.masked)); customer-success notes must not hold patient data",
                       notes: ["remove it (and from git history if it was committed); docs/SECURITY.md",
                               "not patient data? record the review: csw phi allow \(f.path):\(f.location.line):\(f.location.column) --reason \"…\""],
                       severity: severity)
        }
    }
}
