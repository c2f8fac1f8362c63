import CSWJSON

/// What csw needs from csw.json, read once per run.
public struct WorkspaceConfig: Sendable {
    public struct CSM: Sendable, Hashable {
        public let id: String
        public let name: String
        public let email: String?
        public let capacity: Int?

        public init(id: String, name: String, email: String?, capacity: Int?) {
            self.id = id
            self.name = name
            self.email = email
            self.capacity = capacity
        }
    }

    public let name: String
    public let formatVersion: Int
    public let currency: String
    public let kpiTargets: [String: Double]
    public let csms: [CSM]
    /// Declared custom metrics as JSON Schema property schemas, in file order.
    public let customMetrics: [(name: String, schema: JSONValue)]

    /// The framework's KPI targets, used when csw.json gives none.
    public static let defaultKPITargets: [(String, Double)] = [
        ("clinical_outcome_improvement", 15), ("clinical_efficiency_gain", 20), ("cost_reduction", 12),
        ("compliance_score", 95), ("staff_satisfaction", 85), ("patient_satisfaction", 88),
        ("roi_percentage", 25), ("implementation_success_rate", 90), ("patient_safety_events", 0),
    ]

    /// KPIs met at or below their target (the others: at or above).
    public static let lowerIsBetterKPIs: Set<String> = ["patient_safety_events"]

    public let csmIDs: Set<String>
    /// csw.json's `phi`: the patient-data guard's severity and reviewed allow-list. Never
    /// below warning from csw.json: a pull must not switch the guard off unnoticed, so
    /// `"off"` counts as warning (and `phiOffRequested` says where it was asked);
    /// `withoutPatientDataGuard()` is for a local choice (`csw validate --no-phi`).
    public private(set) var phi: PHIPolicy
    /// Where csw.json says `phi.severity: "off"` (which csw treats as warning), if it does.
    public let phiOffRequested: SourceLocation?
    /// csw.json's `limits.max_file_bytes`: larger files are reported, not read (1 KiB to 1 GiB).
    public let maxFileBytes: Int

    /// Reads the fields of an already schema-checked csw.json.
    public init(_ root: JSONNode) {
        name = root["name"]?.stringValue ?? ""
        formatVersion = root["format_version"]?.number?.intValue ?? 1
        currency = root["currency"]?.stringValue ?? "USD"
        var targets = Dictionary(uniqueKeysWithValues: Self.defaultKPITargets)
        for member in root["kpi_targets"]?.members ?? JSONNode.Members.empty {
            if let v = member.value.doubleValue { targets[member.name] = v }
        }
        kpiTargets = targets
        csms = (root["csms"]?.elements.map { e in
            CSM(id: e["id"]?.stringValue ?? "", name: e["name"]?.stringValue ?? "",
                email: e["email"]?.stringValue, capacity: e["capacity"]?.number?.intValue)
        }) ?? []
        csmIDs = Set(csms.map(\.id))
        var metrics: [(String, JSONValue)] = []
        for member in root["custom_metrics"]?.members ?? JSONNode.Members.empty {
            var schema = JSONObject()
            for field in member.value.members where ["type", "minimum", "maximum"].contains(field.name) {
                schema[field.name] = field.value.value
            }
            if let d = member.value["description"]?.stringValue { schema["description"] = .string(d) }
            metrics.append((member.name, .object(schema)))
        }
        customMetrics = metrics
        let asked = PHIPolicy(root["phi"])
        phi = asked.severity == nil ? PHIPolicy(severity: .warning, allowed: asked.allowed) : asked
        phiOffRequested = root["phi"]?["severity"].flatMap { $0.stringValue == "off" ? $0.location : nil }
        // Outside the schema's bounds (validate reports it) the default applies: a pulled
        // csw.json cannot lift the guard.
        let limit = root["limits"]?["max_file_bytes"]?.number?.intValue ?? CustomerFolder.defaultMaxFileBytes
        maxFileBytes = (1024...CustomerFolder.maxFileBytesCeiling).contains(limit) ? limit : CustomerFolder.defaultMaxFileBytes
    }

    /// The same settings with the patient-data guard off: a choice made on this machine for
    /// one run (`csw validate --no-phi`), never by csw.json.
    public func withoutPatientDataGuard() -> WorkspaceConfig {
        var copy = self
        copy.phi = PHIPolicy(severity: nil, allowed: phi.allowed)
        return copy
    }

    /// The same settings with this workspace's PHI key (phi.allow entries match only under it).
    public func withPHIKey(_ key: PHIKey?) -> WorkspaceConfig {
        var copy = self
        copy.phi = phi.keyed(key)
        return copy
    }
}
