import CSWJSON

/// `csw import metrics`: a product-analytics export as metric snapshots. Two layouts are
/// read: wide (a customer column, a date column, one column per metric) and long (one row
/// per metric: `customer_id,date,metric,value,value_text,source`, as `csw export` writes
/// metrics.csv). Pure: rows, the customers and their recorded snapshots in; the values
/// to add by customer and date, and rows skipped with reasons, out. A recorded value is
/// never changed: a different one in the export is skipped and said.
public enum MetricsImport {
    public struct Snapshot: Sendable {
        public let customer: String
        public let date: String
        /// The metrics to add (and, for a new snapshot, its source).
        public var values: JSONObject
        /// The line of the snapshot already in metrics.jsonl that these join, if any.
        public let existingLine: Int?
        /// The export's lines these came from.
        public var lines: [Int]
    }

    public struct Plan: Sendable {
        public let layout: String
        public let rows: Int
        public var snapshots: [Snapshot] = []
        public var skips: [CRMImport.Skip] = []
        /// Values the workspace already has (an import run again).
        public var alreadyRecorded = 0

        public var newSnapshots: Int { snapshots.filter { $0.existingLine == nil }.count }
        public var addedValues: Int { snapshots.reduce(0) { $0 + $1.values.keys.filter { $0 != "source" }.count } }
    }

    static let customerColumns = ["customer_id", "customer", "customer id", "account id", "account", "account name", "company", "company name",
                                  "record id", "company id", "organization", "organisation", "organization_name"]
    static let dateColumns = ["date", "day", "month", "period", "snapshot date", "as of", "week"]

