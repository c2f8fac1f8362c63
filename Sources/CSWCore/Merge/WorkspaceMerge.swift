import CSWJSON

/// Three-way merge of workspace files that understands their format:
/// metrics.jsonl by snapshot date, JSON field by field (arrays of keyed objects by key),
/// Markdown notes by front-matter field and body lines (LineMerge, keeping both sides'
/// clean line edits even when some lines conflict). Pure: the merge of other text files
/// is passed in (the CLI uses libgit2's git_merge_file).
public enum WorkspaceMerge {
    public typealias TextMerge = (_ base: [UInt8], _ ours: [UInt8], _ theirs: [UInt8]) -> (merged: [UInt8], clean: Bool)?

    /// `nil` for a side means the file does not exist there.
    public static func merge(path: String, base: [UInt8]?, ours: [UInt8]?, theirs: [UInt8]?, text: TextMerge) -> MergeOutcome {
        if ours == theirs { return MergeOutcome(bytes: ours, conflicts: []) }
        if base == ours { return MergeOutcome(bytes: theirs, conflicts: []) }
        if base == theirs { return MergeOutcome(bytes: ours, conflicts: []) }
        guard let ours, let theirs else {
            // Deleted on one side, changed on the other: keep the changed file.
            let kept = ours ?? theirs
            return MergeOutcome(bytes: kept, conflicts: [MergeConflict(path: path, pointer: "", base: base.map(Self.textValue),
                                                                       ours: ours.map(Self.textValue), theirs: theirs.map(Self.textValue))])
        }
        if path.hasSuffix(".jsonl"), let merged = MetricsMerge.merge(path: path, base: base, ours: ours, theirs: theirs) {
            return merged
        }
        if path.hasSuffix(".json"), let merged = JSONMerge.mergeFile(path: path, base: base, ours: ours, theirs: theirs) {
            return merged
        }
        if path.hasSuffix(".md"), let merged = NoteMerge.merge(path: path, base: base, ours: ours, theirs: theirs) {
            return merged
        }
        if let result = text(base ?? [], ours, theirs), result.clean {
            return MergeOutcome(bytes: result.merged, conflicts: [])
        }
        return MergeOutcome(bytes: ours, conflicts: [MergeConflict(path: path, pointer: "", base: base.map(Self.textValue),
                                                                   ours: .string(String(decoding: ours, as: UTF8.self)),
                                                                   theirs: .string(String(decoding: theirs, as: UTF8.self)))])
    }

    static func textValue(_ bytes: [UInt8]) -> JSONValue { .string(String(decoding: bytes, as: UTF8.self)) }
}

