import CSWJSON

/// The canonical bytes of each kind of workspace file (docs/FORMAT.md), for `csw fmt`
/// and for every file csw writes.
public enum CanonicalForm {
    /// csw.json, profile.json and other JSON files.
    public static func json(_ bytes: [UInt8]) -> Result<[UInt8], JSONParseError> {
        JSONDocument.parse(bytes).map { JSONWriter().bytes($0.value) }
    }

    /// metrics.jsonl: one canonical line per snapshot, sorted by date (stable; lines
    /// without a date keep their order at the end). Blank lines are dropped.
    public static func metrics(_ bytes: [UInt8]) -> Result<[UInt8], JSONParseError> {
        let lines = JSONLines.parse(bytes)
        if let first = lines.errors.first { return .failure(first) }
        let values = lines.records.map { $0.document.value }
        let order = values.indices.sorted { a, b in
            switch (values[a]["date"]?.stringValue, values[b]["date"]?.stringValue) {
            case (let x?, let y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        return .success(order.flatMap { Array((JSONWriter.line(values[$0]) + "\n").utf8) })
    }

    /// A profile or config document written canonically.
    public static func json(_ value: JSONValue) -> [UInt8] { JSONWriter().bytes(value) }
}
