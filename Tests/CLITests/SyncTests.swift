import CSWCore  // SplitMix64: a small seeded generator, so random tests make the same choices every run
import Foundation
import Testing

/// Versioning and sync with real git repositories in temporary folders (no mocks): csw
/// does the git work through libgit2; the tests use the git command only to inspect.
@Suite struct SyncTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-sync")
        folder = scratch.url
    }

    @discardableResult
    func csw(_ arguments: [String], in sub: String? = nil) throws -> CLITests.Outcome {
        try CLITests.run(arguments, in: sub.map { folder.appendingPathComponent($0) } ?? folder)
    }

    func text(_ path: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Runs the git command (for inspection only).
    func git(_ arguments: [String], in sub: String) throws -> (status: Int32, output: String) {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = CLITests.testHome.path
        env["PATH"] = CLITests.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        let git = TestServers.which("git") ?? "/usr/bin/git"
        let result = try Spawn.run(git, arguments, environment: env, directory: folder.appendingPathComponent(sub).path)
        return (result.status, result.stdout + result.stderr)
    }

    /// A workspace, a bare remote it has pushed to, and `clones` clones of that remote.
    func team(clones: Int) throws {
        #expect(try csw(["init", "ws"]).status == 0)
        #expect(try git(["init", "-q", "--bare", "-b", "main", "remote.git"], in: "").status == 0)
        #expect(try csw(["remote", "add", "origin", folder.appendingPathComponent("remote.git").path], in: "ws").status == 0)
        #expect(try csw(["sync"], in: "ws").status == 0)
        for i in 0..<clones {
            #expect(try csw(["clone", folder.appendingPathComponent("remote.git").path, "c\(i)"]).status == 0)
        }
    }

    @Test func initMakesARepositoryWithTheFirstCommitAndMergeDriver() throws {
        #expect(try csw(["init", "ws"]).status == 0)
        #expect(try git(["log", "--oneline"], in: "ws").output.contains("csw init: new workspace"))
        #expect(try git(["status", "--porcelain"], in: "ws").output.isEmpty, "everything is committed")
        #expect(try git(["config", "merge.csw.driver"], in: "ws").output == "csw merge-driver %O %A %B %P\n")
        #expect(try text("ws/.gitattributes").contains("*.jsonl merge=csw"))
        #expect(try text("ws/.gitignore").split(separator: "\n").contains(".csw/"), "csw's local state (.csw/: conflicts, caches) stays out of git")
        #expect(try git(["branch", "--show-current"], in: "ws").output == "main\n")
    }

    @Test func statusCommitAndLogSpeakInCustomerTerms() throws {
        #expect(try csw(["init", "ws"]).status == 0)
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2025-12-01", "nps_score=9"], in: "ws").status == 0)
        try write("ws/customers/HOSP_001/profile.json", try text("ws/customers/HOSP_001/profile.json").replacingOccurrences(of: "\"contract_value\": 500000", with: "\"contract_value\": 525000"))
        try CLITests.expectGolden("status", ["status"], status: 0, in: folder.appendingPathComponent("ws"))
        let json = try csw(["status", "--format", "json"], in: "ws")
        #expect(json.stdout.contains("\"summary\": \"metrics +1 snapshot (2025-12-01)\""))
        #expect(json.stdout.contains("\"branch\": \"main\""))
        try CLITests.expectGolden("commit", ["commit"], status: 0, in: folder.appendingPathComponent("ws"))
        #expect(try git(["log", "-1", "--format=%an <%ae>%n%s"], in: "ws").output == "Casey Tester <casey.tester@csm.example>\nHOSP_001: metrics +1 snapshot (2025-12-01); profile: contract_value changed\n")
        #expect(try csw(["commit"], in: "ws").stdout == "nothing to commit\n")
        let log = try csw(["log", "HOSP_001", "-n", "1"], in: "ws")
        #expect(log.stdout.contains("HOSP_001: metrics +1 snapshot (2025-12-01); profile: contract_value changed"))
    }

    @Test func commitRefusesErrorsUnlessNoVerify() throws {
        #expect(try csw(["init", "ws"]).status == 0)
        try write("ws/customers/HOSP_001/profile.json", "{\"customer_id\": \"HOSP_001\",}")
        let refused = try csw(["commit"], in: "ws")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error[CSW0001]"))
        #expect(try git(["status", "--porcelain"], in: "ws").output.contains("profile.json"), "nothing was committed")
        #expect(try csw(["commit", "--no-verify", "-m", "WIP"], in: "ws").status == 0)
    }


    /// A csw killed while replacing a file leaves `.NAME.csw-PID-RANDOM.tmp` beside it. Even
    /// in a workspace whose .gitignore lacks csw's patterns (an older one, or a teammate's
    /// edit), csw commit never commits one, and removes it once its process is gone.
    @Test func leftoverTemporaryFilesAreNeverCommitted() throws {
        #expect(try csw(["init", "ws"]).status == 0)
        try write("ws/.gitignore", "# the team's own\n*.bak\n")
        #expect(try git(["commit", "-qam", "older .gitignore"], in: "ws").status == 0)
        let feedback = "ws/customers/HOSP_001/feedback"
        // no process has this pid (pid_t's largest value): the run that wrote it was killed
        let stale = "\(feedback)/.2026-02-02-crash.md.csw-2147483647-1234567.tmp"
        // this test's own pid: a csw still at work
        let live = "\(feedback)/.2026-02-03-call.md.csw-\(getpid())-7654321.tmp"
        try write(stale, "---\ndate: 2026-02-02\n---\nhalf a note")
        try write(live, "---\ndate: 2026-02-03\n---\nhalf a note")
        try write("ws/customers/HOSP_001/feedback/2026-02-04-call.md", "---\ndate: 2026-02-04\nsource: call\n---\nA real note.\n")
        let commit = try csw(["commit", "--no-verify", "-m", "a real note"], in: "ws")
        #expect(commit.status == 0, "\(commit.stderr)")
        let tracked = try git(["ls-files"], in: "ws").output
        #expect(tracked.contains("2026-02-04-call.md"))
        #expect(!tracked.contains(".csw-"), "no temporary file is committed: \(tracked)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(stale).path), "the stale one is removed")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(live).path), "a live process's file is left alone")
        #expect(!(try csw(["status"], in: "ws").stdout.contains(".csw-")))
    }

    @Test func committingWithoutAnIdentityIsAClearError() throws {
        let bare = folder.appendingPathComponent("bare-home")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        let initOutcome = try CLITests.run(["init", "ws"], environment: ["HOME": bare.path], in: folder)
        #expect(initOutcome.status == 0)
        #expect(initOutcome.stderr.contains("no first commit"))
        let commit = try CLITests.run(["commit"], environment: ["HOME": bare.path], in: folder.appendingPathComponent("ws"))
        #expect(commit.status == 2)
        #expect(commit.stderr.contains("git config --global user.name"))
        #expect(commit.stderr.contains("commit_author"))
    }

    @Test func teammatesEditsMergeByMeaning() throws {
        try team(clones: 1)
        // Different snapshots, different fields of one profile, a new note: no conflict.
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-01-01", "nps_score=7"], in: "c0").status == 0)
        try write("c0/customers/HOSP_001/profile.json", try text("c0/customers/HOSP_001/profile.json").replacingOccurrences(of: "\"tier\": \"enterprise\"", with: "\"tier\": \"strategic\""))
        #expect(try csw(["sync"], in: "c0").status == 0)
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-02-01", "nps_score=8"], in: "ws").status == 0)
        try write("ws/customers/HOSP_001/profile.json", try text("ws/customers/HOSP_001/profile.json").replacingOccurrences(of: "\"contract_value\": 500000", with: "\"contract_value\": 525000"))
        try write("ws/customers/HOSP_001/feedback/2026-02-03-call.md", "---\ndate: 2026-02-03\nchannel: call\ntype: praise\n---\nNurses like the new thresholds.\n")
        let merged = try csw(["sync"], in: "ws")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("merged"))
        #expect(try csw(["sync"], in: "c0").status == 0)
        for clone in ["ws", "c0"] {
            let metrics = try text("\(clone)/customers/HOSP_001/metrics.jsonl")
            #expect(metrics.contains("2026-01-01") && metrics.contains("2026-02-01"))
            let profile = try text("\(clone)/customers/HOSP_001/profile.json")
            #expect(profile.contains("\"tier\": \"strategic\"") && profile.contains("\"contract_value\": 525000"))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(clone)/customers/HOSP_001/feedback/2026-02-03-call.md").path))
            #expect(try csw(["validate"], in: clone).status == 0)
        }
        #expect(try git(["fsck", "--strict"], in: "remote.git").status == 0)
    }

    @Test func aConflictKeepsBothValuesAndBlocksThePushUntilResolved() throws {
        try team(clones: 1)
        try write("c0/customers/HOSP_001/profile.json", try text("c0/customers/HOSP_001/profile.json").replacingOccurrences(of: "\"contract_value\": 500000", with: "\"contract_value\": 600000"))
        #expect(try csw(["sync"], in: "c0").status == 0)
        try write("ws/customers/HOSP_001/profile.json", try text("ws/customers/HOSP_001/profile.json").replacingOccurrences(of: "\"contract_value\": 500000", with: "\"contract_value\": 555000"))
        let conflicted = try csw(["sync"], in: "ws")
        #expect(conflicted.status == 1)
        #expect(conflicted.stderr.contains("customers/HOSP_001/profile.json /contract_value: ours 555000, theirs 600000"))
        #expect(try text("ws/customers/HOSP_001/profile.json").contains("\"contract_value\": 555000"), "the file keeps our side and stays valid")
        let status = try csw(["status", "--format", "json"], in: "ws")
        #expect(status.stdout.contains("\"pointer\": \"/contract_value\"") && status.stdout.contains("\"base\": 500000"))
        let validate = try csw(["validate"], in: "ws")
        #expect(validate.status == 1 && validate.stdout.contains("error[CSW0601]"))
        let blocked = try csw(["sync"], in: "ws")
        #expect(blocked.status == 1 && blocked.stderr.contains("not resolved yet"))
        #expect(try csw(["resolve", "--theirs"], in: "ws").status == 0)
        #expect(try text("ws/customers/HOSP_001/profile.json").contains("\"contract_value\": 600000"))
        #expect(try csw(["sync"], in: "ws").status == 0)
        #expect(try csw(["sync"], in: "c0").status == 0)
        #expect(try text("c0/customers/HOSP_001/profile.json") == text("ws/customers/HOSP_001/profile.json"))
    }

    @Test func plainGitUsesCswAsMergeDriver() throws {
        #expect(try csw(["init", "ws"]).status == 0)
        #expect(try git(["checkout", "-q", "-b", "other"], in: "ws").status == 0)
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-01-01", "nps_score=7"], in: "ws").status == 0)
        #expect(try csw(["commit"], in: "ws").status == 0)
        #expect(try git(["checkout", "-q", "main"], in: "ws").status == 0)
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-02-01", "nps_score=8"], in: "ws").status == 0)
        #expect(try csw(["commit"], in: "ws").status == 0)
        let merge = try git(["merge", "--no-edit", "other"], in: "ws")
        #expect(merge.status == 0, "git merge with csw's driver: \(merge.output)")
        let metrics = try text("ws/customers/HOSP_001/metrics.jsonl")
        #expect(metrics.contains("2026-01-01") && metrics.contains("2026-02-01") && !metrics.contains("<<<<"))
    }

    /// A teammate who cloned with plain git has .gitattributes' merge=csw but no driver:
    /// the first csw command there sets it up, after which plain `git pull` merges
    /// different fields of one profile and different snapshot dates without conflict.
    @Test func aPlainGitCloneGetsTheDriverFromItsFirstCswCommand() throws {
        #expect(try csw(["init", "ws"]).status == 0)
        #expect(try git(["init", "-q", "--bare", "-b", "main", folder.appendingPathComponent("remote.git").path], in: "").status == 0)
        #expect(try csw(["remote", "add", "origin", folder.appendingPathComponent("remote.git").path], in: "ws").status == 0)
        #expect(try csw(["sync"], in: "ws").status == 0)
        #expect(try git(["clone", "-q", folder.appendingPathComponent("remote.git").path, "plain"], in: "").status == 0)
        #expect(try git(["config", "merge.csw.driver"], in: "plain").status != 0, "a plain clone has no driver")
        let status = try csw(["status"], in: "plain")
        #expect(status.status == 0 && status.stderr.contains("set up csw's merge driver"), "\(status.stderr)")
        #expect(try git(["config", "merge.csw.driver"], in: "plain").output.contains("csw merge-driver"))
        #expect(!(try csw(["status"], in: "plain").stderr.contains("merge driver")), "said once")
        // concurrent edits: the csw user changes one field and adds a snapshot, the plain-git user another field and another date
        try write("ws/customers/HOSP_001/profile.json", try text("ws/customers/HOSP_001/profile.json").replacingOccurrences(of: "\"contract_value\": 500000", with: "\"contract_value\": 555000"))
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-01-01", "nps_score=7"], in: "ws").status == 0)
        #expect(try csw(["sync"], in: "ws").status == 0)
        try write("plain/customers/HOSP_001/profile.json", try text("plain/customers/HOSP_001/profile.json").replacingOccurrences(of: "\"tier\": \"enterprise\"", with: "\"tier\": \"strategic\""))
        try write("plain/customers/HOSP_001/metrics.jsonl", try text("plain/customers/HOSP_001/metrics.jsonl") + "{\"date\": \"2026-02-01\", \"nps_score\": 8}\n")
        #expect(try git(["commit", "-qam", "tier and February"], in: "plain").status == 0)
        let pull = try git(["pull", "-q", "--no-rebase", "--no-edit"], in: "plain")
        #expect(pull.status == 0, "plain git pull with csw's driver: \(pull.output)")
        let profile = try text("plain/customers/HOSP_001/profile.json"), metrics = try text("plain/customers/HOSP_001/metrics.jsonl")
        #expect(!profile.contains("<<<<") && !metrics.contains("<<<<"))
        #expect(profile.contains("555000") && profile.contains("strategic"), "\(profile)")
        #expect(metrics.contains("2026-01-01") && metrics.contains("2026-02-01"))
    }

    @Test func aSecondCswWaitsThenFailsClearly() throws {
        #expect(try csw(["init", "ws"]).status == 0)
        let lockPath = folder.appendingPathComponent("ws/.git/csw.lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(flock(fd, LOCK_EX) == 0)
        let blocked = try csw(["commit"], in: "ws")
        #expect(blocked.status == 2)
        #expect(blocked.stderr.contains("another csw command is working on this workspace"))
        flock(fd, LOCK_UN)
        close(fd)
        #expect(try csw(["commit"], in: "ws").status == 0)
    }

    /// Starts `csw sync` in `sub` and returns once it holds the workspace lock (it is then
    /// doing the sync: fetch, merge, commit, push), with the moment it was seen holding it;
    /// nil if it exited first (its status in `exited`).
    func startSync(in sub: String, environment: [String: String]) throws -> (pid: pid_t, locked: Date?, exited: Int32?) {
        let pid = try Spawn.start(CLITests.binary.path, ["sync"], environment: environment, directory: folder.appendingPathComponent(sub).path)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if Self.holdsAnFlock(pid) { return (pid, Date(), nil) }
            if let status = Self.exitStatus(pid) { return (pid, nil, status) }
            usleep(500)
        }
        kill(pid, SIGKILL)
        return (pid, nil, Spawn.wait(pid))
    }

    /// Whether `pid` holds an flock (csw's only one is the workspace lock), from /proc/locks,
    /// which reading does not disturb.
    static func holdsAnFlock(_ pid: pid_t) -> Bool {
        guard let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return false }
        return locks.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.count > 4 && fields[1] == "FLOCK" && fields[4] == "\(pid)"
        }
    }

    /// The exit status as Spawn.wait gives it, if the process has exited (reaping it); nil while it runs.
    static func exitStatus(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// SIGKILL at random moments of `csw sync` (fetch, merge, commit, push) never leaves a
    /// corrupt repository or loses a commit, and the next sync completes. Each kill is sent
    /// while the sync holds the workspace lock, after a random delay shorter than the
    /// shortest unkilled sync measured here, and must land mid-run: the process dies of
    /// SIGKILL (status 128+9). At least 45 of the 50 trials must be such kills; a sync that
    /// finished first does not count.
    @Test func killedSyncNeverCorruptsOrLosesWork() throws {
        try team(clones: 1)
        var rng = SplitMix64(seed: 0xC5_0004)
        var dates: [String] = []
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = CLITests.testHome.path
        env["NO_COLOR"] = "1"
        /// A teammate's snapshot pushed, ours added with a note: the next sync in ws has to
        /// fetch, merge, commit and push.
        func prepare(_ year: Int, _ month: Int, _ label: String) throws -> (theirs: String, ours: String) {
            let theirs = String(format: "%04d-%02d-01", year, month), ours = String(format: "%04d-%02d-15", year, month)
            #expect(try csw(["metrics", "add", "HOSP_001", "--date", theirs, "nps_score=\(Int.random(in: 0...10, using: &rng))"], in: "c0").status == 0)
            #expect(try csw(["sync"], in: "c0").status == 0)
            #expect(try csw(["metrics", "add", "HOSP_001", "--date", ours, "nps_score=\(Int.random(in: 0...10, using: &rng))"], in: "ws").status == 0)
            try write("ws/customers/CH_003/notes/\(ours)-\(label).md", "---\ndate: \(ours)\n---\n\(label).\n")
            dates += [theirs, ours]
            return (theirs, ours)
        }
        // How long an unkilled sync of the same shape holds the lock, on this machine and build.
        var runs: [Double] = []
        for month in 1...3 {
            _ = try prepare(2039, month, "calibration-\(month)")
            let sync = try startSync(in: "ws", environment: env)
            let locked = try #require(sync.locked, "an unkilled sync exited with status \(sync.exited ?? -1) before it was seen holding the workspace lock")
            var status: Int32?
            while status == nil { status = Self.exitStatus(sync.pid); if status == nil { usleep(500) } }
            runs.append(Date().timeIntervalSince(locked))
            #expect(status == 0, "calibration sync \(month)")
        }
        let shortest = try #require(runs.min())
        var killedMidRun = 0
        var finishedFirst: [Int] = []
        for trial in 0..<50 {
            let (theirs, ours) = try prepare(2040 + trial / 12, trial % 12 + 1, "trial-\(trial)")
            let before = try git(["rev-parse", "HEAD"], in: "ws").output.trimmingCharacters(in: .whitespacesAndNewlines)
            let sync = try startSync(in: "ws", environment: env)
            let status: Int32
            if sync.locked != nil {
                usleep(useconds_t(Double.random(in: 0..<(shortest * 0.8), using: &rng) * 1_000_000))
                kill(sync.pid, SIGKILL)
                status = Spawn.wait(sync.pid)
            } else {
                status = sync.exited ?? -1
            }
            if status == 128 + SIGKILL { killedMidRun += 1 } else {
                finishedFirst.append(trial)
                #expect(status == 0, "trial \(trial): a sync that was not killed exited with \(status)")
            }
            let fsck = try git(["fsck", "--strict", "--no-progress"], in: "ws")
            #expect(fsck.status == 0, "trial \(trial): \(fsck.output)")
            usleep(600_000)  // git lock files left by the kill count as stale after 0.5 s
            let recovery = try csw(["sync"], in: "ws")
            #expect(recovery.status == 0, "trial \(trial): \(recovery.stdout)\(recovery.stderr)")
            let metrics = try text("ws/customers/HOSP_001/metrics.jsonl")
            #expect(metrics.contains(ours) && metrics.contains(theirs), "trial \(trial): both snapshots kept")
            #expect(try git(["merge-base", "--is-ancestor", before, "HEAD"], in: "ws").status == 0, "trial \(trial): no commit lost")
        }
        print("killed sync: \(killedMidRun) of 50 kills landed mid-run; unkilled syncs held the lock \(runs.map { String(format: "%.0f ms", $0 * 1000) }.joined(separator: ", "))")
        #expect(killedMidRun >= 45, "only \(killedMidRun) of 50 kills landed while the sync was running (unkilled syncs held the lock \(runs.map { String(format: "%.0f ms", $0 * 1000) }.joined(separator: ", ")); trials whose sync finished first: \(finishedFirst))")
        #expect(try csw(["sync"], in: "c0").status == 0)
        let metrics = try text("c0/customers/HOSP_001/metrics.jsonl")
        for date in dates { #expect(metrics.contains("\"date\": \"\(date)\""), "\(date) reached the teammate") }
        #expect(try git(["rev-parse", "HEAD"], in: "c0").output == git(["rev-parse", "HEAD"], in: "ws").output)
        #expect(try git(["fsck", "--strict", "--no-progress"], in: "remote.git").status == 0)
        #expect(try csw(["validate"], in: "ws").status == 0)
    }

    /// Several clones make random edits and sync in random order over many rounds. At the
    /// end every clone has the same content and every edit that could not conflict is there.
    /// The primary contact of one customer is edited by several clones: a model of the
    /// three-way merge (each clone's base is the remote's value at its last sync) says which
    /// syncs must conflict; each of those reports its conflict exactly once, with both
    /// values, and no other sync reports one. The seeds were chosen so that conflicts do
    /// happen (the test fails if none did); every message names the seed.
    @Test(arguments: [(2, UInt64(0x5EED_0022)), (5, UInt64(0x5EED_0011))])
    func randomConcurrentEditsConverge(clones: Int, seed: UInt64) throws {
        try team(clones: clones)
        var rng = SplitMix64(seed: seed)
        let run = "\(clones) clones, seed 0x\(String(seed, radix: 16))"
        var expectedDates: [String] = []
        var expectedNotes: [String] = []
        let original = "Dr. Paul Andersen"
        #expect(try text("c0/customers/HS_004/profile.json").contains("\"primary_contact\": \"\(original)\""))
        // The model: the contact on the remote, and per clone its own and the one it last synced.
        var remote = original
        var local = Array(repeating: original, count: clones), synced = local
        var conflictsExpected = 0, conflictsSeen = 0
        for round in 0..<6 {
            for c in 0..<clones {
                let clone = "c\(c)"
                switch Int.random(in: 0..<3, using: &rng) {
                case 0:
                    let date = String(format: "%04d-%02d-01", 2030 + c, round + 1)
                    #expect(try csw(["metrics", "add", "HOSP_001", "--date", date, "nps_score=\(Int.random(in: 0...10, using: &rng))"], in: clone).status == 0)
                    expectedDates.append(date)
                case 1:
                    let name = "\(String(format: "%04d-%02d-02", 2030 + c, round + 1))-note-\(c).md"
                    try write("\(clone)/customers/CH_003/notes/\(name)", "---\ndate: \(String(format: "%04d-%02d-02", 2030 + c, round + 1))\nauthor: dana.okafor\n---\nRound \(round), clone \(c).\n")
                    expectedNotes.append(name)
                default:
                    let contact = "Contact r\(round) c\(c)"
                    local[c] = contact
                    let path = "\(clone)/customers/HS_004/profile.json"
                    let profile = try text(path)
                    let replaced = profile.replacing(/"primary_contact": "[^"]*"/, with: "\"primary_contact\": \"\(contact)\"")
                    try write(path, replaced)
                }
            }
            for c in (0..<clones).shuffled(using: &rng) {
                let clone = "c\(c)", at = "\(run), round \(round), sync of c\(c)"
                let mustConflict = local[c] != synced[c] && remote != synced[c]
                let outcome = try csw(["sync"], in: clone)
                let reported = outcome.stderr.split(separator: "\n").filter { $0.contains("/primary_contact: ours ") }
                if mustConflict {
                    conflictsExpected += 1
                    #expect(outcome.status == 1 && outcome.stderr.contains("merged with 1 conflict;"), "\(at): \(outcome.stdout)\(outcome.stderr)")
                    #expect(reported == ["  customers/HS_004/profile.json /primary_contact: ours \"\(local[c])\", theirs \"\(remote)\""],
                            "\(at): the conflict reported once, with both values: \(outcome.stderr)")
                    let stored = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("\(clone)/.csw/conflicts.json"))) as? [[String: Any]] ?? []
                    #expect(stored.count == 1, "\(at): .csw/conflicts.json holds it once: \(stored)")
                    if let conflict = stored.first {
                        #expect(conflict["path"] as? String == "customers/HS_004/profile.json" && conflict["pointer"] as? String == "/primary_contact", "\(at): \(conflict)")
                        #expect(conflict["base"] as? String == synced[c] && conflict["ours"] as? String == local[c] && conflict["theirs"] as? String == remote, "\(at): \(conflict)")
                    }
                    let status = try csw(["status", "--format", "json"], in: clone).stdout
                    #expect(status.components(separatedBy: "\"pointer\"").count == 2, "\(at): csw status lists it once: \(status)")
                    if outcome.status == 1 {
                        conflictsSeen += 1
                        #expect(try csw(["resolve", "--theirs"], in: clone).status == 0, "\(at)")
                        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(clone)/.csw/conflicts.json").path), "\(at): resolved")
                        let after = try csw(["sync"], in: clone)
                        #expect(after.status == 0 && !after.stderr.contains("conflict"), "\(at): settled, it is not reported again: \(after.stderr)")
                    }
                    local[c] = remote
                } else {
                    #expect(outcome.status == 0 && reported.isEmpty && !outcome.stderr.contains("conflict"), "\(at): no conflict expected: \(outcome.stdout)\(outcome.stderr)")
                    if local[c] != synced[c] { remote = local[c] } else { local[c] = remote }
                }
                synced[c] = remote
            }
        }
        #expect(conflictsExpected > 0, "\(run): the edits never conflicted; choose a seed for which they do")
        #expect(conflictsSeen == conflictsExpected, "\(run): \(conflictsSeen) conflicts reported, \(conflictsExpected) expected")
        // Two quiet rounds bring everyone to the same state.
        for _ in 0..<2 { for c in 0..<clones { #expect(try csw(["sync"], in: "c\(c)").status == 0, "\(run)") } }
        let reference = try git(["rev-parse", "HEAD"], in: "c0").output
        for c in 0..<clones {
            #expect(try git(["rev-parse", "HEAD"], in: "c\(c)").output == reference, "\(run): c\(c) is on the same commit")
            #expect(try git(["status", "--porcelain"], in: "c\(c)").output.isEmpty, "\(run)")
            #expect(try text("c\(c)/customers/HS_004/profile.json").contains("\"primary_contact\": \"\(remote)\""), "\(run): c\(c) has the last contact pushed, \(remote)")
        }
        let metrics = try text("c0/customers/HOSP_001/metrics.jsonl")
        for date in expectedDates { #expect(metrics.contains("\"date\": \"\(date)\""), "\(run): snapshot \(date) kept") }
        for note in expectedNotes {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("c0/customers/CH_003/notes/\(note)").path), "\(run): \(note) kept")
        }
        #expect(try csw(["validate"], in: "c0").status == 0, "\(run)")
        #expect(try git(["fsck", "--strict"], in: "remote.git").status == 0, "\(run)")
    }
}

