import Foundation
import Testing

/// csw commit and csw sync validate what changed, not the whole workspace (issue 21, "cost
/// follows the change"): a customer nobody touched does not block a commit, a changed one
/// does, and a change to the rules themselves (csw.json) validates everyone again.
@Suite struct CommitScopeTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-commit-scope")
        folder = scratch.url
        #expect(try csw(["init", "ws"], in: nil).status == 0)
    }

    func csw(_ arguments: [String], in sub: String? = "ws") throws -> CLITests.Outcome {
        try CLITests.run(arguments, in: sub.map { folder.appendingPathComponent($0) } ?? folder)
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent("ws/" + path), atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String { try String(contentsOf: folder.appendingPathComponent("ws/" + path), encoding: .utf8) }

    @Test func onlyChangedCustomersAreValidatedUnlessTheRulesChange() throws {
        // a broken customer that came in unvalidated (a teammate's --no-verify)
        try write("customers/AMC_009/profile.json", "{ \"customer_id\": \"AMC_009\", ")
        #expect(try csw(["commit", "--no-verify", "-m", "broken AMC_009"]).status == 0)
        #expect(try csw(["validate"]).status == 1, "the full validation still sees it")

        // another customer's change commits: AMC_009 was not touched
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-01-01", "nps_score=8"]).status == 0)
        let commit = try csw(["commit", "-m", "HOSP_001 January"])
        #expect(commit.status == 0, "\(commit.stderr)")
        #expect(!commit.stderr.contains("AMC_009"), "\(commit.stderr)")

        // a changed customer that is broken is refused, and named
        let profile = try read("customers/HOSP_001/profile.json")
        try write("customers/HOSP_001/profile.json", profile.replacingOccurrences(of: "\"customer_id\"", with: "\"customer_id\": 1, \"x\""))
        let refused = try csw(["commit", "-m", "broken HOSP_001"])
        #expect(refused.status == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("customers/HOSP_001/profile.json") && refused.stderr.contains("nothing committed"), "\(refused.stderr)")
        try write("customers/HOSP_001/profile.json", profile)

        // csw.json changed: every customer is checked again, AMC_009 included
        try write("csw.json", try read("csw.json") + "\n")
        let rules = try csw(["commit", "-m", "csw.json reformatted"])
        #expect(rules.status == 1, "\(rules.stdout)\(rules.stderr)")
        #expect(rules.stderr.contains("customers/AMC_009/profile.json"), "\(rules.stderr)")
    }

    /// csw commit stages what git status found, not a walk of the whole folder: a new file,
    /// a deleted one and an edit are committed, and an edit staged with git and then undone
    /// in the file is not.
    @Test func stagesExactlyWhatStatusFound() throws {
        let git = try TestServers.path(.git), ws = folder.appendingPathComponent("ws").path
        let profile = try read("customers/HOSP_001/profile.json")
        try write("customers/HOSP_001/profile.json", profile.replacingOccurrences(of: "\"customer_id\"", with: "\"notes_x\": 1, \"customer_id\""))
        #expect(try TestServers.run(git, ["-C", ws, "add", "customers/HOSP_001/profile.json"]).status == 0)
        try write("customers/HOSP_001/profile.json", profile)  // undone in the file, still staged
        #expect(try csw(["metrics", "add", "HS_004", "--date", "2026-01-01", "nps_score=9"]).status == 0)
        try write("playbooks/new-play.md", "# A new playbook\n")
        try FileManager.default.removeItem(atPath: ws + "/customers/CH_008/metrics.jsonl")
        let commit = try csw(["commit", "--no-verify", "-m", "three changes"])
        #expect(commit.status == 0, "\(commit.stderr)")
        let shown = try TestServers.run(git, ["-C", ws, "show", "--name-status", "--format=", "HEAD"]).output
        #expect(shown.contains("M\tcustomers/HS_004/metrics.jsonl") && shown.contains("A\tplaybooks/new-play.md")
                && shown.contains("D\tcustomers/CH_008/metrics.jsonl"), "\(shown)")
        #expect(!shown.contains("HOSP_001"), "the undone edit is not committed: \(shown)")
        let left = try TestServers.run(git, ["-C", ws, "status", "--porcelain"]).output
        #expect(left.isEmpty, "nothing left staged or changed: \(left)")
    }
}
