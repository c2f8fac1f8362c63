import Glibc

/// A folder of generated files (csw dashboard, csw export) written beside its target and
/// moved into place whole: a killed run leaves the previous output, never half of a new
/// one. An existing target is replaced only if it is missing, empty or an earlier output
/// of the same kind (it holds `marker`), so a folder of the user's is never overwritten.
struct StagedFolder {
    let target: String
    let staging: String
    let marker: String

    /// nil when `target` exists and is not a folder csw may replace.
    static func begin(_ target: String, marker: String) throws(FileSystem.IOError) -> StagedFolder? {
        if FileSystem.exists(target) {
            let entries = (try? FileSystem.list(target)) ?? []
            guard FileSystem.isDirectory(target), entries.isEmpty || entries.contains(where: { $0.name == marker }) else { return nil }
        }
        let folder = StagedFolder(target: target, staging: target + ".csw-new-\(getpid())", marker: marker)
        AtomicFile.removeTree(folder.staging)
        try AtomicFile.makeDirectories(folder.staging)
        return folder
    }

    /// Writes the marker and moves the staging folder into place (the old output goes).
    func commit(markerText: String) throws(FileSystem.IOError) {
        let (ok, reason) = AtomicFile.writeNew(Array(markerText.utf8), to: staging + "/" + marker, durable: false)
        guard ok else { throw FileSystem.IOError(path: target, reason: reason) }
        // No sync(): the output is derived data that the next run writes again.
        let old = target + ".csw-old-\(getpid())"
        if FileSystem.exists(target) && rename(target, old) != 0 {
            throw FileSystem.IOError(path: target, reason: "cannot replace it: \(FileSystem.errnoText())")
        }
        guard rename(staging, target) == 0 else {
            let reason = FileSystem.errnoText()
            _ = rename(old, target)
            throw FileSystem.IOError(path: target, reason: "cannot move the new output into place: \(reason)")
        }
        AtomicFile.removeTree(old)
    }

    func abandon() { AtomicFile.removeTree(staging) }
}
