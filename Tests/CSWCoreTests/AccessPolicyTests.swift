import CSWCore
import CSWJSON
import Testing

/// Which csw.json settings only an admin may change: those that decide scores, run
/// programs or send data out, or loosen a guard.
@Suite struct AccessPolicyTests {
    static let config = """
    {"csms": [{"id": "mike.smith", "name": "Mike Smith", "email": "mike@vendor.example"}],
     "access_policy": {"roles": {"admin": ["admin@vendor.example"], "manager": ["lead@vendor.example"]}}}
    """

    @Test(arguments: ["scoring", "hooks", "access_policy", "phi", "limits", "reports", "retention"])
    func guardSettingsAreForAdminsOnly(setting: String) throws {
        let document = try JSONDocument.parse(Array(Self.config.utf8)).get()
        let policy = AccessPolicy(config: document.root)
        let change = [AccessPolicy.Change(path: "csw.json")]
        for email in ["lead@vendor.example", "mike@vendor.example"] {
            let violations = policy.check(author: email, changes: change, settingsChanged: [setting], signature: .unsigned)
            #expect(violations.contains { $0.rule == "admin-settings" && $0.message.contains(setting) }, "\(email) changing \(setting): \(violations)")
        }
        #expect(policy.check(author: "admin@vendor.example", changes: change, settingsChanged: [setting], signature: .unsigned).isEmpty)
    }

    @Test func otherSettingsAreForManagers() throws {
        let document = try JSONDocument.parse(Array(Self.config.utf8)).get()
        let policy = AccessPolicy(config: document.root)
        let change = [AccessPolicy.Change(path: "csw.json")]
        #expect(policy.check(author: "lead@vendor.example", changes: change, settingsChanged: ["kpi_targets"], signature: .unsigned).isEmpty)
        #expect(policy.check(author: "mike@vendor.example", changes: change, settingsChanged: ["kpi_targets"], signature: .unsigned).map(\.rule) == ["manager-files"])
    }

    static let signedConfig = """
    {"csms": [{"id": "mike.smith", "name": "Mike Smith", "email": "mike@vendor.example"}],
     "access_policy": {"roles": {"admin": ["admin@vendor.example"], "manager": ["lead@vendor.example"]},
                       "require_signed_commits": true, "allowed_signers": "keys/allowed_signers", "gpg_keyring": "../etc/keyring"}}
    """

    static func policy(_ text: String) throws -> AccessPolicy {
        AccessPolicy(config: try JSONDocument.parse(Array(text.utf8)).get().root)
    }

    @Test(arguments: [
        (SignatureCheck.unsigned, "signed-commits"), (.invalid("junk"), "bad-signature"),
        (.otherSigner("mallory@vendor.example"), "signer-not-author"), (.unverifiable("no keyring"), "unverified-signature"),
    ])
    func onlyAGoodSignatureByTheAuthorPasses(signature: SignatureCheck, rule: String) throws {
        let policy = try Self.policy(Self.signedConfig)
        let change = [AccessPolicy.Change(path: "customers/HOSP_001/profile.json", assignedBefore: "mike.smith")]
        let violations = policy.check(author: "admin@vendor.example", changes: change, settingsChanged: [], signature: signature)
        #expect(violations.map(\.rule) == [rule], "\(violations)")
        #expect(policy.check(author: "admin@vendor.example", changes: change, settingsChanged: [], signature: .verified).isEmpty)
        // without require_signed_commits the signature is not looked at
        #expect(try Self.policy(Self.config).check(author: "admin@vendor.example", changes: change, settingsChanged: [], signature: signature).isEmpty)
    }

    @Test func theSignersFileIsForAdminsOnly() throws {
        let policy = try Self.policy(Self.signedConfig)
        #expect(policy.allowedSigners == "keys/allowed_signers")
        #expect(policy.gpgKeyring == nil, "a path out of the workspace names no file")
        let change = [AccessPolicy.Change(path: "keys/allowed_signers")]
        #expect(policy.check(author: "lead@vendor.example", changes: change, settingsChanged: [], signature: .verified).map(\.rule) == ["admin-settings"])
        #expect(policy.check(author: "admin@vendor.example", changes: change, settingsChanged: [], signature: .verified).isEmpty)
    }

    @Test(arguments: ["/etc/ssh/keys", "../keys", "keys/../../x", ".csw/keys", "a//b", "./keys", "", "keys\nx"])
    func signerPathsStayInTheWorkspace(path: String) throws {
        let escaped = path.replacingOccurrences(of: "\n", with: "\\n")
        let policy = try Self.policy(#"{"access_policy": {"roles": {}, "allowed_signers": "\#(escaped)"}}"#)
        #expect(policy.allowedSigners == nil, "\(path)")
    }
}
