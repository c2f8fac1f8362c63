import CSWCore
import CSWGit

/// `csw sync`: fetch, merge (fast-forward or csw's semantic three-way merge), push, and
/// retry when the remote moved in the meantime.
struct SyncEngine {
    let repository: WorkspaceRepository
    let remote: String
    let auth: GitAuthentication
    /// Runs before every push with (local head, what the remote has): stops the sync by
    /// throwing (csw sync checks the access policy of the commits it would push).
    var beforePush: (GitOID, GitOID?) throws -> Void = { _, _ in }

    enum Outcome {
        case upToDate, pushed(Int), fastForwarded, merged(pushed: Bool), conflicts([MergeConflict]), offline(String)
    }

    var repo: GitRepository { repository.repo }

    func run() throws -> Outcome {
        let branchRef = "refs/heads/" + repository.branch
        let trackingRef = "refs/remotes/\(remote)/\(repository.branch)"
        for _ in 0..<5 {
            if let offline = try fetch() { return .offline(offline) }
            guard let local = repo.resolve("HEAD") else { return .upToDate }
            guard let upstream = repo.resolve(trackingRef) else {
                try beforePush(local, nil)
                if try push(branchRef) { return .pushed(try repo.log(from: local).count) }
                continue
            }
            if local == upstream { return .upToDate }
            if repo.isAncestor(local, of: upstream) {
                try repo.checkout(upstream, branchReference: branchRef)
                return .fastForwarded
            }
            var mergedCommit = false
            if !repo.isAncestor(upstream, of: local) {
                let conflicts = try merge(local: local, upstream: upstream)
                mergedCommit = true
                if !conflicts.isEmpty { return .conflicts(conflicts) }
            }
            let ahead = try repo.aheadBehind(repo.resolve("HEAD")!, upstream).ahead
            try beforePush(repo.resolve("HEAD")!, upstream)
            if try push(branchRef) { return mergedCommit ? .merged(pushed: true) : .pushed(ahead) }
            // The remote moved since the fetch: fetch and merge again.
        }
        throw GitError(function: "csw sync", code: .nonFastForward, message: "the remote kept moving; run csw sync again")
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
    func push(_ branchRef: String) throws(GitError) -> Bool {
        let result: Result<Void, GitError> = Result { () throws(GitError) in
            try repo.push(remote: remote, refspec: "\(branchRef):\(branchRef)", auth: auth)
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
        let base = repo.mergeBase(local, upstream)
        func map(_ commit: GitOID?) throws(GitError) -> [String: GitOID] {
            guard let commit else { return [:] }
            var m: [String: GitOID] = [:]
            for f in try repo.files(ofCommit: commit) { m[f.path] = f.id }
            return m
        }
        let (b, o, t) = (try map(base), try map(local), try map(upstream))
        var conflicts: [MergeConflict] = []
        for path in Set(o.keys).union(t.keys).sorted() where o[path] != t[path] {
            if b[path] == t[path] { continue }  // only we changed it
            let theirs = try t[path].map { (id) throws(GitError) in try repo.blob(id) }
            var result: [UInt8]?
            if b[path] == o[path] {
                result = theirs  // only they changed it
            } else {
                let baseBytes = try b[path].map { (id) throws(GitError) in try repo.blob(id) }
                let ours = try o[path].map { (id) throws(GitError) in try repo.blob(id) }
                let outcome = WorkspaceMerge.merge(path: path, base: baseBytes, ours: ours, theirs: theirs) { base, ours, theirs in
                    try? GitTextMerge.merge(base: base, ours: ours, theirs: theirs)
                }
                result = outcome.bytes
                conflicts += outcome.conflicts
            }
            let full = root + "/" + path
            if let result {
                if let slash = full.lastIndex(of: "/") { try AtomicFile.makeDirectories(String(full[..<slash])) }
                try AtomicFile.write(result, to: full)
            } else if FileSystem.exists(full) {
                unlink(full)
            }
        }
        let message = "Merge \(remote)/\(repository.branch)" + (conflicts.isEmpty ? "" : " (\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") kept our side; see csw status)")
        _ = try repository.commitAll(message: message, parents: [upstream])
        if !conflicts.isEmpty {
            try ConflictStore.save(ConflictStore.load(root) + conflicts, root: root)
        }
        return conflicts
    }
}

import Glibc
