import CLibGit2
import Glibc

extension GitRepository {
    /// Every file of a commit's tree, recursively, sorted by path.
    public func files(ofCommit commit: GitOID) throws(GitError) -> [GitTreeFile] {
        try files(ofTree: try commitInfo(commit).tree)
    }

    public func files(ofTree treeID: GitOID) throws(GitError) -> [GitTreeFile] {
        var out: [GitTreeFile] = []
        try walk(treeID, prefix: "", into: &out)
        return out.sorted { $0.path < $1.path }
    }

    private func walk(_ treeID: GitOID, prefix: String, into out: inout [GitTreeFile]) throws(GitError) {
        var raw = treeID.raw
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, handle, &raw), "git_tree_lookup")
        defer { git_tree_free(tree) }
        let count = git_tree_entrycount(tree)
        for i in 0..<count {
            guard let entry = git_tree_entry_byindex(tree, i) else { continue }
            let name = String(cString: git_tree_entry_name(entry))
            let id = GitOID(git_tree_entry_id(entry)!)
            let path = prefix.isEmpty ? name : prefix + "/" + name
            if git_tree_entry_type(entry) == GIT_OBJECT_TREE {
                try walk(id, prefix: path, into: &out)
            } else {
                out.append(GitTreeFile(path: path, id: id, mode: git_tree_entry_filemode(entry).rawValue))
            }
        }
    }

    /// A blob's bytes.
    public func blob(_ id: GitOID) throws(GitError) -> [UInt8] {
        var raw = id.raw
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, handle, &raw), "git_blob_lookup")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let content = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }

    /// The blob id `bytes` would get (without writing it).
    public static func blobID(of bytes: [UInt8]) -> GitOID {
        var oid = git_oid()
        bytes.withUnsafeBytes { _ = git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        return GitOID(oid)
    }

    public func commitInfo(_ id: GitOID) throws(GitError) -> GitCommitInfo {
        var raw = id.raw
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, handle, &raw), "git_commit_lookup")
        defer { git_commit_free(commit) }
        var parents: [GitOID] = []
        for i in 0..<git_commit_parentcount(commit) {
            if let p = git_commit_parent_id(commit, i) { parents.append(GitOID(p)) }
        }
        return GitCommitInfo(id: id, tree: GitOID(git_commit_tree_id(commit)!), parents: parents,
                             author: GitSignature(git_commit_author(commit)!),
                             message: git_commit_message(commit).map { String(cString: $0) } ?? "")
    }

    /// Records the index as a commit on `reference` (HEAD by default) with the given parents.
    public func commitIndex(message: String, author: GitSignature, parents: [GitOID], reference: String? = "HEAD") throws(GitError) -> GitOID {
        let index = try GitIndex(self)
        let tree = try index.writeTree()
        return try commit(tree: tree, message: message, author: author, parents: parents, reference: reference)
    }

    public func commit(tree: GitOID, message: String, author: GitSignature, parents: [GitOID], reference: String? = "HEAD") throws(GitError) -> GitOID {
        var treeRaw = tree.raw
        var treeObject: OpaquePointer?
        try check(git_tree_lookup(&treeObject, handle, &treeRaw), "git_tree_lookup")
        defer { git_tree_free(treeObject) }
        var parentObjects: [OpaquePointer?] = []
        defer { for p in parentObjects { git_commit_free(p) } }
        for parent in parents {
            var raw = parent.raw
            var object: OpaquePointer?
            try check(git_commit_lookup(&object, handle, &raw), "git_commit_lookup")
            parentObjects.append(object)
        }
        var signature: UnsafeMutablePointer<git_signature>?
        try check(git_signature_new(&signature, author.name, author.email, author.time, author.offsetMinutes), "git_signature_new")
        defer { git_signature_free(signature) }
        var oid = git_oid()
        let rc = parentObjects.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: OpaquePointer?.self) { parentsBuffer in
                git_commit_create(&oid, handle, reference, signature, signature, "UTF-8", message, treeObject,
                                  parentsBuffer.count, parentsBuffer.baseAddress)
            }
        }
        try check(rc, "git_commit_create")
        return GitOID(oid)
    }

    /// Makes the working folder and index match `commit` (files not in it are removed when
    /// tracked), then points HEAD's branch at it.
    /// `only`: the paths that differ between HEAD and `commit`, when the caller knows them
    /// and the working folder is otherwise clean (a fast-forward after committing): just
    /// those are written, instead of libgit2 walking the whole working folder.
    public func checkout(_ commit: GitOID, branchReference: String, only paths: [String]? = nil) throws(GitError) {
        var raw = commit.raw
        var object: OpaquePointer?
        try check(git_object_lookup(&object, handle, &raw, GIT_OBJECT_COMMIT), "git_object_lookup")
        defer { git_object_free(object) }
        var options = git_checkout_options()
        try check(git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "git_checkout_options_init")
        options.checkout_strategy = GIT_CHECKOUT_FORCE.rawValue
        if let paths {
            // an empty list would mean "everything" to libgit2: nothing to write then
            if !paths.isEmpty {
                options.checkout_strategy |= GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH.rawValue
                var pointers: [UnsafeMutablePointer<CChar>?] = paths.map { strdup($0) }
                defer { pointers.forEach { free($0) } }
                try pointers.withUnsafeMutableBufferPointer { (buffer) throws(GitError) in
                    options.paths = git_strarray(strings: buffer.baseAddress, count: buffer.count)
                    try check(git_checkout_tree(handle, object, &options), "git_checkout_tree")
                }
            }
        } else {
            try check(git_checkout_tree(handle, object, &options), "git_checkout_tree")
        }
        try setReference(branchReference, to: commit, message: "csw: checkout")
        try check(git_repository_set_head(handle, branchReference), "git_repository_set_head")
    }
}
