import CSWJSON

/// csw.json's `phi` settings: how `csw validate` reports a possible identifier, and the
/// reviewed false alarms. `severity` never turns the outgoing gate off (csw commit and
/// csw sync refuse every finding that is not allowed, whatever it says).
public struct PHIPolicy: Sendable, Equatable {
    /// nil: csw validate does not report findings (csw validate --no-phi only).
    public let severity: Diagnostic.Severity?
    public let allowed: PHIAllowList
    /// This workspace's key (`.csw/phi-key` or CSW_PHI_KEY); without it no entry matches.
    public let key: PHIKey?

    public init(severity: Diagnostic.Severity? = .error, allowed: PHIAllowList = PHIAllowList(), key: PHIKey? = nil) {
        self.severity = severity
        self.allowed = allowed
        self.key = key
    }

    public init(_ node: JSONNode?) {
        switch node?["severity"]?.stringValue {
        case "warning": severity = .warning
        case "off": severity = nil
        default: severity = .error
        }
        allowed = PHIAllowList(node?["allow"])
        key = nil
    }

    /// The strictest settings: what the gate uses when csw.json cannot be read.
    public static let strictest = PHIPolicy(severity: .error)

    /// The same settings under this workspace's key.
    public func keyed(_ key: PHIKey?) -> PHIPolicy { PHIPolicy(severity: severity, allowed: allowed, key: key) }

    /// Whether phi.allow records this finding as a reviewed false alarm (same path, same
    /// span under this workspace's key).
    public func allows(_ finding: PHIGuard.Finding) -> Bool {
        guard let key, !allowed.entries.isEmpty, !finding.span.isEmpty else { return false }
        let fingerprint = key.fingerprint(finding.span)
        return allowed.entries.contains { $0.path == finding.path && $0.keyID == key.id && $0.fingerprint == fingerprint }
    }

    /// Warnings about entries csw cannot honour: the old unkeyed hashes, and entries made
    /// under another key (a clone without the team's key), with what to do.
    public func allowListProblems() -> [String] {
        var out: [String] = []
        if !allowed.legacyPaths.isEmpty {
            out.append("csw.json phi.allow has \(allowed.legacyPaths.count) entr\(allowed.legacyPaths.count == 1 ? "y" : "ies") with an unkeyed \"hash\" (\(allowed.legacyPaths.sorted().joined(separator: ", "))): "
                + "such a hash of a short identifier can be reversed by trying every value, so csw no longer honours it; "
                + "delete those entries and review each finding again with csw phi allow PATH:LINE:COLUMN --reason \"…\"")
        }
        let foreign = allowed.entries.filter { $0.keyID != key?.id }
        if !foreign.isEmpty {
            let why = key == nil ? "this clone has no PHI key (.csw/phi-key, or CSW_PHI_KEY)" : "they were made under another PHI key than this clone's"
            out.append("\(foreign.count) csw.json phi.allow entr\(foreign.count == 1 ? "y does" : "ies do") not count here: \(why); "
                + "copy the team's .csw/phi-key from a teammate (never through git), or review the findings again with csw phi allow")
        }
        return out
    }
}

/// csw.json's `phi.allow`: one entry per reviewed false alarm — its path and a keyed
/// fingerprint of the span (`fingerprint`, `key_id`), never the span.
public struct PHIAllowList: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let path: String
        public let fingerprint: String
        public let keyID: String
    }

    public let entries: [Entry]
    /// Paths of entries in the old form (an unkeyed FNV-1a `hash`): no longer honoured.
    public let legacyPaths: [String]

    public init(entries: [Entry] = [], legacyPaths: [String] = []) {
        self.entries = entries
        self.legacyPaths = legacyPaths
    }

    public init(_ node: JSONNode?) {
        var entries: [Entry] = [], legacy: [String] = []
        for entry in node?.elements ?? JSONNode.Elements.empty {
            guard let path = entry["path"]?.stringValue else { continue }
            if let fingerprint = entry["fingerprint"]?.stringValue, let keyID = entry["key_id"]?.stringValue {
                entries.append(Entry(path: path, fingerprint: fingerprint, keyID: keyID))
            } else if entry["hash"] != nil {
                legacy.append(path)
            }
        }
        self.init(entries: entries, legacyPaths: legacy)
    }
}
