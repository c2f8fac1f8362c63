import Glibc

/// The one door for every write, rename and delete csw does. A write starts from a folder
/// csw trusts — the workspace root, or the folder above an output the user named on the
/// command line (links above it are the user's choice) — and opens each folder below it
/// with `openat(O_DIRECTORY | O_NOFOLLOW)` from the one above. A symbolic link anywhere on
/// the way (`.csw`, `customers`, `customers/ID/reviews`, a file's own name) stops the write
/// with an error that names it, before anything is made: a teammate's committed link can
/// never send a write, or a delete, out of the workspace. Files are then made, replaced and
/// removed relative to the open folder (`openat`, `renameat`, `unlinkat`), so no path is
/// looked up twice.
final class SafeFolder: Sendable {
    let fd: Int32
    /// The folder's path.
    let path: String
    /// How messages name it: relative to a workspace root ("customers/HOSP_001/reviews"), or
    /// the full path for an output outside one.
    let shown: String

    private init(fd: Int32, path: String, shown: String) {
        self.fd = fd
        self.path = path
        self.shown = shown
    }

    deinit { close(fd) }

    /// Opens `path`, which is `base` or a folder below it. `create` makes missing folders
    /// and hands each to `made` (outermost first). `shownFrom`: what messages put before the
    /// path below `base` ("" inside a workspace; the base and a slash for an output folder).
    static func open(_ path: String, under base: String, create: Bool = false, shownFrom: String = "",
                     made: (String) -> Void = { _ in }) throws(FileSystem.IOError) -> SafeFolder {
        let parts = try components(path, under: base)
        let fd = Glibc.open(base.isEmpty ? "." : base, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystem.IOError(path: base, reason: "cannot open the folder: \(FileSystem.errnoText())") }
        var folder = SafeFolder(fd: fd, path: trimmed(base), shown: shownFrom.isEmpty ? "." : String(shownFrom.dropLast()))
        for part in parts { folder = try folder.folder(part, create: create, made: made) }
        return folder
    }

