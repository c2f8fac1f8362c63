import CSWCore
import CSWJSON

/// `csw import crm`: what a CRM account export would change in the workspace. Pure: the
/// export's rows, the profiles and the roster in; a plan of customers to create, fields to
/// update, fields kept because the workspace's value is newer than the CRM's record, and
/// rows skipped with reasons out. The CLI checks each resulting profile against the schema
/// and writes it.
public enum CRMImport {
    /// A CSV record and the line it starts on.
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// When, and in which commit, the workspace's value of a field was set.
    public struct Provenance: Sendable, Equatable {
        public let time: Int64
        public let commit: String?
        public let author: String?
        public init(time: Int64, commit: String?, author: String?) {
            self.time = time
            self.commit = commit
            self.author = author
        }
    }

    public struct Change: Sendable, Equatable {
        public let field: String
        public let old: JSONValue?
        public let new: JSONValue
        /// Taken over a newer workspace value because of `--overwrite`.
        public let overwritten: Bool

        public init(field: String, old: JSONValue?, new: JSONValue, overwritten: Bool) {
            self.field = field
            self.old = old
            self.new = new
            self.overwritten = overwritten
        }
    }

    public struct Kept: Sendable, Equatable {
        public let field: String
        public let workspace: JSONValue
        public let crm: JSONValue
        public let changed: Provenance?
        public let crmModified: Int64?
        /// The last-modified cell as the export wrote it.
        public let crmModifiedText: String?
    }

    public struct Create: Sendable {
        public let line: Int
        public let id: String
        public var profile: JSONObject
    }

    public struct Update: Sendable {
        public let line: Int
        public let id: String
        public let matchedBy: String
        public let changes: [Change]
        public let kept: [Kept]
        /// Fields left as they are because the export's value is not usable.
        public let rejected: [(field: String, reason: String)]
        public var profile: JSONObject
    }

    public struct Skip: Sendable, Equatable {
        public let line: Int
        public let name: String
        public let reason: String
        public init(line: Int, name: String, reason: String) {
            self.line = line
            self.name = name
            self.reason = reason
        }
    }

    public struct Plan: Sendable {
        public let preset: String
        public let rows: Int
        /// Field → the column it was read from.
        public let columns: [(field: CRMField, column: String)]
        public var creates: [Create] = []
        public var updates: [Update] = []
        public var skips: [Skip] = []
        /// Matched customers with nothing to change.
        public var unchanged: [String] = []
        /// Rows of accounts that are not customers (prospects): left out, not a problem.
        public var prospects: [Skip] = []
        /// Fields whose workspace value differs from a CRM value that has not changed
        /// since the last import: a CSM's change that stands, not listed again.
        public var standing = 0

        public var changedFields: Int { updates.reduce(0) { $0 + $1.changes.count } }
        public var keptFields: Int { updates.reduce(0) { $0 + $1.kept.count } }
        public var rejectedFields: Int { updates.reduce(0) { $0 + $1.rejected.count } }
    }

    public struct Existing: Sendable {
        public let id: String
        public let profile: JSONObject
        public init(id: String, profile: JSONObject) {
            self.id = id
            self.profile = profile
        }
    }

    public struct Options: Sendable {
        public var preset: CRMPreset
        public var map: ImportMap
        /// csw.json's CSMs; nil when it declares none (owners are then taken as they are).
        public var csms: [WorkspaceConfig.CSM]?
        /// Take the CRM's value even where the workspace's is newer (still listed).
        public var overwrite: Bool
        public init(preset: CRMPreset, map: ImportMap = ImportMap(), csms: [WorkspaceConfig.CSM]?, overwrite: Bool = false) {
            self.preset = preset
            self.map = map
            self.csms = csms
            self.overwrite = overwrite
        }
    }

