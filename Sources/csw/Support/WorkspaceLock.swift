import Glibc

/// One csw at a time per workspace: an flock on `.git/csw.lock` (or `.csw.lock` without
/// git). A second process waits up to `timeout` seconds, then stops with a clear message.
/// The kernel drops the lock when the process dies, so a killed csw never leaves it stuck.
final class WorkspaceLock {
    private let fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit {
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
        removeStaleGitLocks(root)
        return WorkspaceLock(fd: fd)
    }

    /// git's own lock files (index.lock, refs/heads/main.lock, …) left by a csw that was
    /// killed mid-write would block every later command. While csw holds the workspace
    /// lock no other csw can be writing, so such a file is stale once it is older than
    /// half a second (a plain git command holds one for milliseconds).
    static func removeStaleGitLocks(_ root: String) {
        let git = root + "/.git"
        guard FileSystem.isDirectory(git) else { return }
        var candidates = ["index.lock", "HEAD.lock", "config.lock", "packed-refs.lock", "ORIG_HEAD.lock", "FETCH_HEAD.lock"].map { git + "/" + $0 }
        var folders = [git + "/refs"]
        while let folder = folders.popLast() {
            for entry in (try? FileSystem.list(folder)) ?? [] {
                let path = folder + "/" + entry.name
                if entry.type == .directory { folders.append(path) } else if entry.name.hasSuffix(".lock") { candidates.append(path) }
            }
        }
        let now = Clock.wallClock()
        for path in candidates {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            if now - modified > 0.5 || modified > now + 1 { _ = try? AtomicFile.remove(path, under: root) }
        }
    }
}
