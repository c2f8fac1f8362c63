import CLibGit2
import Glibc

/// A file that differs between two trees.
public struct GitTreeChange: Sendable, Hashable {
    public let path: String
    public let old: GitOID?
    public let new: GitOID?
}

extension GitRepository {
    /// Commits reachable from `start`, newest first (topological, then by time), leaving
    /// out those reachable from `hiding` (what a remote already has, or an audit's start).
    public func log(from start: GitOID, hiding: GitOID? = nil, limit: Int = .max) throws(GitError) -> [GitCommitInfo] {
        var walker: OpaquePointer?
        try check(git_revwalk_new(&walker, handle), "git_revwalk_new")
        defer { git_revwalk_free(walker) }
        try check(git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), "git_revwalk_sorting")
        var raw = start.raw
        try check(git_revwalk_push(walker, &raw), "git_revwalk_push")
        if let hiding {
            var hidden = hiding.raw
            try check(git_revwalk_hide(walker, &hidden), "git_revwalk_hide")
        }
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

    /// Files that differ between two trees (nil = the empty tree), sorted by path.
    /// Walks both trees side by side in git's entry order and skips any subtree whose id
    /// is the same on both sides, so the cost grows with the change, not with the trees.
    public func changes(from old: GitOID?, to new: GitOID?) throws(GitError) -> [GitTreeChange] {
        var out: [GitTreeChange] = []
        try compareTrees(old, new, prefix: "", into: &out)
        return out.sorted { $0.path < $1.path }
    }

    private func compareTrees(_ a: GitOID?, _ b: GitOID?, prefix: String, into out: inout [GitTreeChange]) throws(GitError) {
        if a == b { return }
        let ta = try a.map { (id) throws(GitError) in try lookupTree(id) }
        defer { if let ta { git_tree_free(ta) } }
        let tb = try b.map { (id) throws(GitError) in try lookupTree(id) }
        defer { if let tb { git_tree_free(tb) } }
        let na = ta.map(git_tree_entrycount) ?? 0, nb = tb.map(git_tree_entrycount) ?? 0
        var i = 0, j = 0
        while i < na || j < nb {
            let ea = i < na ? git_tree_entry_byindex(ta, i) : nil
            let eb = j < nb ? git_tree_entry_byindex(tb, j) : nil
            let order: Int32
            if let ea, let eb { order = Self.compareEntries(ea, eb) } else { order = ea == nil ? 1 : -1 }
            if order == 0 {
                try entryChanged(ea, eb, prefix: prefix, into: &out)
                i += 1
                j += 1
            } else if order < 0 {
                try entryChanged(ea, nil, prefix: prefix, into: &out)
                i += 1
            } else {
                try entryChanged(nil, eb, prefix: prefix, into: &out)
                j += 1
            }
        }
    }

    /// One entry present on one or both sides (same name and kind when both).
    private func entryChanged(_ a: OpaquePointer?, _ b: OpaquePointer?, prefix: String, into out: inout [GitTreeChange]) throws(GitError) {
        // Most entries are unchanged: compare the raw ids before making any strings.
        if let a, let b, git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b)) != 0 { return }
        let entry = (a ?? b)!
        let path = prefix + String(cString: git_tree_entry_name(entry))
        let ida = a.map { GitOID(git_tree_entry_id($0)!) }, idb = b.map { GitOID(git_tree_entry_id($0)!) }
        switch git_tree_entry_type(entry) {
        case GIT_OBJECT_TREE: try compareTrees(ida, idb, prefix: path + "/", into: &out)
        case GIT_OBJECT_BLOB: out.append(GitTreeChange(path: path, old: ida, new: idb))
        default: break  // a submodule's commit: not a file of this repository
        }
    }

    /// git's tree order: names byte by byte, a tree's name as if it ended in "/".
    private static func compareEntries(_ a: OpaquePointer, _ b: OpaquePointer) -> Int32 {
        let na = git_tree_entry_name(a)!, nb = git_tree_entry_name(b)!
        let la = strlen(na), lb = strlen(nb)
        let common = min(la, lb)
        let c = memcmp(na, nb, common)
        if c != 0 { return c }
        func next(_ name: UnsafePointer<CChar>, _ length: Int, _ entry: OpaquePointer) -> Int32 {
            if length > common { return Int32(UInt8(bitPattern: name[common])) }
            return git_tree_entry_type(entry) == GIT_OBJECT_TREE ? 0x2F : 0
        }
        return next(na, la, a) - next(nb, lb, b)
    }

    /// The id of the blob at `path` in a tree, or nil when there is none.
    public func blobID(at path: String, inTree tree: GitOID) throws(GitError) -> GitOID? {
        let treeObject = try lookupTree(tree)
        defer { git_tree_free(treeObject) }
        var entry: OpaquePointer?
        let rc = git_tree_entry_bypath(&entry, treeObject, path)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_tree_entry_bypath")
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB else { return nil }
        return GitOID(git_tree_entry_id(entry)!)
    }

    func lookupTree(_ id: GitOID) throws(GitError) -> OpaquePointer {
        var raw = id.raw
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, handle, &raw), "git_tree_lookup")
        return tree!
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
