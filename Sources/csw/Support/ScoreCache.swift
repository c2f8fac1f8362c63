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

    var entries: [String: (key: String, score: JSONValue)] = [:]

    static func load(root: String) -> ScoreCache {
        var cache = ScoreCache()
        guard let bytes = try? FileSystem.read(root + "/" + path) else { return cache }
        guard let all = JSONLines.parseAll(bytes) else { return cache }
        for line in all.root.elements {
            guard let id = line["customer"]?.stringValue, let key = line["key"]?.stringValue, let score = line["score"] else { continue }
            cache.entries[id] = (key, score.value)
        }
        return cache
    }

    func save(root: String) {
        let ids = entries.keys.sorted()
        let all = entries
        let lines = ParallelMap.map(ids.count) { i -> [UInt8] in
            let entry = all[ids[i]]!
            return Array((JSONWriter.compact(.object(["customer": .string(ids[i]), "key": .string(entry.key), "score": entry.score])) + "\n").utf8)
        }
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.count })
        for line in lines { out += line }
        do {
            try AtomicFile.makeDirectories(root + "/.csw/cache")
            try AtomicFile.write(out, to: root + "/" + Self.path, durable: false)
        } catch {
            // The cache only saves time; a read-only workspace simply goes without it.
        }
    }

    /// The cache key of one customer folder.
    static func key(root: String, customer: String, prefix: String) -> String {
        var parts = [prefix]
        for name in ["profile.json", "metrics.jsonl", "score-override.json"] {
            var info = stat()
            if stat(root + "/customers/" + customer + "/" + name, &info) == 0 {
                parts.append("\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
            } else {
                parts.append("-")
            }
        }
        return parts.joined(separator: "|")
    }

    static func digest(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return String(h, radix: 16)
    }
}
