import Foundation
import Testing

/// csw retention plan/apply on the example workspace (CSW_TODAY 2025-12-15), with rules
/// added to its csw.json as a team would write them.
@Suite struct RetentionTests {
    let scratch: Scratch
    let ws: URL

    init() throws {
        scratch = try Scratch("csw-retention")
        ws = scratch.url.appendingPathComponent("ws")
        // init's own first commit is FreshWorkspaceTests' concern; setups commit with plain git.
        _ = try CLITests.run(["init", "ws"], in: scratch.url)
        #expect(FileManager.default.fileExists(atPath: ws.appendingPathComponent("csw.json").path))
    }

    func csw(_ arguments: String...) throws -> CLITests.Outcome { try CLITests.run(arguments, in: ws) }

    func text(_ path: String) throws -> String { try String(contentsOf: ws.appendingPathComponent(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: ws.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// git with the tests' identity.
    @discardableResult
    func git(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String) {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = CLITests.testHome.path
        let result = try Spawn.run(try TestServers.path(.git), arguments, environment: env, directory: (folder ?? ws).path)
        return (result.status, result.stdout + result.stderr)
    }

    /// Commits everything with plain git (the setup, not what is being tested).
    func commitAll(_ message: String) throws {
        #expect(try git(["add", "-A"]).status == 0)
        let commit = try git(["commit", "-q", "-m", message])
        #expect(commit.status == 0, "\(commit.output)")
    }

    /// Adds `rules` (JSON text of a list) as csw.json's retention.
    func setRules(_ rules: String) throws {
        var config = try text("csw.json")
        let end = try #require(config.lastIndex(of: "}"))
        config.replaceSubrange(end...end, with: ",\n  \"retention\": \(rules)\n}")
        try write("csw.json", config)
    }

    /// Every file of the workspace but .git, with its bytes.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = ws.standardizedFileURL.path
        let walker = try #require(FileManager.default.enumerator(atPath: root))
        while let relative = walker.nextObject() as? String {
            if relative == ".git" || relative.hasPrefix(".git/") { continue }
            if relative.hasPrefix(".csw/cache/") { continue }  // csw's caches (scores, folder listing), not content
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
            }
        }
        return files
    }

    /// Feedback notes of the example dated before `day`, read straight from their front matter.
    func feedback(before day: String) throws -> [String] {
        try snapshot().keys.filter { $0.hasPrefix("customers/") && $0.contains("/feedback/") }.filter { path in
            let date = try text(path).split(separator: "\n").first { $0.hasPrefix("date: ") }.map { String($0.dropFirst(6)) }
            return try #require(date) < day
        }.sorted()
    }

    static let rules = """
    [
        {"name": "feedback-1y", "covers": "feedback", "older_than": "1y"},
        {"name": "call-notes-6m", "covers": "notes", "kinds": ["call"], "older_than": "6m"},
        {"name": "closed-tasks-12m", "covers": "tasks", "status": "done", "older_than": "12m"},
        {"name": "former-contacts", "covers": "contacts"}
      ]
    """

    static let callNotes = ["customers/CAH_007/notes/2024-12-23-winter-storm-outage.md", "customers/CH_003/notes/2025-04-14-champion-left.md",
                            "customers/CH_008/notes/2025-03-11-cfo-call.md", "customers/CLN_005/notes/2025-03-12-value-check-in.md",
                            "customers/HS_010/notes/2025-03-18-roi-concern-call.md"]

    static let tasks = """
    {"id":"T-000000000001","title":"Send the QBR deck","owner":"mike.smith","due":"2024-10-01","status":"done","source":"manual","created":"2024-09-20","done_by":"Mike Smith","done_at":"2024-10-02"}
    {"id":"T-000000000002","title":"Book the renewal call","owner":"mike.smith","due":"2025-11-01","status":"done","source":"manual","created":"2025-10-20","done_at":"2025-11-03"}
    {"id":"T-000000000003","title":"Chase the survey","owner":"mike.smith","due":"2024-01-10","status":"open","source":"manual","created":"2024-01-02"}

    """

    /// The example with four rules, a tasks file and a contact who left, committed.
    func prepare() throws {
        try setRules(Self.rules)
        try write("customers/HOSP_001/tasks.jsonl", Self.tasks)
        let profile = try text("customers/HOSP_001/profile.json")
        try write("customers/HOSP_001/profile.json", profile.replacingOccurrences(of: "\"role\": \"it_lead\",", with: "\"role\": \"it_lead\",\n      \"left_on\": \"2025-06-30\","))
        let validate = try csw("validate")
        #expect(!(validate.stdout + validate.stderr).contains("csw.json:") && !(validate.stdout + validate.stderr).contains("left_on"),
                "csw validate accepts the rules and left_on: \(validate.stdout)")
        try commitAll("Retention rules")
    }