    /// Column problems stop the import before any row is read (exit 2 in the CLI).
    public static func columns(header: [String], options: Options) -> Result<[(field: CRMField, index: Int)], ImportMap.Problem> {
        var found: [(CRMField, Int)] = []
        for (key, column) in options.map.columns.sorted(by: { $0.key < $1.key }) {
            guard let field = CRMField(rawValue: key) else {
                return .failure(ImportMap.Problem(description: "the map's columns name \"\(key)\", which is not a field csw imports (fields: \(CRMField.allCases.map(\.rawValue).joined(separator: ", ")))"))
            }
            guard header.contains(where: { $0.lowercased() == column.lowercased() }) else {
                return .failure(ImportMap.Problem(description: "the map names column \"\(column)\" for \(field.rawValue), but the file's columns are: \(header.joined(separator: ", "))"))
            }
        }
        for field in CRMField.allCases {
            if let i = options.map.column(field.rawValue, aliases: options.preset.columns[field] ?? [], header: header) { found.append((field, i)) }
        }
        let fields = Set(found.map(\.0))
        guard fields.contains(.organizationName) || fields.contains(.externalID) || fields.contains(.customerID) else {
            return .failure(ImportMap.Problem(description: "no account id or account name column for the \(options.preset.name) preset (columns: \(header.joined(separator: ", ")))"))
        }
        return .success(found)
    }