    /// `decimalComma`: the file separates fields with `;`, as spreadsheets do where a comma
    /// is the decimal mark.
    public static func plan(header: [String], rows: [CRMImport.Row], map: ImportMap, directory: CustomerDirectory, decimalComma: Bool = false,
                            recorded: (_ customer: String) -> [String: (line: Int, values: JSONObject)]) -> Result<Plan, ImportMap.Problem>
    {
        for (key, column) in map.columns.sorted(by: { $0.key < $1.key }) {
            guard ["customer", "date", "source", "metric", "value", "value_text"].contains(key) else {
                return .failure(ImportMap.Problem(description: "the map's columns name \"\(key)\"; a metrics map names customer, date, source, metric, value or value_text (metric columns go in \"metrics\")"))
            }
            guard header.contains(where: { $0.lowercased() == column.lowercased() }) else {
                return .failure(ImportMap.Problem(description: "the map names column \"\(column)\" for \(key), but the file's columns are: \(header.joined(separator: ", "))"))
            }
        }
        guard let customerColumn = map.column("customer", aliases: customerColumns, header: header) else {
            return .failure(ImportMap.Problem(description: "no customer column (looked for \(customerColumns.prefix(6).joined(separator: ", ")), …; columns: \(header.joined(separator: ", "))); name it in --map: {\"columns\": {\"customer\": \"…\"}}"))
        }
        guard let dateColumn = map.column("date", aliases: dateColumns, header: header) else {
            return .failure(ImportMap.Problem(description: "no date column (columns: \(header.joined(separator: ", "))); name it in --map: {\"columns\": {\"date\": \"…\"}}"))
        }
        let sourceColumn = map.column("source", aliases: ["source"], header: header)
        let metricColumn = map.column("metric", aliases: ["metric"], header: header)
        let valueColumn = map.column("value", aliases: ["value"], header: header)
        let textColumn = map.column("value_text", aliases: ["value_text"], header: header)
        let long = metricColumn != nil && (valueColumn != nil || textColumn != nil)
        let used = Set([customerColumn, dateColumn, sourceColumn, metricColumn, valueColumn, textColumn].compactMap { $0 })
        let metricColumns: [(Int, String)] = long ? [] : header.enumerated().compactMap { i, name in
            guard !used.contains(i), !map.ignore.contains(name.lowercased()) else { return nil }
            return (i, map.metrics[name] ?? CRMValue.words(name).replacingAll(" ", with: "_"))
        }
        if !long && metricColumns.isEmpty {
            return .failure(ImportMap.Problem(description: "no metric columns besides the customer and date (columns: \(header.joined(separator: ", ")))"))
        }
        let monthFirst = map.monthFirst ?? true
        var plan = Plan(layout: long ? "long" : "wide", rows: rows.count)
        var at: [String: Int] = [:] // "customer|date" → index in plan.snapshots
        var recordedBy: [String: [String: (line: Int, values: JSONObject)]] = [:]
        var firstLine: [String: (line: Int, value: JSONValue)] = [:] // "customer|date|metric"

        for row in rows {
            func cell(_ i: Int?) -> String { i.flatMap { $0 < row.fields.count ? row.fields[$0].trimmingWhitespace : nil } ?? "" }
            let who = cell(customerColumn)
            guard !who.isEmpty else {
                plan.skips.append(CRMImport.Skip(line: row.line, name: "", reason: "no customer"))
                continue
            }
            let customer: String
            switch directory.match(who) {
            case .success(let id): customer = id
            case .failure(let miss):
                plan.skips.append(CRMImport.Skip(line: row.line, name: who, reason: miss.reason))
                continue
            }
            guard let day = CRMValue.day(cell(dateColumn), monthFirst: monthFirst) else {
                plan.skips.append(CRMImport.Skip(line: row.line, name: who, reason: "date \"\(cell(dateColumn))\" is not YYYY-MM-DD, \(monthFirst ? "MM/DD/YYYY" : "DD/MM/YYYY") or DD.MM.YYYY"))
                continue
            }
            let date = day.description
            var values: [(String, JSONValue)] = []
            if long {
                let metric = cell(metricColumn)
                guard !metric.isEmpty, let v = longValue(number: cell(valueColumn), text: cell(textColumn)) else {
                    plan.skips.append(CRMImport.Skip(line: row.line, name: who, reason: metric.isEmpty ? "no metric name" : "no value for \(metric)"))
                    continue
                }
                values = [(map.metrics[metric] ?? metric, v)]
            } else {
                for (i, name) in metricColumns { if let v = value(cell(i), decimalComma: decimalComma) { values.append((name, v)) } }
            }
            if recordedBy[customer] == nil { recordedBy[customer] = recorded(customer) }
            let existing = recordedBy[customer]?[date]
            let key = customer + "|" + date
            var added = JSONObject()
            for (metric, v) in values {
                if let old = existing?.values[metric] {
                    if old == v { plan.alreadyRecorded += 1 } else {
                        plan.skips.append(CRMImport.Skip(line: row.line, name: who, reason: "\(customer)'s \(date) snapshot (metrics.jsonl line \(existing!.line)) has \(metric) \(JSONWriter.compact(old)), not \(JSONWriter.compact(v)); csw keeps the recorded value (edit metrics.jsonl to change it)"))
                    }
                    continue
                }
                if let first = firstLine[key + "|" + metric] {
                    if first.value != v {
                        plan.skips.append(CRMImport.Skip(line: row.line, name: who, reason: "line \(first.line) gives \(metric) for \(customer) on \(date) as \(JSONWriter.compact(first.value)), this line \(JSONWriter.compact(v)); only the first is imported"))
                    }
                    continue
                }
                firstLine[key + "|" + metric] = (row.line, v)
                added[metric] = v
            }
            if added.count == 0 { continue }
            let source = cell(sourceColumn).isEmpty ? (sourceColumn == nil ? map.source ?? (long ? nil : "product_analytics") : nil) : cell(sourceColumn)
            if let i = at[key] {
                for (k, v) in added { plan.snapshots[i].values[k] = v }
                plan.snapshots[i].lines.append(row.line)
            } else {
                if existing == nil, let source { added["source"] = .string(source) }
                at[key] = plan.snapshots.count
                plan.snapshots.append(Snapshot(customer: customer, date: date, values: added, existingLine: existing?.line, lines: [row.line]))
            }
        }
        // "source" last, as snapshots are written.
        for i in plan.snapshots.indices {
            if let source = plan.snapshots[i].values["source"] {
                plan.snapshots[i].values["source"] = nil
                plan.snapshots[i].values["source"] = source
            }
        }
        return .success(plan)
    }

    /// A wide cell: true/false, a number (CRMValue.number: thousands or decimal commas, a
    /// trailing %), or text.
    static func value(_ text: String, decimalComma: Bool) -> JSONValue? {
        if text.isEmpty { return nil }
        switch text.lowercased() {
        case "true", "yes": return .bool(true)
        case "false", "no": return .bool(false)
        default: break
        }
        return CRMValue.number(text, decimalComma: decimalComma).map(JSONValue.number) ?? .string(text)
    }

    /// A long row's value as `csw export` writes it: true/false in value_text (with 1/0 in
    /// value), else the number, else the text.
    static func longValue(number: String, text: String) -> JSONValue? {
        if text == "true" || text == "false" { return .bool(text == "true") }
        if !number.isEmpty { return JSONNumber(number).map(JSONValue.number) ?? .string(number) }
        return text.isEmpty ? nil : .string(text)
    }
}