    @Test func planListsWhatEachRuleWouldRemoveAndWhy() throws {
        try prepare()
        let expectedFeedback = try feedback(before: "2024-12-15")
        #expect(expectedFeedback.count >= 5, "the example has feedback from 2024")
        let plan = try csw("retention", "plan")
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("feedback-1y: feedback notes older than 1y (dated before 2024-12-15): \(expectedFeedback.count) files"))
        #expect(plan.stdout.contains("call-notes-6m: call notes older than 6m (dated before 2025-06-15): 5 files"))
        #expect(plan.stdout.contains("closed-tasks-12m: done tasks older than 12m (dated before 2024-12-15): 1 entry"))
        #expect(plan.stdout.contains("  2024-10-02  customers/HOSP_001/tasks.jsonl: task T-000000000001"))
        #expect(plan.stdout.contains("  2025-06-30  customers/HOSP_001/profile.json: team member Tom Reyes"))
        for path in expectedFeedback + Self.callNotes { #expect(plan.stdout.contains("  " + path + "\n"), "\(path) is planned") }
        #expect(!plan.stdout.contains("AMC_009/notes/2025-09-16-roi-questions.md"), "a call note of September 2025 is not 6 months old")
        #expect(!plan.stdout.contains("T-000000000002") && !plan.stdout.contains("T-000000000003"), "a recent task and an open one stay")
        let total = expectedFeedback.count + 5 + 1 + 1
        #expect(plan.stdout.contains("\(total) items would be removed"))

        let json = try csw("retention", "plan", "--format", "json")
        #expect(json.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.count == total)
        #expect(Set(items.filter { $0["rule"] as? String == "feedback-1y" }.compactMap { $0["path"] as? String }) == Set(expectedFeedback))
        #expect(items.contains { $0["rule"] as? String == "former-contacts" && $0["entry"] as? Int == 2 && $0["date"] as? String == "2025-06-30" })
    }

    @Test func planWithoutRulesOrWithNothingOldEnoughSaysSoAndExitsZero() throws {
        let none = try csw("retention", "plan")
        #expect(none.status == 0)
        #expect(none.stdout.contains("csw.json has no retention rules, so nothing would be removed"))
        try setRules(#"[{"name": "feedback-50y", "covers": "feedback", "older_than": "50y"}]"#)
        let young = try csw("retention", "plan")
        #expect(young.status == 0)
        #expect(young.stdout.contains("feedback-50y: feedback notes older than 50y (dated before 1975-12-15): nothing"))
        #expect(young.stdout.contains("nothing is old enough to remove yet"))
    }

    @Test func applyRemovesExactlyThePlanInOneCommitAndIsIdempotent() throws {
        try prepare()
        let removedFiles = try feedback(before: "2024-12-15") + Self.callNotes
        let before = try snapshot()
        let commitsBefore = try git(["rev-list", "--count", "HEAD"]).output

        let dry = try csw("retention", "apply", "--dry-run")
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("nothing was changed"))
        #expect(try snapshot() == before, "--dry-run changes nothing")

        let apply = try csw("retention", "apply")
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(apply.stdout.contains("removed \(removedFiles.count + 2) items (feedback-1y \(removedFiles.count - 5), call-notes-6m 5, closed-tasks-12m 1, former-contacts 1) in commit"))
        #expect(apply.stderr.contains("git history still holds what was removed"))
        #expect(apply.stderr.contains("If patient data was committed"))

        let after = try snapshot()
        for path in removedFiles { #expect(after[path] == nil, "\(path) is removed") }
        // The task line and the contact are cut out; every other byte stays.
        let tasks = Self.tasks.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(try text("customers/HOSP_001/tasks.jsonl") == tasks.dropFirst().joined(separator: "\n"))
        let oldProfile = String(decoding: try #require(before["customers/HOSP_001/profile.json"]), as: UTF8.self)
        let lines = oldProfile.split(separator: "\n", omittingEmptySubsequences: false)
        let name = try #require(lines.firstIndex { $0.contains("\"name\": \"Tom Reyes\"") })
        let end = try #require(lines[name...].firstIndex { $0 == "    }," })
        #expect(try text("customers/HOSP_001/profile.json") == (lines[..<(name - 1)] + lines[(end + 1)...]).joined(separator: "\n"))
        for (path, bytes) in before where !removedFiles.contains(path) && !path.hasSuffix("HOSP_001/tasks.jsonl") && !path.hasSuffix("HOSP_001/profile.json") {
            #expect(after[path] == bytes, "\(path) is byte for byte as it was")
        }
        let validate = try csw("validate")
        #expect(!(validate.stdout + validate.stderr).contains("customers/HOSP_001/"), "HOSP_001's edited files stay valid: \(validate.stdout)")

        // One commit, naming each rule and its count; nothing left uncommitted.
        #expect(Int(try git(["rev-list", "--count", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ==
                Int(commitsBefore.trimmingCharacters(in: .whitespacesAndNewlines)).map { $0 + 1 })
        let message = try git(["log", "-1", "--format=%B"]).output
        // Four rules do not fit a 72-character subject: it counts them, and the body names each.
        #expect(message.hasPrefix("csw retention: \(removedFiles.count + 2) items under 4 rules\n"))
        #expect(message.contains("- feedback-1y: \(removedFiles.count - 5) files, feedback notes older than 1y (dated before 2024-12-15)"))
        #expect(message.contains("- closed-tasks-12m: 1 entry, done tasks older than 12m (dated before 2024-12-15)"))
        #expect(message.contains("- former-contacts: 1 entry, contacts who left the team (left on or before 2025-12-15)"))
        #expect(message.contains("- call-notes-6m: 5 files, call notes older than 6m (dated before 2025-06-15)"))
        #expect(try git(["status", "--porcelain"]).output.isEmpty)
        #expect(try git(["show", "--name-status", "--format=", "HEAD"]).output.split(separator: "\n").count == removedFiles.count + 2)

        let again = try csw("retention", "apply")
        #expect(again.status == 0)
        #expect(again.stdout.contains("nothing to remove"))
        #expect(try git(["rev-list", "--count", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines) ==
                String(Int(commitsBefore.trimmingCharacters(in: .whitespacesAndNewlines))! + 1))
    }

