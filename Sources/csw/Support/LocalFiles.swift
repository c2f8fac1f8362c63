import CSWGit
import Synchronization

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
        // Reading the index costs about 50 ms on 10,000 customers, and a sync asks several
        // times: the answer is kept while the index file and HEAD stay the same.
        let stamp = Self.stamp(root)
        if let stamp, let known = Self.memo.withLock({ $0[root] }), known.stamp == stamp {
            (tracked, unknown) = (known.tracked, known.unknown)
            return
        }
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
        if let stamp { Self.memo.withLock { [tracked, unknown] in $0[root] = (stamp, tracked, unknown) } }
    }

    /// Fills the memo from a repository whose index is already read (status read it), so
    /// the next `LocalFiles(root:)` does not read the index again.
    static func prime(root: String, repo: GitRepository) {
        guard let stamp = stamp(root), let tracked = try? repo.trackedPaths(under: folder) else { return }
        memo.withLock { $0[root] = (stamp, Set(tracked), false) }
    }

    private static let memo = Mutex<[String: (stamp: String, tracked: Set<String>, unknown: Bool)]>([:])

    /// What the answer depends on: the index file and HEAD (its ref file or packed-refs).
    private static func stamp(_ root: String) -> String? {
        let git = root + "/.git"
        guard let index = FileSystem.Stamp(path: git + "/index"), let head = try? FileSystem.read(git + "/HEAD") else { return nil }
        var text = "\(index.size) \(index.seconds).\(index.nanoseconds) " + String(decoding: head, as: UTF8.self)
        let ref = String(decoding: head.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        if ref.hasPrefix("ref: ") {
            for file in [git + "/" + ref.dropFirst(5), git + "/packed-refs"] {
                text += FileSystem.Stamp(path: String(file)).map { " \($0.size) \($0.seconds).\($0.nanoseconds)" } ?? " -"
            }
        }
        return text
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
