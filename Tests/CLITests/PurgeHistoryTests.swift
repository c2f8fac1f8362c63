import Foundation
import Testing

/// docs/SECURITY.md, "If patient data was committed": the purge procedure run exactly as
/// written, against a bare remote holding a workspace where a note with an identifier was
/// added and deleted in later commits (so it lives only in history).
@Suite struct PurgeHistoryTests {
    let scratch: Scratch
    var root: URL { scratch.url }

    init() throws {
        scratch = try Scratch("csw-purge")
    }

    /// A test SSN (the one printed on a 1938 wallet insert, never a real person's).
    static let identifier = "078-05-1120"
    static let notePath = "customers/HOSP_001/notes/2025-12-01-intake.md"
    static let keptPath = "customers/HOSP_001/notes/2025-11-20-kickoff.md"

    @discardableResult
    func git(_ arguments: [String], in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = CLITests.testHome.path
        let result = try Spawn.run(try TestServers.path(.git), arguments, environment: env, directory: folder.path)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout + result.stderr
    }

    /// Everything git history shows of every ref: patches and commit messages.
    func history(_ folder: URL) throws -> String {
        try git(["log", "--all", "-p", "--format=%H%n%B"], in: folder)
    }

    /// The remote `origin.git` with the workspace's history, where the identifier was
    /// committed in a note (deleted later) and in a sentence of a note that stays.
    func remoteWithPatientDataInHistory() throws -> URL {
        let origin = root.appendingPathComponent("origin.git")
        try git(["init", "-q", "--bare", "-b", "main", origin.path], in: root)
        _ = try CLITests.run(["init", "--empty", "ws"], in: root)  // its first commit is FreshWorkspaceTests' concern
        let ws = root.appendingPathComponent("ws")
        try FileManager.default.createDirectory(at: ws.appendingPathComponent("customers/HOSP_001/notes"), withIntermediateDirectories: true)
        try "---\ndate: 2025-12-01\nkind: call\n---\nPt. intake call, SSN \(Self.identifier).\n"
            .write(to: ws.appendingPathComponent(Self.notePath), atomically: true, encoding: .utf8)
        try "---\ndate: 2025-11-20\nkind: meeting\n---\nKickoff with the CMIO.\nCaller gave \(Self.identifier) by mistake.\n"
            .write(to: ws.appendingPathComponent(Self.keptPath), atomically: true, encoding: .utf8)
        try git(["add", "-A"], in: ws)
        try git(["commit", "-q", "-m", "Intake call notes"], in: ws)
        try git(["rm", "-q", Self.notePath], in: ws)
        try git(["commit", "-q", "-m", "Remove the intake note"], in: ws)
        try git(["remote", "add", "origin", origin.path], in: ws)
        try git(["push", "-q", "origin", "main"], in: ws)
        try git(["push", "-q", "origin", "main:refs/heads/old-branch"], in: ws)
        return origin
    }

    @Test(.needs(.git, .gitFilterRepo))
    func theDocumentedPurgeRemovesTheIdentifierFromAllHistory() throws {
        let origin = try remoteWithPatientDataInHistory()
        let before = root.appendingPathComponent("before")
        try git(["clone", "-q", origin.path, before.path], in: root)
        #expect(!FileManager.default.fileExists(atPath: before.appendingPathComponent(Self.notePath).path), "the note is deleted at the tip")
        try git(["fetch", "-q", "origin", "+refs/heads/*:refs/remotes/origin/*"], in: before)
        #expect(try history(before).contains(Self.identifier), "before the purge, history holds the identifier")
        let found = try CLITests.run(["audit", "--phi-history"], in: before)
        #expect(found.status == 1, "csw audit --phi-history finds it before the purge: \(found.stdout)\(found.stderr)")

        // 1. A fresh mirror clone.
        try git(["clone", "--mirror", origin.path, "accounts-purge.git"], in: root)
        let mirror = root.appendingPathComponent("accounts-purge.git")
        // 2a. Remove the file from every commit.
        try git(["filter-repo", "--replace-refs", "delete-no-add", "--invert-paths", "--path", Self.notePath], in: mirror)
        // 2b. Replace the identifier where it sits in a file that stays (and in messages).
        try "\(Self.identifier)==>[removed]\n".write(to: root.appendingPathComponent("purge-replacements.txt"), atomically: true, encoding: .utf8)
        try git(["filter-repo", "--replace-refs", "delete-no-add", "--replace-text", "../purge-replacements.txt",
                 "--replace-message", "../purge-replacements.txt"], in: mirror)
        // 3. Check.
        #expect(!(try history(mirror).contains(Self.identifier)))
        #expect(try history(mirror).contains("Caller gave [removed] by mistake."), "the rest of the note stays")
        // 4. Replace the history on the host.
        try git(["push", "--force", "--mirror"], in: mirror)
        // 5. The host drops what is no longer reachable (a self-hosted bare repository).
        try git(["reflog", "expire", "--expire=now", "--all"], in: origin)
        try git(["gc", "--prune=now"], in: origin)
        #expect(!(try git(["cat-file", "--batch-all-objects", "--batch"], in: origin).contains(Self.identifier)),
                "no object of the remote holds the identifier")
        // 6. Teammates re-clone.
        let after = root.appendingPathComponent("after")
        try git(["clone", "-q", origin.path, after.path], in: root)
        try git(["fetch", "-q", "origin", "+refs/heads/*:refs/remotes/origin/*"], in: after)
        #expect(!(try history(after).contains(Self.identifier)), "a fresh clone's history no longer holds the identifier")
        #expect(try git(["branch", "-r"], in: after).contains("origin/old-branch"), "every branch was rewritten and kept")
        let kept = try String(contentsOf: after.appendingPathComponent(Self.keptPath), encoding: .utf8)
        #expect(kept == "---\ndate: 2025-11-20\nkind: meeting\n---\nKickoff with the CMIO.\nCaller gave [removed] by mistake.\n", "the note that stays keeps everything but the identifier")
        // 7. Prove it.
        let proof = try CLITests.run(["audit", "--phi-history"], in: after)
        #expect(proof.status == 0, "csw audit --phi-history finds nothing after the purge: \(proof.stdout)\(proof.stderr)")
    }
}
