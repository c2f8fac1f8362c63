import Foundation
import Testing

/// csw import crm and csw import metrics on the example workspace: plans, writes,
/// idempotence, a CSM's newer change kept, and the round trip through csw export.
@Suite struct ImportTests {
    let scratch: Scratch
    let folder: URL
    let fixtures = CLITests.fixtures.appendingPathComponent("import")

    init() throws {
        scratch = try Scratch("csw-import")
        folder = scratch.url.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: scratch.url).status == 0)
    }

    func csw(_ arguments: [String]) throws -> CLITests.Outcome { try CLITests.run(arguments, in: folder) }
    func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
    func profile(_ id: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("customers/\(id)/profile.json"))) as! [String: Any]
    }

    /// The init commit's id and time differ per run.
    static func provenance(_ text: String) -> String {
        text.replacing(/set \d{4}-\d\d-\d\d \d\d:\d\d UTC in [0-9a-f]{7}/, with: "set <time> in <commit>")
            .replacing(/set \d{4}-\d\d-\d\d \d\d:\d\d UTC \(not committed\)/, with: "set <time> (not committed)")
    }

    @Test func salesforceExportPlanThenWriteThenNothingTwice() throws {
        // A UTF-8 BOM, ';' between fields, a quoted field with a line break, European and
        // US amounts, US dates, states for regions, owners by name and email.
        let file = fixture("salesforce-accounts.csv")
        try CLITests.expectGolden("import-crm-salesforce", ["import", "crm", file, "--preset", "salesforce", "--dry-run"], status: 1, in: folder,
                                  normalize: { Self.provenance($0.replacingOccurrences(of: file, with: "salesforce-accounts.csv")) })
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("customers/CH_011").path), "a dry run writes nothing")

        let first = try csw(["import", "crm", file, "--preset", "salesforce"])
        #expect(first.status == 1 && first.stdout.contains("created 1 and updated 0 customers"), "\(first.stdout)\(first.stderr)")
        let created = try profile("CH_011")
        #expect(created["organization_name"] as? String == "Lakeside Regional Medical Center")
        #expect(created["tier"] as? String == "mid_market" && created["csm_assigned"] as? String == "priya.raman")
        #expect(created["contract_value"] as? Int == 1_250_000 && created["contract_start"] as? String == "2026-03-15")
        #expect((created["segment"] as? [String: Any])?["geographic_region"] as? String == "midwest")
        #expect((created["crm_ids"] as? [String: Any])?["salesforce"] as? String == "001Nw00000ZZZ001")
        #expect(try csw(["validate"]).status == 0, "the new profile is valid")

        let again = try csw(["import", "crm", file, "--preset", "salesforce", "--format", "json"])
        let plan = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as! [String: Any]
        #expect((plan["create"] as? [Any])?.isEmpty == true && (plan["update"] as? [Any])?.isEmpty == true, "importing again changes nothing")
        #expect((plan["unchanged"] as? [String])?.contains("CH_011") == true)
    }

    @Test func aFieldTheWorkspaceChangedAfterTheCRMRecordIsKept() throws {
        func export(_ name: String, arr: Int, modified: String) throws -> String {
            let file = scratch.url.appendingPathComponent(name)
            try "Account ID,Account Name,ARR,Last Modified Date\n001Nw00000A1mHsAAJ,Metro Health System,\(arr),\(modified)\n".write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
        // Every example profile was committed by csw init (as the test's git identity), after
        // this record's 2024 date.
        let older = scratch.url.appendingPathComponent("older.csv")
        try "Account ID,Account Name,ARR,Account Owner,Last Modified Date\n001Nw00000A1mHsAAJ,Metro Health System,650000,Priya Raman,2024-06-01T12:00:00Z\n"
            .write(to: older, atomically: true, encoding: .utf8)
        let kept = try csw(["import", "crm", older.path])
        #expect(kept.status == 0)
        #expect(kept.stdout.contains("keep 2 fields") && kept.stdout.contains("contract_value stays 500000, CRM says 650000"), "\(kept.stdout)")
        #expect(kept.stdout.contains("by Casey Tester"), "names the commit's author: \(kept.stdout)")
        #expect(try profile("HOSP_001")["contract_value"] as? Int == 500_000)
        // The CRM's values are recorded; while the CRM does not change them, the CSM's stand
        // and are not listed again.
        let again = try csw(["import", "crm", older.path])
        #expect(again.stdout.contains("2 fields keep a CSM's value the CRM has not changed since the last import") && again.stdout.contains("nothing to write"), "\(again.stdout)")

        // When the CRM changes the value in a record modified after the workspace's commit,
        // the CRM's wins...
        let updated = try csw(["import", "crm", try export("newer.csv", arr: 655_000, modified: "2099-01-01T00:00:00Z")])
        #expect(updated.stdout.contains("contract_value: 500000 → 655000"), "\(updated.stdout)")
        #expect(try profile("HOSP_001")["contract_value"] as? Int == 655_000)

        // ...but a CSM's edit made after the CRM's record (not committed yet) is kept;
        // --overwrite takes the CRM's value and says so.
        func csmSets(_ arr: Int) throws {
            var edited = try profile("HOSP_001")
            edited["contract_value"] = arr
            try JSONSerialization.data(withJSONObject: edited, options: [.prettyPrinted, .sortedKeys])
                .write(to: folder.appendingPathComponent("customers/HOSP_001/profile.json"))
        }
        try csmSets(700_000)
        let recent = try export("recent.csv", arr: 660_000, modified: "2024-06-01")
        let keptEdit = try csw(["import", "crm", recent])
        #expect(keptEdit.stdout.contains("contract_value stays 700000, CRM says 660000") && keptEdit.stdout.contains("(not committed)"), "\(keptEdit.stdout)")
        let forced = try csw(["import", "crm", recent, "--overwrite"])
        #expect(forced.stdout.contains("contract_value: 700000 → 660000  (--overwrite: the workspace's value was newer)"), "\(forced.stdout)")
        #expect(try profile("HOSP_001")["contract_value"] as? Int == 660_000)

        // A value only the CRM changed since the last import is taken whatever the dates.
        #expect(try csw(["import", "crm", try export("crm-only.csv", arr: 665_000, modified: "2020-01-01")]).stdout.contains("contract_value: 660000 → 665000"))

        // Once committed, a CSM's value has that commit's time, found in the file's history.
        try csmSets(680_000)
        #expect(try csw(["commit", "-m", "Metro Health: ARR after the call"]).status == 0)
        let afterCommit = try csw(["import", "crm", try export("later.csv", arr: 670_000, modified: "2024-06-01")])
        func commit(_ text: String) -> String? { (try? /stays [0-9]+, CRM says [0-9]+ \(set [^)]* in ([0-9a-f]{7}) by/.firstMatch(in: text)).flatMap { $0 }.map { String($0.1) } }
        #expect(commit(afterCommit.stdout) != nil && commit(afterCommit.stdout) != commit(kept.stdout), "\(afterCommit.stdout)")
    }

    @Test func hubspotExportWithAMap() throws {
        let file = fixture("hubspot-companies.csv")
        try CLITests.expectGolden("import-crm-hubspot", ["import", "crm", file, "--map", fixture("hubspot-map.json")], status: 0, in: folder,
                                  normalize: { Self.provenance($0.replacingOccurrences(of: self.fixtures.path + "/", with: "")) })
        let harbor = try profile("CH_011")
        #expect(harbor["organization_name"] as? String == "Harbor Point Health, Inc." && harbor["contract_value"] as? Int == 210_000)
        #expect((harbor["segment"] as? [String: Any])?["geographic_region"] as? String == "northeast")
        #expect(try profile("CLN_012")["organization_name"] as? String == "Summit \"Peak\" Clinics")
        #expect(try csw(["validate"]).status == 0)
    }

    @Test func unreadableInputStopsBeforeAnything() throws {
        let bad = scratch.url.appendingPathComponent("bad-map.json")
        try "{\"colums\": {}}".write(to: bad, atomically: true, encoding: .utf8)
        let map = try csw(["import", "crm", fixture("hubspot-companies.csv"), "--map", bad.path])
        #expect(map.status == 2 && map.stderr.contains("unknown key \"colums\""), "\(map.stderr)")
        let unknown = scratch.url.appendingPathComponent("unknown.csv")
        try "Name,Value\nA,1\n".write(to: unknown, atomically: true, encoding: .utf8)
        let detect = try csw(["import", "crm", unknown.path])
        #expect(detect.status == 2 && detect.stderr.contains("--preset salesforce"), "\(detect.stderr)")
        #expect(try csw(["import", "metrics", scratch.url.appendingPathComponent("missing.csv").path]).status == 2)
    }

    @Test func wideAnalyticsExportBecomesSnapshots() throws {
        let file = fixture("usage-wide.csv")
        try CLITests.expectGolden("import-metrics", ["import", "metrics", file, "--map", fixture("usage-map.json")], status: 1, in: folder,
                                  normalize: { $0.replacingOccurrences(of: self.fixtures.path + "/", with: "") })
        let lines = try String(contentsOf: folder.appendingPathComponent("customers/HOSP_001/metrics.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.suffix(2).first?.hasPrefix("{\"date\": \"2025-12-01\", \"usage_percentage\": 88.5, \"active_users\": 1204, \"nps_score\": 8.7, \"sepsis_alerts_reviewed\": 2201, \"source\": \"amplitude\"}") == true,
                "\(lines.suffix(2))")
        #expect(lines.last?.hasPrefix("{\"date\": \"2025-12-08\"") == true)
        let again = try csw(["import", "metrics", file, "--map", fixture("usage-map.json")])
        #expect(again.stdout.contains("add 0 values") && again.stdout.contains("already recorded"), "\(again.stdout)")

        // A ';'-separated export writes decimal commas; a date not in the calendar is refused.
        let european = scratch.url.appendingPathComponent("european.csv")
        try "customer;date;usage_percentage;nps_score\nCH_003;15.12.2025;88,5;8\nCH_003;30.02.2026;50;5\n".write(to: european, atomically: true, encoding: .utf8)
        let out = try csw(["import", "metrics", european.path])
        #expect(out.status == 1 && out.stdout.contains("date \"30.02.2026\" is not"), "\(out.stdout)")
        let last = try String(contentsOf: folder.appendingPathComponent("customers/CH_003/metrics.jsonl"), encoding: .utf8).split(separator: "\n").last!
        #expect(last == "{\"date\": \"2025-12-15\", \"usage_percentage\": 88.5, \"nps_score\": 8, \"source\": \"product_analytics\"}")
    }

    /// Export, import into an empty workspace with the same settings, export again: the
    /// customers and metrics tables come back byte for byte.
    @Test func exportedCSVImportsBackWithNothingLost() throws {
        let first = scratch.url.appendingPathComponent("first")
        #expect(try csw(["export", "--format", "csv", "--out", first.path, "--as-of", "2025-11-15"]).status == 0)
        let empty = scratch.url.appendingPathComponent("empty")
        #expect(try CLITests.run(["init", "--empty", empty.path], in: scratch.url).status == 0)
        try FileManager.default.removeItem(at: empty.appendingPathComponent("csw.json"))
        try FileManager.default.copyItem(at: folder.appendingPathComponent("csw.json"), to: empty.appendingPathComponent("csw.json"))
        let crm = try CLITests.run(["import", "crm", first.appendingPathComponent("customers.csv").path], in: empty)
        #expect(crm.status == 0 && crm.stdout.contains("read as a csw export") && crm.stdout.contains("created 10"), "\(crm.stdout)\(crm.stderr)")
        let metrics = try CLITests.run(["import", "metrics", first.appendingPathComponent("metrics.csv").path], in: empty)
        #expect(metrics.status == 0 && metrics.stdout.contains("(long layout)"), "\(metrics.stdout)\(metrics.stderr)")
        let second = scratch.url.appendingPathComponent("second")
        #expect(try CLITests.run(["export", "--format", "csv", "--out", second.path, "--as-of", "2025-11-15"], in: empty).status == 0)
        for table in ["customers.csv", "metrics.csv"] {
            let a = try String(contentsOf: first.appendingPathComponent(table), encoding: .utf8)
            let b = try String(contentsOf: second.appendingPathComponent(table), encoding: .utf8)
            #expect(a == b, "\(table) differs after the round trip")
            #expect(a.split(separator: "\n").count > 10)
        }
        #expect(try CLITests.run(["validate"], in: empty).status == 0)
        let again = try CLITests.run(["import", "metrics", first.appendingPathComponent("metrics.csv").path, "--dry-run"], in: empty)
        #expect(again.stdout.contains("already recorded 4012 values"), "\(again.stdout)")
    }
}
