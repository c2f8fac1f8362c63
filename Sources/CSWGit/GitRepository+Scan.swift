import CLibGit2

extension GitRepository {
    /// A blob's size, read from the object's header without loading its content (so a
    /// scan can refuse an oversized blob before reading it).
    public func blobSize(_ id: GitOID) throws(GitError) -> Int {
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, handle), "git_repository_odb")
        defer { git_odb_free(odb) }
        var size = 0
        var type = GIT_OBJECT_INVALID
        var raw = id.raw
        try check(git_odb_read_header(&size, &type, odb, &raw), "git_odb_read_header")
        return size
    }

    /// Every commit reachable from HEAD or any reference (branches, remote-tracking
    /// branches, tags, the stash), newest first: all the history a clone holds and could push.
    public func logAll() throws(GitError) -> [GitCommitInfo] {
        var walker: OpaquePointer?
        try check(git_revwalk_new(&walker, handle), "git_revwalk_new")
        defer { git_revwalk_free(walker) }
        try check(git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), "git_revwalk_sorting")
        if resolve("HEAD") != nil { try check(git_revwalk_push_head(walker), "git_revwalk_push_head") }
        try check(git_revwalk_push_glob(walker, "refs/*"), "git_revwalk_push_glob")
        var out: [GitCommitInfo] = []
        var oid = git_oid()
        while true {
            let rc = git_revwalk_next(&oid, walker)
            if rc == GIT_ITEROVER.rawValue { break }
            try check(rc, "git_revwalk_next")
            out.append(try commitInfo(GitOID(oid)))
        }
        return out
    }
}
