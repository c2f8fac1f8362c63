import CSWCore
import CSWGit
import CSWJSON

/// `csw sync`: fetch, merge (fast-forward or csw's semantic three-way merge), push, and
/// retry when the remote moved in the meantime.
struct SyncEngine {
    let repository: WorkspaceRepository
    let remote: String
    let auth: GitAuthentication
    /// Runs before every push with (local head, what the remote has), after the PHI gate
    /// (PHIGate.refusePush, which nothing turns off): stops the sync by throwing (csw sync
    /// checks the access policy of the commits it would push).
    var beforePush: (GitOID, GitOID?) throws -> Void = { _, _ in }
    /// Runs after each fetch that brought commits this clone does not have, with (local
    /// head, what the remote has), before anything is merged or checked out: stops the
    /// sync by throwing (csw sync checks the incoming commits against the access policy).
    var afterFetch: (GitOID, GitOID) throws -> Void = { _, _ in }

    enum Outcome {
        case upToDate, pushed(Int), fastForwarded, merged(pushed: Bool), conflicts([MergeConflict]), offline(String)
    }

    var repo: GitRepository { repository.repo }

    func run() throws -> Outcome {
        let branchRef = "refs/heads/" + repository.branch
        let trackingRef = "refs/remotes/\(remote)/\(repository.branch)"
        // A push to a local remote that was killed left its locks there: clean them up now,
        // even if this sync has nothing to push (RemotePushLock).
        try RemotePushLock.recover(url: try repo.remotes().first { $0.name == remote }?.url ?? "", remote: remote)
        for attempt in 0..<Self.attempts {
            if attempt > 0 { Self.backOff(attempt) }
            if let offline = try fetch() { return .offline(offline) }
            guard let local = repo.resolve("HEAD") else { return .upToDate }
            guard let upstream = repo.resolve(trackingRef) else {
                try PHIGate.refusePush(repository, from: local, hiding: nil, remote: remote)
                try beforePush(local, nil)
                if try push(branchRef) { return .pushed(try repo.log(from: local).count) }
                continue
            }
            if local == upstream { return .upToDate }
            if !repo.isAncestor(upstream, of: local) { try afterFetch(local, upstream) }
            if repo.isAncestor(local, of: upstream) {
                // A pull never writes into .csw/ (each clone's own secrets, approvals and
                // state): what a commit put there is left in git, and this clone's files stay.
                let changed = try repo.changes(from: try repo.commitInfo(local).tree, to: try repo.commitInfo(upstream).tree).map(\.path)
                let kept = localFiles(changed)
                // everything here is committed: write only what the pull changes
                try repo.checkout(upstream, branchReference: branchRef, only: changed)
                repository.noteIndexIsHead()
                restore(kept)
                return .fastForwarded
            }
            var mergedCommit = false
            if !repo.isAncestor(upstream, of: local) {
                let conflicts = try merge(local: local, upstream: upstream)
                mergedCommit = true
                if !conflicts.isEmpty { return .conflicts(conflicts) }
            }
            guard let head = repo.resolve("HEAD") else { return .upToDate }
            let ahead = try repo.aheadBehind(head, upstream).ahead
            // Nothing leaves without the PHI gate: every commit about to be pushed, plain
            // `git commit`s included, with what each one added even if a later one deleted it.
            try PHIGate.refusePush(repository, from: head, hiding: upstream, remote: remote)
            try beforePush(head, upstream)
            if try push(branchRef) { return mergedCommit ? .merged(pushed: true) : .pushed(ahead) }
            // The remote moved since the fetch: fetch and merge again.
        }
        throw GitError(function: "csw sync", code: .nonFastForward, message: "the remote kept moving; run csw sync again")
    }

    /// Pushes that lose a race (the remote moved, or its ref was locked by another push)
    /// fetch, merge and try again, up to this many times in all.
    static let attempts = 8

