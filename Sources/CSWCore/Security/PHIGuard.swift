import CSWJSON

/// csw.json's `phi` settings: how a possible identifier is reported, and the reviewed
/// false alarms (path and hash of the span; never the span).
public struct PHIPolicy: Sendable, Equatable {
    /// nil: the guard is off.
    public let severity: Diagnostic.Severity?
    /// "path|hash" of each allowed span.
    public let allowed: Set<String>

    public init(severity: Diagnostic.Severity? = .error, allowed: Set<String> = []) {
        self.severity = severity
        self.allowed = allowed
    }

    public init(_ node: JSONNode?) {
        switch node?["severity"]?.stringValue {
        case "warning": severity = .warning
        case "off": severity = nil
        default: severity = .error
        }
        var allowed = Set<String>()
        for entry in node?["allow"]?.elements ?? JSONNode.Elements.empty {
            if let path = entry["path"]?.stringValue, let hash = entry["hash"]?.stringValue { allowed.insert(path + "|" + hash) }
        }
        self.allowed = allowed
    }
}

/// Runs the PHI scanner over a workspace file: Markdown as a whole, JSON and JSON Lines
/// in their string values only (numbers and keys cannot hold a name or a date of birth,
/// and metrics files are mostly numbers).
public enum PHIGuard {
    public struct Finding: Sendable, Hashable {
        public let path: String
        public let location: SourceLocation
        public let kind: PHIScanner.Kind
        public let masked: String
        public let hash: String
    }

    /// The emails a customer's profile names (its contact and team members): not patient data.
    public static func contactEmails(_ profile: JSONNode?) -> Set<String> {
        var emails = Set<String>()
        if let e = profile?["email"]?.stringValue { emails.insert(e) }
        for m in profile?["team_members"]?.elements ?? JSONNode.Elements.empty { if let e = m["email"]?.stringValue { emails.insert(e) } }
        return emails
    }

    public static func scan(_ bytes: [UInt8], path: String, scanner: PHIScanner) -> [Finding] {
        let hits: [PHIScanner.Hit]
        if path.hasSuffix(".json") || path.hasSuffix(".jsonl") {
            hits = jsonStringValues(bytes).flatMap { range in
                scanner.scan(Array(bytes[range])).map { h in
                    PHIScanner.Hit(kind: h.kind, start: h.start + range.lowerBound, end: h.end + range.lowerBound, masked: h.masked, hash: h.hash)
                }
            }
        } else {
            hits = scanner.scan(bytes)
        }
        guard !hits.isEmpty else { return [] }
        // line and column (1-based, in bytes) of each hit
        var line = 1, lineStart = 0, i = 0
        var out: [Finding] = []
        for h in hits.sorted(by: { $0.start < $1.start }) {
            while i < h.start {
                if bytes[i] == 10 { line += 1; lineStart = i + 1 }
                i += 1
            }
            out.append(Finding(path: path, location: SourceLocation(line: line, column: h.start - lineStart + 1, offset: h.start), kind: h.kind,
                               masked: h.masked, hash: h.hash))
        }
        return out
    }

    /// Fields whose values are the team's own git identities (who recorded, acknowledged or
    /// owns something), not customer text.
    static let staffFields: Set<String> = ["author", "by", "done_by", "reviewed_by", "owner", "recorded_by"]

    /// The byte ranges of the string values (not object keys, nor the values of
    /// `staffFields`) of a JSON or JSON Lines text.
    static func jsonStringValues(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
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
            if isKey {
                lastKey = String(decoding: b[start..<end], as: UTF8.self)
            } else if end - start >= 6 && !staffFields.contains(lastKey) {
                // short values ("active", "USD") cannot hold an identifier worth scanning
                out.append(start..<end)
            }
            i = end + 1
        }
        return out
    }

    public static func diagnostics(_ findings: [Finding], policy: PHIPolicy) -> [Diagnostic] {
        guard let severity = policy.severity else { return [] }
        return findings.filter { !policy.allowed.contains($0.path + "|" + $0.hash) }.map { f in
            Diagnostic(.patientData, f.path, line: f.location.line, column: f.location.column,
                       "possible \(f.kind.title) (\(f.masked)); customer-success notes must not hold patient data",
                       notes: ["remove it (and from git history if it was committed); docs/SECURITY.md",
                               "not patient data? record the review: csw phi allow \(f.path):\(f.location.line):\(f.location.column) --reason \"…\""],
                       severity: severity)
        }
    }
}
