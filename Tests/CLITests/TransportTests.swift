import CSWCore  // Day, for the snapshot dates
import Foundation
import Synchronization
import Testing

/// csw sync over git:// (git daemon) and ssh:// (sshd) servers started on 127.0.0.1.
/// Skipped, and reported as skipped with the reason, only where the server programs are
/// missing; `make test` installs them and fails these tests if one is still missing. A
/// server that is installed but does not start fails the test, with its log.
@Suite(.serialized) struct TransportTests {
    let scratch: Scratch
    let folder: URL
    let home: URL

    init() throws {
        scratch = try Scratch("csw-transport")
        folder = scratch.url
        home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.testHome.appendingPathComponent(".gitconfig"), to: home.appendingPathComponent(".gitconfig"))
    }

    func csw(_ arguments: [String], in sub: String) throws -> CLITests.Outcome {
        try CLITests.run(arguments, environment: ["HOME": home.path, "SSH_AUTH_SOCK": ""], in: folder.appendingPathComponent(sub))
    }

    func bareRemote(_ name: String) throws {
        let git = try TestServers.path(.git)
        let result = try TestServers.run(git, ["init", "-q", "--bare", "-b", "main", folder.appendingPathComponent(name).path])
        #expect(result.status == 0, "\(result.output)")
    }

    /// Two workspaces sync through `url`: both see each other's snapshot afterwards.
    func roundTrip(_ url: String) throws {
        #expect(try CLITests.run(["init", "a"], environment: ["HOME": home.path], in: folder).status == 0)
        #expect(try csw(["remote", "add", "origin", url], in: "a").status == 0)
        let first = try csw(["sync"], in: "a")
        #expect(first.status == 0, "first push over \(url): \(first.stdout)\(first.stderr)")
        let clone = try CLITests.run(["clone", url, "b"], environment: ["HOME": home.path, "SSH_AUTH_SOCK": ""], in: folder)
        #expect(clone.status == 0, "\(clone.stderr)")
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-01-01", "nps_score=7"], in: "b").status == 0)
        #expect(try csw(["sync"], in: "b").status == 0)
        #expect(try csw(["metrics", "add", "HOSP_001", "--date", "2026-02-01", "nps_score=8"], in: "a").status == 0)
        let merged = try csw(["sync"], in: "a")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try csw(["sync"], in: "b").status == 0)
        for side in ["a", "b"] {
            let metrics = try String(contentsOf: folder.appendingPathComponent("\(side)/customers/HOSP_001/metrics.jsonl"), encoding: .utf8)
            #expect(metrics.contains("2026-01-01") && metrics.contains("2026-02-01"), "\(side) has both snapshots")
        }
    }

    /// Three clones sync at once, round after round, each adding a snapshot to its own
    /// customer: a push that loses the race on the server ("cannot lock ref … expected")
    /// fetches, merges and retries like a non-fast-forward, so no sync fails and every
    /// clone ends with every snapshot.
    func concurrentSyncs(_ url: String, rounds: Int) throws {
        #expect(try CLITests.run(["init", "c0"], environment: ["HOME": home.path], in: folder).status == 0)
        #expect(try csw(["remote", "add", "origin", url], in: "c0").status == 0)
        #expect(try csw(["sync"], in: "c0").status == 0)
        for n in 1...2 {
            let clone = try CLITests.run(["clone", url, "c\(n)"], environment: ["HOME": home.path, "SSH_AUTH_SOCK": ""], in: folder)
            #expect(clone.status == 0, "\(clone.stderr)")
        }
        let customers = ["HOSP_001", "HS_004", "AMC_009"]
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 3) { n in
            for round in 0..<rounds {
                let date = Day(number: 19_000 + round).description  // 2022-01-08 onwards, one per round
                do {
                    let added = try csw(["metrics", "add", customers[n], "--date", date, "nps_score=\(round % 10)"], in: "c\(n)")
                    let synced = try csw(["sync"], in: "c\(n)")
                    if added.status != 0 || synced.status != 0 {
                        failures.withLock { $0.append("c\(n) round \(round): \(added.stderr)\(synced.stdout)\(synced.stderr)") }
                    }
                } catch {
                    failures.withLock { $0.append("c\(n) round \(round): \(error)") }
                }
            }
        }
        let failed = failures.withLock { $0 }
        #expect(failed.isEmpty, "\(failed.count) of \(3 * rounds) syncs failed: \(failed.prefix(3))")
        for n in 0..<3 { #expect(try csw(["sync"], in: "c\(n)").status == 0) }
        for n in 0..<3 {
            for customer in customers {
                let metrics = try String(contentsOf: folder.appendingPathComponent("c\(n)/customers/\(customer)/metrics.jsonl"), encoding: .utf8)
                let last = Day(number: 19_000 + rounds - 1).description
                #expect(metrics.contains(Day(number: 19_000).description) && metrics.contains(last), "c\(n) has every snapshot of \(customer)")
            }
        }
    }

    @Test(.needs(.git, .gitDaemon)) func concurrentSyncsOverGitDaemonAllSucceed() throws {
        try bareRemote("served/team.git")
        let daemon = try TestServers.gitDaemon(base: folder.appendingPathComponent("served"))
        try concurrentSyncs("git://127.0.0.1:\(daemon.port)/team.git", rounds: 30)
    }

    @Test(.needs(.git, .sshd, .sshKeygen)) func concurrentSyncsOverSSHAllSucceed() throws {
        try bareRemote("team.git")
        let sshd = try TestServers.sshd(folder: folder, home: home)
        let user = ProcessInfo.processInfo.environment["USER"] ?? "root"
        try concurrentSyncs("ssh://\(user)@127.0.0.1:\(sshd.port)\(folder.appendingPathComponent("team.git").path)", rounds: 30)
    }

    @Test(.needs(.git, .gitDaemon)) func syncOverGitDaemon() throws {
        try bareRemote("served/team.git")
        let daemon = try TestServers.gitDaemon(base: folder.appendingPathComponent("served"))
        try roundTrip("git://127.0.0.1:\(daemon.port)/team.git")
    }

    @Test(.needs(.git, .gitDaemon)) func serverSideRejectionIsReportedWithTheServersReason() throws {
        try bareRemote("served/team.git")
        let hook = folder.appendingPathComponent("served/team.git/hooks/pre-receive")
        try "#!/bin/sh\necho 'policy: pushes to main need a ticket number' >&2\nexit 1\n".write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        let daemon = try TestServers.gitDaemon(base: folder.appendingPathComponent("served"))
        #expect(try CLITests.run(["init", "a"], environment: ["HOME": home.path], in: folder).status == 0)
        #expect(try csw(["remote", "add", "origin", "git://127.0.0.1:\(daemon.port)/team.git"], in: "a").status == 0)
        let refused = try csw(["sync"], in: "a")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refused the push"), "\(refused.stderr)")
        #expect(refused.stderr.contains("pre-receive hook declined"), "\(refused.stderr)")
        #expect(refused.stderr.contains("policy: pushes to main need a ticket number"), "\(refused.stderr)")
    }

    @Test(.needs(.git, .sshd, .sshKeygen)) func syncOverSSH() throws {
        try bareRemote("team.git")
        let sshd = try TestServers.sshd(folder: folder, home: home)
        let user = ProcessInfo.processInfo.environment["USER"] ?? "root"
        try roundTrip("ssh://\(user)@127.0.0.1:\(sshd.port)\(folder.appendingPathComponent("team.git").path)")
    }
}
