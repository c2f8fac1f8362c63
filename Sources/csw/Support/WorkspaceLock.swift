import Glibc

/// One csw at a time per workspace: an flock on `.git/csw.lock` (or `.csw.lock` without
/// git). A second process waits up to `timeout` seconds, then stops with a clear message.
/// The kernel drops the lock when the process dies, so a killed csw never leaves it stuck;
/// the file holds a LockRecord while csw runs, so the next csw knows the last was killed.
final class WorkspaceLock {
    private let fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        LockRecord.clear(fd)
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Seconds a second csw waits for the first (CSW_LOCK_TIMEOUT overrides the default 10).
    static var defaultTimeout: Double {
        getenv("CSW_LOCK_TIMEOUT").flatMap { Double(String(cString: $0)) } ?? 10
    }

    static func acquire(root: String, timeout: Double = WorkspaceLock.defaultTimeout) throws(FileSystem.IOError) -> WorkspaceLock {
        let path = FileSystem.isDirectory(root + "/.git") ? root + "/.git/csw.lock" : root + "/.csw.lock"
        // Opened like every other write (SafeFolder): never through a link.
        let (folder, name) = AtomicFile.split(path)
        let fd = try SafeFolder.open(folder, under: root).openForUpdate(name)
        let start = Progress.now()
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                close(fd)
                throw FileSystem.IOError(path: path, reason: "cannot lock the workspace: \(FileSystem.errnoText())")
            }
            if Progress.now() - start > timeout {
                close(fd)
                throw FileSystem.IOError(path: root, reason: "another csw command is working on this workspace; try again when it has finished")
            }
            usleep(50_000)
        }
        // A record left in the file: the csw that held the lock last was killed.
        let killed = LockRecord.read(fd)
        _ = LockRecord.write(fd)
        removeStaleGitLocks(root, killed: killed)
        if let killed {
            // A killed run may have left temporary files anywhere it writes (ignored by
            // .gitignore, so git status does not show them): look for them once, now.
            let removed = TemporaryFiles.removeStale(under: root)
            if removed > 0 {
                Terminal.standardError.write("note: removed \(removed) temporary file\(removed == 1 ? "" : "s") left by csw (pid \(killed.pid)), which was killed\n")
            }
        }
        return WorkspaceLock(fd: fd)
    }

    /// git's own lock files (index.lock, refs/heads/main.lock, …) left by a csw that was
    /// killed mid-write would block every later command. While csw holds the workspace
    /// lock no other csw can be writing, so such a file is stale when no process has it open
    /// and either the csw recorded in `.git/csw.lock` was killed after taking the lock
    /// (`killed`: the file changed since) or the file is older than half a second (a plain
    /// git command holds one for milliseconds). See GitLockFiles.
    static func removeStaleGitLocks(_ root: String, killed: LockRecord? = nil) {
        let git = root + "/.git"
        guard FileSystem.isDirectory(git) else { return }
        let policy = GitLockFiles.Policy(lockAge: 0.5, killed: killed, killedRunLength: 3600)
        for line in GitLockFiles.clean(gitDir: git, under: root, policy: policy, shown: { String($0.dropFirst(root.count + 1)) }) {
            Terminal.standardError.write(line)
        }
    }
}
