import Glibc
import CSWCore

/// The lock and temporary files git and libgit2 leave in a repository when they are killed
/// mid-write, and when csw may remove one. A lock (`index.lock`, `HEAD.lock`,
/// `refs/heads/main.lock`, …) blocks every later write of that file; a temporary object
/// file (libgit2's `objects/tmp_object_git2_*`, `objects/pack/pack_git2_*`) only takes room.
///
/// csw looks only while it holds its own flock on the repository (the workspace lock, or
/// the push lock of a local remote), so no other csw is writing there. A file is stale when
/// no process has it open (every process csw may look at, in /proc) and either
/// - it changed after a csw that was killed took that flock (LockRecord), within the time
///   such a run lasts: that run made it, or
/// - nothing changed it for `lockAge` seconds (a lock; plain git holds one for milliseconds)
///   or an hour (a temporary object file).
/// A lock that is younger, or open in a running process, is left alone and named, with why.
enum GitLockFiles {
    struct Policy {
        /// Seconds a lock must be untouched before csw takes it for a leftover.
        let lockAge: Double
        /// The record a killed csw left in the flocked file, if it was killed.
        let killed: LockRecord?
        /// Files changed this many seconds or less after the killed csw took the lock count
        /// as its own (a run is over long before; a later file is a newer command's).
        let killedRunLength: Double
        /// Seconds a temporary object file must be untouched.
        var garbageAge: Double = 3600
    }

    struct Leftover {
        let path: String
        /// A lock, not a temporary object file.
        let isLock: Bool
        let modified: Double
        let device: UInt64
        let inode: UInt64
    }

    /// Leftovers of git and libgit2 under the git folder `gitDir` (csw's own flock files excepted).
    static func leftovers(gitDir: String) -> [Leftover] {
        var found: [Leftover] = []
        func add(_ path: String, lock: Bool) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            found.append(Leftover(path: path, isLock: lock, modified: modified, device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        }
        for entry in (try? FileSystem.list(gitDir)) ?? [] where entry.type == .file && entry.name.hasSuffix(".lock") {
            if entry.name != "csw.lock" && entry.name != RemotePushLock.fileName { add(gitDir + "/" + entry.name, lock: true) }
        }
        var folders = [gitDir + "/refs"]
        while let folder = folders.popLast() {
            for entry in (try? FileSystem.list(folder)) ?? [] {
                let path = folder + "/" + entry.name
                if entry.type == .directory { folders.append(path) } else if entry.name.hasSuffix(".lock") { add(path, lock: true) }
            }
        }
        for (folder, prefix) in [("/objects", "tmp_object_git2_"), ("/objects/pack", "pack_git2_")] {
            for entry in (try? FileSystem.list(gitDir + folder)) ?? [] where entry.type == .file && entry.name.hasPrefix(prefix) {
                add(gitDir + folder + "/" + entry.name, lock: false)
            }
        }
        return found
    }

    /// Removes the stale leftovers under `gitDir` (through SafeFolder, below `base`) and
    /// returns what to tell the user: one line per lock removed or left in place.
    /// `shown` turns a path into the words messages use for it.
    static func clean(gitDir: String, under base: String, policy: Policy, shown: (String) -> String) -> [String] {
        let found = leftovers(gitDir: gitDir)
        guard !found.isEmpty else { return [] }
        let holders = openFiles(found)
        let now = Clock.wallClock()
        var lines: [String] = []
        for file in found {
            let name = TerminalText.visible(shown(file.path))
            if let holder = holders[FileID(device: file.device, inode: file.inode)] {
                if file.isLock {
                    lines.append("warning: \(name) is open in \(TerminalText.visible(holder.name)) (pid \(holder.pid)); csw leaves it alone\n" +
                                 "  note: let that command finish (or end it), then run csw again\n")
                }
                continue
            }
            let age = now - file.modified
            let reason: String
            if let killed = policy.killed, file.modified >= killed.since - 0.05, file.modified <= killed.since + policy.killedRunLength {
                reason = "left by csw (pid \(killed.pid)), which was killed"
            } else if age > (file.isLock ? policy.lockAge : policy.garbageAge) || file.modified > now + 60 {
                reason = "no process has it open and it has not changed for \(Int(age.rounded(.down))) s"
            } else {
                if file.isLock {
                    lines.append("warning: \(name) was made \(String(format: "%.1f", max(age, 0))) s ago by a git command that may still be running\n" +
                                 "  note: if no git command is running on this repository, remove that file and run csw again\n")
                }
                continue
            }
            guard (try? AtomicFile.remove(file.path, under: base)) == true else { continue }
            if file.isLock { lines.append("note: removed the stale lock \(name): \(reason)\n") }
        }
        return lines
    }

    struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// Which of the files a running process (other than this one) has open, from
    /// /proc/PID/fd: every process csw is allowed to look at (the user's own).
    static func openFiles(_ files: [Leftover]) -> [FileID: (pid: pid_t, name: String)] {
        let wanted = Set(files.map { FileID(device: $0.device, inode: $0.inode) })
        var out: [FileID: (pid: pid_t, name: String)] = [:]
        let me = getpid()
        for process in (try? FileSystem.list("/proc")) ?? [] {
            guard let pid = pid_t(process.name), pid != me else { continue }
            let fds = "/proc/\(process.name)/fd"
            for fd in (try? FileSystem.list(fds)) ?? [] {
                var info = stat()
                guard stat(fds + "/" + fd.name, &info) == 0 else { continue }
                let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                guard wanted.contains(id), out[id] == nil else { continue }
                let comm = (try? FileSystem.read("/proc/\(process.name)/comm", limit: 64)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
                out[id] = (pid, comm.hasSuffix("\n") ? String(comm.dropLast()) : comm)
            }
        }
        return out
    }
}
