import CSWCore
import CSWJSON

/// Replaces what identifies organisations and people with stable pseudonyms, for reports
/// and dashboards that leave the workspace (`--anonymize`):
/// - customer ids and organisation names → "Customer 3F9A" (the same name, the same
///   pseudonym, every run);
/// - people (team members, contacts, the CSM roster) → "Person 1C07E2"; emails →
///   "person-1c07e2@example.invalid";
/// - free text (feedback summaries, alert reasons, anything in `freeTextKeys`) → withheld,
///   since it can name anyone;
/// and, as a last pass, every remaining string has every known name, id and email
/// replaced wherever it occurs (longest first).
public struct Anonymizer: Sendable {
    /// Known identifying text → its pseudonym.
    let replacements: [(String, String)]
    public static let withheld = "[free text withheld]"
    public static let freeTextKeys: Set<String> = ["summary", "reason", "evidence", "because", "title_free", "text", "note", "contact"]

    /// `customers`: (id, organisation name); `people`: (name, email?) of everyone the
    /// workspace names.
    public init(customers: [(id: String, name: String)], people: [(name: String, email: String?)]) {
        var map: [String: String] = [:]
        var used = Set<String>()
        // The hash's low digits (they mix the last characters best); longer on a clash.
        func tag(_ key: String, _ length: Int) -> String {
            let hex = FNV1a.hex16(key)
            var n = length
            while used.contains(String(hex.suffix(n))) && n < 16 { n += 1 }
            used.insert(String(hex.suffix(n)))
            return String(hex.suffix(n))
        }
        for c in customers.sorted(by: { $0.id < $1.id }) {
            let pseudonym = "Customer " + tag(c.id, 4).uppercased()
            map[c.id] = pseudonym.replacing(" ", with: "_")
            if !c.name.isEmpty { map[c.name] = pseudonym }
        }
        for p in people.sorted(by: { $0.name < $1.name }) where map[p.name] == nil {
            let t = tag(p.name.lowercased(), 6)
            if p.name.count >= 3 { map[p.name] = "Person " + t.uppercased() }
            if let email = p.email, email.contains("@"), map[email] == nil { map[email] = "person-\(t)@example.invalid" }
        }
        for p in people { if let email = p.email, email.contains("@"), map[email] == nil { map[email] = "person-\(tag(email.lowercased(), 6))@example.invalid" } }
        replacements = map.sorted { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key }
    }

    /// A string with every known identifier replaced.
    public func scrub(_ text: String) -> String {
        var out = text
        for (from, to) in replacements where out.contains(from) {
            out = out.replacingAll(from, with: to)
        }
        return out
    }

    /// A JSON document with free-text fields withheld and every other string scrubbed.
    public func anonymize(_ value: JSONValue, key: String? = nil) -> JSONValue {
        switch value {
        case .string(let s):
            if let key, Self.freeTextKeys.contains(key), !s.isEmpty { return .string(Self.withheld) }
            return .string(scrub(s))
        case .array(let items):
            return .array(items.map { anonymize($0, key: key) })
        case .object(let o):
            var out = JSONObject()
            for (k, v) in o { out[k] = anonymize(v, key: k) }
            return .object(out)
        default:
            return value
        }
    }
}
