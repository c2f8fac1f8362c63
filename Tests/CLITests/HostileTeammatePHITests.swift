import CSWCore
import CSWJSON
import Foundation
import Testing

/// Every way patient data got around the guard (issue: "PHI gets out around the guard",
/// "The guard leaks what it guards"), each tried for real: the file is written, committed
/// with csw or plain git, and pushed through `csw sync` to a bare remote — and the remote
/// must not hold the identifier afterwards (`git log --all -p` on it), while the user is
/// told where and why (docs/SECURITY.md, "What leaves a laptop").
@Suite struct HostileTeammatePHITests {
    static let ssn = "412-68-3091"
    static let note = "Pt. called back; SSN \(ssn) read out on the bridge line.\n"

    static func said(_ outcome: CLITests.Outcome) -> String { outcome.stdout + outcome.stderr }

    /// Writes a file in the victim's workspace.
    static func write(_ team: HostileTeam, _ path: String, _ text: String) throws {
        let url = team.victim.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Plain git in the victim's workspace.
    @discardableResult
    static func victimGit(_ team: HostileTeam, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try team.git(["-c", "user.name=Casey Tester", "-c", "user.email=casey.tester@csm.example"] + arguments, in: team.victim)
    }

    /// Everything the remote holds: every commit's message, file names and content.
    static func remoteHistory(_ team: HostileTeam) throws -> String {
        let log = try team.git(["log", "--all", "-p", "--format=%H %an%n%B"], in: team.remote)
        #expect(log.status == 0, "\(log.output)")
        return log.output
    }

    /// The identifier never reached the remote, and csw said where it was and why.
    static func expectRefused(_ team: HostileTeam, _ outcome: CLITests.Outcome, mentioning place: String, _ comment: Comment? = nil) throws {
        #expect(outcome.status == 1, "refused: \(said(outcome))")
        #expect(outcome.stderr.contains(place) && outcome.stderr.contains("error[CSW0701]"), "names the place \(place): \(outcome.stderr)")
        #expect(outcome.stderr.contains("nothing was"), "says what did not happen: \(outcome.stderr)")
        #expect(!said(outcome).contains(ssn) && !said(outcome).contains("3091"), "never prints the identifier")
        #expect(!(try remoteHistory(team)).contains(ssn), "the remote does not hold it")
    }

    // MARK: PHI gets out around the guard

    @Test(arguments: [
        "enhancements/bedside-alerts.md", "playbooks/patient-callback.md", "community/knowledge/callbacks.md",
        "templates/handover.md.mustache", "notes/x.txt", "exports/escalations.csv", "customers/HOSP_001/notes/2025/q4/deep/call.md",
    ])
    func anyFileAnywhereIsScannedBeforeItLeaves(path: String) throws {
        let team = try HostileTeam()
        try Self.write(team, path, path.hasSuffix(".csv") ? "date,what\n2025-11-20,\"\(Self.note.dropLast())\"\n" : Self.note)
        let commit = try team.csw(["commit", "-m", "notes"])
        try Self.expectRefused(team, commit, mentioning: path + ":")
        #expect(try Self.victimGit(team, ["status", "--porcelain"]).output.contains("??"), "the index is left as it was")
        let sync = try team.victimSyncs()
        try Self.expectRefused(team, sync, mentioning: path + ":")
    }

    @Test func aFileNameIsScanned() throws {
        let team = try HostileTeam()
        try Self.write(team, "notes/SSN \(Self.ssn).md", "Called about the export.\n")
        let sync = try team.victimSyncs()
        try Self.expectRefused(team, sync, mentioning: "in the file name")
    }

    @Test func aCommitMessageIsScanned() throws {
        let team = try HostileTeam()
        try Self.write(team, "customers/HOSP_001/notes/2025-11-21-call.md", "---\ndate: 2025-11-21\nkind: call\n---\nCall about the export.\n")
        let commit = try team.csw(["commit", "-m", "call with pt re SSN \(Self.ssn)"])
        try Self.expectRefused(team, commit, mentioning: "commit message:1:")
        #expect(try Self.victimGit(team, ["add", "-A"]).status == 0)
        #expect(try Self.victimGit(team, ["commit", "-q", "-m", "call with pt re SSN \(Self.ssn)"]).status == 0)
        try Self.expectRefused(team, try team.victimSyncs(), mentioning: "commit message:1:")
    }

    @Test func aPlainGitCommitIsScannedBeforeCswSyncPushesIt() throws {
        let team = try HostileTeam()
        try Self.write(team, "customers/HOSP_001/notes/2025-11-21-call.md", "---\ndate: 2025-11-21\nkind: call\n---\n" + Self.note)
        #expect(try Self.victimGit(team, ["add", "-A"]).status == 0)
        #expect(try Self.victimGit(team, ["commit", "-q", "--no-verify", "-m", "call notes"]).status == 0)
        let sync = try team.victimSyncs()
        try Self.expectRefused(team, sync, mentioning: "customers/HOSP_001/notes/2025-11-21-call.md:5:")
        #expect(sync.stderr.contains("git reset --soft origin/main"), "says how to rewrite unpushed commits: \(sync.stderr)")
    }

    @Test func patientDataAddedThenDeletedIsCaughtInHistory() throws {
        let team = try HostileTeam()
        try Self.write(team, "notes/scratch.md", Self.note)
        #expect(try Self.victimGit(team, ["add", "-A"]).status == 0)
        #expect(try Self.victimGit(team, ["commit", "-q", "-m", "scratch"]).status == 0)
        let added = try Self.victimGit(team, ["rev-parse", "--short=7", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Self.victimGit(team, ["rm", "-q", "notes/scratch.md"]).status == 0)
        #expect(try Self.victimGit(team, ["commit", "-q", "-m", "remove scratch"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: team.victim.appendingPathComponent("notes/scratch.md").path))
        let sync = try team.victimSyncs()
        try Self.expectRefused(team, sync, mentioning: "\(added) notes/scratch.md:1:")
        // What it says works: undo the unpushed commits, keep the (clean) files, sync.
        #expect(try Self.victimGit(team, ["reset", "-q", "--soft", "origin/main"]).status == 0)
        let again = try team.victimSyncs()
        #expect(again.status == 0, "\(Self.said(again))")
        #expect(!(try Self.remoteHistory(team)).contains(Self.ssn))
    }

    @Test func aBrokenCswJsonAndNoVerifyDoNotTurnTheGateOff() throws {
        let team = try HostileTeam()
        try Self.write(team, "csw.json", "{ \"name\": \"broken\", ")
        try Self.write(team, "customers/HOSP_001/notes/2025-11-21-call.md", "---\ndate: 2025-11-21\nkind: call\n---\n" + Self.note)
        let commit = try team.csw(["commit", "--no-verify", "-m", "notes"])
        try Self.expectRefused(team, commit, mentioning: "customers/HOSP_001/notes/2025-11-21-call.md:5:")
        #expect(commit.stderr.contains("strictest settings"), "\(commit.stderr)")
        let sync = try team.csw(["sync", "--no-verify"])
        try Self.expectRefused(team, sync, mentioning: "customers/HOSP_001/notes/2025-11-21-call.md:5:")
    }

    @Test func phiSeverityOffDoesNotTurnTheGateOff() throws {
        let team = try HostileTeam()
        try team.edit("csw.json", "\"format_version\": 1,", "\"format_version\": 1,\n  \"phi\": {\"severity\": \"off\"},")
        try team.commitAndPush("Quieter PHI guard")
        #expect(try team.victimSyncs().status == 0)
        try Self.write(team, "customers/HOSP_001/notes/2025-11-21-call.md", "---\ndate: 2025-11-21\nkind: call\n---\n" + Self.note)
        let sync = try team.victimSyncs()
        try Self.expectRefused(team, sync, mentioning: "customers/HOSP_001/notes/2025-11-21-call.md:5:")
    }

    @Test func jsonEscapesDoNotHideAnSSN() throws {
        let team = try HostileTeam()
        let escaped = "SSN \\u0034\\u0031\\u0032-68-3091"
        let line = "{\"id\": \"T-0000000000a1\", \"title\": \"Call back \(escaped)\", \"status\": \"open\", \"created\": \"2025-11-20\"}\n"
        try Self.write(team, "customers/HOSP_001/tasks.jsonl", line)
        let column = Array(line.utf8).firstIndex(of: 92)! + 1
        let scan = try team.csw(["phi", "scan", "customers/HOSP_001/tasks.jsonl"])
        #expect(scan.status == 1 && scan.stdout.contains("customers/HOSP_001/tasks.jsonl:1:\(column): ssn"), "\(Self.said(scan))")
        let sync = try team.csw(["sync", "--no-verify"])
        try Self.expectRefused(team, sync, mentioning: "customers/HOSP_001/tasks.jsonl:1:\(column):")
        #expect(!(try Self.remoteHistory(team)).contains("u0034"))
    }

    @Test func alertsJsonFieldsAreScanned() throws {
        let team = try HostileTeam()
        try Self.write(team, "customers/HOSP_001/alerts.json", """
            {
              "A-0505e62d95f4def4": {"state": "acknowledged", "by": "SSN \(Self.ssn)", "at": "2025-11-15", "note": "patient DOB 03/14/1952 called"}
            }

            """)
        let sync = try team.csw(["sync", "--no-verify"])
        try Self.expectRefused(team, sync, mentioning: "customers/HOSP_001/alerts.json:2:")
        #expect(sync.stderr.contains("dob"), "the note field too: \(sync.stderr)")
        #expect(!(try Self.remoteHistory(team)).contains("03/14/1952"))
    }

    @Test func whatUpstreamAlreadyHoldsDoesNotBlockAMerge() throws {
        let team = try HostileTeam()
        // Someone pushed PHI with plain git: it is on the remote already.
        try team.write("notes/theirs.md", Self.note)
        try team.commitAndPush("their notes")
        // The victim's own, clean work must still sync (merge and push).
        try Self.write(team, "customers/HOSP_001/notes/2025-11-21-call.md", "---\ndate: 2025-11-21\nkind: call\n---\nCall about the export.\n")
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "not blocked by upstream's content: \(Self.said(sync))")
        #expect(sync.stdout.contains("merged") || sync.stdout.contains("pushed"), "\(sync.stdout)")
        // csw audit --phi-history still finds it (and says which commit).
        let history = try team.csw(["audit", "--phi-history", "--format", "json"])
        #expect(history.status == 1, "\(Self.said(history))")
        let found = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(found.contains { $0["path"] as? String == "notes/theirs.md" && $0["type"] as? String == "ssn" && ($0["commit"] as? String)?.count == 40 })
        #expect(!history.stdout.contains(Self.ssn))
    }

    @Test func auditPHIHistoryFindsWhatWasAddedAndDeleted() throws {
        let team = try HostileTeam()
        try team.write("customers/HOSP_001/notes/2025-11-22-call.md", "---\ndate: 2025-11-22\nkind: call\n---\n" + Self.note)
        try team.commitAndPush("call notes")
        try team.git(["rm", "-q", "customers/HOSP_001/notes/2025-11-22-call.md"])
        try team.commitAndPush("remove the call notes")
        #expect(try team.victimSyncs().status == 0)
        let audit = try team.csw(["audit", "--phi-history"])
        #expect(audit.status == 1, "\(Self.said(audit))")
        let added = try team.git(["rev-parse", "--short=7", "HEAD~1"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(audit.stdout.contains("\(added) customers/HOSP_001/notes/2025-11-22-call.md:5:") && audit.stdout.contains("ssn"), "\(audit.stdout)")
        #expect(!Self.said(audit).contains(Self.ssn))
    }

    // MARK: The guard leaks what it guards

    @Test func validationMessagesMaskWhatTheyQuote() throws {
        let team = try HostileTeam()
        try team.edit("customers/HOSP_001/profile.json", "\"tier\": \"enterprise\"", "\"tier\": \"SSN \(Self.ssn)\"")
        try team.edit("customers/HOSP_001/profile.json", "\"csm_assigned\": \"mike.smith\"", "\"csm_assigned\": \"pt DOB 03/14/1952\"")
        try team.commitAndPush("profile")
        _ = try team.victimSyncs()
        for format in ["text", "json"] {
            let validate = try team.csw(["validate", "--format", format])
            #expect(validate.status == 1 && validate.stdout.contains("tier"), "\(Self.said(validate))")
            for secret in [Self.ssn, "3091", "03/14/1952", "1952"] {
                #expect(!Self.said(validate).contains(secret), "validate --format \(format) does not quote \(secret)")
            }
        }
    }

    /// A 9-digit SSN space slice (all 10,000 last-four values) and the unkeyed hashes of
    /// each in the usual spellings: nothing csw prints or commits matches any of them.
    @Test func nothingCswWritesCanBeReversedByEnumeration() throws {
        let team = try HostileTeam()
        try Self.write(team, "customers/HOSP_001/notes/2025-11-21-call.md", "---\ndate: 2025-11-21\nkind: call\n---\n" + Self.note)
        let scan = try team.csw(["phi", "scan", "--format", "json"])
        let hits = try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as? [[String: Any]] ?? []
        let hit = try #require(hits.first { $0["type"] as? String == "ssn" })
        #expect(hit["hash"] == nil && hit["fingerprint"] == nil, "no hash of the identifier at all: \(hit)")
        let place = "customers/HOSP_001/notes/2025-11-21-call.md:\(hit["line"]!):\(hit["column"]!)"
        let allow = try team.csw(["phi", "allow", place, "--reason", "a test record"])
        #expect(allow.status == 0, "\(Self.said(allow))")
        let config = try String(contentsOf: team.victim.appendingPathComponent("csw.json"), encoding: .utf8)
        #expect(config.contains("\"fingerprint\"") && config.contains("\"key_id\"") && !config.contains("\"hash\""), "\(config)")
        let keyFile = team.victim.appendingPathComponent(".csw/phi-key").path
        let mode = try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int
        #expect(mode == 0o600, "the key is readable only by its owner")
        // masks show no digit
        for h in hits { #expect(!(h["masked"] as? String ?? "").contains { $0.isNumber }, "\(h)") }
        let written = config + scan.stdout + Self.said(allow) + Self.said(try team.csw(["phi", "scan"]))
        // Every run of hex digits in it, and each of its substrings of a hash's length.
        var pieces = Set<String>()
        for run in written.lowercased().split(whereSeparator: { !$0.isHexDigit }) where run.count >= 12 {
            let chars = Array(run)
            for length in 12...min(64, chars.count) {
                for start in 0...(chars.count - length) { pieces.insert(String(chars[start..<start + length])) }
            }
        }
        #expect(!written.contains("68-3091") && !written.contains("683091"))
        var tried = 0
        for last in 0..<10_000 {
            let four = String(format: "%04d", last)
            for spelling in ["412-68-\(four)", "412 68 \(four)", "41268\(four)", "SSN 412-68-\(four)", "SSN: 412-68-\(four)"] {
                let bytes = Array(spelling.utf8)
                let sha = SHA256.hex(SHA256.hash(bytes))
                for candidate in [FNV1a.hex16(spelling), String(FNV1a.hash(bytes), radix: 16), sha, String(sha.prefix(16)), String(sha.prefix(32))] {
                    tried += 1
                    if pieces.contains(candidate) { Issue.record("\(spelling) is recoverable from csw's output") }
                }
            }
        }
        #expect(tried == 250_000)
        // The entry counts here, where the key is: the note commits and syncs.
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(Self.said(sync))")
    }
}
