import CSWJSON

/// The settings of csw.json that guard the workspace — the patient-data guard, the size
/// limits, the access policy, the hooks (programs csw runs and places it sends data), the
/// scoring model and the retention rules (what csw retention apply deletes). csw sync names every change a pull makes to them, with its commit
/// and author, so that nobody loses a guard silently (docs/SECURITY.md). Pure: two
/// csw.json values in, the changes out.
public enum GuardedSettings {
    /// csw.json's sections that are watched.
    public static let sections = ["phi", "limits", "access_policy", "hooks", "scoring", "kpi_targets", "reports", "retention"]

    /// What an unset setting means, shown as its value.
    static let defaults: [String: String] = ["phi.severity": "error", "limits.max_file_bytes": "67108864"]

    /// One changed setting.
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        /// "phi.severity", "hooks.pager.command", "phi.allow".
        public let setting: String
        /// "error → off", "added {…}", "removed"
        public let what: String
        /// The hook it concerns, when it is one of `hooks`.
        public let hook: String?

        public var description: String { "\(setting) \(what)" }
    }

    /// Every difference in the watched sections between two csw.json values (nil: no file).
    public static func changes(from old: JSONValue?, to new: JSONValue?) -> [Change] {
        var out: [Change] = []
        for section in sections {
            let a = old?[section], b = new?[section]
            if a == b { continue }
            if section == "hooks", let hooksA = named(a), let hooksB = named(b) {
                for name in union(hooksA.map(\.0), hooksB.map(\.0)) {
                    let ha = hooksA.first { $0.0 == name }?.1, hb = hooksB.first { $0.0 == name }?.1
                    let key = "hooks." + TerminalText.visible(name)
                    switch (ha, hb) {
                    case (nil, let hb?): out.append(Change(setting: key, what: "added: " + render(hb), hook: name))
                    case (_?, nil): out.append(Change(setting: key, what: "removed", hook: name))
                    case (let ha?, let hb?) where ha != hb: compare(key, ha, hb, hook: name, into: &out)
                    default: break
                    }
                }
            } else {
                compare(section, a, b, hook: nil, into: &out)
            }
        }
        return out
    }

    private static func compare(_ path: String, _ a: JSONValue?, _ b: JSONValue?, hook: String?, into out: inout [Change]) {
        if a == b { return }
        // A section that appears or goes away is compared with an empty one, setting by setting.
        let a = a ?? (isObject(b) ? .object(JSONObject()) : nil)
        let b = b ?? (isObject(a) ? .object(JSONObject()) : nil)
        switch (a, b) {
        case (.object(let oa)?, .object(let ob)?):
            for key in union(oa.keys, ob.keys) { compare(path + "." + TerminalText.visible(key), oa[key], ob[key], hook: hook, into: &out) }
        case (.array(let xa)?, .array(let xb)?) where !(xa.allSatisfy(isScalar) && xb.allSatisfy(isScalar) && path.hasSuffix(".command")):
            for removed in xa where !xb.contains(removed) { out.append(Change(setting: path, what: "removed " + render(removed), hook: hook)) }
            for added in xb where !xa.contains(added) { out.append(Change(setting: path, what: "added " + render(added), hook: hook)) }
            if xa.count == xb.count && Set(xa) == Set(xb) { out.append(Change(setting: path, what: "reordered", hook: hook)) }
        default:
            let before = a.map(render) ?? defaults[path] ?? "(not set)"
            let after = b.map(render) ?? defaults[path].map { "\($0) (default)" } ?? "(not set)"
            out.append(Change(setting: path, what: "\(before) → \(after)", hook: hook))
        }
    }

    /// A hooks array as (name, hook) pairs, or nil when an entry has no name.
    private static func named(_ value: JSONValue?) -> [(String, JSONValue)]? {
        guard let value else { return [] }
        guard case .array(let items) = value else { return nil }
        var out: [(String, JSONValue)] = []
        for item in items {
            guard let name = item["name"]?.stringValue, !out.contains(where: { $0.0 == name }) else { return nil }
            out.append((name, item))
        }
        return out
    }

    private static func union(_ a: [String], _ b: [String]) -> [String] { a + b.filter { !a.contains($0) } }

    private static func isObject(_ v: JSONValue?) -> Bool {
        if case .object? = v { return true }
        return false
    }

    private static func isScalar(_ v: JSONValue) -> Bool {
        switch v {
        case .array, .object: return false
        default: return true
        }
    }

    /// A value in one line: strings as they are, anything else as compact JSON; control
    /// characters visible, at most 160 characters.
    static func render(_ value: JSONValue) -> String {
        let text: String
        if case .string(let s) = value { text = s } else { text = JSONWriter.compact(value) }
        let visible = TerminalText.visible(text)
        return visible.count > 160 ? String(visible.prefix(159)) + "…" : visible
    }
}
