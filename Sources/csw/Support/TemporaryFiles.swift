import Glibc

/// The names csw gives its own temporary files and folders, so it never commits one a
/// killed run left behind and can clean them up: `.NAME.csw-PID-RANDOM.tmp` (a file being
/// replaced, SafeFolder.replace), `NAME.csw-new-PID` and `NAME.csw-old-PID` (a report
/// folder being swapped in, StagedFolder). `.gitignore` (csw init, csw fmt) lists the
/// same patterns for plain git.
enum TemporaryFiles {
    /// The name of a new temporary file that will replace `name` in the same folder.
    static func replacing(_ name: String) -> String {
        ".\(name).csw-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// The pid that made `path`'s last component, when it is one of csw's temporary names.
    static func owner(_ path: String) -> pid_t? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasPrefix("."), name.hasSuffix(".tmp"), let marker = name.range(of: ".csw-", options: .backwards) {
            // ".NAME.csw-PID-RANDOM.tmp"
            let rest = name[marker.upperBound...].dropLast(4).split(separator: "-")
            if rest.count == 2, let pid = pid_t(rest[0]), UInt32(rest[1]) != nil { return pid }
            return nil
        }
        for kind in [".csw-new-", ".csw-old-"] {
            if let marker = name.range(of: kind, options: .backwards), let pid = pid_t(name[marker.upperBound...]) { return pid }
        }
        return nil
    }

    /// Whether `path` is, or lies inside, one of csw's temporary files or folders.
    static func isTemporary(_ path: String) -> Bool {
        path.contains(".csw-") && path.split(separator: "/").contains { owner(String($0)) != nil }
    }

    /// Whether the process that made it is gone (so the file is left over from a run that
    /// was killed, not one still writing it).
    static func isStale(_ path: String) -> Bool {
        guard let pid = owner(path) else { return false }
        return pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Removes every stale temporary file and folder of csw's below `root` (not in .git;
    /// links are not followed) and returns how many went. It walks the whole workspace, so
    /// csw calls it only after a run was killed (WorkspaceLock finds its LockRecord).
    static func removeStale(under root: String) -> Int {
        var removed = 0
        var folders = [root]
        while let folder = folders.popLast() {
            for entry in (try? FileSystem.list(folder)) ?? [] where entry.name != ".git" {
                let path = folder + "/" + entry.name
                if entry.name.contains(".csw-"), owner(entry.name) != nil {
                    // Through SafeFolder: a link on the way is refused, one at the name is
                    // removed as a link.
                    guard isStale(entry.name), let parent = try? SafeFolder.open(folder, under: root) else { continue }
                    parent.removeTree(entry.name)
                    removed += 1
                } else if entry.type == .directory {
                    folders.append(path)
                }
            }
        }
        return removed
    }
}
