import Glibc

/// Atomic writes: a temporary file in the same folder, fsync, rename, fsync of the
/// folder. Killing csw at any moment leaves each file old or new, never half-written.
enum AtomicFile {
    /// `durable: false` skips the fsyncs (the rename still makes each file old-or-new if
    /// csw is killed); bulk writers such as `demo generate` call `sync()` once at the end.
    static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(FileSystem.IOError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(folder)/.\(name).csw-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let (ok, written) = writeNew(bytes, to: temporary, durable: durable)
        var reason = written
        guard ok, rename(temporary, path) == 0 else {
            if ok { reason = FileSystem.errnoText() }
            unlink(temporary)
            throw FileSystem.IOError(path: path, reason: "cannot write the file: \(reason)")
        }
        let dirfd = durable ? open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Writes a file that must not exist yet (O_EXCL), fsynced when `durable`: the first
    /// half of an atomic write, and on its own for files in a folder that is itself moved
    /// into place when complete (csw dashboard). (ok, reason).
    static func writeNew(_ bytes: [UInt8], to path: String, durable: Bool) -> (Bool, String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return (false, FileSystem.errnoText()) }
        let failure = FileSystem.writeAll(bytes, to: fd)
        var ok = failure == nil
        var reason = failure ?? ""
        if ok && durable && fsync(fd) != 0 {
            ok = false
            reason = FileSystem.errnoText()
        }
        close(fd)
        return (ok, reason)
    }

    /// Removes a folder tree that csw made (files and folders, links not followed).
    static func removeTree(_ path: String) {
        for entry in (try? FileSystem.list(path)) ?? [] {
            let child = path + "/" + entry.name
            if entry.type == .directory { removeTree(child) } else { unlink(child) }
        }
        rmdir(path)
    }

    /// Creates `path` and missing parents; returns the folders it created (outermost first).
    @discardableResult
    static func makeDirectories(_ path: String) throws(FileSystem.IOError) -> [String] {
        var created: [String] = []
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if FileSystem.isDirectory(current) { continue }
            guard mkdir(current, 0o755) == 0 else {
                throw FileSystem.IOError(path: current, reason: "cannot create the folder: \(FileSystem.errnoText())")
            }
            created.append(current)
        }
        return created
    }
}

/// Writes several files as one change: each file atomically, and if any write fails the
/// files and folders created so far are removed again, so a failed command changes nothing.
struct FileTransaction {
    private var createdFiles: [String] = []
    private var createdFolders: [String] = []
    private var replaced: [(path: String, old: [UInt8])] = []

    var durable = true

    mutating func write(_ bytes: [UInt8], to path: String) throws(FileSystem.IOError) {
        if let slash = path.lastIndex(of: "/") {
            createdFolders += try AtomicFile.makeDirectories(String(path[..<slash]))
        }
        if FileSystem.exists(path) {
            replaced.append((path, try FileSystem.read(path)))
        } else {
            createdFiles.append(path)
        }
        try AtomicFile.write(bytes, to: path, durable: durable)
    }

    /// Undoes every write of this transaction.
    func rollBack() {
        for path in createdFiles.reversed() { unlink(path) }
        for (path, old) in replaced.reversed() { try? AtomicFile.write(old, to: path) }
        for folder in createdFolders.reversed() { rmdir(folder) }
    }
}
