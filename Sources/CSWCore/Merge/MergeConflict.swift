import CSWJSON

/// A value both sides changed differently. The file keeps our side; the conflict keeps
/// all three values so nothing is lost and `csw resolve` can settle it.
public struct MergeConflict: Sendable, Equatable {
    /// Workspace-relative path of the file.
    public let path: String
    /// JSON pointer inside the file: a field ("/contract_value"), a snapshot date
    /// ("/2025-11-01"), front matter ("/front_matter/status"), the body ("/body"), or ""
    /// for the whole file. Absent values are nil.
    public let pointer: String
    public let base: JSONValue?
    public let ours: JSONValue?
    public let theirs: JSONValue?

    public init(path: String, pointer: String, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) {
        self.path = path
        self.pointer = pointer
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }

    /// The customer folder the file is in, if any.
    public var customerID: String? {
        let parts = path.split(separator: "/")
        return parts.count >= 2 && parts[0] == "customers" ? String(parts[1]) : nil
    }

    /// A side's value in one short line for messages: compact JSON, "(absent)" when missing.
    public static func display(_ value: JSONValue?) -> String {
        guard let value else { return "(absent)" }
        let text = JSONWriter.compact(value)
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    /// The conflict as a diagnostic for `csw validate`.
    public var diagnostic: Diagnostic {
        let show = Self.display
        return Diagnostic(.unresolvedConflict, path, "unresolved merge conflict at \(pointer.isEmpty ? "the whole file" : pointer): the file holds ours \(show(ours)); theirs was \(show(theirs))",
                          notes: ["settle it with: csw resolve --path \(path)\(pointer.isEmpty ? "" : " --pointer \(pointer)") --ours (or --theirs, or --value JSON)"])
    }

    public var json: JSONValue {
        var o = JSONObject()
        o["path"] = .string(path)
        o["pointer"] = .string(pointer)
        o["customer_id"] = customerID.map(JSONValue.string) ?? .null
        o["base"] = base ?? .null
        o["ours"] = ours ?? .null
        o["theirs"] = theirs ?? .null
        o["base_present"] = .bool(base != nil)
        o["ours_present"] = .bool(ours != nil)
        o["theirs_present"] = .bool(theirs != nil)
        return .object(o)
    }

    public init?(json: JSONValue) {
        guard let path = json["path"]?.stringValue, let pointer = json["pointer"]?.stringValue else { return nil }
        func value(_ key: String) -> JSONValue? { json[key + "_present"] == .bool(false) ? nil : (json[key] ?? .null) }
        self.init(path: path, pointer: pointer, base: value("base"), ours: value("ours"), theirs: value("theirs"))
    }
}

/// The result of merging one file: its new bytes (nil = the file is deleted) and conflicts.
public struct MergeOutcome: Sendable {
    public let bytes: [UInt8]?
    public let conflicts: [MergeConflict]
}
