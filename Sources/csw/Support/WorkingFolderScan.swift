import CSWGit
import CSWJSON
import Glibc

/// Finds the files of the working folder that git does not track, looking inside a folder
/// only when its modification time changed since the last run: adding, removing or
/// renaming an entry changes the time of the folder that holds it. This is the idea of
/// git's untracked cache. On a workspace of 10,000 customers it replaces listing 20,000
/// folders (and a `stat` of a .gitignore in each) with one `stat` per folder.
///
/// The cache, `.csw/cache/folders.jsonl` (ignored by git), holds for each folder its time,
/// its sub-folders (not those git ignores) and its file names. A folder is trusted only
/// when its time is more than two seconds older than the run that recorded it (a folder
/// changed within the same tick as the listing is read again), and the whole cache is
/// dropped when any ignore file changes (.gitignore files, .git/info/exclude, the global
/// excludes file). `git config core.untrackedCache false` turns the cache off, as it does
/// for git. Whether a listed file is tracked is decided each run from the index, so
/// `git rm --cached` is seen even though no folder changed.
struct WorkingFolderScan {
    let root: String
    let repo: GitRepository
    /// The root, opened once (a descriptor for `fstatat`).
    private var base: Int32 = -1

    init(root: String, repo: GitRepository) {
        self.root = root
        self.repo = repo
    }

    struct Folder {
        var seconds: Int
        var nanoseconds: Int
        var folders: [String]
        var files: [String]
    }

    static let cacheName = "folders.jsonl"

    /// The untracked (and ignored) file paths below the root, by a walk that reuses the
    /// listing of every unchanged folder; nil when the root cannot be read (the caller
    /// falls back to git's own walk).
    func untracked(tracked: Set<String>) -> [String]? {
        var scan = self
        scan.base = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard scan.base >= 0 else { return nil }
        defer { close(scan.base) }
        return scan.run(tracked: tracked)
    }

    private func run(tracked: Set<String>) -> [String]? {
        let enabled = (repo.configValue("core.untrackedCache").map { !["false", "no", "off", "0"].contains($0.lowercased()) }) ?? true
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var (cached, stored) = enabled ? load() : ([:], "")
        // An ignore file edited since: what was skipped or kept under the old rules is read again.
        if Self.signature(root: root, repo: repo, ignoreFiles: Self.ignoreFiles(cached)) != stored { cached = [:] }
        var walked: [String: Folder] = [:]
        var found: [String] = []
        guard walk("", cached: cached, into: &walked, found: &found, tracked: tracked) else { return nil }
        if !cached.isEmpty, Self.ignoreFiles(walked) != Self.ignoreFiles(cached) {
            // A .gitignore came or went: the same, for the folders below it.
            walked = [:]
            found = []
            guard walk("", cached: [:], into: &walked, found: &found, tracked: tracked) else { return nil }
        }
        if enabled {
            save(walked, changedSince: cached, signature: Self.signature(root: root, repo: repo, ignoreFiles: Self.ignoreFiles(walked)),
                 storedSignature: stored, before: now.tv_sec - 2)
        }
        return found
    }

    private func walk(_ relative: String, cached: [String: Folder], into walked: inout [String: Folder], found: inout [String], tracked: Set<String>) -> Bool {
        let path = relative.isEmpty ? root : root + "/" + relative
        var info = stat()
        // relative to the root's descriptor: the kernel looks up 3 names, not the 10 of a full path
        guard (relative.isEmpty ? lstat(path, &info) : fstatat(base, relative, &info, AT_SYMLINK_NOFOLLOW)) == 0,
              info.st_mode & S_IFMT == S_IFDIR else { return !relative.isEmpty }
        var folder: Folder
        if let known = cached[relative], known.seconds == info.st_mtim.tv_sec, known.nanoseconds == info.st_mtim.tv_nsec {
            folder = known
        } else {
            guard let entries = try? FileSystem.list(path) else { return !relative.isEmpty }
            folder = Folder(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec, folders: [], files: [])
            for entry in entries {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if entry.type == .directory {
                    if relative.isEmpty && entry.name == ".git" { continue }
                    // A folder git ignores is not entered; a nested repository is not ours to walk.
                    if repo.isIgnored(child + "/") || FileSystem.exists(root + "/" + child + "/.git") { continue }
                    folder.folders.append(entry.name)
                } else {
                    folder.files.append(entry.name)
                }
            }
        }
        walked[relative] = folder
        for name in folder.files {
            let child = relative.isEmpty ? name : relative + "/" + name
            if !tracked.contains(child) { found.append(child) }
        }
        for name in folder.folders {
            guard walk(relative.isEmpty ? name : relative + "/" + name, cached: cached, into: &walked, found: &found, tracked: tracked) else { return false }
        }
        return true
    }

