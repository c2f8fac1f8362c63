import CLibGit2

extension GitRepository {
    /// Paths under `folder` (a path relative to the working folder, without a trailing
    /// slash, say ".csw") that git tracks: in the index or in HEAD's tree. Sorted, each
    /// once. Reads only that folder's entries, so the cost does not grow with the rest of
    /// the repository.
    public func trackedPaths(under folder: String) throws(GitError) -> [String] {
        var found = Set<String>()
        let prefix = folder + "/"
        // The index: entries are sorted by path, so the folder's entries are consecutive.
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "git_repository_index")
        defer { git_index_free(index) }
        var position = 0
        if git_index_find_prefix(&position, index, prefix) == 0 {
            while let entry = git_index_get_byindex(index, position), let cPath = entry.pointee.path {
                let path = String(cString: cPath)
                guard path.hasPrefix(prefix) else { break }
                found.insert(path)
                position += 1
            }
        } else {
            git_error_clear()
        }
        if git_index_get_bypath(index, folder, 0) != nil { found.insert(folder) }  // a file (or link) named like the folder
        // HEAD's tree (nothing before the first commit).
        if let head = resolve("HEAD") {
            let tree = try lookupTree(try commitInfo(head).tree)
            defer { git_tree_free(tree) }
            var entry: OpaquePointer?
            let rc = git_tree_entry_bypath(&entry, tree, folder)
            if rc == GIT_ENOTFOUND.rawValue {
                git_error_clear()
            } else {
                try check(rc, "git_tree_entry_bypath")
                defer { git_tree_entry_free(entry) }
                if git_tree_entry_type(entry) == GIT_OBJECT_TREE {
                    for file in try files(ofTree: GitOID(git_tree_entry_id(entry)!)) { found.insert(prefix + file.path) }
                } else {
                    found.insert(folder)  // a file (or link) named like the folder
                }
            }
        }
        return found.sorted()
    }
}
