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

    @Test(arguments: ["scoring", "hooks", "access_policy", "phi", "limits", "reports"])
    func guardSettingsAreForAdminsOnly(setting: String) throws {
        let document = try JSONDocument.parse(Array(Self.config.utf8)).get()
        let policy = AccessPolicy(config: document.root)
        let change = [AccessPolicy.Change(path: "csw.json")]
        for email in ["lead@vendor.example", "mike@vendor.example"] {
            let violations = policy.check(author: email, changes: change, settingsChanged: [setting], signed: false)
            #expect(violations.contains { $0.rule == "admin-settings" && $0.message.contains(setting) }, "\(email) changing \(setting): \(violations)")
        }
        #expect(policy.check(author: "admin@vendor.example", changes: change, settingsChanged: [setting], signed: false).isEmpty)
    }

    @Test func otherSettingsAreForManagers() throws {
        let document = try JSONDocument.parse(Array(Self.config.utf8)).get()
        let policy = AccessPolicy(config: document.root)
        let change = [AccessPolicy.Change(path: "csw.json")]
        #expect(policy.check(author: "lead@vendor.example", changes: change, settingsChanged: ["kpi_targets"], signed: false).isEmpty)
        #expect(policy.check(author: "mike@vendor.example", changes: change, settingsChanged: ["kpi_targets"], signed: false).map(\.rule) == ["manager-files"])
    }
}
