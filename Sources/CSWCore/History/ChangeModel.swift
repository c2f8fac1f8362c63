import CSWJSON
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What changed between two versions of the workspace, in customer-success terms: the
/// one change model behind `csw diff`, `csw log`, `csw status` and commit messages.
/// Built from file contents only (the caller reads them from git or the working folder).

/// A file as it was and as it is (nil: absent on that side).
public struct FileVersions: Sendable, Equatable {
    public let path: String
    public let old: [UInt8]?
    public let new: [UInt8]?

    public init(path: String, old: [UInt8]?, new: [UInt8]?) {
        self.path = path
        self.old = old
        self.new = new
    }
}

/// One field of a JSON object, before and after. Nested objects are compared member by
/// member, named with dots ("segment.organization_type"); arrays compare whole.
public struct FieldChange: Sendable, Equatable {
    public let field: String
    public let old: JSONValue?
    public let new: JSONValue?

    public var json: JSONValue {
        .object(["field": .string(field), "old": old ?? .null, "new": new ?? .null])
    }

    /// "contract_value: 180000 → 210000", "renewal_date: (absent) → "2026-06-30"".
    public var display: String {
        "\(field): \(MergeConflict.display(old)) → \(MergeConflict.display(new))"
    }
}

/// A metrics snapshot (one line of metrics.jsonl, keyed by its date) added, removed or changed.
public struct SnapshotChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, removed, changed }
    public let date: String
    public let kind: Kind
    /// For `changed`, the fields that differ; for `added` and `removed`, every field.
    public let fields: [FieldChange]

    public var json: JSONValue {
        .object(["date": .string(date), "change": .string(kind.rawValue), "fields": .array(fields.map(\.json))])
    }
}

/// A feedback entry, business review or note (a Markdown file) added, removed or edited.
public struct DocumentChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, removed, edited }
    /// Inside the customer folder: "feedback/2025-10-15-nps-survey.md".
    public let path: String
    /// "feedback", "review" or "note".
    public let type: String
    public let kind: Kind
    /// The document's title (front matter `title`, else its first heading), if it has one.
    public let title: String?

    public var json: JSONValue {
        .object(["path": .string(path), "type": .string(type), "change": .string(kind.rawValue), "title": title.map(JSONValue.string) ?? .null])
    }
}

/// Everything that changed in one customer's folder.
public struct CustomerChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, removed, modified }
    public let customerID: String
    public let kind: Kind
    /// Profile fields (profile.json); empty when the profile did not change.
    public var fields: [FieldChange] = []
    /// Set when a side's profile.json is not valid JSON (fields cannot be compared).
    public var profileUnreadable = false
    public var metrics: [SnapshotChange] = []
    /// Set when a side's metrics.jsonl has lines that are not dated JSON objects.
    public var metricsUnreadable = false
    public var documents: [DocumentChange] = []
    /// Any other file of the folder (score-override.json, scores.jsonl, …): path → kind.
    public var otherFiles: [(path: String, kind: DocumentChange.Kind)] = []

    public init(customerID: String, kind: Kind) {
        self.customerID = customerID
        self.kind = kind
    }

    public static func == (a: CustomerChange, b: CustomerChange) -> Bool {
        a.customerID == b.customerID && a.kind == b.kind && a.fields == b.fields && a.metrics == b.metrics
            && a.documents == b.documents && a.otherFiles.map(\.path) == b.otherFiles.map(\.path)
            && a.otherFiles.map(\.kind) == b.otherFiles.map(\.kind) && a.profileUnreadable == b.profileUnreadable
            && a.metricsUnreadable == b.metricsUnreadable
    }
}

/// The whole comparison: customers in ID order, then settings and other workspace files.
public struct WorkspaceComparison: Sendable, Equatable {
    public var customers: [CustomerChange] = []
    /// csw.json fields (settings, KPI targets, the scoring model).
    public var settings: [FieldChange] = []
    /// Files outside customer folders other than csw.json (playbooks, schemas, …).
    public var otherFiles: [(path: String, kind: DocumentChange.Kind)] = []

