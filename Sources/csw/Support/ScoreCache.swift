import CSWAnalytics
import CSWJSON
import Glibc

/// Scores of the last run, kept in `.csw/cache/scores.jsonl` (ignored by git), so a run
/// recomputes only the customers whose files changed.
///
/// A cached score is used only when its key matches: the model version, the as-of date, a
/// digest of csw.json, and the size and modification time (to the nanosecond) of the
/// customer's profile.json, metrics.jsonl and score-override.json. Any edit, `git pull`
/// or checkout that touches a file changes its modification time, so the entry is
/// recomputed. Deleting the folder is always safe. Not used with --at (git objects).
struct ScoreCache {
    static let path = ".csw/cache/scores.jsonl"

    struct Entry: Sendable {
        let key: String
        /// The cached score (nil for an entry made in this run: `line` already holds it).
        let score: JSONNode?
        /// The entry's line in the file, newline included.
        let line: [UInt8]
    }

    var entries: [String: Entry] = [:]

    /// Reads the cache; anything unreadable (a torn or hand-edited file) counts as empty.
    static func load(root: String) -> ScoreCache {
        var cache = ScoreCache()
        // Read as it is written: never through a link (.csw committed as a link to elsewhere).
        guard let bytes = (try? SafeFolder.open(root + "/.csw/cache", under: root))?.read("scores.jsonl"),
              let all = JSONLines.parseAll(bytes) else { return cache }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        guard lines.count == all.root.count else { return cache }
        for (line, record) in zip(lines, all.root.elements) {
            guard let id = record["customer"]?.stringValue, let key = record["key"]?.stringValue, let score = record["score"] else { continue }
            cache.entries[id] = Entry(key: key, score: score, line: Array(line) + [0x0A])
        }
        return cache
    }

    /// One cache line for a freshly computed score.
    static func line(customer: String, key: String, score: JSONValue) -> [UInt8] {
        Array((JSONWriter.compact(.object(["customer": .string(customer), "key": .string(key), "score": score])) + "\n").utf8)
    }

    /// Writes the cache. The cache only saves time: a read-only workspace simply goes
    /// without it; a link on the way (`.csw` committed as a link) is returned, to be told.
    func save(root: String) -> FileSystem.IOError? {
        var out: [UInt8] = []
        out.reserveCapacity(entries.values.reduce(0) { $0 + $1.line.count })
        for id in entries.keys.sorted() { out += entries[id]!.line }
        do {
            try SafeFolder.open(root + "/.csw/cache", under: root, create: true).replace("scores.jsonl", with: out, durable: false)
        } catch {
            return error.link == nil ? nil : error
        }
        return nil
    }

    /// The files a score reads, in key order.
    static let files = ["profile.json", "metrics.jsonl", "score-override.json"]

    /// The cache key of one customer folder, from `stat` (to check a cached entry).
    static func key(root: String, customer: String, prefix: String) -> String {
        key(prefix: prefix, stamps: files.map { FileSystem.Stamp(path: root + "/customers/" + customer + "/" + $0) })
    }

    /// The cache key from the stamps taken while reading the files (one per name in `files`).
    static func key(prefix: String, stamps: [FileSystem.Stamp?]) -> String {
        var key = prefix
        for stamp in stamps {
            key += stamp.map { "|\($0.size):\($0.seconds).\($0.nanoseconds)" } ?? "|-"
        }
        return key
    }

    static func digest(_ bytes: [UInt8]) -> String { String(FNV1a.hash(bytes), radix: 16) }
}