    /// The folder `name` in this one, opened without following a link; `create` makes it
    /// when absent (and hands its path to `made`).
    func folder(_ name: String, create: Bool = false, made: (String) -> Void = { _ in }) throws(FileSystem.IOError) -> SafeFolder {
        var inner = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if inner < 0 && errno == ENOENT && create {
            let madeNow = mkdirat(fd, name, 0o755) == 0
            guard madeNow || errno == EEXIST else {
                throw FileSystem.IOError(path: child(name), reason: "cannot create the folder: \(FileSystem.errnoText())")
            }
            if madeNow { made(child(name)) }
            inner = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        guard inner >= 0 else {
            let reason = FileSystem.errnoText()
            switch kind(name) {
            case .symlink: throw .link(shownChild(name), folder: true)
            case .file, .other: throw FileSystem.IOError(path: child(name), reason: "it is a file, not a folder")
            default: throw FileSystem.IOError(path: child(name), reason: "cannot open the folder: \(reason)")
            }
        }
        return SafeFolder(fd: inner, path: child(name), shown: shownChild(name))
    }

    /// Replaces or creates `name` atomically: a temporary file beside it, fsync, `renameat`,
    /// fsync of the folder. `durable: false` skips the fsyncs (the rename still leaves the
    /// file old or new if csw is killed). A link at `name` is refused, not replaced.
    func replace(_ name: String, with bytes: [UInt8], durable: Bool = true) throws(FileSystem.IOError) {
        if kind(name) == .symlink { throw .link(shownChild(name), folder: false) }
        let temporary = TemporaryFiles.replacing(name)
        try writeNew(temporary, bytes, durable: durable)
        guard renameat(fd, temporary, fd, name) == 0 else {
            let reason = FileSystem.errnoText()
            unlinkat(fd, temporary, 0)
            throw FileSystem.IOError(path: child(name), reason: "cannot write the file: \(reason)")
        }
        if durable { fsync(fd) }
    }

    /// Writes a file that must not exist yet (never an existing file or link), fsynced when
    /// `durable`; on failure nothing is left.
    func writeNew(_ name: String, _ bytes: [UInt8], durable: Bool) throws(FileSystem.IOError) {
        let file = try create(name)
        var failure = FileSystem.writeAll(bytes, to: file)
        if failure == nil && durable && fsync(file) != 0 { failure = FileSystem.errnoText() }
        close(file)
        if let failure {
            unlinkat(fd, name, 0)
            throw FileSystem.IOError(path: child(name), reason: "cannot write the file: \(failure)")
        }
    }

    /// Creates the new file `name` (O_EXCL | O_NOFOLLOW) and returns its descriptor.
    func create(_ name: String) throws(FileSystem.IOError) -> Int32 {
        let file = openat(fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else {
            if kind(name) == .symlink { throw .link(shownChild(name), folder: false) }
            throw FileSystem.IOError(path: child(name), reason: "cannot create the file: \(FileSystem.errnoText())")
        }
        return file
    }

    /// Opens `name` for reading and writing, creating it if absent, never through a link
    /// (the workspace lock file).
    func openForUpdate(_ name: String) throws(FileSystem.IOError) -> Int32 {
        let file = openat(fd, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else {
            if kind(name) == .symlink { throw .link(shownChild(name), folder: false) }
            throw FileSystem.IOError(path: child(name), reason: "cannot open the file: \(FileSystem.errnoText())")
        }
        return file
    }

    /// The bytes of the regular file `name`; nil when it is absent, a link or not a file.
    func read(_ name: String) -> [UInt8]? {
        let file = openat(fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { return bytes }
            bytes += chunk[..<n]
        }
    }

    /// Removes the file or link `name` (a link goes, never what it points to). False when
    /// there was nothing to remove or it could not be removed.
    @discardableResult
    func remove(_ name: String) -> Bool { unlinkat(fd, name, 0) == 0 }

    /// Removes the empty folder `name`.
    @discardableResult
    func removeFolder(_ name: String) -> Bool { unlinkat(fd, name, AT_REMOVEDIR) == 0 }

    /// Removes `name` and everything in it; links inside are removed, never followed.
    func removeTree(_ name: String) {
        let inner = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard inner >= 0 else {
            unlinkat(fd, name, 0)  // a file or a link (or nothing)
            return
        }
        let folder = SafeFolder(fd: inner, path: child(name), shown: shownChild(name))
        for entry in folder.list() { folder.removeTree(entry.name) }
        unlinkat(fd, name, AT_REMOVEDIR)
    }

    /// Renames `from` to `to` within this folder (a link is moved as a link).
    func rename(_ from: String, to: String) throws(FileSystem.IOError) {
        guard renameat(fd, from, fd, to) == 0 else {
            throw FileSystem.IOError(path: child(to), reason: "cannot move \(from) there: \(FileSystem.errnoText())")
        }
    }

    /// What `name` is, without following a link; nil when absent.
    func kind(_ name: String) -> FileSystem.EntryType? {
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// Names and types in the folder, sorted by name, without "." and "..".
    func list() -> [(name: String, type: FileSystem.EntryType)] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else { return [] }
        defer { closedir(dir) }
        var result: [(name: String, type: FileSystem.EntryType)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            result.append((name, kind(name) ?? .other))
        }
        return result.sorted { $0.name < $1.name }
    }

    func child(_ name: String) -> String { path == "/" ? "/" + name : path + "/" + name }
    func shownChild(_ name: String) -> String { shown == "." ? name : shown + "/" + name }

    /// The names below `base` on the way to `path`; a path outside `base` or with ".." is refused.
    static func components(_ path: String, under base: String) throws(FileSystem.IOError) -> [String] {
        let base = trimmed(base), path = trimmed(path)
        guard path != base else { return [] }
        let prefix = base == "/" ? "/" : base == "." && !path.hasPrefix("./") && !path.hasPrefix("/") ? "" : base + "/"
        guard path.hasPrefix(prefix) else { throw FileSystem.IOError(path: path, reason: "csw writes only inside \(base)") }
        let parts = path.dropFirst(prefix.count).split(separator: "/").map(String.init).filter { $0 != "." }
        guard !parts.contains("..") else { throw FileSystem.IOError(path: path, reason: "csw does not write a path with \"..\" in it") }
        return parts
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Where csw may start writing an output the user named (`--out`, `csw init DIR`): the
    /// workspace root when the output is inside it (so a committed link on the way is
    /// refused), else the deepest existing folder above it (links up to there are the
    /// user's own). `target` comes back with "." and ".." taken out as a shell's `cd` does;
    /// `shownFrom` is what messages put before the rest of the path.
    static func output(_ target: String, workspace root: String?) -> (target: String, base: String, shownFrom: String) {
        let target = lexical(target)
        if let root, target.hasPrefix(root + "/") { return (target, root, "") }
        var base = target
        repeat {
            guard let slash = base.lastIndex(of: "/") else { return (target, ".", "") }
            base = slash == base.startIndex ? "/" : String(base[..<slash])
        } while !FileSystem.isDirectory(base) && base != "/"
        return (target, base, base == "/" ? "/" : base + "/")
    }

    /// `path` without "." and ".." components (".." removes the name before it).
    static func lexical(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else if part != ".." || !path.hasPrefix("/") { parts.append(part) }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}

extension FileSystem.IOError {
    /// A symbolic link where csw was about to write: the error names it and says what to do.
    static func link(_ shown: String, folder: Bool) -> FileSystem.IOError {
        FileSystem.IOError(path: shown, reason: "is a symbolic link; csw does not write through links", link: folder ? .folder : .file)
    }
}
