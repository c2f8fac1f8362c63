import CSWJSON
import Foundation
import Testing

/// csw import crm and csw import metrics on the example workspace: plans, writes,
/// all or nothing (--apply-valid), idempotence, a CSM's newer change kept, and the round
/// trip through csw export. csw runs with CSW_TODAY=2025-12-15, so `csw init` commits the
/// example on that day, and the fixtures' CRM last-modified dates lie before it (the
/// workspace's values are newer) or after it (the CRM's are).
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

    /// Every file of a workspace but git's own, by path: to show a command changed nothing.
    static func files(in folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walk = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in walk {
            if url.lastPathComponent == ".git" {
                walk.skipDescendants()
                continue
            }
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            out[url.path.replacingOccurrences(of: folder.path + "/", with: "")] = try Data(contentsOf: url)
        }
        return out
    }

    /// `git status --porcelain`: empty when the working folder matches the last commit.
    static func gitStatus(_ folder: URL) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = CLITests.testHome.path
        let result = try Spawn.run(TestServers.which("git") ?? "/usr/bin/git", ["status", "--porcelain"], environment: env, directory: folder.path)
        return result.stdout + result.stderr
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

        // The file has rows with problems: only --apply-valid writes the others.
        let first = try csw(["import", "crm", file, "--preset", "salesforce", "--apply-valid"])
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
        // Every example profile was committed by csw init (as the test's git identity) on
        // CSW_TODAY, 2025-12-15, after this record's 2024 date.
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

        // When the CRM changes the value in a record modified after the workspace's commit
        // (the day after csw init's), the CRM's wins...
        let updated = try csw(["import", "crm", try export("newer.csv", arr: 655_000, modified: "2025-12-16T00:00:00Z")])
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
        try CLITests.expectGolden("import-metrics", ["import", "metrics", file, "--map", fixture("usage-map.json"), "--apply-valid"], status: 1, in: folder,
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
        let out = try csw(["import", "metrics", european.path, "--apply-valid"])
        #expect(out.status == 1 && out.stdout.contains("date \"30.02.2026\" is not"), "\(out.stdout)")
        let last = try String(contentsOf: folder.appendingPathComponent("customers/CH_003/metrics.jsonl"), encoding: .utf8).split(separator: "\n").last!
        #expect(last == "{\"date\": \"2025-12-15\", \"usage_percentage\": 88.5, \"nps_score\": 8, \"source\": \"product_analytics\"}")
    }

    /// One bad row and nothing is written: every file byte for byte as it was, git status
    /// clean, exit 1. With --apply-valid the other rows are written, still exit 1.
    @Test func crmImportWithABadRowWritesNothingUnlessApplyValid() throws {
        let file = scratch.url.appendingPathComponent("accounts.csv")
        try """
            Account ID,Account Name,Tier,Account Owner,ARR,Contract Start Date,Last Modified Date
            001Nw00000ZZZ001,Lakeside Regional Medical Center,Mid-Market,Priya Raman,1250000,3/15/2026,11/20/2025 9:00 AM
            001Nw00000ZZZ003,Prairie Surgical Center,SMB,Dana Okafor,about 45k,2/1/2026,11/18/2025
            001Nw00000A1mHsAAJ,Metro Health System,Enterprise,Mike Smith,550000,1/1/2024,2025-12-16T00:00:00Z

            """.write(to: file, atomically: true, encoding: .utf8)
        let before = try Self.files(in: folder)
        let refused = try csw(["import", "crm", file.path])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("\(file.path):3: Prairie Surgical Center: contract_value: \"about 45k\" is not an amount of money"), "\(refused.stdout)")
        #expect(refused.stdout.contains("create 1 customer") && refused.stdout.contains("contract_value: 500000 → 550000"), "the plan is shown: \(refused.stdout)")
        #expect(refused.stdout.hasSuffix("nothing written: 1 row has a problem; import again once fixed, or add --apply-valid to write the rest\n"), "\(refused.stdout)")
        #expect(try Self.files(in: folder) == before, "no file created or changed")
        #expect(try Self.gitStatus(folder) == "")

        let applied = try csw(["import", "crm", file.path, "--apply-valid"])
        #expect(applied.status == 1 && applied.stdout.contains("created 1 and updated 1 customer;"), "\(applied.stdout)")
        #expect(try profile("CUST_011")["organization_name"] as? String == "Lakeside Regional Medical Center", "no industry: the CUST prefix")
        #expect(try profile("HOSP_001")["contract_value"] as? Int == 550_000)
        let customers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("customers").path)
        #expect(customers.count == 11, "the bad row is not created: \(customers.sorted())")
    }

    @Test func metricsImportWithABadRowWritesNothingUnlessApplyValid() throws {
        let file = scratch.url.appendingPathComponent("usage.csv")
        try "customer,date,usage_percentage,nps_score\nHOSP_001,2025-12-01,86,9\nCH_003,2025-12-01,71,7\nNowhere Clinic,2025-12-01,50,5\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let before = try Self.files(in: folder)
        let refused = try csw(["import", "metrics", file.path])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("\(file.path):4: Nowhere Clinic: no customer has the id, CRM id or name \"Nowhere Clinic\""), "\(refused.stdout)")
        #expect(refused.stdout.hasSuffix("nothing written: 1 row has a problem; import again once fixed, or add --apply-valid to write the rest\n"), "\(refused.stdout)")
        #expect(try Self.files(in: folder) == before, "no file created or changed")
        #expect(try Self.gitStatus(folder) == "")
        let json = try csw(["import", "metrics", file.path, "--format", "json"])
        #expect(json.status == 1 && json.stdout.contains("\"refused\": true"), "\(json.stdout)")
        #expect(try Self.files(in: folder) == before)

        let applied = try csw(["import", "metrics", file.path, "--apply-valid"])
        #expect(applied.status == 1 && applied.stdout.contains("wrote 2 metrics files"), "\(applied.stdout)")
        for (id, usage) in [("HOSP_001", 86), ("CH_003", 71)] {
            let text = try String(contentsOf: folder.appendingPathComponent("customers/\(id)/metrics.jsonl"), encoding: .utf8)
            #expect(text.contains("{\"date\": \"2025-12-01\", \"usage_percentage\": \(usage),"), "\(id)")
        }
    }

    /// Export, import into an empty workspace with the same settings, export again: the
    /// customers.csv and metrics.csv tables come back byte for byte. That is all that comes
    /// back. The export has no columns for the rest of a profile or for a snapshot's note,
    /// and nothing imports feedback, notes or reviews, so the test also lists what is lost
    /// and fails the day the round trip carries more (or less) than docs/INTEGRATIONS.md says.
    @Test func exportedCSVColumnsImportBackUnchanged() throws {
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
        #expect(again.stdout.contains("already recorded 4014 values"), "\(again.stdout)")

        // What does NOT come back. Profile fields are compared one by one (segment.* and
        // crm_ids.* by key): those that come back are equal, and these are missing. The CRM
        // issue will make crm_ids, team members, products and the rest round-trip; shrink
        // this list then, and docs/INTEGRATIONS.md with it.
        func json(_ url: URL) throws -> JSONValue { try JSONDocument.parse(Array(try Data(contentsOf: url))).get().value }
        func fields(_ root: URL, _ id: String) throws -> [String: JSONValue] {
            guard case .object(let profile) = try json(root.appendingPathComponent("customers/\(id)/profile.json")) else { return [:] }
            var out: [String: JSONValue] = [:]
            for (key, value) in profile {
                if ["segment", "crm_ids"].contains(key), case .object(let inner) = value {
                    for (k, v) in inner { out[key + "." + k] = v }
                } else {
                    out[key] = value
                }
            }
            return out
        }
        let ids = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("customers").path).sorted()
        #expect(ids.count == 10)
        var lost: Set<String> = []
        for id in ids {
            let original = try fields(folder, id), imported = try fields(empty, id)
            lost.formUnion(Set(original.keys).subtracting(imported.keys))
            for (key, value) in imported { #expect(original[key] == value, "\(id) \(key) came back different") }
        }
        #expect(lost == ["team_members", "products", "tags", "crm_ids.salesforce", "crm_ids.hubspot", "segment.maturity_level", "segment.tech_adoption",
                         "churn_date", "churn_reason"], "profile fields lost in the round trip: \(lost.sorted())")

        // Every snapshot comes back with every value but its note; numbers keep their value,
        // not their spelling (7.0 comes back as 7).
        var notes = 0
        for id in ids {
            func snapshots(_ root: URL) throws -> [JSONObject] {
                try String(contentsOf: root.appendingPathComponent("customers/\(id)/metrics.jsonl"), encoding: .utf8).split(separator: "\n")
                    .map { line in
                        guard case .object(let o) = try JSONDocument.parse(String(line)).get().value else { return JSONObject() }
                        return o
                    }
            }
            let original = try snapshots(folder), imported = try snapshots(empty)
            #expect(original.count == imported.count, "\(id)")
            for (a, b) in zip(original, imported) {
                var withoutNote = a
                if withoutNote["note"] != nil { notes += 1 }
                withoutNote["note"] = nil
                #expect(withoutNote == b, "\(id) \(a["date"].map { JSONWriter.compact($0) } ?? "?")")
            }
        }
        #expect(notes > 0, "the example has snapshot notes, and they do not come back")

        // Feedback, notes and reviews stay behind: only profile.json and metrics.jsonl are made.
        let made = try Self.files(in: empty.appendingPathComponent("customers")).keys.map { String($0.split(separator: "/").last!) }
        #expect(Set(made) == ["profile.json", "metrics.jsonl"])
        let kinds = try Self.files(in: folder.appendingPathComponent("customers")).keys.compactMap { $0.split(separator: "/").dropFirst().first.map(String.init) }
        #expect(Set(kinds).isSuperset(of: ["feedback", "notes", "reviews"]), "the example has them: \(Set(kinds).sorted())")
    }
}
