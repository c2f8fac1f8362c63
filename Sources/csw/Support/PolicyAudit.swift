import CSWCore
import CSWGit
import CSWJSON

/// The access-policy check over commits (shared by csw audit and csw sync). Each commit is
/// judged by the policy of its (first) parent: a plain commit for everything it changed, a
/// merge commit for what it changed beyond the automatic merge of its parents (an "evil
/// merge"). Where the policy requires signed commits, signatures are verified for real
/// (SignatureVerifier) against the keys in the parent's tree.
enum PolicyAudit {
    struct Finding {
        let commit: GitOID
        let author: String
        let date: String
        let summary: String
        let violations: [AccessPolicy.Violation]
        /// What the commit changed that only admins may change ("csw.json:hooks",
        /// "allowed_signers"), with the tree before it: csw sync refuses to pull such a
        /// change from a commit that broke the policy.
        var guarded: [String] = []
        var parentTree: GitOID?

        /// The commit line (with its date when `dated`) and one line per violation, as
        /// csw audit, csw sync's pre-push check and its check of pulled commits print them:
        /// names, summaries and messages come from git, so they are masked and escaped.
        func text(dated: Bool) -> String {
            var out = "\(commit.short) \(TerminalText.visible(author))\(dated ? " " + date : ""): \(TerminalText.shown(summary))\n"
            for v in violations { out += "  [\(v.rule)] \(TerminalText.visible(v.message))\n" }
            return out
        }

        var json: JSONValue {
            .object(["commit": .string(commit.hex), "author": .string(author), "date": .string(date), "summary": .string(summary),
                     "violations": .array(violations.map { .object(["rule": .string($0.rule), "path": .string($0.path), "message": .string($0.message)]) })])
        }
    }

    /// Commits reachable from `from` and not from `hiding`, oldest first, that broke the
    /// policy of their parent commit.
    static func check(_ repo: GitRepository, from: GitOID, hiding: GitOID?) throws(GitError) -> [Finding] {
        let verifier = SignatureVerifier(repo: repo)
        defer { verifier.finish() }
        var out: [Finding] = []
        // csw.json changes rarely: parse each version once (by blob id)
        var policies: [GitOID: (JSONValue?, AccessPolicy)] = [:]
        for commit in try repo.log(from: from, hiding: hiding).reversed() {
            guard let parent = commit.parents.first else { continue }  // the first commit sets the policy up
            let parentInfo = try repo.commitInfo(parent)
            guard let configBlob = try repo.blobID(at: "csw.json", inTree: parentInfo.tree) else { continue }
            if policies[configBlob] == nil {
                let document = try? JSONDocument.parse(try repo.blob(configBlob)).get()
                policies[configBlob] = (document?.value, AccessPolicy(config: document?.root))
            }
            guard let (parentConfig, policy) = policies[configBlob], policy.isDefined else { continue }
            // (path, csw.json before the change when the path is csw.json)
            var own: [(path: String, configBefore: JSONValue?)] = []
            if commit.parents.count == 1 {
                own = try repo.changes(from: parentInfo.tree, to: commit.tree).map { ($0.path, parentConfig) }
            } else {
                own = try mergeOwnChanges(repo, commit, firstParentTree: parentInfo.tree)
            }
            var changes: [AccessPolicy.Change] = []
            var assignments: [String: (String?, String?)] = [:]
            var settingsChanged = Set<String>()
            for (path, before) in own {
                let parts = path.split(separator: "/", maxSplits: 2)
                if parts.count >= 2, parts[0] == "customers" {
                    let id = String(parts[1])
                    if assignments[id] == nil {
                        let profile = "customers/\(id)/profile.json"
                        assignments[id] = (try json(repo, profile, parentInfo.tree)?["csm_assigned"]?.stringValue,
                                           try json(repo, profile, commit.tree)?["csm_assigned"]?.stringValue)
                    }
                    changes.append(AccessPolicy.Change(path: path, assignedBefore: assignments[id]?.0, assignedAfter: assignments[id]?.1))
                } else {
                    if path == "csw.json" {
                        let after = try json(repo, "csw.json", commit.tree)
                        var keys = Set<String>()
                        if case .object(let o)? = before { keys.formUnion(o.keys) }
                        if case .object(let o)? = after { keys.formUnion(o.keys) }
                        settingsChanged = keys.filter { before?[$0] != after?[$0] }
                    }
                    changes.append(AccessPolicy.Change(path: path))
                }
            }
            let signature = policy.requireSignedCommits && !changes.isEmpty
                ? verifier.check(commit, policy: policy, keysFrom: parentInfo.tree) : .verified
            let violations = policy.check(author: commit.author.email, changes: changes, settingsChanged: settingsChanged, signature: signature)
            if !violations.isEmpty {
                let guarded = settingsChanged.intersection(AccessPolicy.adminSettings).sorted().map { "csw.json:" + $0 }
                    + changes.map(\.path).filter { policy.guardedPaths.contains($0) }
                out.append(Finding(commit: commit.id, author: commit.author.email, date: LogCommand.date(commit.author.time),
                                   summary: commit.summary, violations: violations, guarded: guarded, parentTree: parentInfo.tree))
            }
        }
        return out
    }

    /// A merge commit's own changes: where its tree differs from the automatic merge of its
    /// first two parents (csw sync's merge, or git's clean line merge, or either side of a
    /// conflict). An octopus merge (more parents; csw never makes one) owns every change
    /// from its first parent.
    static func mergeOwnChanges(_ repo: GitRepository, _ commit: GitCommitInfo, firstParentTree: GitOID) throws(GitError) -> [(path: String, configBefore: JSONValue?)] {
        guard commit.parents.count == 2 else {
            let before = try json(repo, "csw.json", firstParentTree)
            return try repo.changes(from: firstParentTree, to: commit.tree).map { ($0.path, before) }
        }
        let merge = try AutomaticMerge.compute(repo, ours: commit.parents[0], theirs: commit.parents[1], keepingOurs: SyncEngine.isLocal)
        let theirTree = try repo.commitInfo(commit.parents[1]).tree
        return try merge.ownChanges(repo, mergeTree: commit.tree, ourTree: firstParentTree, theirTree: theirTree).map { change in
            (change.path, change.path == "csw.json" ? change.expected.flatMap { bytes in try? JSONDocument.parse(bytes).get().value } : nil)
        }
    }

    static func json(_ repo: GitRepository, _ path: String, _ tree: GitOID) throws(GitError) -> JSONValue? {
        guard let blob = try repo.blobID(at: path, inTree: tree) else { return nil }
        return try? JSONDocument.parse(try repo.blob(blob)).get().value
    }
}
