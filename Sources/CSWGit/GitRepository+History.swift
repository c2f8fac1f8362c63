import CLibGit2

/// A file that differs between two trees.
public struct GitTreeChange: Sendable, Hashable {
    public let path: String
    public let old: GitOID?
    public let new: GitOID?
}

extension GitRepository {
    /// Commits reachable from `start`, newest first (topological, then by time).
    public func log(from start: GitOID, limit: Int = .max) throws(GitError) -> [GitCommitInfo] {
        var walker: OpaquePointer?
        try check(git_revwalk_new(&walker, handle), "git_revwalk_new")
        defer { git_revwalk_free(walker) }
        try check(git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), "git_revwalk_sorting")
        var raw = start.raw
        try check(git_revwalk_push(walker, &raw), "git_revwalk_push")
        var out: [GitCommitInfo] = []
        var oid = git_oid()
        while out.count < limit {
            let rc = git_revwalk_next(&oid, walker)
            if rc == GIT_ITEROVER.rawValue { break }
            try check(rc, "git_revwalk_next")
            out.append(try commitInfo(GitOID(oid)))
        }
        return out
    }

    /// Files that differ between two trees (nil = the empty tree).
    public func changes(from old: GitOID?, to new: GitOID?) throws(GitError) -> [GitTreeChange] {
        let before = try old.map { (id) throws(GitError) in try files(ofTree: id) } ?? []
        let after = try new.map { (id) throws(GitError) in try files(ofTree: id) } ?? []
        var a: [String: GitOID] = [:]
        for f in before { a[f.path] = f.id }
        var b: [String: GitOID] = [:]
        for f in after { b[f.path] = f.id }
        var out: [GitTreeChange] = []
        for path in Set(a.keys).union(b.keys).sorted() where a[path] != b[path] {
            out.append(GitTreeChange(path: path, old: a[path], new: b[path]))
        }
        return out
    }

    public func mergeBase(_ a: GitOID, _ b: GitOID) -> GitOID? {
        var oid = git_oid()
        var ra = a.raw, rb = b.raw
        guard git_merge_base(&oid, handle, &ra, &rb) == 0 else {
            git_error_clear()
            return nil
        }
        return GitOID(oid)
    }

    /// (ahead, behind) of `local` against `upstream`.
    public func aheadBehind(_ local: GitOID, _ upstream: GitOID) throws(GitError) -> (ahead: Int, behind: Int) {
        var ahead = 0, behind = 0
        var l = local.raw, u = upstream.raw
        try check(git_graph_ahead_behind(&ahead, &behind, handle, &l, &u), "git_graph_ahead_behind")
        return (ahead, behind)
    }

    /// Whether `ancestor` is `descendant` or one of its ancestors.
    public func isAncestor(_ ancestor: GitOID, of descendant: GitOID) -> Bool {
        if ancestor == descendant { return true }
        var a = ancestor.raw, d = descendant.raw
        let rc = git_graph_descendant_of(handle, &d, &a)
        if rc < 0 { git_error_clear() }
        return rc == 1
    }
}

/// Line-based three-way merge of text (libgit2's git_merge_file).
public enum GitTextMerge {
    /// The merged text and whether it merged cleanly (without conflict markers).
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(GitError) -> (merged: [UInt8], clean: Bool) {
        GitLibrary.ensureInitialised()
        var result = git_merge_file_result()
        var rc: Int32 = 0
        base.withUnsafeBytes { b in
            ours.withUnsafeBytes { o in
                theirs.withUnsafeBytes { t in
                    var ancestor = git_merge_file_input()
                    var our = git_merge_file_input()
                    var their = git_merge_file_input()
                    git_merge_file_input_init(&ancestor, UInt32(GIT_MERGE_FILE_INPUT_VERSION))
                    git_merge_file_input_init(&our, UInt32(GIT_MERGE_FILE_INPUT_VERSION))
                    git_merge_file_input_init(&their, UInt32(GIT_MERGE_FILE_INPUT_VERSION))
                    ancestor.ptr = b.baseAddress?.assumingMemoryBound(to: CChar.self)
                    ancestor.size = b.count
                    our.ptr = o.baseAddress?.assumingMemoryBound(to: CChar.self)
                    our.size = o.count
                    their.ptr = t.baseAddress?.assumingMemoryBound(to: CChar.self)
                    their.size = t.count
                    rc = git_merge_file(&result, &ancestor, &our, &their, nil)
                }
            }
        }
        try check(rc, "git_merge_file")
        defer { git_merge_file_result_free(&result) }
        let merged = result.ptr.map { Array(UnsafeRawBufferPointer(start: $0, count: result.len)) } ?? []
        return (merged, result.automergeable != 0)
    }
}
