import CSWJSON

/// csw.json's `access_policy`: who may change what in a shared workspace. Roles map git
/// identities (emails): a CSM changes only the customers assigned to them (and the shared
/// enhancements/ and community/ files), a manager any customer and the other files, only
/// an admin csw.json's scoring model, hooks, PHI settings, file-size limits, report
/// scripting and this policy; a viewer
/// changes nothing. Pure: a commit's author and changes in, violations out.
public struct AccessPolicy: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable { case admin, manager, csm, viewer }

    /// Whether csw.json has an access_policy (without one, nothing is enforced).
    public let isDefined: Bool
    let roles: [Role: Set<String>]
    /// git email → CSM id (the roster's emails and access_policy.identities).
    let csmByEmail: [String: String]
    public let requireSignedCommits: Bool

    /// csw.json settings only admins change: those that decide scores, run programs or
    /// send data out, or loosen a guard (limits.max_file_bytes, reports.allow_scripts).
    public static let adminSettings: Set<String> = ["scoring", "hooks", "access_policy", "phi", "limits", "reports"]

    public init(config root: JSONNode?) {
        let policy = root?["access_policy"]
        isDefined = policy != nil
        var roles: [Role: Set<String>] = [:]
        for role in Role.allCases {
            roles[role] = Set((policy?["roles"]?[role.rawValue]?.elements ?? JSONNode.Elements.empty).compactMap { $0.stringValue?.lowercased() })
        }
        var csm: [String: String] = [:]
        for c in root?["csms"]?.elements ?? JSONNode.Elements.empty {
            if let id = c["id"]?.stringValue, let email = c["email"]?.stringValue { csm[email.lowercased()] = id }
        }
        for member in policy?["identities"]?.members ?? JSONNode.Members.empty {
            for e in member.value.elements { if let email = e.stringValue { csm[email.lowercased()] = member.name } }
        }
        self.roles = roles
        csmByEmail = csm
        requireSignedCommits = policy?["require_signed_commits"]?.boolValue ?? false
    }

    public func roles(of email: String) -> Set<Role> {
        let e = email.lowercased()
        var out = Set(Role.allCases.filter { roles[$0]?.contains(e) ?? false })
        if csmByEmail[e] != nil { out.insert(.csm) }
        return out
    }

    /// One changed file of a commit, with the customer's assignment before and after.
    public struct Change: Sendable, Equatable {
        public let path: String
        /// customers/<ID>/…: the customer's csm_assigned in the parent commit and in this one.
        public let assignedBefore: String?
        public let assignedAfter: String?

        public init(path: String, assignedBefore: String? = nil, assignedAfter: String? = nil) {
            self.path = path
            self.assignedBefore = assignedBefore
            self.assignedAfter = assignedAfter
        }

        public var customer: String? {
            let parts = path.split(separator: "/", maxSplits: 2)
            return parts.count >= 2 && parts[0] == "customers" ? String(parts[1]) : nil
        }
    }

    public struct Violation: Sendable, Equatable {
        /// unknown-identity, viewer-read-only, csm-own-customers, admin-settings, manager-files, signed-commits
        public let rule: String
        public let path: String
        public let message: String
    }

    /// What a commit by `email` broke. `settingsChanged`: the top-level keys of csw.json
    /// whose values changed.
    public func check(author email: String, changes: [Change], settingsChanged: Set<String>, signed: Bool) -> [Violation] {
        guard isDefined, !changes.isEmpty else { return [] }
        var out: [Violation] = []
        if requireSignedCommits && !signed {
            out.append(Violation(rule: "signed-commits", path: "", message: "the commit is not signed (access_policy.require_signed_commits)"))
        }
        let mine = roles(of: email)
        guard !mine.isEmpty else {
            return out + [Violation(rule: "unknown-identity", path: changes[0].path, message: "\(email) has no role in csw.json's access_policy")]
        }
        if mine == [.viewer] {
            return out + [Violation(rule: "viewer-read-only", path: changes[0].path, message: "\(email) is a viewer; viewers change nothing")]
        }
        let admin = mine.contains(.admin), manager = admin || mine.contains(.manager)
        let csmID = csmByEmail[email.lowercased()]
        // customers: one violation per customer, not per file
        var reported = Set<String>()
        for change in changes {
            if let customer = change.customer {
                guard !manager, !reported.contains(customer) else { continue }
                // the customer's CSM before the change (or, for a new customer, after it)
                let owner = change.assignedBefore ?? change.assignedAfter
                if csmID == nil || owner != csmID {
                    reported.insert(customer)
                    out.append(Violation(rule: "csm-own-customers", path: "customers/" + customer,
                                         message: "\(email)\(csmID.map { " (\($0))" } ?? "") changed \(customer), which is assigned to \(owner ?? "nobody")"))
                }
            } else if change.path == "csw.json" {
                let adminOnly = settingsChanged.intersection(Self.adminSettings).sorted()
                if !adminOnly.isEmpty && !admin {
                    out.append(Violation(rule: "admin-settings", path: "csw.json",
                                         message: "\(email) changed \(adminOnly.joined(separator: ", ")) in csw.json; only admins change the scoring model, hooks, PHI settings, limits, report scripting and access policy"))
                }
                if !manager && !settingsChanged.subtracting(Self.adminSettings).isEmpty {
                    out.append(Violation(rule: "manager-files", path: "csw.json",
                                         message: "\(email) changed \(settingsChanged.subtracting(Self.adminSettings).sorted().joined(separator: ", ")) in csw.json; that is for managers and admins"))
                }
            } else if !manager && !(change.path.hasPrefix("enhancements/") || change.path.hasPrefix("community/")) {
                out.append(Violation(rule: "manager-files", path: change.path, message: "\(email) changed \(change.path); outside customer folders only managers and admins change files (CSMs: enhancements/ and community/)"))
            }
        }
        return out
    }
}
