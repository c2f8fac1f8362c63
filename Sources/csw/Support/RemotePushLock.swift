import Glibc

/// A push to a remote that is a folder on this machine (a path or file:// URL) writes into
/// that folder: libgit2 makes `refs/heads/main.lock` and `objects/pack/pack_git2_*` there.
/// A csw killed mid-push would leave the lock behind, and every teammate's push would be
/// refused until someone deleted it by hand.
///
/// So csw pushes to such a remote while holding an flock on `csw-push.lock` in its git
/// folder (a file git ignores and never commits), with a LockRecord inside that is emptied
/// after the push. The next csw to take the flock, finding a record, knows the last push
/// was killed and removes the lock files that push made (GitLockFiles) at once — unless a
/// running process has one open. Locks it cannot pin on a csw (a plain `git push` does not
/// take the flock) go only when nothing has changed them for `staleAge` seconds.
final class RemotePushLock {
    static let fileName = "csw-push.lock"
    /// Seconds a lock in the remote must be untouched before a csw takes it for a leftover
    /// of a plain git push that was killed (a live push holds one for milliseconds).
    static let staleAge: Double = 10

    private let fd: Int32
    private let recorded: Bool

    private init(fd: Int32, recorded: Bool) {
        self.fd = fd
        self.recorded = recorded
    }

    deinit {
        if recorded { LockRecord.clear(fd) }
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// The git folder of `url` when it names a repository on this machine (libgit2 then
    /// pushes through the file system): a file:// URL, or a path to an existing folder.
    static func localGitFolder(_ url: String) -> String? {
        var path = url
        if path.hasPrefix("file://") { path.removeFirst("file://".count) } else if path.contains("://") { return nil }
        guard !path.isEmpty, FileSystem.isDirectory(path), let real = FileSystem.realPath(path) else { return nil }
        if FileSystem.isDirectory(real + "/.git") { return real + "/.git" }
        return FileSystem.isDirectory(real + "/objects") && FileSystem.isDirectory(real + "/refs") ? real : nil
    }

    /// Runs `push` holding the remote's push lock when `url` is a local remote (first
    /// removing what a killed push left there, and saying so on standard error); runs it
    /// as it is otherwise.
    static func holding<T>(url: String, remote: String, timeout: Double = 30, _ push: () throws -> T) throws -> T {
        guard let gitDir = localGitFolder(url) else { return try push() }
        let lock = try acquire(gitDir: gitDir, remote: remote, timeout: timeout)
        defer { withExtendedLifetime(lock) {} }
        return try push()
    }

    /// Cleans up after a push to the local remote `url` that was killed (its record is
    /// still in the push lock file), even when this sync has nothing to push.
    static func recover(url: String, remote: String) throws {
        guard let gitDir = localGitFolder(url) else { return }
        let fd = open(gitDir + "/" + fileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        let killed = LockRecord.read(fd)
        close(fd)
        if killed != nil { withExtendedLifetime(try acquire(gitDir: gitDir, remote: remote, timeout: 30)) {} }
    }

    static func acquire(gitDir: String, remote: String, timeout: Double) throws(FileSystem.IOError) -> RemotePushLock {
        let folder = try SafeFolder.open(gitDir, under: gitDir)
        var fd: Int32
        var writable = true
        do { fd = try folder.openForUpdate(fileName) } catch {
            // A shared remote where this user may not write the file: flock it read-only.
            fd = openat(folder.fd, fileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw error }
            writable = false
        }
        let start = Progress.now()
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                close(fd)
                throw FileSystem.IOError(path: gitDir + "/" + fileName, reason: "cannot lock the remote for the push: \(FileSystem.errnoText())")
            }
            if Progress.now() - start > timeout {
                close(fd)
                throw FileSystem.IOError(path: gitDir, reason: "another csw has been pushing to \(remote) for \(Int(timeout)) s; try again when it has finished")
            }
            usleep(20_000)
        }
        let policy = GitLockFiles.Policy(lockAge: staleAge, killed: LockRecord.read(fd), killedRunLength: 600)
        for line in GitLockFiles.clean(gitDir: gitDir, under: gitDir, policy: policy, shown: { "\(remote) (\($0))" }) {
            Terminal.standardError.write(line)
        }
        if writable { _ = LockRecord.write(fd) }
        return RemotePushLock(fd: fd, recorded: writable)
    }
}