    public static func == (a: WorkspaceComparison, b: WorkspaceComparison) -> Bool {
        a.customers == b.customers && a.settings == b.settings && a.otherFiles.map(\.path) == b.otherFiles.map(\.path)
    }
}

public enum ChangeModel {
    /// Compares the given files (each changed on at least one side; equal ones are skipped).
    public static func compare(_ files: [FileVersions]) -> WorkspaceComparison {
        let (byCustomer, workspace) = split(files)
        var result = workspace
        result.customers = byCustomer.map { customer($0.id, $0.files) }
        return result
    }

    /// The changed files of each customer (in ID order), and the comparison of everything
    /// outside customer folders — so callers can compare customers in parallel.
    public static func split(_ files: [FileVersions]) -> (customers: [(id: String, files: [FileVersions])], workspace: WorkspaceComparison) {
        var result = WorkspaceComparison()
        var byCustomer: [String: [FileVersions]] = [:]
        for file in files where file.old != file.new {
            let parts = file.path.split(separator: "/", maxSplits: 2).map(String.init)
            if parts.count == 3, parts[0] == "customers" {
                byCustomer[parts[1], default: []].append(file)
            } else if file.path == "csw.json" {
                result.settings = fields(file.old, file.new) ?? [FieldChange(field: "(whole file)", old: nil, new: nil)]
            } else {
                result.otherFiles.append((file.path, kind(file)))
            }
        }
        return (byCustomer.keys.sorted().map { ($0, byCustomer[$0]!) }, result)
    }

    static func kind(_ file: FileVersions) -> DocumentChange.Kind {
        file.old == nil ? .added : (file.new == nil ? .removed : .edited)
    }

    /// One customer's changed files, as a customer change.
    public static func customer(_ id: String, _ files: [FileVersions]) -> CustomerChange {
        let profile = files.first { $0.path.hasSuffix("/profile.json") && $0.path.split(separator: "/").count == 3 }
        let kind: CustomerChange.Kind
        if let profile, profile.old == nil {
            kind = .added
        } else if let profile, profile.new == nil {
            kind = .removed
        } else {
            kind = .modified
        }
        var change = CustomerChange(customerID: id, kind: kind)
        for file in files {
            let inside = String(file.path.split(separator: "/", maxSplits: 2)[2])
            let parts = inside.split(separator: "/").map(String.init)
            switch inside {
            case "profile.json":
                // An added or removed customer's profile is all new or all gone: no field list.
                if kind != .modified { continue }
                if let f = fields(file.old, file.new) { change.fields = f } else { change.profileUnreadable = true }
            case "metrics.jsonl":
                if let m = snapshots(file.old, file.new) { change.metrics = m } else { change.metricsUnreadable = true }
            default:
                if parts.count == 2, let type = documentTypes[parts[0]], parts[1].hasSuffix(".md") {
                    change.documents.append(DocumentChange(path: inside, type: type, kind: self.kind(file), title: title(file.new ?? file.old ?? [])))
                } else {
                    change.otherFiles.append((inside, self.kind(file)))
                }
            }
        }
        change.documents.sort { $0.path < $1.path }
        return change
    }

    static let documentTypes = ["feedback": "feedback", "reviews": "review", "notes": "note"]

    static func object(_ bytes: [UInt8]?) -> JSONObject? {
        guard let bytes else { return JSONObject() }
        guard case .object(let o)? = try? JSONDocument.parse(bytes).get().value else { return nil }
        return o
    }

    /// Field by field (an absent file counts as an empty object); nil when a side is not
    /// a JSON object.
    public static func fields(_ old: [UInt8]?, _ new: [UInt8]?) -> [FieldChange]? {
        guard let a = object(old), let b = object(new) else { return nil }
        var out: [FieldChange] = []
        compare(a, b, prefix: "", into: &out)
        return out
    }

    /// New keys in the new side's order, then removed keys in the old side's order.
    static func compare(_ a: JSONObject, _ b: JSONObject, prefix: String, into out: inout [FieldChange]) {
        for (key, new) in b {
            let old = a[key]
            if old == new { continue }
            if case .object(let x)? = old, case .object(let y) = new {
                compare(x, y, prefix: prefix + key + ".", into: &out)
            } else {
                out.append(FieldChange(field: prefix + key, old: old, new: new))
            }
        }
        for (key, old) in a where b[key] == nil {
            out.append(FieldChange(field: prefix + key, old: old, new: nil))
        }
    }

