import CSWJSON

/// One changed file, described in customer-success terms.
public struct WorkspaceChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, modified, deleted }
    public let path: String
    public let customerID: String?
    public let kind: Kind
    /// "metrics +1 snapshot (2025-11-01)", "profile: contract_value changed", …
    public let summary: String

    public var json: JSONValue {
        .object(["path": .string(path), "customer_id": customerID.map(JSONValue.string) ?? .null,
                 "kind": .string(kind.rawValue), "summary": .string(summary)])
    }
}

/// Describes changes between two versions of workspace files (from git or the working
/// folder) in the words of the job rather than as paths.
public enum ChangeSummary {
    public static func describe(path: String, old: [UInt8]?, new: [UInt8]?) -> WorkspaceChange {
        let parts = path.split(separator: "/").map(String.init)
        let customer = parts.count >= 3 && parts[0] == "customers" ? parts[1] : nil
        let kind: WorkspaceChange.Kind = old == nil ? .added : (new == nil ? .deleted : .modified)
        let file = parts.count >= 3 ? parts[2...].joined(separator: "/") : path
        let summary: String
        switch (customer != nil, file) {
        case (true, "profile.json"): summary = profile(old, new)
        case (true, "metrics.jsonl"): summary = metrics(old, new)
        case (true, _) where parts.count == 4 && ["feedback", "reviews", "notes"].contains(parts[2]):
            let noun = ["feedback": "feedback", "reviews": "review", "notes": "note"][parts[2]]!
            summary = "\(noun) \(kind == .added ? "added" : kind == .deleted ? "removed" : "edited") (\(parts[3]))"
        case (false, "csw.json"): summary = "settings: " + fields(old, new, noun: "section")
        default: summary = "\(file) \(kind == .added ? "added" : kind == .deleted ? "removed" : "changed")"
        }
        return WorkspaceChange(path: path, customerID: customer, kind: kind, summary: summary)
    }

    static func profile(_ old: [UInt8]?, _ new: [UInt8]?) -> String {
        if old == nil {
            let name = ChangeModel.object(new)?["organization_name"]?.stringValue
            return "new customer" + (name.map { " (\($0))" } ?? "")
        }
        if new == nil { return "profile removed" }
        return "profile: " + fields(old, new, noun: "field")
    }

    /// "contract_value changed, renewal_date added": the top-level names of the change model's fields.
    static func fields(_ old: [UInt8]?, _ new: [UInt8]?, noun: String) -> String {
        guard let fields = ChangeModel.fields(old, new) else { return "edited (not valid JSON)" }
        var changed: [String] = [], added: [String] = [], removed: [String] = []
        for f in fields {
            let top = String(f.field.split(separator: ".", maxSplits: 1)[0])
            // A dotted field lies inside an object present on both sides: that object changed.
            if f.field.contains(".") || (f.old != nil && f.new != nil) {
                if !changed.contains(top) { changed.append(top) }
            } else if f.old == nil {
                added.append(top)
            } else {
                removed.append(top)
            }
        }
        var parts: [String] = []
        if !changed.isEmpty { parts.append(list(changed) + " changed") }
        if !added.isEmpty { parts.append(list(added) + " added") }
        if !removed.isEmpty { parts.append(list(removed) + " removed") }
        return parts.isEmpty ? "reformatted" : parts.joined(separator: ", ")
    }

    static func list(_ names: [String]) -> String {
        names.count <= 4 ? names.joined(separator: ", ") : names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
    }

    static func metrics(_ old: [UInt8]?, _ new: [UInt8]?) -> String {
        guard let snapshots = ChangeModel.snapshots(old, new) else { return "metrics edited (has invalid lines)" }
        let added = snapshots.filter { $0.kind == .added }.map(\.date)
        let removed = snapshots.filter { $0.kind == .removed }.map(\.date)
        let changed = snapshots.filter { $0.kind == .changed }.map(\.date)
        var parts: [String] = []
        func dates(_ d: [String]) -> String { d.count <= 3 ? d.joined(separator: ", ") : "\(d.first!) … \(d.last!)" }
        if !added.isEmpty { parts.append("+\(added.count) snapshot\(added.count == 1 ? "" : "s") (\(dates(added)))") }
        if !removed.isEmpty { parts.append("-\(removed.count) snapshot\(removed.count == 1 ? "" : "s") (\(dates(removed)))") }
        if !changed.isEmpty { parts.append("\(changed.count) snapshot\(changed.count == 1 ? "" : "s") changed (\(dates(changed)))") }
        return "metrics " + (parts.isEmpty ? "reformatted" : parts.joined(separator: ", "))
    }

    /// A commit message: a summary line, then one line per customer.
    public static func commitMessage(_ changes: [WorkspaceChange]) -> String {
        var byCustomer: [String: [String]] = [:]
        var order: [String] = []
        for change in changes {
            let key = change.customerID ?? "workspace"
            if byCustomer[key] == nil { order.append(key) }
            byCustomer[key, default: []].append(change.summary)
        }
        let customers = order.filter { $0 != "workspace" }
        let head: String
        if customers.count == 1 && order.count == 1 {
            head = "\(customers[0]): " + byCustomer[customers[0]]!.joined(separator: "; ")
        } else if customers.isEmpty {
            head = "workspace: " + (byCustomer["workspace"] ?? []).joined(separator: "; ")
        } else {
            head = "Update \(customers.count) customer\(customers.count == 1 ? "" : "s"): " + customers.prefix(4).joined(separator: ", ")
                + (customers.count > 4 ? ", …" : "")
        }
        var message = String(head.prefix(120))
        if order.count > 1 || head.count > 120 {
            message += "\n\n" + order.map { "\($0): " + byCustomer[$0]!.joined(separator: "; ") }.joined(separator: "\n")
        }
        return message + "\n"
    }
}