    public static func plan(header: [String], rows: [Row], existing: [Existing], options: Options,
                            changedAt: (_ customer: String, _ path: [String]) -> Provenance?) -> Result<Plan, ImportMap.Problem>
    {
        let columns: [(field: CRMField, index: Int)]
        switch self.columns(header: header, options: options) {
        case .failure(let problem): return .failure(problem)
        case .success(let c): columns = c
        }
        let system = options.map.system ?? options.preset.system
        var plan = Plan(preset: options.preset.name, rows: rows.count, columns: columns.map { ($0.field, header[$0.index]) })
        let reader = FieldReader(options: options)

        var byID: [String: Int] = [:], byExternal: [String: Int] = [:], byName: [String: [Int]] = [:]
        var profiles = existing.map(\.profile)
        var ids = existing.map(\.id)
        func index(_ i: Int) {
            byID[ids[i]] = i
            if let system, let ext = profiles[i]["crm_ids"]?[system]?.stringValue { byExternal[ext] = i }
            if let name = profiles[i]["organization_name"]?.stringValue { byName[CRMValue.words(name), default: []].append(i) }
        }
        for i in ids.indices { index(i) }
        var nextNumber = (ids.compactMap(Self.number).max() ?? 0) + 1
        var seen: [String: Int] = [:]
        var updateAt: [String: Int] = [:]

        for row in rows {
            var values: [CRMField: JSONValue] = [:]
            var invalid: [(CRMField, String)] = []
            if let column = columns.first(where: { $0.field == .status }), column.index < row.fields.count, CRMValue.isProspect(row.fields[column.index]) {
                let nameColumn = columns.first { $0.field == .organizationName }
                let name = nameColumn.flatMap { $0.index < row.fields.count ? row.fields[$0.index].trimmingWhitespace : nil } ?? ""
                plan.prospects.append(Skip(line: row.line, name: name, reason: "\(row.fields[column.index].trimmingWhitespace) is not a customer yet"))
                continue
            }
            for (field, i) in columns where i < row.fields.count {
                switch reader.read(field, row.fields[i]) {
                case .empty: break
                case .value(let v): values[field] = v
                case .invalid(let why): invalid.append((field, why))
                }
            }
            if values[.region] == nil, let state = values[.billingState] { values[.region] = state }
            if values[.region] != nil { invalid.removeAll { $0.0 == .billingState } }
            values[.billingState] = nil
            let modifiedText = columns.first { $0.field == .lastModified }.flatMap { $0.index < row.fields.count ? row.fields[$0.index].trimmingWhitespace : nil }
            let name = values[.organizationName]?.stringValue ?? values[.externalID]?.stringValue ?? values[.customerID]?.stringValue ?? ""
            let ext = values[.externalID]?.stringValue
            let key = ext.map { "ext:" + $0 } ?? values[.customerID]?.stringValue.map { "id:" + $0 } ?? "name:" + CRMValue.words(name)
            if name.isEmpty {
                plan.skips.append(Skip(line: row.line, name: "", reason: "the row has no account id or name"))
                continue
            }
            if let first = seen[key] {
                plan.skips.append(Skip(line: row.line, name: name, reason: "line \(first) has the same account; only the first is imported"))
                continue
            }
            seen[key] = row.line

            // Which customer is this? External id, then customer id, then name.
            var match: (Int, String)?
            if let ext, let i = byExternal[ext] { match = (i, "\(system ?? "crm") id") }
            if match == nil, let id = values[.customerID]?.stringValue, let i = byID[id] { match = (i, "customer id") }
            if match == nil, !CRMValue.words(name).isEmpty, values[.customerID] == nil, let found = byName[CRMValue.words(values[.organizationName]?.stringValue ?? "")] {
                if found.count > 1 {
                    plan.skips.append(Skip(line: row.line, name: name, reason: "the name fits \(found.map { ids[$0] }.sorted().joined(separator: " and ")); add their \(system ?? "crm") ids to crm_ids"))
                    continue
                }
                if let system, let ext, let theirs = profiles[found[0]]["crm_ids"]?[system]?.stringValue, theirs != ext {
                    plan.skips.append(Skip(line: row.line, name: name, reason: "\(ids[found[0]]) has this name but \(system) id \(theirs), not \(ext)"))
                    continue
                }
                match = (found[0], "name")
            }

            guard let (i, matchedBy) = match else {
                // A new customer: every given value must be usable, and the required ones given.
                if !invalid.isEmpty {
                    plan.skips.append(Skip(line: row.line, name: name, reason: invalid.map { "\($0.0.rawValue): \($0.1)" }.joined(separator: "; ")))
                    continue
                }
                let missing = [CRMField.organizationName, .tier, .csm, .contractStart, .contractValue].filter { values[$0] == nil }
                if !missing.isEmpty {
                    plan.skips.append(Skip(line: row.line, name: name, reason: "a new customer needs \(missing.map(\.rawValue).joined(separator: ", ")); the row has none\(missing.count == 1 ? "" : " of them")"))
                    continue
                }
                var id = values[.customerID]?.stringValue ?? ""
                if id.isEmpty {
                    let prefix = Self.prefix(values[.organizationType]?.stringValue)
                    repeat {
                        id = "\(prefix)_\(Self.pad(nextNumber))"
                        nextNumber += 1
                    } while byID[id] != nil
                } else if byID[id] != nil {
                    plan.skips.append(Skip(line: row.line, name: name, reason: "customer id \(id) is taken"))
                    continue
                }
                var profile = JSONObject()
                profile["customer_id"] = .string(id)
                for field in CRMField.allCases where field != .customerID {
                    guard let path = field.profilePath, let v = values[field] else { continue }
                    Self.set(v, at: path, in: &profile)
                }
                if let system, let ext { Self.set(.string(ext), at: ["crm_ids", system], in: &profile) }
                if let system { Self.set(Self.synced(values, modified: values[.lastModified]), at: ["crm_synced", system], in: &profile) }
                plan.creates.append(Create(line: row.line, id: id, profile: profile))
                ids.append(id)
                profiles.append(profile)
                index(ids.count - 1)
                continue
            }

            let id = ids[i]
            if updateAt[id] != nil {
                plan.skips.append(Skip(line: row.line, name: name, reason: "another row already updates \(id)"))
                continue
            }
            var profile = profiles[i]
            var changes: [Change] = [], kept: [Kept] = []
            var wanted: [([String], JSONValue)] = []
            for field in CRMField.allCases where field != .customerID {
                if let path = field.profilePath, let v = values[field] { wanted.append((path, v)) }
            }
            if let system, let ext { wanted.append((["crm_ids", system], .string(ext))) }
            let modified = values[.lastModified].flatMap { $0.numberValue?.doubleValue }.map { Int64($0) }
            // What the CRM said when csw last wrote this profile from it (the base of a
            // three-way comparison, as git merges).
            let base = system.flatMap { profile["crm_synced"]?[$0]?["values"] }
            for (path, new) in wanted {
                let old = Self.value(at: path, in: profile)
                if old == new { continue }
                let label = path.joined(separator: ".")
                if let old {
                    let before = base?[label]
                    if before != nil && new == before && !options.overwrite {
                        // The CRM has not changed it since the last import: the CSM's value stands.
                        plan.standing += 1
                        continue
                    }
                    // Only the CRM changed it: take the CRM's. Both changed (or no base):
                    // the newer wins, and a tie or an unknown time keeps the workspace's.
                    var workspaceNewer = false
                    var changed: Provenance?
                    if before == nil || old != before {
                        changed = changedAt(id, path)
                        workspaceNewer = modified.map { crm in changed.map { $0.time >= crm } ?? true } ?? true
                    }
                    if workspaceNewer && !options.overwrite {
                        kept.append(Kept(field: label, workspace: old, crm: new, changed: changed, crmModified: modified, crmModifiedText: modifiedText))
                        continue
                    }
                    changes.append(Change(field: label, old: old, new: new, overwritten: workspaceNewer))
                } else {
                    changes.append(Change(field: label, old: nil, new: new, overwritten: false))
                }
                Self.set(new, at: path, in: &profile)
            }
            // Recorded when the import changes a field or keeps a newer workspace value, so
            // the next run sees the CRM's value as known and the CSM's as standing.
            if let system, !changes.isEmpty || !kept.isEmpty { Self.set(Self.synced(values, modified: values[.lastModified]), at: ["crm_synced", system], in: &profile) }
            if changes.isEmpty && kept.isEmpty && invalid.isEmpty {
                plan.unchanged.append(id)
                continue
            }
            profiles[i] = profile
            updateAt[id] = plan.updates.count
            plan.updates.append(Update(line: row.line, id: id, matchedBy: matchedBy, changes: changes, kept: kept,
                                       rejected: invalid.map { ($0.0.rawValue, $0.1) }, profile: profile))
        }
        return .success(plan)
    }

