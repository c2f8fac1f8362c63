import CSWJSON

/// The `--map FILE.json` of `csw import crm` and `csw import metrics`: which column holds
/// what, and how the export's words translate into the workspace's.
///
///     {"columns": {"tier": "Customer Level", "csm_assigned": "Success Owner"},
///      "values": {"tier": {"Gold": "strategic"}, "csm_assigned": {"Jane Doe": "dana.okafor"}},
///      "metrics": {"DAU %": "usage_percentage"}, "ignore": ["Notes"],
///      "month_first": false, "time_zone": "-05:00", "source": "amplitude", "system": "salesforce"}
public struct ImportMap: Sendable, Equatable {
    /// Field (or, for metrics, `customer`/`date`/`source`) → the column's name.
    public var columns: [String: String] = [:]
    /// Field → export value (compared without case) → workspace value.
    public var values: [String: [String: String]] = [:]
    /// Metrics import: column → metric name.
    public var metrics: [String: String] = [:]
    /// Metrics import: columns that are not metrics.
    public var ignore: Set<String> = []
    public var monthFirst: Bool?
    /// Minutes east of UTC of the export's date-times that carry no offset.
    public var timeZone: Int?
    public var source: String?
    /// The `crm_ids` key, when it is not the preset's name.
    public var system: String?

    public init() {}

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Reads a parsed map file; an unknown key or a value of the wrong kind is a problem
    /// (a typo would otherwise be ignored quietly).
    public init(_ value: JSONValue) throws(Problem) {
        guard case .object(let o) = value else { throw Problem(description: "a map is a JSON object such as {\"columns\": {\"tier\": \"Customer Level\"}}") }
        func strings(_ key: String, _ v: JSONValue) throws(Problem) -> [String: String] {
            guard case .object(let inner) = v else { throw Problem(description: "\"\(key)\" must be an object of names") }
            var out: [String: String] = [:]
            for (k, x) in inner {
                guard let s = x.stringValue else { throw Problem(description: "\"\(key)\".\"\(k)\" must be a string") }
                out[k] = s
            }
            return out
        }
        for (key, v) in o {
            switch key {
            case "columns": columns = try strings(key, v)
            case "metrics": metrics = try strings(key, v)
            case "values":
                guard case .object(let fields) = v else { throw Problem(description: "\"values\" must be an object: {\"tier\": {\"Gold\": \"strategic\"}}") }
                for (field, table) in fields {
                    values[field] = Dictionary(try strings("values.\(field)", table).map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
                }
            case "ignore":
                guard case .array(let items) = v else { throw Problem(description: "\"ignore\" must be a list of column names") }
                ignore = Set(items.compactMap(\.stringValue).map { $0.lowercased() })
            case "month_first":
                guard case .bool(let b) = v else { throw Problem(description: "\"month_first\" must be true or false") }
                monthFirst = b
            case "time_zone":
                guard let text = v.stringValue, let minutes = CRMValue.offsetMinutes(text) else {
                    throw Problem(description: "\"time_zone\" must be an offset such as \"+02:00\", \"-05:00\" or \"UTC\"")
                }
                timeZone = minutes
            case "source", "system":
                guard let s = v.stringValue, !s.isEmpty else { throw Problem(description: "\"\(key)\" must be a non-empty string") }
                if key == "source" { source = s } else { system = s }
            default:
                throw Problem(description: "unknown key \"\(key)\" (a map has columns, values, metrics, ignore, month_first, time_zone, source and system)")
            }
        }
    }

    /// The index of `field`'s column: the map's name, else the first of the preset's
    /// names the header has (names compared without case or surrounding spaces).
    func column(_ key: String, aliases: [String], header: [String]) -> Int? {
        let lowered = header.map { $0.lowercased() }
        if let named = columns[key] { return lowered.firstIndex(of: named.lowercased()) }
        for alias in aliases { if let i = lowered.firstIndex(of: alias.lowercased()) { return i } }
        return nil
    }
}
