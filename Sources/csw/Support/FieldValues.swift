import CSWCore
import CSWGit
import CSWJSON

/// The values of a customer's profile.json and metrics.jsonl by field name, read from git
/// blobs once each (cached by blob id): "contract_value", "segment.organization_type"
/// (nested objects member by member, arrays whole, as csw diff names them) and
/// "metrics 2025-11-01 nps_score" (a snapshot's fields by its date).
struct FieldValues {
    let repo: GitRepository
    private var cache: [GitOID: [String: JSONValue]] = [:]

    init(repo: GitRepository) { self.repo = repo }

    /// The customer of a file whose values are compared (customers/ID/profile.json or
    /// customers/ID/metrics.jsonl), else nil.
    static func customerID(_ path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 3, parts[0] == "customers", parts[2] == "profile.json" || parts[2] == "metrics.jsonl" else { return nil }
        return String(parts[1])
    }

    /// The file's values (none for an absent file, or one that does not parse).
    mutating func of(_ path: String, _ blob: GitOID?) throws(GitError) -> [String: JSONValue] {
        guard let blob else { return [:] }
        if let known = cache[blob] { return known }
        let values = Self.values(path, try repo.blob(blob))
        cache[blob] = values
        return values
    }

    static func values(_ path: String, _ bytes: [UInt8]) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        if path.hasSuffix(".jsonl") {
            for record in JSONLines.parse(bytes).records {
                guard case .object(let snapshot) = record.document.value, let date = snapshot["date"]?.stringValue else { continue }
                for (key, value) in snapshot where key != "date" { flatten(value, "metrics \(date) \(key)", into: &out) }
            }
        } else if case .object(let profile)? = try? JSONDocument.parse(bytes).get().value {
            for (key, value) in profile { flatten(value, key, into: &out) }
        }
        return out
    }

    private static func flatten(_ value: JSONValue, _ name: String, into out: inout [String: JSONValue]) {
        if case .object(let members) = value, members.count > 0 {
            for (key, member) in members { flatten(member, name + "." + key, into: &out) }
        } else {
            out[name] = value
        }
    }
}
