import CSWCore
import CSWGit

/// The merge csw sync makes of two commits, without touching any file: for each path where
/// they differ, the side that changed it since their merge base, else csw's semantic merge
/// (WorkspaceMerge, with libgit2's line merge for text). csw sync writes it; csw audit
/// compares a merge commit against it to find the merge's own changes (an "evil merge").
struct AutomaticMerge {
    /// Paths where the merge takes something other than `ours`: the bytes (nil: removed).
    let results: [String: [UInt8]?]
    /// Conflicting values, kept on our side.
    let conflicts: [MergeConflict]
    /// Paths where a merge may keep either side's version without making a change of its
    /// own: a conflict, or a path csw never merges (.csw/).
    let eitherSide: Set<String>
    /// What plain `git merge` would take where its line merge is clean and differs from
    /// csw's: a teammate merging with git makes no change of their own by taking it.
    let lineMerged: [String: [UInt8]]

    /// `keepingOurs`: paths never taken from `theirs` (csw's local state).
    static func compute(_ repo: GitRepository, ours: GitOID, theirs: GitOID, keepingOurs: (String) -> Bool) throws(GitError) -> AutomaticMerge {
        let base = repo.mergeBase(ours, theirs)
        let baseTree = try base.map { (id) throws(GitError) in try repo.commitInfo(id).tree }
        let (ourTree, theirTree) = (try repo.commitInfo(ours).tree, try repo.commitInfo(theirs).tree)
        var results: [String: [UInt8]?] = [:], conflicts: [MergeConflict] = [], eitherSide = Set<String>(), lineMerged: [String: [UInt8]] = [:]
        func bytes(_ id: GitOID?) throws(GitError) -> [UInt8]? { try id.map { (id) throws(GitError) in try repo.blob(id) } }
        for change in try repo.changes(from: ourTree, to: theirTree) {
            let path = change.path
            let b = try baseTree.flatMap { (tree) throws(GitError) in try repo.blobID(at: path, inTree: tree) }
            if b == change.new { continue }  // only we changed it
            if keepingOurs(path) {
                eitherSide.insert(path)
                continue
            }
            if b == change.old {  // only they changed it
                results[path] = .some(try bytes(change.new))
                continue
            }
            let (baseBytes, ourBytes, theirBytes) = (try bytes(b), try bytes(change.old), try bytes(change.new))
            let outcome = WorkspaceMerge.merge(path: path, base: baseBytes, ours: ourBytes, theirs: theirBytes) { base, ours, theirs in
                try? GitTextMerge.merge(base: base, ours: ours, theirs: theirs)
            }
            if outcome.bytes != ourBytes { results[path] = .some(outcome.bytes) }
            if !outcome.conflicts.isEmpty { eitherSide.insert(path) }
            conflicts += outcome.conflicts
            if let ourBytes, let theirBytes, let text = try? GitTextMerge.merge(base: baseBytes ?? [], ours: ourBytes, theirs: theirBytes),
               text.clean, text.merged != outcome.bytes {
                lineMerged[path] = text.merged
            }
        }
        return AutomaticMerge(results: results, conflicts: conflicts, eitherSide: eitherSide, lineMerged: lineMerged)
    }

    /// The paths where `merge` (a tree with `ours` and `theirs` as parents) differs from
    /// this automatic merge: the merge's own changes, to be judged as its author's.
    func ownChanges(_ repo: GitRepository, mergeTree merge: GitOID, ourTree ours: GitOID, theirTree theirs: GitOID) throws(GitError) -> [(path: String, expected: [UInt8]?)] {
        let touched = Set(try repo.changes(from: ours, to: merge).map(\.path)).union(results.keys)
        var out: [(String, [UInt8]?)] = []
        for path in touched.sorted() {
            let actualID = try repo.blobID(at: path, inTree: merge)
            let ourID = try repo.blobID(at: path, inTree: ours)
            let expected: [UInt8]?
            if let result = results[path] { expected = result } else { expected = try ourID.map { (id) throws(GitError) in try repo.blob(id) } }
            let actual = try actualID.map { (id) throws(GitError) in try repo.blob(id) }
            if actual == expected { continue }
            if let actual, lineMerged[path] == actual { continue }
            if eitherSide.contains(path) {
                let theirID = try repo.blobID(at: path, inTree: theirs)
                if actualID == ourID || actualID == theirID { continue }
            }
            out.append((path, expected))
        }
        return out
    }
}
