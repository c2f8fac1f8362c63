import CSWCore
import CSWJSON

/// Who is who in the workspace, for matching the customer column of an export: customer
/// ids, CRM ids (any system), organisation names, and the email domains of each profile's
/// contact and team. Used by `csw import metrics` and `csw feedback import`.
public struct CustomerDirectory: Sendable {
    public struct Miss: Error, Sendable {
        public let reason: String
    }

    var ids: Set<String> = []
    var external: [String: Set<String>] = [:]
    var names: [String: Set<String>] = [:]
    var domains: [String: Set<String>] = [:]

    public init(_ customers: [CRMImport.Existing]) {
        for c in customers {
            ids.insert(c.id)
            let p = c.profile
            if case .object(let crm)? = p["crm_ids"] { for (_, v) in crm { if let s = v.stringValue { external[s, default: []].insert(c.id) } } }
            if let name = p["organization_name"]?.stringValue { names[CRMValue.words(name), default: []].insert(c.id) }
            var emails = [p["email"]?.stringValue]
            if case .array(let team)? = p["team_members"] { emails += team.map { $0["email"]?.stringValue } }
            for email in emails.compactMap({ $0 }) { if let domain = Self.domain(email) { domains[domain, default: []].insert(c.id) } }
        }
    }

    public static func domain(_ email: String) -> String? {
        guard let at = email.lastIndex(of: "@") else { return nil }
        let d = email[email.index(after: at)...].lowercased()
        return d.isEmpty ? nil : d
    }

    /// A customer id, CRM id or organisation name (an analytics export's customer column).
    public func match(_ text: String) -> Result<String, Miss> {
        if ids.contains(text) { return .success(text) }
        if ids.contains(text.uppercased()) { return .success(text.uppercased()) }
        for found in [external[text], names[CRMValue.words(text)]] {
            guard let found else { continue }
            if found.count == 1 { return .success(found.first!) }
            return .failure(Miss(reason: "\"\(text)\" fits \(found.sorted().joined(separator: " and ")); use the customer id"))
        }
        return .failure(Miss(reason: "no customer has the id, CRM id or name \"\(text)\""))
    }

    /// A survey respondent: the map's aliases, then a customer id, then the organisation
    /// name, then the email's domain.
    public func match(organization: String, email: String, aliases: [String: String]) -> Result<String, Miss> {
        let key = CRMValue.words(organization)
        if !key.isEmpty {
            if let id = aliases[key] {
                return ids.contains(id) ? .success(id) : .failure(Miss(reason: "the map sends it to \(id), which is not a customer here"))
            }
            if ids.contains(organization.uppercased()) && CustomerID(organization.uppercased()) != nil { return .success(organization.uppercased()) }
            if let found = names[key] {
                return found.count == 1 ? .success(found.first!) : .failure(Miss(reason: "the name fits \(found.sorted().joined(separator: " and ")); name one in the map"))
            }
        }
        if let domain = Self.domain(email), let found = domains[domain] {
            return found.count == 1 ? .success(found.first!) : .failure(Miss(reason: "the email domain \(domain) belongs to \(found.sorted().joined(separator: " and ")); name one in the map"))
        }
        return .failure(Miss(reason: key.isEmpty && email.isEmpty ? "no organisation and no email" : "no customer has this name or email domain"))
    }
}