    /// Snapshots by date (an absent file has none); nil when a side has a line that is not
    /// a JSON object with a date, or a date twice.
    public static func snapshots(_ old: [UInt8]?, _ new: [UInt8]?) -> [SnapshotChange]? {
        // Lines equal byte for byte at the start and at the end of both files are the same
        // snapshots: only the lines between are parsed, so adding or editing a snapshot in
        // a long history costs a line or two, not the whole file.
        var (oldLines, newLines) = (lines(old ?? []), lines(new ?? []))
        func same(_ x: ArraySlice<UInt8>, _ y: ArraySlice<UInt8>) -> Bool {
            x.count == y.count && x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
        }
        var prefix = 0
        while prefix < oldLines.count, prefix < newLines.count, same(oldLines[prefix], newLines[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < oldLines.count - prefix, suffix < newLines.count - prefix,
              same(oldLines[oldLines.count - 1 - suffix], newLines[newLines.count - 1 - suffix]) { suffix += 1 }
        oldLines = Array(oldLines[prefix..<(oldLines.count - suffix)])
        newLines = Array(newLines[prefix..<(newLines.count - suffix)])
        func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] { Array(lines.map { $0 + [0x0A] }.joined()) }
        // (A date repeated in a file is csw validate's to report; here the lines that differ
        // must be dated objects with distinct dates.)
        guard let a = byDate(joined(oldLines)), let b = byDate(joined(newLines)) else { return nil }
        var out: [SnapshotChange] = []
        for date in Set(a.keys).union(b.keys).sorted() {
            switch (a[date], b[date]) {
            case (nil, let y?):
                out.append(SnapshotChange(date: date, kind: .added, fields: fieldsOf(y, old: false)))
            case (let x?, nil):
                out.append(SnapshotChange(date: date, kind: .removed, fields: fieldsOf(x, old: true)))
            case (let x?, let y?) where x != y:
                var f: [FieldChange] = []
                compare(x, y, prefix: "", into: &f)
                out.append(SnapshotChange(date: date, kind: .changed, fields: f))
            default:
                break
            }
        }
        return out
    }

    /// Non-blank lines, without their line ends.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var start = 0
            while start < b.count {
                let end = memchr(base + start, 0x0A, b.count - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? b.count
                var last = end
                if last > start && b[last - 1] == 0x0D { last -= 1 }
                var k = start
                while k < last && (b[k] == 0x20 || b[k] == 0x09) { k += 1 }
                if k < last { out.append(bytes[start..<last]) }
                start = end + 1
            }
        }
        return out
    }

    static func byDate(_ bytes: [UInt8]) -> [String: JSONObject]? {
        let lines = JSONLines.parse(bytes)
        guard lines.errors.isEmpty else { return nil }
        var map: [String: JSONObject] = [:]
        for record in lines.records {
            guard case .object(let o) = record.document.value, let date = o["date"]?.stringValue, map[date] == nil else { return nil }
            map[date] = o
        }
        return map
    }

    static func fieldsOf(_ o: JSONObject, old: Bool) -> [FieldChange] {
        o.compactMap { key, value in key == "date" ? nil : FieldChange(field: key, old: old ? value : nil, new: old ? nil : value) }
    }

    /// Front matter `title:`, else the first Markdown heading.
    static func title(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        var inFrontMatter = false
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingCharacters(in: [" ", "\t", "\r"])
            if n == 0 && trimmed == "---" { inFrontMatter = true; continue }
            if inFrontMatter {
                if trimmed == "---" { inFrontMatter = false; continue }
                if trimmed.hasPrefix("title:") {
                    let value = String(trimmed.dropFirst(6)).trimmingCharacters(in: [" ", "\"", "'"])
                    if !value.isEmpty { return value }
                }
                continue
            }
            if trimmed.hasPrefix("# ") { return String(trimmed.dropFirst(2)).trimmingCharacters(in: [" "]) }
        }
        return nil
    }
}
