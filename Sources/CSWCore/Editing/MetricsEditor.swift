import CSWJSON

/// Adds a snapshot to a metrics.jsonl file, keeping date order and every other line's
/// bytes as they were (so the change is one added line in a diff).
public enum MetricsEditor {
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidFile(String)
        case dateTaken(String, line: Int)

        public var description: String {
            switch self {
            case .invalidFile(let why): return why
            case .dateTaken(let date, let line): return "there is already a snapshot for \(date) (line \(line)); edit that line instead"
            }
        }
    }

    public static func insert(_ snapshot: JSONValue, date: String, into existing: [UInt8]) -> Result<[UInt8], Problem> {
        var file = MetricsFile(existing)
        if let error = file.error {
            return .failure(.invalidFile("metrics.jsonl line \(error.location.line) is not valid JSON (\(error.message)); fix it first (csw validate)"))
        }
        if let taken = file.snapshots[date] { return .failure(.dateTaken(date, line: taken.line)) }
        guard case .object(let object) = snapshot else { return .failure(.invalidFile("a snapshot is a JSON object")) }
        file.set(object, date: date)
        return .success(file.bytes)
    }
}

/// A metrics.jsonl read once, to which several snapshots are added (`csw import metrics`):
/// each goes into its date's line or a new line in date order, and every other line keeps
/// its bytes.
public struct MetricsFile: Sendable {
    /// The first line that is not valid JSON, if any (the snapshots before and after it
    /// are still read).
    public let error: JSONParseError?
    private var lines: [[UInt8]]
    /// The date of each line (nil for a line without one).
    private var dates: [String?]
    /// Each dated line's values, by date: (1-based line, values) as the file has them.
    public private(set) var snapshots: [String: (line: Int, values: JSONObject)] = [:]

    public init(_ bytes: [UInt8]) {
        let parsed = JSONLines.parse(bytes)
        error = parsed.errors.first
        lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.last == [] { lines.removeLast() }
        dates = Array(repeating: nil, count: lines.count)
        for record in parsed.records {
            guard case .object(let o) = record.document.value, let date = o["date"]?.stringValue else { continue }
            dates[record.line - 1] = date
            if snapshots[date] == nil { snapshots[date] = (record.line, o) }
        }
    }

    /// The snapshot of `date` with `values` added: the values it has stay, the new ones go
    /// before its source and note; a date without a snapshot starts one.
    public func merged(_ values: JSONObject, date: String) -> JSONObject {
        let trailing = ["source", "note"]
        guard let old = snapshots[date]?.values else {
            var snapshot = JSONObject()
            snapshot["date"] = .string(date)
            for (k, v) in values where k != "date" { snapshot[k] = v }
            return snapshot
        }
        var merged = JSONObject()
        for (k, v) in old where !trailing.contains(k) { merged[k] = v }
        for (k, v) in values where old[k] == nil && k != "date" && !trailing.contains(k) { merged[k] = v }
        for (k, v) in old where trailing.contains(k) { merged[k] = v }
        return merged
    }

    /// Writes `snapshot` as the line of `date`: in place of the existing one, else after
    /// the last line dated before it (before the first dated after it).
    public mutating func set(_ snapshot: JSONObject, date: String) {
        let line = Array(JSONWriter.line(.object(snapshot)).utf8)
        if let existing = snapshots[date] {
            lines[existing.line - 1] = line
            snapshots[date] = (existing.line, snapshot)
            return
        }
        var insertAt = lines.count
        for i in lines.indices.reversed() {
            if let d = dates[i] {
                if d < date { insertAt = i + 1; break }
                insertAt = i
            }
        }
        lines.insert(line, at: insertAt)
        dates.insert(date, at: insertAt)
        for (d, entry) in snapshots where entry.line > insertAt { snapshots[d] = (entry.line + 1, entry.values) }
        snapshots[date] = (insertAt + 1, snapshot)
    }

    public var bytes: [UInt8] { lines.flatMap { $0 + [0x0A] } }
}
