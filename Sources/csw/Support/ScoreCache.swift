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
///
/// Each line is `{"customer":"ID","key":"KEY","score":{…}}`, one per customer.
/// Loading indexes the lines without parsing the scores (a score is parsed when it is
/// used, and a line that does not parse counts as missing); saving streams the lines
/// (`Writer`), so neither holds a second copy of every score.
struct ScoreCache {
    static let path = ".csw/cache/scores.jsonl"

    struct Entry: Sendable {
        let key: String
        /// The entry's line in `bytes`, newline included.
        let line: Range<Int>
        /// The score's JSON text in `bytes`.
        let score: Range<Int>
    }

    /// The cache file as read.
    private(set) var bytes: [UInt8] = []
    private(set) var entries: [String: Entry] = [:]

    /// Reads the cache; a line not in the form above is skipped (a hand-edited or torn
    /// file costs a recomputation, never a wrong score).
    static func load(root: String) -> ScoreCache {
        var cache = ScoreCache()
        // Read as it is written: never through a link (.csw committed as a link to elsewhere).
        guard let bytes = (try? SafeFolder.open(root + "/.csw/cache", under: root))?.read("scores.jsonl") else { return cache }
        cache.bytes = bytes
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if let (id, key, score) = parse(bytes, start..<end) {
                cache.entries[id] = Entry(key: key, line: start..<min(bytes.count, end + 1), score: score)
            }
            start = end + 1
        }
        return cache
    }

    /// The customer, key and score range of one line, when it has the form csw writes.
    private static func parse(_ b: [UInt8], _ line: Range<Int>) -> (String, String, Range<Int>)? {
        var i = line.lowerBound
        func expect(_ text: String) -> Bool {
            let utf8 = text.utf8
            guard i + utf8.count <= line.upperBound, b[i..<(i + utf8.count)].elementsEqual(utf8) else { return false }
            i += utf8.count
            return true
        }
        /// A string without escapes (anything else is not a line csw wrote).
        func string() -> String? {
            let from = i
            while i < line.upperBound, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\"), b[i] >= 0x20 { i += 1 }
            guard i < line.upperBound, b[i] == UInt8(ascii: "\"") else { return nil }
            defer { i += 1 }
            return String(decoding: b[from..<i], as: UTF8.self)
        }
        guard expect("{\"customer\":\""), let id = string(), expect(",\"key\":\""), let key = string(), expect(",\"score\":"),
              line.upperBound - i >= 3, b[line.upperBound - 1] == UInt8(ascii: "}") else { return nil }
        return (id, key, i..<(line.upperBound - 1))
    }

    /// The cached score of `customer` when its key is still `key`; nil when there is none,
    /// the key differs or the entry does not parse.
    func score(_ customer: String, key: () -> String) -> JSONValue? {
        guard let entry = entries[customer], entry.key == key(),
              case .success(let document) = JSONDocument.parse(Array(bytes[entry.score])) else { return nil }
        return document.value
    }

    func line(_ customer: String) -> ArraySlice<UInt8>? { entries[customer].map { bytes[$0.line] } }

    /// One cache line for a freshly computed score (`score` in compact JSON).
    static func line(customer: String, key: String, score: JSONValue) -> [UInt8] {
        var out = Array("{\"customer\":".utf8)
        out += Array(JSONWriter.compact(.string(customer)).utf8)
        out += Array(",\"key\":".utf8)
        out += Array(JSONWriter.compact(.string(key)).utf8)
        out += Array(",\"score\":".utf8)
        out += Array(JSONWriter.compact(score).utf8)
        out += Array("}\n".utf8)
        return out
    }

    /// Writes a new cache file a line at a time and puts it in place at `finish`. The cache only saves time: a read-only workspace
    /// simply goes without it; a link on the way (`.csw` committed as a link) is returned by
    /// `finish`, to be told.
    struct Writer {
        private var folder: SafeFolder?
        private var file: Int32 = -1
        private var temporary = ""
        private var buffer: [UInt8] = []
        private(set) var failure: FileSystem.IOError?

        init(root: String) {
            do throws(FileSystem.IOError) {
                let folder = try SafeFolder.open(root + "/.csw/cache", under: root, create: true)
                if folder.kind("scores.jsonl") == .symlink { throw FileSystem.IOError.link(folder.shownChild("scores.jsonl"), folder: false) }
                temporary = TemporaryFiles.replacing("scores.jsonl")
                file = try folder.create(temporary)
                self.folder = folder
            } catch {
                failure = error.link == nil ? nil : error
            }
        }

        mutating func append<Line: Collection<UInt8>>(_ line: Line) {
            guard file >= 0 else { return }
            buffer.append(contentsOf: line)
            if buffer.count >= 1 << 20 { flush() }
        }

        private mutating func flush() {
            guard file >= 0, !buffer.isEmpty else { return }
            if FileSystem.writeAll(buffer, to: file) != nil { abandon() }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Drops the new file; the old cache stays.
        mutating func abandon() {
            guard file >= 0 else { return }
            close(file)
            file = -1
            _ = folder?.remove(temporary)
        }

        /// Puts the new file in place of the old one (not fsynced: a cache may be lost).
        mutating func finish() -> FileSystem.IOError? {
            flush()
            guard file >= 0, let folder else { return failure }
            close(file)
            file = -1
            do { try folder.rename(temporary, to: "scores.jsonl") } catch { _ = folder.remove(temporary) }
            return failure
        }
    }

    /// The files a score reads, in key order.
    static let files = ["profile.json", "metrics.jsonl", "score-override.json"]

    /// The files a score of `customer` reads: `files`, and — when the model reads feedback
    /// (its sentiment, or a cap on it) — every note of feedback/ by name, so a note added,
    /// removed or edited changes the key. A feedback/ that is a link is not listed.
    static func inputs(root: String, customer: String, feedback: Bool) -> [String] {
        guard feedback else { return files }
        let feedback = root + "/customers/" + customer + "/feedback"
        guard FileSystem.kind(of: feedback) == .directory, let notes = try? FileSystem.list(feedback) else { return files }
        return files + notes.filter { $0.type == .file && $0.name.hasSuffix(".md") }.map { "feedback/" + $0.name }.sorted()
    }

    /// The cache key of one customer folder, from `stat` (to check a cached entry).
    static func key(root: String, customer: String, prefix: String, feedback: Bool) -> String {
        let names = inputs(root: root, customer: customer, feedback: feedback)
        return key(prefix: prefix, files: names, stamps: names.map { FileSystem.Stamp(path: root + "/customers/" + customer + "/" + $0) })
    }

    /// The cache key from the stamps taken while reading the files (one per name in
    /// `files`); names beyond the fixed three (feedback notes) are part of the key.
    static func key(prefix: String, files names: [String], stamps: [FileSystem.Stamp?]) -> String {
        var key = prefix
        for name in names.dropFirst(files.count) { key += "|" + name }
        for stamp in stamps {
            key += stamp.map { "|\($0.size):\($0.seconds).\($0.nanoseconds)" } ?? "|-"
        }
        return key
    }

    static func digest(_ bytes: [UInt8]) -> String { String(FNV1a.hash(bytes), radix: 16) }
}