    /// The .gitignore files the folders list.
    private static func ignoreFiles(_ folders: [String: Folder]) -> [String] {
        folders.compactMap { $0.value.files.contains(".gitignore") ? ($0.key.isEmpty ? ".gitignore" : $0.key + "/.gitignore") : nil }.sorted()
    }

    /// Size and time of every file whose rules decide what git ignores.
    private static func signature(root: String, repo: GitRepository, ignoreFiles: [String]) -> String {
        var paths = ignoreFiles.map { root + "/" + $0 }
        paths.append(repo.gitDirectory + "info/exclude")
        if let global = repo.configValue("core.excludesFile") {
            paths.append(global.hasPrefix("~/") ? (getenv("HOME").map { String(cString: $0) } ?? "") + global.dropFirst() : global)
        } else if let xdg = getenv("XDG_CONFIG_HOME").map({ String(cString: $0) }), !xdg.isEmpty {
            paths.append(xdg + "/git/ignore")
        } else if let home = getenv("HOME").map({ String(cString: $0) }) {
            paths.append(home + "/.config/git/ignore")
        }
        return paths.map { p in FileSystem.Stamp(path: p).map { "\(p) \($0.size) \($0.seconds).\($0.nanoseconds)" } ?? "\(p) -" }.joined(separator: "\n")
    }

    /// The cached folders and the signature of the ignore files they were listed under.
    private func load() -> ([String: Folder], String) {
        // this clone's own listing: one that came in a commit is not read
        guard !LocalFiles(root: root).isTracked(LocalFiles.folder + "/cache/" + Self.cacheName),
              let bytes = (try? SafeFolder.open(root + "/.csw/cache", under: root))?.read(Self.cacheName),
              let all = JSONLines.parseAll(bytes), let signature = all.root[0]?[1]?.stringValue else { return ([:], "") }
        var folders: [String: Folder] = [:]
        for line in all.root.elements.dropFirst() {
            guard let path = line[0]?.stringValue, let time = line[1]?.stringValue, let dot = time.firstIndex(of: "."),
                  let seconds = Int(time[..<dot]), let nanoseconds = Int(time[time.index(after: dot)...]) else { return ([:], "") }
            let names = { (node: JSONNode?) -> [String] in (node?.elements).map { $0.compactMap(\.stringValue) } ?? [] }
            folders[path] = Folder(seconds: seconds, nanoseconds: nanoseconds, folders: names(line[2]), files: names(line[3]))
        }
        return (folders, signature)
    }

    /// Writes the listing when it differs from the cached one. A folder changed in the last
    /// two seconds (`before`) is left out, to be read again next time.
    private func save(_ walked: [String: Folder], changedSince cached: [String: Folder], signature: String, storedSignature: String, before: Int) {
        let kept = walked.filter { $0.value.seconds < before }
        guard signature != storedSignature || kept.count != cached.count
            || kept.contains(where: { path, folder in cached[path].map { $0.seconds != folder.seconds || $0.nanoseconds != folder.nanoseconds } ?? true })
        else { return }
        var out = Array(JSONWriter.compact(.array([.string("csw folder listing 1"), .string(signature)])).utf8)
        out.append(0x0A)
        for (path, folder) in kept.sorted(by: { $0.key < $1.key }) {
            let line: JSONValue = .array([.string(path), .string("\(folder.seconds).\(folder.nanoseconds)"),
                                          .array(folder.folders.map { .string($0) }), .array(folder.files.map { .string($0) })])
            out += Array(JSONWriter.compact(line).utf8)
            out.append(0x0A)
        }
        try? SafeFolder.open(root + "/.csw/cache", under: root, create: true).replace(Self.cacheName, with: out, durable: false)
    }
}
