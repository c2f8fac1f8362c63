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
        let parsed = JSONLines.parse(existing)
        if let error = parsed.errors.first {
            return .failure(.invalidFile("metrics.jsonl line \(error.location.line) is not valid JSON (\(error.message)); fix it first (csw validate)"))
        }
        // Line number → date of that line.
        var dates: [Int: String] = [:]
        for record in parsed.records {
            if let d = record.document.root["date"]?.stringValue {
                if d == date { return .failure(.dateTaken(date, line: record.line)) }
                dates[record.line] = d
            }
        }
        var lines = existing.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.last == [] { lines.removeLast() }
        var insertAt = lines.count
        // After the last line dated before the new snapshot; before the first dated after it.
        for (i, _) in lines.enumerated().reversed() {
            if let d = dates[i + 1] {
                if d < date { insertAt = i + 1; break }
                insertAt = i
            }
        }
        lines.insert(Array(JSONWriter.line(snapshot).utf8), at: insertAt)
        return .success(lines.flatMap { $0 + [0x0A] })
    }

    /// Adds metrics to the snapshot of `date`: into its line when there is one (the values
    /// it already has stay as they are; the new ones go before its source and note), else
    /// as a new snapshot in date order. Every other line keeps its bytes.
    public static func merge(_ values: JSONObject, date: String, into existing: [UInt8]) -> Result<[UInt8], Problem> {
        let parsed = JSONLines.parse(existing)
        if let error = parsed.errors.first {
            return .failure(.invalidFile("metrics.jsonl line \(error.location.line) is not valid JSON (\(error.message)); fix it first (csw validate)"))
        }
        guard let record = parsed.records.first(where: { $0.document.root["date"]?.stringValue == date }),
              case .object(let old) = record.document.value
        else {
            var snapshot = JSONObject()
            snapshot["date"] = .string(date)
            for (k, v) in values where k != "date" { snapshot[k] = v }
            return insert(.object(snapshot), date: date, into: existing)
        }
        var merged = JSONObject()
        let trailing = ["source", "note"]
        for (k, v) in old where !trailing.contains(k) { merged[k] = v }
        for (k, v) in values where old[k] == nil && k != "date" && !trailing.contains(k) { merged[k] = v }
        for (k, v) in old where trailing.contains(k) { merged[k] = v }
        var lines = existing.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.last == [] { lines.removeLast() }
        lines[record.line - 1] = Array(JSONWriter.line(.object(merged)).utf8)
        return .success(lines.flatMap { $0 + [0x0A] })
    }
}
