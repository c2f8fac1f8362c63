import Foundation
import Testing

/// A victim's csw workspace and an attacker's plain-git clone of the same bare remote. The
/// attacker commits with plain git (anything a teammate's laptop could push); the victim
/// pulls it with a real `csw sync`. Every csw run has a harness time-out, so a hang fails
/// the test (status 124) instead of stopping the run. Used by the HostileTeammate* suites
/// (docs/SECURITY.md, "A hostile teammate").
final class HostileTeam: Sendable {
    let scratch: Scratch
    /// The victim's workspace (a csw clone).
    let victim: URL
    /// The attacker's plain git clone.
    let attacker: URL
    let remote: URL
    /// A folder outside both repositories: nothing may be written here.
    let outside: URL
    /// A file that exists only if something ran a command from the workspace.
    let pwned: URL

    init(_ name: String = "csw-hostile") throws {
        scratch = try Scratch(name)
        let root = scratch.url
        victim = root.appendingPathComponent("victim")
        attacker = root.appendingPathComponent("attacker")
        remote = root.appendingPathComponent("remote.git")
        outside = root.appendingPathComponent("outside")
        pwned = root.appendingPathComponent("PWNED")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let setup = try CLITests.run(["init", "seed"], in: root)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(try git(["init", "-q", "--bare", "-b", "main", remote.path], in: root).status == 0)
        #expect(try CLITests.run(["remote", "add", "origin", remote.path], in: root.appendingPathComponent("seed")).status == 0)
        let pushed = try CLITests.run(["sync"], in: root.appendingPathComponent("seed"))
        #expect(pushed.status == 0, "\(pushed.stdout)\(pushed.stderr)")
        #expect(try CLITests.run(["clone", remote.path, victim.path], in: root).status == 0)
        let cloned = try git(["clone", "-q", remote.path, attacker.path], in: root)
        #expect(cloned.status == 0, "\(cloned.output)")
    }

    /// The git command, as the test author (for the attacker's commits and for inspection).
    @discardableResult
    func git(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String) {
        let git = try TestServers.path(.git)
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = CLITests.testHome.path
        let result = try Spawn.run(git, arguments, environment: env, directory: (folder ?? attacker).path, timeout: 60)
        return (result.status, result.stdout + result.stderr)
    }

    /// csw in the victim's workspace, killed after `timeout` seconds.
    func csw(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 60) throws -> CLITests.Outcome {
        try CLITests.run(arguments, environment: environment, in: victim, timeout: timeout)
    }

    func write(_ path: String, _ text: String) throws {
        let url = attacker.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func edit(_ path: String, _ from: String, _ to: String) throws {
        let url = attacker.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(from), "\(path) holds \(from)")
        try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Replaces `path` in the attacker's clone with a symbolic link to `target`.
    func symlink(_ path: String, to target: String) throws {
        let url = attacker.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// The attacker commits everything (`git add -A -f`, so ignored paths such as .csw/ go
    /// in too) and pushes.
    func commitAndPush(_ message: String, force: Bool = true) throws {
        #expect(try git(["add", "-A"] + (force ? ["-f"] : []) + ["."]).status == 0)
        let commit = try git(["-c", "user.name=Mallory", "-c", "user.email=mallory@contractor.example", "commit", "-q", "--no-verify", "-m", message])
        #expect(commit.status == 0, "\(commit.output)")
        let push = try git(["push", "-q", "origin", "HEAD:main"])
        #expect(push.status == 0, "\(push.output)")
    }

    /// The victim's `csw sync`.
    func victimSyncs(timeout: Double = 60) throws -> CLITests.Outcome {
        let outcome = try csw(["sync"], timeout: timeout)
        #expect(outcome.status != 124, "csw sync hung: \(outcome.stderr)")
        return outcome
    }

    /// Files anywhere under `outside`, and whether the marker of executed code exists.
    func escaped() -> (files: [String], executed: Bool) {
        let files = (FileManager.default.enumerator(atPath: outside.path)?.allObjects as? [String]) ?? []
        return (files, FileManager.default.fileExists(atPath: pwned.path))
    }
}
