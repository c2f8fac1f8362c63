import Foundation
import Glibc
import Testing

/// The patient-data guard, the access policy and hostile input, end to end on real
/// workspaces and git repositories in temporary folders.
@Suite struct SecurityTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-security")
        folder = scratch.url.appendingPathComponent("ws")
        #expect(try CLITests.run(["init", folder.path], in: scratch.url).status == 0)
    }

    /// Runs csw as the git identity `email` (its own HOME and .gitconfig).
    func csw(_ arguments: [String], as email: String? = nil, in dir: URL? = nil) throws -> CLITests.Outcome {
        var environment: [String: String] = [:]
        if let email {
            let home = scratch.url.appendingPathComponent("home-" + email)
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try "[user]\n\tname = \(email)\n\temail = \(email)\n[init]\n\tdefaultBranch = main\n"
                .write(to: home.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
            environment["HOME"] = home.path
        }
        return try CLITests.run(arguments, environment: environment, in: dir ?? folder)
    }

    func write(_ path: String, _ text: String, in dir: URL? = nil) throws {
        let url = (dir ?? folder).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func edit(_ path: String, _ from: String, _ to: String, in dir: URL? = nil) throws {
        let url = (dir ?? folder).appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(from), "\(path) holds \(from)")
        try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
    }

    // MARK: PHI

    @Test func patientDataIsFoundMaskedAndNeverCommitted() throws {
        try write("customers/HOSP_001/notes/2025-11-20-escalation.md", """
            ---
            date: 2025-11-20
            kind: escalation
            ---
            Angela sent a screenshot: patient John Smith, DOB 03/14/1952, SSN 123-45-6789.
            The test patient in the vendor sandbox is SSN 512-44-1290.

            """)
        let scan = try csw(["phi", "scan", "--format", "json"])
        #expect(scan.status == 1)
        let hits = try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as! [[String: Any]]
        #expect(Set(hits.map { $0["type"] as! String }).isSuperset(of: ["name", "dob", "ssn"]), "\(hits)")
        for hit in hits {
            #expect(Set(hit.keys) == ["path", "line", "column", "type", "masked"], "JSON has these fields and no hash: \(hit)")
            #expect(!(hit["masked"] as! String).contains { $0.isNumber }, "a mask shows no digit: \(hit)")
        }
        for secret in ["John Smith", "03/14/1952", "123-45-6789", "512-44-1290", "1952", "6789"] {
            #expect(!scan.stdout.contains(secret) && !scan.stderr.contains(secret), "\(secret) is never printed")
        }
        let validate = try csw(["validate"])
        #expect(validate.status == 1 && validate.stdout.contains("error[CSW0701]"))
        let refused = try csw(["commit", "-m", "escalation notes"])
        #expect(refused.status == 1)
        let forced = try csw(["commit", "-m", "escalation notes", "--no-verify"])
        #expect(forced.status == 1 && forced.stderr.contains("--no-verify does not skip this check"), "\(forced.stderr)")
        // The sandbox's synthetic record is not patient data: a reviewed allow-list entry covers it.
        let sandbox = try #require(hits.first { $0["type"] as? String == "ssn" && $0["line"] as? Int == 6 })
        let place = "customers/HOSP_001/notes/2025-11-20-escalation.md:\(sandbox["line"]!):\(sandbox["column"]!)"
        let allow = try csw(["phi", "allow", place, "--reason", "the vendor sandbox's synthetic record"])
        #expect(allow.status == 0 && allow.stderr.contains(".csw/phi-key"), "\(allow.stdout)\(allow.stderr)")
        let config = try String(contentsOf: folder.appendingPathComponent("csw.json"), encoding: .utf8)
        #expect(config.contains("\"fingerprint\"") && config.contains("\"key_id\"") && !config.contains("512-44-1290"),
                "the allow-list keeps a keyed fingerprint, never the span")
        try edit("customers/HOSP_001/notes/2025-11-20-escalation.md", "Angela sent a screenshot: patient John Smith, DOB 03/14/1952, SSN 123-45-6789.",
                 "Angela sent a screenshot of the missed alert (identifiers removed).")
        #expect(try csw(["phi", "scan"]).status == 0)
        #expect(try csw(["validate"]).status == 0)
        #expect(try csw(["commit", "-m", "escalation notes"]).status == 0)
        // Without the key the entry does not count, and csw says why.
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".csw/phi-key"))
        let keyless = try csw(["phi", "scan"])
        #expect(keyless.status == 1 && keyless.stderr.contains("copy the team's .csw/phi-key"), "\(keyless.stderr)")
    }

    @Test func oldUnkeyedHashEntriesAreNoLongerHonoured() throws {
        try write("customers/HOSP_001/notes/2025-11-20-escalation.md", "---\ndate: 2025-11-20\nkind: escalation\n---\nPt. SSN 512-44-1290 on the bridge.\n")
        try edit("csw.json", "\"alert_rules\":", """
            "phi": {"allow": [{"path": "customers/HOSP_001/notes/2025-11-20-escalation.md", "hash": "0123456789abcdef", "type": "ssn", "reason": "old review"}]},
              "alert_rules":
            """)
        let validate = try csw(["validate"])
        #expect(validate.status == 1 && validate.stdout.contains("error[CSW0701]"), "\(validate.stdout)")
        #expect(validate.stderr.contains("unkeyed \"hash\"") && validate.stderr.contains("no longer honours"), "says why: \(validate.stderr)")
        #expect(validate.stderr.contains("csw phi allow PATH:LINE:COLUMN"), "and how to review again: \(validate.stderr)")
        let commit = try csw(["commit", "-m", "escalation"])
        #expect(commit.status == 1 && commit.stderr.contains("no longer honours"), "\(commit.stderr)")
    }

    @Test func phiScanTakesAFolderAndEveryFileInIt() throws {
        try write("exports/a/b/handover.txt", "Pt. SSN 412-68-3091 called.\n")
        try write("exports/list.csv", "name,dob\nJohn Smith,DOB 03/14/1952\n")
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: folder.appendingPathComponent("exports/scan.pdf"))
        let scan = try csw(["phi", "scan", "exports"])
        #expect(scan.status == 1)
        #expect(scan.stdout.contains("exports/a/b/handover.txt:1:") && scan.stdout.contains("exports/list.csv:2:"), "\(scan.stdout)")
        #expect(scan.stderr.contains("exports/scan.pdf: a binary file"), "\(scan.stderr)")
        let whole = try csw(["phi", "scan"])
        #expect(whole.stdout.contains("exports/a/b/handover.txt:1:"), "the whole workspace, any folder: \(whole.stdout)")
    }

    // MARK: Access policy

    static let admin = "casey.tester@csm.example", manager = "lead@csm.example", viewer = "auditor@csm.example"
    static let mike = "mike.smith@northwind-ai.example"  // CSM of HOSP_001 in the example roster

    func setUpPolicy(requireSigned: Bool = false) throws {
        try edit("csw.json", "\"alert_rules\":", """
            "access_policy": {"roles": {"admin": ["\(Self.admin)"], "manager": ["\(Self.manager)"], "viewer": ["\(Self.viewer)"]},
                              "require_signed_commits": \(requireSigned)},
              "alert_rules":
            """)
        #expect(try csw(["commit", "-m", "Access policy"], as: Self.admin).status == 0)
    }

    func audit() throws -> [[String: Any]] {
        let out = try csw(["audit", "--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [[String: Any]]
    }

    @Test func eachPolicyRuleCatchesTheWrongAuthorAndNotTheRightOne() throws {
        try setUpPolicy()
        func change(_ path: String, _ from: String, _ to: String, as email: String, _ message: String) throws {
            try edit(path, from, to)
            #expect(try csw(["commit", "-m", message], as: email).status == 0, "\(message)")
        }
        try change("customers/HOSP_001/profile.json", "\"primary_contact\": \"Dr. Sarah Johnson\"", "\"primary_contact\": \"Dr. S. Johnson\"", as: Self.mike, "own customer")
        try change("customers/CH_003/profile.json", "\"contract_value\": 145000", "\"contract_value\": 150000", as: Self.mike, "someone else's customer")
        try change("customers/CH_003/profile.json", "\"contract_value\": 150000", "\"contract_value\": 145000", as: Self.manager, "manager on any customer")
        try change("csw.json", "\"alert_rules\":", "\"scoring\": {\"weights\": {\"nps_score\": 20}},\n  \"alert_rules\":", as: Self.mike, "CSM changes the model")
        try change("csw.json", "\"nps_score\": 20", "\"nps_score\": 15", as: Self.admin, "admin changes the model")
        try change("csw.json", "\"nps_score\": 15", "\"nps_score\": 16", as: Self.manager, "manager changes the model")
        try change("customers/HOSP_001/profile.json", "\"Dr. S. Johnson\"", "\"Dr. Sarah Johnson\"", as: Self.viewer, "viewer edits")
        try change("customers/HOSP_001/profile.json", "\"Dr. Sarah Johnson\"", "\"Dr. S. Johnson\"", as: "stranger@example.org", "unknown identity")
        try change("enhancements/unit-level-dashboards.md", "status: in_development", "status: accepted", as: Self.mike, "CSM on shared files")
        try change("playbooks/roi-recovery.md", "title: ROI recovery", "title: ROI recovery plan", as: Self.mike, "CSM on a playbook")
        let findings = try audit()
        let bySummary = Dictionary(uniqueKeysWithValues: findings.map { ($0["summary"] as! String, ($0["violations"] as! [[String: Any]]).map { $0["rule"] as! String }) })
        #expect(bySummary == ["someone else's customer": ["csm-own-customers"], "CSM changes the model": ["admin-settings"],
                              "manager changes the model": ["admin-settings"], "viewer edits": ["viewer-read-only"],
                              "unknown identity": ["unknown-identity"], "CSM on a playbook": ["manager-files"]], "\(findings)")
        let text = try csw(["audit"])
        #expect(text.status == 1 && text.stdout.contains("[csm-own-customers] mike.smith@northwind-ai.example (mike.smith) changed CH_003, which is assigned to dana.okafor"))
        #expect(try csw(["audit", "--since", "HEAD~1"]).status == 1, "the last commit alone (the playbook edit)")
        #expect(try csw(["audit", "--since", "HEAD"]).status == 0)
    }

    @Test func unsignedCommitsAreReportedWhenThePolicyAsksForSignatures() throws {
        try setUpPolicy(requireSigned: true)
        try edit("customers/HOSP_001/profile.json", "\"Dr. Sarah Johnson\"", "\"Dr. S. Johnson\"")
        #expect(try csw(["commit", "-m", "unsigned"], as: Self.admin).status == 0)
        #expect(try audit().flatMap { ($0["violations"] as! [[String: Any]]).map { $0["rule"] as! String } } == ["signed-commits"])
    }

    @Test(.needs(.git)) func syncRefusesToPushCommitsThatBreakThePolicy() throws {
        let git = try TestServers.path(.git)
        let remote = scratch.url.appendingPathComponent("remote.git")
        #expect(try TestServers.run(git, ["init", "-q", "--bare", "-b", "main", remote.path]).status == 0)
        try setUpPolicy()
        #expect(try csw(["remote", "add", "origin", remote.path]).status == 0)
        #expect(try csw(["sync"], as: Self.admin).status == 0)
        let before = try TestServers.run(git, ["--git-dir", remote.path, "rev-parse", "main"]).output
        try edit("customers/CH_003/profile.json", "\"contract_value\": 145000", "\"contract_value\": 150000")
        let refused = try csw(["sync"], as: Self.mike)
        #expect(refused.status == 1 && refused.stderr.contains("nothing was pushed") && refused.stderr.contains("[csm-own-customers]"), "\(refused.stderr)")
        #expect(try TestServers.run(git, ["--git-dir", remote.path, "rev-parse", "main"]).output == before, "the remote did not move")
    }

    // MARK: Hostile input

    @Test func hostileIdsAreRefusedBeforeAnyPathIsBuilt() throws {
        for id in ["../x", "HOSP_001/../../etc", "a/b", "HΟSP_001", "hosp_001", String(repeating: "A", count: 65)] {  // Greek capital omicron
            let out = try csw(["report", id])
            #expect(out.status == 2 && out.stderr.contains("error:"), "\(id): \(out.stderr)")
            #expect(try csw(["metrics", "add", id, "--date", "2025-12-01", "usage_percentage=80"]).status == 2)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("customers/HΟSP_001"), withIntermediateDirectories: true)
        let validate = try csw(["validate"])
        #expect(validate.stdout.contains("error[CSW0201]"), "a look-alike folder name is reported, not used")
    }

    @Test func aLinkOutsideIsNeverWrittenThrough() throws {
        let outside = scratch.url.appendingPathComponent("outside.jsonl")
        try "{\"date\": \"2025-01-01\", \"usage_percentage\": 1}\n".write(to: outside, atomically: true, encoding: .utf8)
        let metrics = folder.appendingPathComponent("customers/CLN_005/metrics.jsonl")
        try FileManager.default.removeItem(at: metrics)
        try FileManager.default.createSymbolicLink(at: metrics, withDestinationURL: outside)
        #expect(try csw(["validate"]).stdout.contains("error[CSW0502]"))
        _ = try csw(["metrics", "add", "CLN_005", "--date", "2025-12-01", "usage_percentage=80"])
        _ = try csw(["fmt"])
        #expect(try String(contentsOf: outside, encoding: .utf8) == "{\"date\": \"2025-01-01\", \"usage_percentage\": 1}\n", "the file outside is untouched")
    }

    @Test func hugeDeepAndBrokenFilesGiveDiagnosticsNotCrashes() throws {
        // a 1 GB file (sparse: no disk used), never read into memory
        let huge = folder.appendingPathComponent("customers/HOSP_001/notes/2025-01-01-export.md")
        _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
        let fd = open(huge.path, O_WRONLY)
        #expect(ftruncate(fd, 1 << 30) == 0)
        close(fd)
        try write("customers/CH_003/score-override.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        try write("customers/AMC_002/notes/2025-01-01-deep.md", "---\ndate: 2025-01-01\ntags: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n---\nx\n")
        try Data([0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D]).write(to: folder.appendingPathComponent("customers/PAY_006/score-override.json"))
        try Data("---\ndate: 2025-01-01\n---\nbad \u{FF}".utf8.map { $0 == 0xC3 ? 0xFF : $0 }).write(to: folder.appendingPathComponent("customers/HS_004/notes/2025-01-01-bytes.md"))
        let out = try csw(["validate", "--format", "json"])
        #expect(out.status == 1)
        let codes = (try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [[String: Any]]).map { ($0["path"] as! String, $0["code"] as! String) }
        #expect(codes.contains { $0 == ("customers/HOSP_001/notes/2025-01-01-export.md", "CSW0505") }, "the 1 GB file is reported, not read")
        #expect(codes.contains { $0 == ("customers/CH_003/score-override.json", "CSW0001") }, "100,000 levels: refused by the parser")
        #expect(codes.contains { $0 == ("customers/AMC_002/notes/2025-01-01-deep.md", "CSW0004") }, "and by the front matter reader")
        #expect(codes.contains { $0 == ("customers/PAY_006/score-override.json", "CSW0001") }, "invalid UTF-8 in JSON")
        #expect(codes.contains { $0 == ("customers/HS_004/notes/2025-01-01-bytes.md", "CSW0005") }, "invalid UTF-8 in a note")
        // scoring goes on without the broken files
        #expect(try csw(["score", "--as-of", "2025-11-15"]).status == 0)
        // the limit is configurable
        try edit("csw.json", "\"alert_rules\":", "\"limits\": {\"max_file_bytes\": 4096},\n  \"alert_rules\":")
        #expect(try csw(["validate", "--format", "json"]).stdout.contains("\"code\":\"CSW0505\""))
    }

    @Test(.needs(.git)) func aPullThatBringsHostileFilesIsReportedAndWritesNothingOutside() throws {
        let git = try TestServers.path(.git)
        let remote = scratch.url.appendingPathComponent("remote.git")
        #expect(try TestServers.run(git, ["init", "-q", "--bare", "-b", "main", remote.path]).status == 0)
        #expect(try csw(["remote", "add", "origin", remote.path]).status == 0)
        #expect(try csw(["sync"]).status == 0)
        let other = scratch.url.appendingPathComponent("other")
        #expect(try csw(["clone", remote.path, other.path], in: scratch.url).status == 0)
        let outside = scratch.url.appendingPathComponent("target.txt")
        try "keep me\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: other.appendingPathComponent("customers/CLN_005/notes/link.md"), withDestinationURL: outside)
        try write("customers/CH_003/score-override.json", String(repeating: "{\"a\":", count: 50_000), in: other)
        try Data([0x22, 0xC0, 0xAF, 0x22]).write(to: other.appendingPathComponent("customers/HS_010/score-override.json"))
        try FileManager.default.createDirectory(at: other.appendingPathComponent("customers/..hidden"), withIntermediateDirectories: true)
        try write("customers/..hidden/profile.json", "{}", in: other)
        #expect(try csw(["commit", "-m", "hostile", "--no-verify"], in: other).status == 0)
        #expect(try csw(["sync"], in: other).status == 0)
        let pulled = try csw(["sync"])
        #expect(pulled.status == 0, "\(pulled.stderr)")
        let validate = try csw(["validate"])
        #expect(validate.status == 1)
        for code in ["CSW0502", "CSW0001", "CSW0201"] { #expect(validate.stdout.contains("[\(code)]"), "\(code) in \(validate.stdout)") }
        for command in [["score"], ["alerts"], ["report", "CLN_005"], ["dashboard", "--out", scratch.url.appendingPathComponent("board").path], ["phi", "scan"]] {
            let out = try csw(command + (command[0] == "phi" ? [] : ["--as-of", "2025-11-15"]))
            #expect(out.status <= 2 && !out.stderr.contains("Fatal error"), "\(command): \(out.stderr)")
        }
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep me\n")
    }
}
