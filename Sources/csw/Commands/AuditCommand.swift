import ArgumentParser
import CSWCore
import CSWGit
import CSWJSON

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the history against csw.json's access_policy: every commit that broke it, by whom, which rule.",
        discussion: """
        Each commit is checked against the policy in force before it (its parent's \
        csw.json): a CSM changes only the customers assigned to them, managers any \
        customer, only admins csw.json's scoring, hooks, phi and access_policy; viewers \
        nothing; with require_signed_commits, every commit is signed. Merge commits are not \
        judged themselves (the commits they bring are). Exit status 1 when a commit broke \
        the policy. csw sync runs the same check on the commits it is about to push. Run it \
        on the server too (docs/SECURITY.md).

        Examples:
          csw audit
          csw audit --since v2025-q3 --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("Only commits after this revision.", valueName: "rev"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let workspace = try Workspace.open()
        let repository = try WorkspaceRepository.open(workspace)
        let repo = repository.repo
        guard let head = repo.resolve("HEAD") else {
            Terminal.standardOutput.write("no commits yet\n")
            return
        }
        let hidden = try since.map { rev in try CommandInput.readingGit { () throws(GitError) in try repo.revision(rev) } }
        let findings = try CommandInput.readingGit { () throws(GitError) in try PolicyAudit.check(repo, from: head, hiding: hidden) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(findings.map(\.json))))
        case .text:
            for f in findings {
                out.write("\(f.commit.short) \(f.author) \(f.date): \(f.summary)\n")
                for v in f.violations { out.write("  [\(v.rule)] \(v.message)\n") }
            }
            Terminal.standardError.write(findings.isEmpty ? "every commit keeps the access policy\n"
                                                          : "\(findings.count) commit\(findings.count == 1 ? "" : "s") broke the access policy (docs/SECURITY.md)\n")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}

/// The access-policy check over commits (shared by csw audit and csw sync).
enum PolicyAudit {
    struct Finding {
        let commit: GitOID
        let author: String
        let date: String
        let summary: String
        let violations: [AccessPolicy.Violation]

        var json: JSONValue {
            .object(["commit": .string(commit.hex), "author": .string(author), "date": .string(date), "summary": .string(summary),
                     "violations": .array(violations.map { .object(["rule": .string($0.rule), "path": .string($0.path), "message": .string($0.message)]) })])
        }
    }

    /// Commits reachable from `from` and not from `hiding`, oldest first, that broke the
    /// policy of their parent commit.
    static func check(_ repo: GitRepository, from: GitOID, hiding: GitOID?) throws(GitError) -> [Finding] {
        var out: [Finding] = []
        // csw.json changes rarely: parse each version once (by blob id)
        var policies: [GitOID: (JSONValue?, AccessPolicy)] = [:]
        for commit in try repo.log(from: from, hiding: hiding).reversed() {
            guard commit.parents.count == 1, let parent = commit.parents.first else { continue }  // the first commit sets the policy up; merges bring others' commits
            let parentInfo = try repo.commitInfo(parent)
            guard let configBlob = try repo.blobID(at: "csw.json", inTree: parentInfo.tree) else { continue }
            if policies[configBlob] == nil {
                let bytes = try repo.blob(configBlob)
                policies[configBlob] = ((try? JSONDocument.parse(bytes).get().value), AccessPolicy(config: try? JSONDocument.parse(bytes).get().root))
            }
            let (before, policy) = policies[configBlob]!
            guard policy.isDefined else { continue }
            var changes: [AccessPolicy.Change] = []
            var assignments: [String: (String?, String?)] = [:]
            var settingsChanged = Set<String>()
            for change in try repo.changes(from: parentInfo.tree, to: commit.tree) {
                let parts = change.path.split(separator: "/", maxSplits: 2)
                if parts.count >= 2, parts[0] == "customers" {
                    let id = String(parts[1])
                    if assignments[id] == nil {
                        let path = "customers/\(id)/profile.json"
                        assignments[id] = (try json(repo, path, parentInfo.tree)?["csm_assigned"]?.stringValue, try json(repo, path, commit.tree)?["csm_assigned"]?.stringValue)
                    }
                    changes.append(AccessPolicy.Change(path: change.path, assignedBefore: assignments[id]!.0, assignedAfter: assignments[id]!.1))
                } else {
                    if change.path == "csw.json" {
                        let after = try json(repo, "csw.json", commit.tree)
                        var keys = Set<String>()
                        if case .object(let o)? = before { keys.formUnion(o.keys) }
                        if case .object(let o)? = after { keys.formUnion(o.keys) }
                        settingsChanged = keys.filter { before?[$0] != after?[$0] }
                    }
                    changes.append(AccessPolicy.Change(path: change.path))
                }
            }
            let violations = policy.check(author: commit.author.email, changes: changes, settingsChanged: settingsChanged,
                                          signed: policy.requireSignedCommits ? repo.isSigned(commit.id) : true)
            if !violations.isEmpty {
                out.append(Finding(commit: commit.id, author: commit.author.email, date: LogCommand.date(commit.author.time),
                                   summary: commit.summary, violations: violations))
            }
        }
        return out
    }

    static func json(_ repo: GitRepository, _ path: String, _ tree: GitOID) throws(GitError) -> JSONValue? {
        guard let blob = try repo.blobID(at: path, inTree: tree) else { return nil }
        return try? JSONDocument.parse(try repo.blob(blob)).get().value
    }
}
