import Glibc

/// A folder of generated files (csw dashboard, csw export) written beside its target and
/// moved into place whole: a killed run leaves the previous output, never half of a new
/// one. An existing target is replaced only if it is missing, empty or an earlier output
/// of the same kind (it holds `marker`), so a folder of the user's is never overwritten.
/// Everything goes through `SafeFolder` from the folder above the target: a target that
/// is a symbolic link is refused (never listed, replaced or deleted through), and so is a
/// link on the way to it below `base`.
struct StagedFolder {
    let target: String
    let staging: String
    let marker: String
    /// The folder that holds the target (and the staging folder beside it).
    let parent: SafeFolder
    /// The staging folder, open: write the output into it.
    let folder: SafeFolder

    private var name: String { AtomicFile.split(target).name }
    private var stagingName: String { AtomicFile.split(staging).name }

    /// nil when `target` exists and is not a folder csw may replace. `base`: where csw
    /// starts checking for links (SafeFolder.output); missing folders below it are made.
    static func begin(_ target: String, under base: String, shownFrom: String = "", marker: String) throws(FileSystem.IOError) -> StagedFolder? {
        let (parentPath, name) = AtomicFile.split(target)
        let parent = try SafeFolder.open(parentPath, under: base, create: true, shownFrom: shownFrom)
        switch parent.kind(name) {
        case nil:
            break
        case .directory:
            let entries = try parent.folder(name).list()
            guard entries.isEmpty || entries.contains(where: { $0.name == marker }) else { return nil }
        case .symlink:
            throw .link(parent.shownChild(name), folder: true)
        default:
            return nil
        }
        let stagingName = name + ".csw-new-\(getpid())"
        parent.removeTree(stagingName)
        let folder = try parent.folder(stagingName, create: true)
        return StagedFolder(target: target, staging: parent.child(stagingName), marker: marker, parent: parent, folder: folder)
    }

    /// Writes the marker and moves the staging folder into place (the old output goes).
    func commit(markerText: String) throws(FileSystem.IOError) {
        try folder.writeNew(marker, Array(markerText.utf8), durable: false)
        // No sync(): the output is derived data that the next run writes again.
        let old = name + ".csw-old-\(getpid())"
        if parent.kind(name) != nil { try parent.rename(name, to: old) }
        do {
            try parent.rename(stagingName, to: name)
        } catch {
            try? parent.rename(old, to: name)
            throw error
        }
        parent.removeTree(old)
    }

    func abandon() { parent.removeTree(stagingName) }
}
