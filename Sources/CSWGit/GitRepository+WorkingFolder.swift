import CLibGit2
import Dispatch
import Glibc

/// What a quick status needs of the index: every tracked path, and the tracked paths whose
/// file in the working folder may no longer match it.
public struct GitTrackedFiles: Sendable {
    public let paths: Set<String>
    /// Stat data differs from what the index recorded, the file is gone or is now something
    /// else, the entry is racily clean (changed in the second the index was written) or
    /// conflicted: git's own test for "maybe modified"; the content decides.
    public let suspects: [String]
    /// False when the index holds what the quick path does not model (skip-worktree,
    /// intent-to-add or assume-unchanged entries): the full status is used instead.
    public let plain: Bool
}

extension GitRepository {
    /// The repository's .git folder.
    public var gitDirectory: String { String(cString: git_repository_path(handle)) }

    /// Reads the index and compares each entry's recorded stat data with its file under
    /// `root` (one `lstat` per tracked file, as `git status` does, on every core).
    public func trackedFiles(root: String) throws(GitError) -> GitTrackedFiles {
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "git_repository_index")
        defer { git_index_free(index) }
        try check(git_index_read(index, 0), "git_index_read")
        var indexInfo = stat()
        let indexTime = stat(gitDirectory + "index", &indexInfo) == 0
            ? (Int(Int32(truncatingIfNeeded: indexInfo.st_mtim.tv_sec)), indexInfo.st_mtim.tv_nsec) : (Int.max, 0)
        var paths = Set<String>()
        var recorded: [Recorded] = []
        var suspects: [String] = []
        var plain = true
        let count = git_index_entrycount(index)
        paths.reserveCapacity(count)
        recorded.reserveCapacity(count)
        let unusual = UInt16(GIT_INDEX_ENTRY_VALID.rawValue)
        let unusualExtended = UInt16(GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue | GIT_INDEX_ENTRY_SKIP_WORKTREE.rawValue)
        for i in 0..<count {
            guard let entry = git_index_get_byindex(index, i)?.pointee, let cPath = entry.path else { continue }
            let path = String(cString: cPath)
            if entry.flags & unusual != 0 || entry.flags_extended & unusualExtended != 0 { plain = false }
            guard paths.insert(path).inserted else { continue }  // the stages of a conflict: one path
            if (entry.flags >> 12) & 3 != 0 { suspects.append(path); continue }
            let mtime = (Int(entry.mtime.seconds), Int(entry.mtime.nanoseconds))
            recorded.append(Recorded(path: path, mtime: mtime, ctimeSeconds: Int(entry.ctime.seconds), size: entry.file_size,
                                     ino: entry.ino, mode: entry.mode, racy: mtime >= indexTime))
        }
        let base = Glibc.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard base >= 0 else { throw GitError(function: "open", code: .other(-1), message: "cannot open \(root)") }
        defer { close(base) }
        let changed = UnsafeMutableBufferPointer<Bool>.allocate(capacity: recorded.count)
        changed.initialize(repeating: false)
        defer { changed.deallocate() }
        let flags = Flags(buffer: changed)
        let parts = recorded.count < 2_000 ? 1 : 8
        recorded.withUnsafeBufferPointer { entries in
            let all = Entries(buffer: entries)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let range = (all.buffer.count * part / parts)..<(all.buffer.count * (part + 1) / parts)
                for i in range { flags.buffer[i] = !all.buffer[i].matches(at: base) }
            }
        }
        for (i, entry) in recorded.enumerated() where changed[i] { suspects.append(entry.path) }
        return GitTrackedFiles(paths: paths, suspects: suspects, plain: plain)
    }

    private struct Entries: @unchecked Sendable { let buffer: UnsafeBufferPointer<Recorded> }
    private struct Flags: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<Bool> }

    /// What the index recorded of a file.
    private struct Recorded {
        let path: String
        let mtime: (Int, Int)
        let ctimeSeconds: Int
        let size: UInt32
        let ino: UInt32
        let mode: UInt32
        /// Written in the same second as the index (or later): the stat data cannot tell.
        let racy: Bool

        /// The file (below the folder `base`) still has the recorded stat data.
        func matches(at base: Int32) -> Bool {
            var info = stat()
            guard !racy, fstatat(base, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            return Int(Int32(truncatingIfNeeded: info.st_mtim.tv_sec)) == mtime.0
                && (mtime.1 == 0 || info.st_mtim.tv_nsec == mtime.1)
                && Int(Int32(truncatingIfNeeded: info.st_ctim.tv_sec)) == ctimeSeconds
                && UInt32(truncatingIfNeeded: info.st_size) == size
                && UInt32(truncatingIfNeeded: info.st_ino) == ino
                && info.st_mode & S_IFMT == mode_t(mode) & S_IFMT
                && (info.st_mode & S_IFMT != S_IFREG || (info.st_mode & 0o100 != 0) == (mode & 0o100 != 0))
        }
    }

    /// Whether the index holds exactly HEAD's tree (nothing staged). Uses the index's cached
    /// trees where valid (writing the tree objects of folders whose cache was invalidated,
    /// which a commit of the index would write anyway); false for a conflicted index or
    /// no HEAD. libgit2 finds a cached folder among its siblings one by one, so on 10,000
    /// customer folders this costs about 0.4 s once the customers/ entry is invalid: csw
    /// records when it knows the index is HEAD's tree (`indexChecksum`) and asks this only
    /// when the record does not match.
    public func indexMatchesHead() -> Bool {
        guard let head = resolve("HEAD"), let commit = try? commitInfo(head) else { return false }
        var index: OpaquePointer?
        guard git_repository_index(&index, handle) == 0 else { git_error_clear(); return false }
        defer { git_index_free(index) }
        var oid = git_oid()
        guard git_index_write_tree(&oid, index) == 0 else { git_error_clear(); return false }
        return GitOID(oid) == commit.tree
    }

    /// The checksum that ends the index file: it changes whenever anything writes the index.
    public var indexChecksum: String? {
        let file = Glibc.open(gitDirectory + "index", O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_size > 32 else { return nil }
        var tail = [UInt8](repeating: 0, count: 20)
        guard pread(file, &tail, 20, info.st_size - 20) == 20 else { return nil }
        return tail.map { String($0, radix: 16) }.joined(separator: ".") + " \(info.st_size)"
    }

    /// Whether git ignores `path` (a folder's path ends in "/").
    public func isIgnored(_ path: String) -> Bool {
        var ignored: Int32 = 0
        guard git_ignore_path_is_ignored(&ignored, handle, path) == 0 else { git_error_clear(); return false }
        return ignored == 1
    }

    /// The status of exactly `paths` (tracked suspects and untracked candidates); untracked
    /// paths that git ignores are left out. No paths: nothing to report (an empty path list
    /// would mean every path to libgit2).
    public func status(paths: [String]) throws(GitError) -> [GitStatusEntry] {
        guard !paths.isEmpty else { return [] }
        var strings = paths.map { strdup($0) }
        defer { strings.forEach { free($0) } }
        return try strings.withUnsafeMutableBufferPointer { (buffer) throws(GitError) in
            try status(pathspec: git_strarray(strings: buffer.baseAddress, count: buffer.count))
        }
    }
}
