import Glibc

/// Atomic writes: a temporary file in the same folder, fsync, rename, fsync of the folder.
/// Killing csw at any moment leaves each file old or new, never half-written. Every path is
/// given with the folder it is `under` (the workspace root, or the folder above an output
/// the user named) and reached through `SafeFolder`, so no symbolic link below that folder
/// is ever written through.
enum AtomicFile {
    /// `durable: false` skips the fsyncs (the rename still makes each file old-or-new if
    /// csw is killed); bulk writers such as `demo generate` call `sync()` once at the end.
    static func write(_ bytes: [UInt8], to path: String, under base: String, durable: Bool = true) throws(FileSystem.IOError) {
        let (folder, name) = split(path)
        try SafeFolder.open(folder, under: base).replace(name, with: bytes, durable: durable)
    }

    /// Removes the file (or link) at `path`; a link on the way is refused. False when there
    /// was nothing there.
    @discardableResult
    static func remove(_ path: String, under base: String) throws(FileSystem.IOError) -> Bool {
        let (folder, name) = split(path)
        return try SafeFolder.open(folder, under: base).remove(name)
    }

    /// Creates `path` and missing parents below `base`; returns the folders it created
    /// (outermost first).
    @discardableResult
    static func makeDirectories(_ path: String, under base: String, shownFrom: String = "") throws(FileSystem.IOError) -> [String] {
        var created: [String] = []
        _ = try SafeFolder.open(path, under: base, create: true, shownFrom: shownFrom) { created.append($0) }
        return created
    }

    /// The folder and the name of a path.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        return (slash == path.startIndex ? "/" : String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}

/// Writes several files as one change: each file atomically, and if any write fails the
/// files and folders created so far are removed again, so a failed command changes nothing.
/// Every path is below `base` and written through `SafeFolder` (no link followed).
struct FileTransaction {
    let base: String
    private var createdFiles: [String] = []
    private var createdFolders: [String] = []
    private var replaced: [(path: String, old: [UInt8])] = []

    var durable = true

    init(under base: String) {
        self.base = base
    }

    mutating func write(_ bytes: [UInt8], to path: String) throws(FileSystem.IOError) {
        let (parent, name) = AtomicFile.split(path)
        var made: [String] = []
        let folder = try SafeFolder.open(parent, under: base, create: true) { made.append($0) }
        createdFolders += made
        switch folder.kind(name) {
        case nil:
            createdFiles.append(path)
        case .file:
            guard let old = folder.read(name) else { throw FileSystem.IOError(path: path, reason: "cannot read the file") }
            replaced.append((path, old))
        default:
            break  // a link or a folder: replace refuses it below
        }
        try folder.replace(name, with: bytes, durable: durable)
    }

    /// Undoes every write of this transaction.
    func rollBack() {
        for path in createdFiles.reversed() { _ = try? AtomicFile.remove(path, under: base) }
        for (path, old) in replaced.reversed() { try? AtomicFile.write(old, to: path, under: base) }
        for path in createdFolders.reversed() {
            let (parent, name) = AtomicFile.split(path)
            _ = (try? SafeFolder.open(parent, under: base))?.removeFolder(name)
        }
    }
}
