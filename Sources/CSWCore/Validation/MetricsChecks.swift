import CSWJSON
import CSWSchema

/// metrics.jsonl: every line parses and matches the snapshot schema; unknown fields are
/// reported as unknown metrics (CSW0104). Date order is a rule (Rules/MetricDatesRule).
enum MetricsChecks {
    static func load(_ bytes: [UInt8], path: String, schema: CompiledSchema, into diagnostics: inout [Diagnostic]) -> [LoadedCustomer.Snapshot] {
        let lines = JSONLines.parse(bytes)
        for error in lines.errors {
            diagnostics.append(SchemaDiagnostics.syntax(error, path, code: .invalidJSONLine))
        }
        var snapshots: [LoadedCustomer.Snapshot] = []
        snapshots.reserveCapacity(lines.records.count)
        for record in lines.records {
            let root = record.document.root
            if !schema.isValid(root) {
                for error in schema.validate(root) {
                    if error.keyword == "additionalProperties" {
                        let name = error.pointer.dropFirst()
                        diagnostics.append(Diagnostic(.unknownMetric, path, at: error.location,
                                                      "unknown metric \"\(name)\" in the snapshot of line \(record.line)",
                                                      notes: ["fix the spelling, or declare it in csw.json under custom_metrics with its type"]))
                    } else {
                        diagnostics.append(Diagnostic(.metricSchema, path, at: error.location, error.description,
                                                      notes: SchemaDiagnostics.advice(for: error)))
                    }
                }
            }
            var date: String?
            if let d = root["date"]?.stringValue, FormatChecker.check("date", d) == true { date = d }
            snapshots.append(LoadedCustomer.Snapshot(line: record.line, node: root, date: date))
        }
        return snapshots
    }
}