    @Test func applyOneRuleAndRefuseUncommittedChanges() throws {
        try prepare()
        let note = "customers/CH_008/notes/2025-03-11-cfo-call.md"
        try write(note, try text(note) + "\nAdded after the last commit.\n")
        let refused = try csw("retention", "apply", "--rule", "call-notes-6m")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("files the retention rules cover have uncommitted changes: \(note)"))
        #expect(refused.stderr.contains("commit them first (csw commit -m \"…\") or undo them"))
        #expect(FileManager.default.fileExists(atPath: ws.appendingPathComponent(note).path), "nothing was removed")
        try commitAll("CFO call follow-up")

        let unknown = try csw("retention", "apply", "--rule", "call-note-6m")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean call-notes-6m?"))

        let one = try csw("retention", "apply", "--rule", "call-notes-6m")
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try git(["log", "-1", "--format=%s"]).output == "csw retention: call-notes-6m (5)\n")
        #expect(!FileManager.default.fileExists(atPath: ws.appendingPathComponent(note).path))
        #expect(try csw("retention", "plan").stdout.contains("call-notes-6m: call notes older than 6m (dated before 2025-06-15): nothing"))
    }

    @Test func deliveredNotificationsAreTrimmedLocallyWithoutACommit() throws {
        try setRules(#"[{"name": "delivered-6m", "covers": "notifications", "older_than": "6m"}]"#)
        try commitAll("Retention rules")
        let commits = try git(["rev-list", "--count", "HEAD"]).output
        try FileManager.default.createDirectory(at: ws.appendingPathComponent(".csw"), withIntermediateDirectories: true)
        let old = #"{"id":"E-1","hook":"slack","subject":"A-1","at":"2025-01-02"}"#, recent = #"{"id":"E-2","hook":"slack","subject":"A-2","at":"2025-12-01"}"#
        try write(".csw/delivered.jsonl", old + "\n" + recent + "\n")
        #expect(try csw("retention", "plan").stdout.contains("  2025-01-02  .csw/delivered.jsonl: notification slack (line 1)\n"))
        let apply = try csw("retention", "apply")
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(apply.stdout.contains("local to this clone and never committed"))
        #expect(try text(".csw/delivered.jsonl") == recent + "\n")
        #expect(try git(["rev-list", "--count", "HEAD"]).output == commits, "no commit for a local file")
    }

    @Test func badRulesAreReportedWithPositionsAndAFix() throws {
        try setRules("""
        [
            {"name": "feedback-3y", "covers": "feedbak", "older_than": "3 years"},
            {"name": "tasks", "covers": "tasks", "older_than": "12m", "kinds": ["call"], "statuss": "done"}
          ]
        """)
        let config = try text("csw.json").split(separator: "\n", omittingEmptySubsequences: false)
        let first = try #require(config.firstIndex { $0.contains("feedbak") })
        let column = try #require(config[first].range(of: "\"feedbak\"")).lowerBound.utf16Offset(in: config[first]) + 1
        let plan = try csw("retention", "plan")
        #expect(plan.status == 1)
        #expect(plan.stderr.contains("csw.json:\(first + 1):\(column): error[CSW0101]: retention[0].covers: expected one of \"feedback\", \"notes\""))
        #expect(plan.stderr.contains("note: did you mean \"feedback\"?"))
        #expect(plan.stderr.contains("retention[0].older_than: expected an age such as \"90d\", \"18m\" or \"3y\""))
        #expect(plan.stderr.contains("retention[1]: csw does not know the field \"statuss\""))
        #expect(plan.stderr.contains("did you mean \"status\"?"))
        #expect(plan.stderr.contains("retention[1].kinds: only a notes rule can name kinds"))
        #expect(plan.stderr.contains("nothing was planned or removed"))
        #expect(try csw("retention", "apply").status == 1, "apply refuses wrong rules too")
        let validate = try csw("validate")
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("csw.json:\(first + 1):\(column): error[CSW0101]: retention[0].covers"), "csw validate checks the same rules")
    }
}
