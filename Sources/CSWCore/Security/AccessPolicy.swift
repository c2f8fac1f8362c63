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
    /// access_policy.allowed_signers: the workspace file (git's allowed-signers format) whose
    /// keys SSH-signed commits are verified against. Read from the commit whose policy
    /// applies, never from the working folder; only admins change it.
    public let allowedSigners: String?
    /// access_policy.gpg_keyring: the workspace file (a binary OpenPGP keyring, as
    /// `gpg --export` writes it) GPG-signed commits are verified against; admins only.
    public let gpgKeyring: String?

    /// csw.json settings only admins change: those that decide scores, run programs or
    /// send data out, loosen a guard (limits.max_file_bytes, reports.allow_scripts), or
    /// delete records (retention: a rule cut to "1d" would have the next apply remove them).
    public static let adminSettings: Set<String> = ["scoring", "hooks", "access_policy", "phi", "limits", "reports", "retention"]

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
        allowedSigners = policy?["allowed_signers"]?.stringValue.flatMap(Self.workspacePath)
        gpgKeyring = policy?["gpg_keyring"]?.stringValue.flatMap(Self.workspacePath)
    }

    /// The workspace files only admins change besides csw.json: the signers and keyring.
    public var guardedPaths: Set<String> { Set([allowedSigners, gpgKeyring].compactMap { $0 }) }

    /// A plain relative path inside the workspace (no "..", not absolute, not under .csw/);
    /// anything else names no file, so signatures cannot be verified (never: accepted).
    static func workspacePath(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, path.utf8.count <= 255, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
              parts.first != ".csw", !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" }) else { return nil }
        return path
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
        /// unknown-identity, viewer-read-only, csm-own-customers, admin-settings, manager-files,
        /// signed-commits, bad-signature, signer-not-author, unverified-signature (merge commits: the
        /// same rules, for the changes of the merge's own), history-rewritten (csw audit, csw sync)
        public let rule: String
        public let path: String
        public let message: String

        public init(rule: String, path: String, message: String) {
            self.rule = rule
            self.path = path
            self.message = message
        }
    }

    /// What a commit by `email` broke. `settingsChanged`: the top-level keys of csw.json
    /// whose values changed; `signature`: what verifying its signature found (only looked at
    /// when the policy requires signed commits).
    public func check(author email: String, changes: [Change], settingsChanged: Set<String>, signature: SignatureCheck) -> [Violation] {
        guard isDefined, !changes.isEmpty else { return [] }
        var out: [Violation] = []
        if requireSignedCommits, let violation = signature.violation(author: email) { out.append(violation) }
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
                                         message: "\(email) changed \(adminOnly.joined(separator: ", ")) in csw.json; only admins change the scoring model, hooks, PHI settings, limits, report scripting, retention rules and access policy"))
                }
                if !manager && !settingsChanged.subtracting(Self.adminSettings).isEmpty {
                    out.append(Violation(rule: "manager-files", path: "csw.json",
                                         message: "\(email) changed \(settingsChanged.subtracting(Self.adminSettings).sorted().joined(separator: ", ")) in csw.json; that is for managers and admins"))
                }
            } else if guardedPaths.contains(change.path) {
                if !admin {
                    out.append(Violation(rule: "admin-settings", path: change.path,
                                         message: "\(email) changed \(change.path), the keys signed commits are checked against; only admins change it"))
                }
            } else if !manager && !(change.path.hasPrefix("enhancements/") || change.path.hasPrefix("community/")) {
                out.append(Violation(rule: "manager-files", path: change.path, message: "\(email) changed \(change.path); outside customer folders only managers and admins change files (CSMs: enhancements/ and community/)"))
            }
        }
        return out
    }
}