    /// The profile's record of this import: the CRM record's last-modified time (UTC) and
    /// every value the row gave, by field.
    static func synced(_ values: [CRMField: JSONValue], modified: JSONValue?) -> JSONValue {
        var record = JSONObject()
        if let seconds = modified?.numberValue?.doubleValue { record["record_modified"] = .string(Self.iso(Int64(seconds))) }
        var taken = JSONObject()
        for field in CRMField.allCases where field != .customerID {
            if let path = field.profilePath, let v = values[field] { taken[path.joined(separator: ".")] = v }
        }
        record["values"] = .object(taken)
        return .object(record)
    }

    /// Seconds since 1970 as an ISO 8601 date-time in UTC.
    public static func iso(_ seconds: Int64) -> String {
        let day = Day(number: Int((seconds >= 0 ? seconds : seconds - 86_399) / 86_400))
        let s = Int(seconds - Int64(day.number) * 86_400)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(s / 3600)):\(two(s % 3600 / 60)):\(two(s % 60))Z"
    }

    /// The number at the end of an id such as HOSP_012.
    static func number(_ id: String) -> Int? {
        guard let underscore = id.lastIndex(of: "_") else { return nil }
        return Int(id[id.index(after: underscore)...])
    }

    static func pad(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }

    /// The id prefix of a new customer, as the example workspace names them.
    static func prefix(_ organizationType: String?) -> String {
        switch organizationType {
        case "health_system": return "HS"
        case "academic_medical_center": return "AMC"
        case "community_hospital": return "CH"
        case "critical_access_hospital": return "CAH"
        case "clinic_group": return "CLN"
        case "ambulatory_surgery_center": return "ASC"
        case "payer": return "PAY"
        case "post_acute": return "PAC"
        case "telehealth": return "TEL"
        default: return "CUST"
        }
    }

    public static func value(at path: [String], in object: JSONObject) -> JSONValue? {
        var current: JSONValue? = .object(object)
        for key in path { current = current?[key] }
        return current
    }

    /// Sets a value, making the objects on the way (segment, crm_ids) when missing.
    static func set(_ value: JSONValue, at path: [String], in object: inout JSONObject) {
        guard let first = path.first else { return }
        if path.count == 1 {
            object[first] = value
            return
        }
        var inner: JSONObject
        if case .object(let o)? = object[first] { inner = o } else { inner = JSONObject() }
        set(value, at: Array(path.dropFirst()), in: &inner)
        object[first] = .object(inner)
    }
}