/// Field-by-field merge of JSON values.
enum JSONMerge {
    static func mergeFile(path: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> MergeOutcome? {
        guard let o = try? JSONDocument.parse(ours).get().value, let t = try? JSONDocument.parse(theirs).get().value else { return nil }
        let b = base.flatMap { try? JSONDocument.parse($0).get().value }
        var conflicts: [MergeConflict] = []
        let merged = value(b, o, t, pointer: "", path: path, conflicts: &conflicts)
        return MergeOutcome(bytes: merged.map { CanonicalForm.json($0) } ?? ours, conflicts: conflicts)
    }

    /// Merges one value; nil means absent. Conflicts keep ours and are recorded.
    static func value(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, pointer: String, path: String,
                      conflicts: inout [MergeConflict]) -> JSONValue? {
        if ours == theirs { return ours }
        if base == ours { return theirs }
        if base == theirs { return ours }
        switch (ours, theirs) {
        case (.object(let o)?, .object(let t)?):
            var b = JSONObject()
            if case .object(let bo)? = base { b = bo }
            var out = JSONObject()
            var keys = o.keys
            for k in t.keys where o[k] == nil { keys.append(k) }
            for k in keys {
                if let v = value(b[k], o[k], t[k], pointer: pointer + "/" + escape(k), path: path, conflicts: &conflicts) {
                    out.appendUnique(k, v)
                }
            }
            return .object(out)
        case (.array(let o)?, .array(let t)?):
            var b: [JSONValue] = []
            if case .array(let ba)? = base { b = ba }
            if let key = arrayKey(b + o + t) {
                return .array(mergeKeyed(b, o, t, key: key, pointer: pointer, path: path, conflicts: &conflicts))
            }
        default:
            break
        }
        conflicts.append(MergeConflict(path: path, pointer: pointer, base: base, ours: ours, theirs: theirs))
        return ours
    }

    /// The field that identifies the objects of an array (team_members by name, products
    /// by product_id, …): present and unique in every element on each side.
    static func arrayKey(_ elements: [JSONValue]) -> String? {
        guard !elements.isEmpty else { return nil }
        for candidate in ["id", "product_id", "customer_id", "date", "name", "email"] {
            if elements.allSatisfy({ $0[candidate]?.stringValue != nil }) { return candidate }
        }
        return nil
    }

    static func mergeKeyed(_ base: [JSONValue], _ ours: [JSONValue], _ theirs: [JSONValue], key: String, pointer: String, path: String,
                           conflicts: inout [MergeConflict]) -> [JSONValue] {
        func index(_ list: [JSONValue]) -> [String: JSONValue] {
            var map: [String: JSONValue] = [:]
            for e in list { if let k = e[key]?.stringValue, map[k] == nil { map[k] = e } }
            return map
        }
        let b = index(base), o = index(ours), t = index(theirs)
        var order = ours.compactMap { $0[key]?.stringValue }
        for e in theirs { if let k = e[key]?.stringValue, o[k] == nil, b[k] == nil || !order.contains(k) { if !order.contains(k) { order.append(k) } } }
        var out: [JSONValue] = []
        for k in order {
            let p = pointer + "/" + escape("\(key)=\(k)")
            if let v = value(b[k], o[k], t[k], pointer: p, path: path, conflicts: &conflicts) { out.append(v) }
        }
        return out
    }

    static func escape(_ token: String) -> String { JSONPointer.escape(token) }
}

/// metrics.jsonl: the union of snapshots keyed by date; only a date changed differently
/// on both sides is a conflict, for that date alone. contracts.jsonl likewise, keyed by
/// each event's id (two teammates recording the same event write the same id) and kept
/// in date order.
enum MetricsMerge {
    static func snapshots(_ bytes: [UInt8], key: String = "date") -> [String: JSONValue]? {
        let lines = JSONLines.parse(bytes)
        guard lines.errors.isEmpty else { return nil }
        var map: [String: JSONValue] = [:]
        for record in lines.records {
            guard let id = record.document.root[key]?.stringValue, map[id] == nil else { return nil }
            map[id] = record.document.value
        }
        return map
    }

    static func merge(path: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> MergeOutcome? {
        let key = path.hasSuffix("contracts.jsonl") ? "id" : "date"
        guard let o = snapshots(ours, key: key), let t = snapshots(theirs, key: key) else { return nil }
        let b = base.flatMap { snapshots($0, key: key) } ?? [:]
        var conflicts: [MergeConflict] = []
        var lines: [String] = []
        func date(_ id: String) -> String { (o[id] ?? t[id] ?? b[id])?["date"]?.stringValue ?? "" }
        var ids = Set(o.keys).union(t.keys).union(b.keys).sorted()
        if key == "id" {
            // Events fold in file order on the same day: keep ours' order, then theirs' new
            // events in their order, then sort by date only (stable).
            func fileOrder(_ bytes: [UInt8]?) -> [String] { bytes.map { JSONLines.parse($0).records.compactMap { $0.document.root["id"]?.stringValue } } ?? [] }
            var seen = Set<String>(), order: [String] = []
            for id in fileOrder(ours) + fileOrder(theirs) + fileOrder(base) where seen.insert(id).inserted { order.append(id) }
            ids = order.enumerated().sorted { (date($0.element), $0.offset) < (date($1.element), $1.offset) }.map(\.element)
        }
        for date in ids {
            let (bv, ov, tv) = (b[date], o[date], t[date])
            var chosen: JSONValue?
            if ov == tv { chosen = ov } else if bv == ov { chosen = tv } else if bv == tv { chosen = ov } else {
                conflicts.append(MergeConflict(path: path, pointer: "/" + date, base: bv, ours: ov, theirs: tv))
                chosen = ov
            }
            if let chosen { lines.append(JSONWriter.line(chosen)) }
        }
        return MergeOutcome(bytes: Array(lines.map { $0 + "\n" }.joined().utf8), conflicts: conflicts)
    }
}