    /// Waits before attempt `n` (1, 2, …): a random 50–150 ms times 2^(n-1), at most about
    /// 2.5 s, so clones that raced do not race again in step.
    static func backOff(_ n: Int) {
        let base = UInt32(50_000 << min(n - 1, 4))
        usleep(base + UInt32.random(in: 0...(2 * base)))
    }

    /// Fetches; returns the reason when the remote cannot be reached (offline).
    func fetch() throws(GitError) -> String? {
        let result: Result<Void, GitError> = Result { () throws(GitError) in try repo.fetch(remote: remote, auth: auth) }
        switch result {
        case .success: return nil
        case .failure(let error):
            if error.code == .network { return error.message }
            throw error
        }
    }

    /// Pushes; false when the remote moved (not a fast-forward) so the caller retries.
    /// A remote on this machine is pushed to under its push lock (RemotePushLock), so a
    /// killed push never leaves a lock there for good.
    func push(_ branchRef: String) throws -> Bool {
        let url = try repo.remotes().first { $0.name == remote }?.url ?? ""
        let result: Result<Void, GitError> = try RemotePushLock.holding(url: url, remote: remote) {
            Result { () throws(GitError) in try repo.push(remote: remote, refspec: "\(branchRef):\(branchRef)", auth: auth) }
        }
        switch result {
        case .success: return true
        case .failure(let error):
            if error.code == .nonFastForward { return false }
            throw error
        }
    }

    /// Three-way merge of the working folder (= HEAD) with `upstream`, committed with both
    /// parents. Conflicting values keep our side in the files and are returned.
    func merge(local: GitOID, upstream: GitOID) throws -> [MergeConflict] {
        let root = repository.root
        // .csw/ is each clone's own: never taken from a pull (AutomaticMerge, shared with csw audit)
        let automatic = try AutomaticMerge.compute(repo, ours: local, theirs: upstream, keepingOurs: Self.isLocal)
        let conflicts = automatic.conflicts
        // Until the merge is committed, .git/CSW_MERGE_HEAD names what it merges: a sync
        // killed in between finishes this merge next time (interruptedMerge) instead of
        // committing the merged files as this clone's own change.
        if let marker = Self.mergeHeadPath(root) { try AtomicFile.write(Array((upstream.hex + "\n").utf8), to: marker, under: root) }
        for (path, result) in automatic.results.sorted(by: { $0.key < $1.key }) {
            let full = root + "/" + path
            if let result {
                try AtomicFile.makeDirectories(AtomicFile.split(full).folder, under: root)
                try AtomicFile.write(result, to: full, under: root)
            } else if FileSystem.exists(full) {
                try AtomicFile.remove(full, under: root)
            }
        }
        let message = "Merge \(remote)/\(repository.branch)" + (conflicts.isEmpty ? "" : " (\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") kept our side; see csw status)")
        // Conflicts are recorded before the commit: a sync killed in between still holds
        // the push back until they are settled (csw resolve).
        if !conflicts.isEmpty {
            try ConflictStore.save(ConflictStore.load(root) + conflicts, root: root)
        }
        _ = try repository.commitAll(message: message, parents: [upstream])
        Self.mergeFinished(root)
        return conflicts
    }
}

import Glibc

extension SyncEngine {
    /// `.git/CSW_MERGE_HEAD`: the upstream commit of a merge whose files are written but
    /// not yet committed (nil without a .git folder).
    static func mergeHeadPath(_ root: String) -> String? {
        FileSystem.isDirectory(root + "/.git") ? root + "/.git/CSW_MERGE_HEAD" : nil
    }

