import Foundation
import Testing

/// csw diff, csw history and the git textconv over a scripted history of the example
/// workspace: edits, a new snapshot and note, a scoring-model change, a customer removed
/// and one added, and uncommitted work. Golden files hold commit ids as <c1>…<c4>.
@Suite(.serialized) struct DiffHistoryTests {
    let scratch: Scratch
    let folder: URL
    /// Commit ids oldest first (c1 = csw init).
    var commits: [String] = []

    func csw(_ arguments: String...) throws -> CLITests.Outcome { try CLITests.run(arguments, in: folder) }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = folder.appendingPathComponent(path)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    init() throws {
        scratch = try Scratch("csw-diff")
        let parent = scratch.url
        folder = parent.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: parent).status == 0)
        // c2: HOSP_001 slips — a weak snapshot, a bigger contract, a note.
        #expect(try csw("metrics", "add", "HOSP_001", "--date", "2025-11-20", "usage_percentage=40", "user_adoption_rate=0.3", "nps_score=4").status == 0)
        try edit("customers/HOSP_001/profile.json") { $0.replacingOccurrences(of: "\"contract_value\": 500000", with: "\"contract_value\": 550000") }
        try write("customers/HOSP_001/notes/2025-11-21-sponsor-left.md", "---\ntitle: Executive sponsor left\ndate: 2025-11-21\nauthor: mike.smith\n---\nDr. Johnson moves to another system in December.\n")
        #expect(try csw("commit", "-m", "HOSP_001 slipping").status == 0)
        // c3: the team weighs NPS more (a model change, no customer file touched).
        try edit("csw.json") { $0.replacingOccurrences(of: "\"format_version\": 1,", with: "\"format_version\": 1,\n  \"scoring\": {\"weights\": {\"nps_score\": 30}},") }
        #expect(try csw("commit", "-m", "Weigh NPS more").status == 0)
        // c4: CLN_005 leaves the workspace, NEW_011 arrives, HOSP_001 gets another snapshot.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("customers/CLN_005"))
        let record = WorkspaceCommandTests.frameworkRecord.replacingOccurrences(of: "HOSP_001", with: "NEW_011")
            .replacingOccurrences(of: "Metro Health System", with: "Riverbend Health")
        try write("../new.json", record)
        #expect(try csw("customer", "add", "--from", "../new.json").status == 0)
        #expect(try csw("metrics", "add", "HOSP_001", "--date", "2025-11-22", "usage_percentage=45", "user_adoption_rate=0.35", "nps_score=5").status == 0)
        #expect(try csw("commit", "-m", "Portfolio changes").status == 0)
        // Uncommitted: CH_003's latest usage corrected.
        #expect(try csw("metrics", "add", "CH_003", "--date", "2025-11-24", "usage_percentage=35", "nps_score=3").status == 0)
        let log = try csw("log", "--format", "json").stdout
        commits = try (JSONSerialization.jsonObject(with: Data(log.utf8)) as! [[String: Any]]).map { $0["commit"] as! String }.reversed()
    }

    /// Compares with the golden file, commit ids (full and short) written <c1>…<cN>.
    func expectGolden(_ name: String, _ arguments: [String], status: Int32 = 0) throws {
        let commits = self.commits
        try CLITests.expectGolden(name, arguments, status: status, in: folder) { text in
            var out = text
            for (i, id) in commits.enumerated() {
                out = out.replacingOccurrences(of: id, with: "<c\(i + 1)>").replacingOccurrences(of: String(id.prefix(7)), with: "<c\(i + 1)>")
            }
            return out.replacing(/> \d{4}-\d{2}-\d{2} Casey Tester/, with: "> <today> Casey Tester")
        }
    }

    @Test func diffBetweenTwoRevisionsInCustomerSuccessTerms() throws {
        #expect(commits.count == 4)
        try expectGolden("diff-revisions", ["diff", "HEAD~3", "HEAD", "--as-of", "2025-11-25"])
        let out = try csw("diff", "HEAD~3", "HEAD", "--as-of", "2025-11-25").stdout
        #expect(out.contains("contract_value: 500000 → 550000"))
        #expect(out.contains("+ 2025-11-20 usage_percentage 40"))
        #expect(out.contains("+ note notes/2025-11-21-sponsor-left.md — Executive sponsor left"))
        #expect(out.contains("CLN_005  removed") && out.contains("NEW_011  added (Riverbend Health)"))
    }

    @Test func aModelChangeIsShownAsSettingsNotAsCustomerBehaviour() throws {
        try expectGolden("diff-model-change-json", ["diff", "HEAD~2", "HEAD~1", "--format", "json", "--as-of", "2025-11-25"])
        let json = try JSONSerialization.jsonObject(with: Data(try csw("diff", "HEAD~2", "HEAD~1", "--format", "json", "--as-of", "2025-11-25").stdout.utf8)) as! [String: Any]
        #expect((json["customers"] as! [Any]).isEmpty)
        #expect((json["summary"] as! [String: Any])["model_changed"] as? Bool == true)
    }

    @Test func diffOfUncommittedWorkAndOfOneRevisionAgainstTheWorkingFolder() throws {
        try expectGolden("diff-working", ["diff", "--as-of", "2025-11-25"])
        try expectGolden("diff-one-revision-json", ["diff", "HEAD~3", "HOSP_001", "CH_003", "--format", "json", "--as-of", "2025-11-25"])
        let json = try JSONSerialization.jsonObject(with: Data(try csw("diff", "HEAD~3", "HOSP_001", "CH_003", "--format", "json", "--as-of", "2025-11-25").stdout.utf8)) as! [String: Any]
        let customers = json["customers"] as! [[String: Any]]
        #expect(customers.map { $0["customer_id"] as! String } == ["CH_003", "HOSP_001"], "only the named customers")
        let hosp = customers[1]
        #expect((hosp["health_after"] as! Double) < (hosp["health_before"] as! Double), "the weak snapshots lower the score")
        #expect(!(hosp["top_movers"] as! [Any]).isEmpty)
        #expect(json["from"] as? String == commits[0] && json["to"] as? String == "working folder")
    }

    @Test func historyScoresEachDateWithTheModelOfItsCommit() throws {
        try expectGolden("history-text", ["history", "HOSP_001", "--since", "2025-09-01"])
        try expectGolden("history-json", ["history", "HOSP_001", "--since", "2025-11-01", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(try csw("history", "HOSP_001", "--format", "json").stdout.utf8)) as! [[String: Any]]
        let changed = rows.filter { $0["model_changed"] as? Bool == true }
        #expect(changed.count == 1 && changed[0]["date"] as? String == "2025-11-22" && changed[0]["commit"] as? String == commits[3],
                "the first snapshot scored with the new model is marked")
        let csv = try csw("history", "CH_003", "--since", "2025-11-01", "--format", "csv").stdout
        #expect(csv.hasPrefix("date,health_score,band,churn_probability,commit,model_changed,model_version\n"))
        #expect(csv.contains("2025-11-24,") && csv.contains(",,true,"), "an uncommitted snapshot has no commit, and is scored with the new model")
    }

    @Test func logSharesTheChangeModel() throws {
        try expectGolden("log-after-diff", ["log", "-n", "3"])
    }

    @Test func mistakesAreExplained() throws {
        try expectGolden("diff-unknown-revision", ["diff", "nope~1"], status: 2)
        try expectGolden("history-unknown-customer", ["history", "NOPE_1"], status: 1)
        #expect(try csw("diff", "--as-of", "yesterday").status == 2)
    }

    /// csw's local state (.csw/: the score cache, conflict records) is never committed,
    /// even when a workspace has lost its .gitignore.
    @Test func localStateIsNeverCommitted() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".gitignore"))
        #expect(try csw("score", "--as-of", "2025-11-25").status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".csw/cache/scores.jsonl").path))
        #expect(try csw("commit", "-m", "Drop .gitignore").status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(try csw("diff", "HEAD~1", "HEAD", "--format", "json").stdout.utf8)) as! [String: Any]
        let files = (json["other_files"] as! [[String: Any]]).map { $0["path"] as! String }
        #expect(files == [".gitignore"], "only the .gitignore removal is committed: \(files)")
        #expect(!(try csw("status").stdout.contains(".csw")))
    }

    /// People on plain git see one field per line (the textconv csw init configures).
    @Test(.needs(.git)) func plainGitDiffShowsFieldsThroughTheTextconv() throws {
        let git = try TestServers.path(.git)
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = CLITests.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["HOME"] = CLITests.testHome.path
        env["GIT_PAGER"] = "cat"
        let result = try Spawn.run(git, ["diff", "HEAD~3", "HEAD~2", "--", "customers/HOSP_001"], environment: env, directory: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n+2025-11-20 usage_percentage: 40\n"), "\(result.stdout)")
        #expect(result.stdout.contains("\n-contract_value: 500000\n+contract_value: 550000\n"), "\(result.stdout)")
        let textconv = try csw("textconv", "customers/HOSP_001/profile.json")
        #expect(textconv.stdout.contains("segment.organization_type: \"health_system\"\n"))
        #expect(textconv.stdout.contains("team_members[0].name: \"Dr. Sarah Johnson\"\n"))
    }
}
