import CLibGit2
import Glibc

/// The repository's index (staging area).
public final class GitIndex {
    let handle: OpaquePointer

    public init(_ repository: GitRepository) throws(GitError) {
        var index: OpaquePointer?
        try check(git_repository_index(&index, repository.handle), "git_repository_index")
        handle = index!
    }

    deinit { git_index_free(handle) }

    /// Stages every change in the working folder (like `git add -A`; ignored files stay
    /// out), except paths under the `excluding` folders (say ".csw/": local state that must
    /// never be committed, even where a .gitignore is missing) and paths `skipping` names
    /// (a caller's own temporary files).
    /// `write: false` changes only this in-memory index (a commit checked before it is
    /// made); `write()` then saves it.
    public func stageAll(excluding folders: [String] = [], skipping: @escaping (String) -> Bool = { _ in false }, write: Bool = true) throws(GitError) {
        var star = strdup("*")
        defer { free(star) }
        final class Excluded {
            let prefixes: [String]
            let skip: (String) -> Bool
            init(_ p: [String], _ s: @escaping (String) -> Bool) { prefixes = p; skip = s }
        }
        let excluded = Unmanaged.passRetained(Excluded(folders, skipping))
        defer { excluded.release() }
        // 0 stages the path, 1 skips it.
        let filter: git_index_matched_path_cb = { path, _, payload in
            guard let path, let payload else { return 0 }
            let rules = Unmanaged<Excluded>.fromOpaque(payload).takeUnretainedValue()
            let text = String(cString: path)
            return rules.prefixes.contains { text.hasPrefix($0) } || rules.skip(text) ? 1 : 0
        }
        try withUnsafeMutablePointer(to: &star) { (pointer) throws(GitError) in
            var paths = git_strarray(strings: pointer, count: 1)
            let payload = excluded.toOpaque()
            try check(git_index_add_all(handle, &paths, GIT_INDEX_ADD_DEFAULT.rawValue, filter, payload), "git_index_add_all")
            try check(git_index_update_all(handle, &paths, filter, payload), "git_index_update_all")
        }
        if write { try self.write() }
    }

    /// Stages exactly `paths` as they are in the working folder (`root`): a file that exists
    /// is added, one that does not is removed — what `stageAll` does for them, without
    /// walking the rest of the working folder (the caller knows what changed: `status()`).
    /// `write: false` changes only this in-memory index.
    public func stage(_ paths: [String], root: String, write: Bool = true) throws(GitError) {
        for path in paths {
            var info = stat()
            if lstat(root + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR {
                try check(git_index_add_bypath(handle, path), "git_index_add_bypath")
            } else if git_index_get_bypath(handle, path, 0) != nil {
                try check(git_index_remove_bypath(handle, path), "git_index_remove_bypath")
            }
        }
        if write { try self.write() }
    }

    /// Saves the index to the repository's index file.
    public func write() throws(GitError) {
        try check(git_index_write(handle), "git_index_write")
    }

    public func writeTree() throws(GitError) -> GitOID {
        var oid = git_oid()
        try check(git_index_write_tree(&oid, handle), "git_index_write_tree")
        return GitOID(oid)
    }
}

/// A path that differs between HEAD, the index and the working folder.
public struct GitStatusEntry: Sendable, Hashable {
    public enum Change: String, Sendable { case added, modified, deleted, renamed, typeChanged }
    public let path: String
    public let change: Change
}

extension GitRepository {
    /// Uncommitted changes (HEAD → index → working folder), untracked files included.
    public func status() throws(GitError) -> [GitStatusEntry] {
        try status(pathspec: nil)
    }

    /// The status, of the exact paths in `pathspec` when given (no patterns).
    func status(pathspec: git_strarray?) throws(GitError) -> [GitStatusEntry] {
        var options = git_status_options()
        try check(git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)), "git_status_options_init")
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
            | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY.rawValue
        if let pathspec {
            options.pathspec = pathspec
            options.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH.rawValue
        }
        var list: OpaquePointer?
        try check(git_status_list_new(&list, handle, &options), "git_status_list_new")
        defer { git_status_list_free(list) }
        var out: [GitStatusEntry] = []
        for i in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, i) else { continue }
            let flags = entry.pointee.status.rawValue
            let delta = entry.pointee.index_to_workdir ?? entry.pointee.head_to_index
            guard let delta else { continue }
            let path = delta.pointee.new_file.path.map { String(cString: $0) } ?? delta.pointee.old_file.path.map { String(cString: $0) } ?? ""
            let change: GitStatusEntry.Change
            if flags & (GIT_STATUS_WT_NEW.rawValue | GIT_STATUS_INDEX_NEW.rawValue) != 0 {
                change = .added
            } else if flags & (GIT_STATUS_WT_DELETED.rawValue | GIT_STATUS_INDEX_DELETED.rawValue) != 0 {
                change = .deleted
            } else if flags & (GIT_STATUS_WT_RENAMED.rawValue | GIT_STATUS_INDEX_RENAMED.rawValue) != 0 {
                change = .renamed
            } else if flags & (GIT_STATUS_WT_TYPECHANGE.rawValue | GIT_STATUS_INDEX_TYPECHANGE.rawValue) != 0 {
                change = .typeChanged
            } else if flags & GIT_STATUS_IGNORED.rawValue != 0 {
                continue
            } else {
                change = .modified
            }
            out.append(GitStatusEntry(path: path, change: change))
        }
        return out
    }
}
