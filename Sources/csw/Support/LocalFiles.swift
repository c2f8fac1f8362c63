import CSWGit

/// csw's local state: the `.csw/` folder of each clone — webhook secrets, the hooks this
/// machine approved, the delivery outbox and log, conflicts, caches — never committed
/// (.gitignore, and csw commit leaves .csw/ out). A `.csw/` file that git tracks (in the
/// index or in HEAD) came in through a commit, perhaps a teammate's, so csw does not read
/// it as this clone's configuration or state; csw validate reports it (CSW0602).
struct LocalFiles {
    static let folder = ".csw"

    let root: String
    /// `.csw/` paths git tracks in this workspace (none outside a repository).
    let tracked: Set<String>
    /// Git could not tell (a damaged index): every `.csw/` file counts as tracked.
    let unknown: Bool

    init(root: String) {
        self.root = root
        guard let repo = try? GitRepository.open(at: root) else {
            tracked = []
            unknown = false
            return
        }
        do {
            tracked = Set(try repo.trackedPaths(under: Self.folder))
            unknown = false
        } catch {
            tracked = []
            unknown = true
        }
    }

    /// Whether git tracks `relative` (a path under .csw/), or the .csw entry itself.
    func isTracked(_ relative: String) -> Bool {
        unknown || tracked.contains(relative) || tracked.contains(Self.folder)
    }

    /// The bytes of a local file; nil when it is missing, unreadable or tracked by git.
    func read(_ relative: String) -> [UInt8]? {
        guard !isTracked(relative) else { return nil }
        return try? FileSystem.read(root + "/" + relative)
    }

    /// Why a tracked local file is not read, and the fix.
    static func trackedNote(_ relative: String) -> String {
        "\(relative) is tracked by git (it came in a commit), so csw does not read it: take it out of git with " +
            "'git rm --cached \(relative) && git commit -m \"Untrack \(relative)\"', then check the file is yours (csw validate: CSW0602)"
    }
}
