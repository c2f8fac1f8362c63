import CSWJSON

/// The readable form of a workspace file for `git diff` and `git log -p` (git's textconv,
/// installed by `csw init` and `csw clone`): one line per field, so a diff shows which
/// field of which snapshot changed instead of a whole rewritten JSON line.
///
/// - a JSON object (profile.json, csw.json, score-override.json): `field.path: value`
///   lines in the file's order, nested objects by dots, arrays of objects by index;
/// - JSON Lines (metrics.jsonl, scores.jsonl): for each record, `DATE field: value`
///   lines (the record's `date`, else `as_of`, else its line number), a blank line
///   between records;
/// - anything else (Markdown, invalid JSON): unchanged.
public enum Textconv {
    public static func render(_ bytes: [UInt8]) -> [UInt8] {
        if case .success(let document) = JSONDocument.parse(bytes), case .object = document.value {
            var lines: [String] = []
            flatten(document.value, prefix: "", into: &lines)
            return Array((lines.joined(separator: "\n") + "\n").utf8)
        }
        let records = JSONLines.parse(bytes)
        guard records.errors.isEmpty, !records.records.isEmpty,
              records.records.allSatisfy({ if case .object = $0.document.value { return true } else { return false } }) else { return bytes }
        var blocks: [String] = []
        for record in records.records {
            guard case .object(let o) = record.document.value else { continue }
            let label = o["date"]?.stringValue ?? o["as_of"]?.stringValue ?? "line \(record.line)"
            var lines: [String] = []
            for (key, value) in o where !(key == "date" && value.stringValue == label) {
                flatten(value, prefix: key, into: &lines)
            }
            blocks.append(lines.map { label + " " + $0 }.joined(separator: "\n"))
        }
        return Array((blocks.joined(separator: "\n\n") + "\n").utf8)
    }

    static func flatten(_ value: JSONValue, prefix: String, into lines: inout [String]) {
        switch value {
        case .object(let o) where o.count > 0:
            for (key, member) in o { flatten(member, prefix: prefix.isEmpty ? key : prefix + "." + key, into: &lines) }
        case .array(let items) where items.contains(where: { if case .object = $0 { return true } else { return false } }):
            for (i, item) in items.enumerated() { flatten(item, prefix: "\(prefix)[\(i)]", into: &lines) }
        default:
            lines.append("\(prefix): \(JSONWriter.line(value))")
        }
    }
}