    /// What a sync that was killed mid-merge was merging, when it is still to be merged
    /// (csw sync then commits the working folder with it as second parent). A marker that
    /// is stale — merged already, unreadable, or naming no commit — is removed.
    static func interruptedMerge(_ repository: WorkspaceRepository) -> GitOID? {
        guard let marker = mergeHeadPath(repository.root), FileSystem.exists(marker) else { return nil }
        let text = (try? FileSystem.read(marker, limit: 100)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if let hex = text.split(whereSeparator: { $0 == "\n" || $0 == " " }).first, let upstream = GitOID(hex: String(hex)),
           (try? repository.repo.commitInfo(upstream)) != nil,
           let head = repository.repo.resolve("HEAD"), head != upstream, !repository.repo.isAncestor(upstream, of: head) {
            return upstream
        }
        mergeFinished(repository.root)
        return nil
    }

    /// Removes the merge marker once the merge is committed.
    static func mergeFinished(_ root: String) {
        if let marker = mergeHeadPath(root) { _ = try? AtomicFile.remove(marker, under: root) }
    }

    /// Whether a path is csw's local state (.csw/ and anything named .csw).
    static func isLocal(_ path: String) -> Bool { path == LocalFiles.folder || path.hasPrefix(LocalFiles.folder + "/") }

    /// The .csw/ paths that differ between two commits, with what this clone has there now
    /// (nil: nothing).
    func localFiles(_ changedPaths: [String]) -> [(path: String, bytes: [UInt8]?)] {
        changedPaths.filter(Self.isLocal).map { path in
            let full = repository.root + "/" + path
            return (path, FileSystem.kind(of: full) == .file ? try? FileSystem.read(full) : nil)
        }
    }

    /// Puts this clone's .csw/ files back as they were before a checkout; files the checkout
    /// brought where there were none are removed (they stay in git's history).
    func restore(_ kept: [(path: String, bytes: [UInt8]?)]) {
        let root = repository.root
        for (path, bytes) in kept {
            do {
                if let bytes {
                    try AtomicFile.makeDirectories(AtomicFile.split(root + "/" + path).folder, under: root)
                    try AtomicFile.write(bytes, to: root + "/" + path, under: root)
                } else {
                    try AtomicFile.remove(root + "/" + path, under: root)
                }
            } catch {
                Terminal.standardError.write("warning: \(path): could not keep this clone's copy: \(error)\n")
            }
        }
    }

    /// One incoming change to a guarded setting or to .csw/, with the commit that made it.
    struct Incoming {
        let commit: GitCommitInfo
        /// A change to csw.json's guarded settings, or nil for a .csw/ path the commit added
        /// or changed in git.
        let setting: GuardedSettings.Change?
        let localPath: String?
    }

    /// What the commits after `before` up to `after` changed in csw.json's guarded settings
    /// (phi, limits, access_policy, hooks, scoring) and in .csw/, oldest first. A merge
    /// commit counts only for what differs from every one of its parents.
    func incoming(since before: GitOID?, upTo after: GitOID) throws -> [Incoming] {
        var out: [Incoming] = []
        for commit in try repo.log(from: after, hiding: before).reversed() {
            let parentTrees = try commit.parents.map { (p) throws(GitError) in try repo.commitInfo(p).tree }
            var paths: Set<String>?
            var settings: [GuardedSettings.Change]?
            for parentTree in parentTrees.isEmpty ? [nil] : parentTrees.map(Optional.some) {
                let changed = Set(try repo.changes(from: parentTree, to: commit.tree).map(\.path).filter { $0 == "csw.json" || Self.isLocal($0) })
                paths = paths.map { $0.intersection(changed) } ?? changed
                var found: [GuardedSettings.Change] = []
                if changed.contains("csw.json") {
                    found = GuardedSettings.changes(from: try config(parentTree), to: try config(commit.tree))
                }
                settings = settings.map { earlier in earlier.filter { e in found.contains { $0.setting == e.setting && $0.hook == e.hook } } } ?? found
            }
            for change in settings ?? [] { out.append(Incoming(commit: commit, setting: change, localPath: nil)) }
            for path in (paths ?? []).sorted() where Self.isLocal(path) { out.append(Incoming(commit: commit, setting: nil, localPath: path)) }
        }
        return out
    }

    /// csw.json of a tree as a value (nil: none, or not JSON).
    private func config(_ tree: GitOID?) throws -> JSONValue? {
        guard let tree, let id = try repo.blobID(at: "csw.json", inTree: tree) else { return nil }
        guard case .success(let document) = JSONDocument.parse(try repo.blob(id)) else { return nil }
        return document.value
    }
}
