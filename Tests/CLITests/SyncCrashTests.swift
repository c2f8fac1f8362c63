import Foundation
import Testing

/// `csw sync` killed at each of its file-system commit points, one after another: strace
/// sends SIGKILL when the sync makes its Nth call of a syscall (`-e inject=SYSCALL:signal=KILL:when=N`),
/// for N = 1, 2, 3, … until a sync is no longer killed (it finished). The sync has a
/// teammate's change to fetch and merge and a local edit to commit and push, to a remote
/// that is a folder on this machine — so libgit2 also writes inside the remote.
///
/// After every kill, the next plain `csw sync` must succeed and push; both repositories
/// must pass `git fsck --strict`; the remote must hold no lock file (a lock left there
/// would refuse every teammate's push); the local edit and the teammate's change must both
/// be on the remote's main, the teammate's brought in by a merge (not committed again as
/// ours); and no commit anywhere may hold one of csw's temporary files.
///
/// The syscalls are where files become what they are: rename (libgit2 moves its lock files
/// into place: index, refs, FETCH_HEAD), renameat (csw's AtomicFile) and link (libgit2
/// moves new objects and packs into place with link, then unlinks the temporary name).
/// A kill at a plain write, or at that unlink, leaves the same temporary or lock files,
/// under the same names, as a kill at the link or rename next to it — so write, pwrite64
/// and unlink (about 110 calls, over a second each under strace) are not driven one by one.
@Suite struct SyncCrashTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-sync-crash")
        folder = scratch.url
    }

    /// A sync that is never killed takes about 10 calls of rename and 30 of link; past this
    /// many, the loop is broken and the test fails.
    static let bound = 60
    /// The teammate's snapshot and ours, and our note: what must reach the remote.
    static let theirs = "2026-01-01", ours = "2026-01-15", note = "customers/CH_003/notes/2026-01-15-local.md"

    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = CLITests.testHome.path
        env["NO_COLOR"] = "1"
        env["CSW_LOCK_TIMEOUT"] = "1"
        env["CSW_TODAY"] = CLITests.today
        return env
    }

    func git(_ arguments: [String], in path: URL) throws -> (status: Int32, output: String) {
        let result = try Spawn.run(try TestServers.path(.git), arguments, environment: environment, directory: path.path)
        return (result.status, result.stdout + result.stderr)
    }

    /// template/ws: a csw workspace with two customers, its remote template/remote.git
    /// holding a teammate's snapshot it has not fetched, and in ws an uncommitted snapshot
    /// and note of our own.
    func makeTemplate() throws -> URL {
        let template = folder.appendingPathComponent("template")
        try FileManager.default.createDirectory(at: template, withIntermediateDirectories: true)
        func csw(_ arguments: [String], in sub: String) throws {
            let outcome = try CLITests.run(arguments, in: template.appendingPathComponent(sub))
            try #require(outcome.status == 0, "csw \(arguments.joined(separator: " ")): \(outcome.stdout)\(outcome.stderr)")
        }
        try csw(["init", "ws"], in: "")
        // Two customers keep each sync (and so each strace'd run) short.
        let customers = template.appendingPathComponent("ws/customers")
        for name in try FileManager.default.contentsOfDirectory(atPath: customers.path) where !["HOSP_001", "CH_003"].contains(name) {
            try FileManager.default.removeItem(at: customers.appendingPathComponent(name))
        }
        try csw(["commit", "-m", "two customers"], in: "ws")
        try #require(try git(["init", "-q", "--bare", "-b", "main", "remote.git"], in: template).status == 0)
        try csw(["remote", "add", "origin", template.appendingPathComponent("remote.git").path], in: "ws")
        try csw(["sync"], in: "ws")
        try csw(["clone", template.appendingPathComponent("remote.git").path, "teammate"], in: "")
        try csw(["metrics", "add", "HOSP_001", "--date", Self.theirs, "nps_score=7"], in: "teammate")
        try csw(["sync"], in: "teammate")
        try FileManager.default.removeItem(at: template.appendingPathComponent("teammate"))
        try csw(["metrics", "add", "HOSP_001", "--date", Self.ours, "nps_score=8"], in: "ws")
        try "---\ndate: \(Self.ours)\n---\nOur note.\n".write(to: template.appendingPathComponent("ws/" + Self.note), atomically: true, encoding: .utf8)
        return template
    }

    /// Files named like a git or libgit2 lock under `path` (csw's own flock files aside).
    static func locks(under path: URL) -> [String] {
        let names = FileManager.default.enumerator(atPath: path.path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".lock") && !$0.hasSuffix("csw.lock") && !$0.hasSuffix("csw-push.lock") }.sorted()
    }

    /// One of csw's temporary names (TemporaryFiles): `.NAME.csw-PID-RANDOM.tmp`, `NAME.csw-new-PID`, `NAME.csw-old-PID`.
    static func isTemporary(_ path: String) -> Bool {
        path.contains(/\.csw-([0-9]+-[0-9]+\.tmp|new-[0-9]+|old-[0-9]+)(\/|$)/)
    }

    /// What one kill left, for the summary.
    struct Trial {
        let n: Int
        let left: [String]
    }

    @Test(.needs(.git, .strace), arguments: ["rename", "renameat", "link"])
    func killedAtEveryStepTheNextSyncRecovers(syscall: String) throws {
        let template = try makeTemplate()
        let strace = try TestServers.path(.strace)
        let started = Date()
        var trials: [Trial] = []
        var completedAt: Int?
        for n in 1...Self.bound {
            let trial = folder.appendingPathComponent("\(syscall)-\(n)")
            try #require(try Spawn.run("/bin/cp", ["-a", template.path, trial.path], environment: environment, directory: nil).status == 0)
            defer { try? FileManager.default.removeItem(at: trial) }
            let ws = trial.appendingPathComponent("ws"), remote = trial.appendingPathComponent("remote.git")
            try #require(try git(["config", "remote.origin.url", remote.path], in: ws).status == 0)
            let killed = try Spawn.run(strace, ["-f", "-qq", "-o", "/dev/null", "-e", "trace=\(syscall)", "-e", "inject=\(syscall):signal=KILL:when=\(n)",
                                                CLITests.binary.path, "sync"],
                                       environment: environment, directory: ws.path, timeout: 120)
            let what = "sync killed at \(syscall) #\(n)"
            if killed.status != 128 + SIGKILL {
                #expect(killed.status == 0, "\(what): the sync was neither killed nor successful: \(killed.stdout)\(killed.stderr)")
                completedAt = n
                break
            }
            let left = Self.locks(under: trial)
            trials.append(Trial(n: n, left: left))
            let next = try CLITests.run(["sync"], in: ws, timeout: 60)
            #expect(next.status == 0, "\(what), then csw sync: \(next.stdout)\(next.stderr)")
            #expect(!next.stdout.contains("pending"), "\(what): the next sync must push: \(next.stdout)\(next.stderr)")
            for (name, repository) in [("the clone", ws), ("the remote", remote)] {
                let fsck = try git(["fsck", "--strict", "--no-progress", "--no-dangling"], in: repository)
                #expect(fsck.status == 0 && fsck.output.isEmpty, "\(what): git fsck in \(name): \(fsck.output)")
            }
            #expect(Self.locks(under: remote).isEmpty, "\(what): locks left in the remote: \(Self.locks(under: remote))")
            let pushLock = (try? String(contentsOf: remote.appendingPathComponent("csw-push.lock"), encoding: .utf8)) ?? ""
            #expect(pushLock.isEmpty, "\(what): csw-push.lock still names a push: \(pushLock)")
            let metrics = try git(["show", "main:customers/HOSP_001/metrics.jsonl"], in: remote).output
            #expect(metrics.contains(Self.theirs) && metrics.contains(Self.ours), "\(what): both snapshots on the remote's main")
            #expect(try git(["cat-file", "-e", "main:" + Self.note], in: remote).status == 0, "\(what): our note on the remote's main")
            // A merge cut short is finished as a merge: the teammate's snapshot is added by
            // their commit alone, never again by one of ours.
            let adding = try git(["log", "--format=%h %s", "-S", "\"date\": \"\(Self.theirs)\"", "main", "--", "customers/HOSP_001/metrics.jsonl"], in: remote).output
            #expect(adding.split(separator: "\n").count == 1, "\(what): commits that add the teammate's snapshot: \(adding)")
            for (name, repository) in [("the clone", ws), ("the remote", remote)] {
                let paths = try git(["log", "--all", "--name-only", "--format="], in: repository).output.split(separator: "\n").map(String.init)
                #expect(!paths.contains(where: Self.isTemporary), "\(what): a temporary file committed in \(name): \(paths.filter(Self.isTemporary))")
            }
            let status = try git(["status", "--porcelain", "--ignored", "--untracked-files=all"], in: ws).output
            #expect(!status.split(separator: "\n").contains { Self.isTemporary(String($0)) }, "\(what): temporary files left in the clone: \(status)")
        }
        let seconds = Date().timeIntervalSince(started)
        let summary = trials.map { "#\($0.n)" + ($0.left.isEmpty ? "" : " " + $0.left.joined(separator: ",")) }.joined(separator: "; ")
        print("sync crash, \(syscall): \(trials.count) kills, then completes at #\(completedAt.map(String.init) ?? "–") (\(String(format: "%.1f", seconds)) s). Left by each kill: \(summary)")
        #expect(completedAt != nil, "the sync was still killed at \(syscall) #\(Self.bound): raise the bound if it really makes that many calls")
        #expect(trials.count >= 2, "strace killed the sync \(trials.count) times at \(syscall): the sync no longer makes these calls, so this test shows nothing")
    }

    /// What csw may not remove: a lock a running program has open (a `git commit` waiting
    /// for its editor holds index.lock), and a young lock in a shared remote that no csw
    /// made (a plain `git push` may be writing it). Each is left in place and named; once
    /// closed and old enough, the next sync removes it and says so.
    @Test(.needs(.git)) func locksInUseOrTooYoungAreLeftAloneAndNamed() throws {
        func csw(_ arguments: [String], in sub: String = "ws") throws -> CLITests.Outcome {
            try CLITests.run(arguments, in: folder.appendingPathComponent(sub))
        }
        try #require(try csw(["init", "ws"], in: "").status == 0)
        try #require(try git(["init", "-q", "--bare", "-b", "main", "remote.git"], in: folder).status == 0)
        let remote = folder.appendingPathComponent("remote.git")
        try #require(try csw(["remote", "add", "origin", remote.path]).status == 0)
        try #require(try csw(["sync"]).status == 0)
        func backdate(_ url: URL) throws {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: url.path)
        }

        // index.lock open in this process: left alone, whatever its age.
        let index = folder.appendingPathComponent("ws/.git/index.lock")
        let fd = open(index.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)  // not inherited by the csw that other tests start meanwhile
        try #require(fd >= 0)
        try backdate(index)
        try #require(try csw(["metrics", "add", "HOSP_001", "--date", "2026-01-01", "nps_score=7"]).status == 0)
        let held = try csw(["sync"])
        close(fd)
        #expect(held.status != 0, "the index is locked: \(held.stdout)\(held.stderr)")
        #expect(held.stderr.contains(".git/index.lock is open in") && held.stderr.contains("(pid \(getpid()))"), "\(held.stderr)")
        #expect(FileManager.default.fileExists(atPath: index.path), "a lock in use is never removed")
        let freed = try csw(["sync"])
        #expect(freed.status == 0, "closed and older than half a second: \(freed.stdout)\(freed.stderr)")
        #expect(freed.stderr.contains("removed the stale lock .git/index.lock: no process has it open"), "\(freed.stderr)")

        // A fresh lock in the remote that no csw made: a plain git push may be at work.
        let ref = remote.appendingPathComponent("refs/heads/main.lock")
        try Data("0000000000000000000000000000000000000000\n".utf8).write(to: ref)
        try #require(try csw(["metrics", "add", "HOSP_001", "--date", "2026-02-01", "nps_score=8"]).status == 0)
        let young = try csw(["sync"])
        #expect(young.status != 0, "the remote's main is locked: \(young.stdout)\(young.stderr)")
        #expect(young.stderr.contains("refs/heads/main.lock) was made") && young.stderr.contains("if no git command is running"), "\(young.stderr)")
        #expect(FileManager.default.fileExists(atPath: ref.path))
        try backdate(ref)
        let old = try csw(["sync"])
        #expect(old.status == 0, "untouched for a minute: \(old.stdout)\(old.stderr)")
        #expect(old.stderr.contains("refs/heads/main.lock): no process has it open and it has not changed for"), "\(old.stderr)")
        #expect(Self.locks(under: remote).isEmpty)
        #expect(try git(["show", "main:customers/HOSP_001/metrics.jsonl"], in: remote).output.contains("2026-02-01"))
    }

    /// Pushes to a folder remote take turns on its push lock: three clones syncing at once
    /// still see no failed sync (TransportTests' round trip, on a local path), and the lock
    /// file names no push afterwards.
    @Test(.needs(.git)) func concurrentSyncsToAFolderTakeTurns() throws {
        let transport = try TransportTests()
        try transport.bareRemote("team.git")
        let remote = transport.folder.appendingPathComponent("team.git")
        try transport.concurrentSyncs(remote.path, rounds: 8)
        #expect(Self.locks(under: remote).isEmpty)
        #expect(((try? String(contentsOf: remote.appendingPathComponent("csw-push.lock"), encoding: .utf8)) ?? "").isEmpty)
    }
}
