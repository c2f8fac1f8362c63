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
        ("roi_percentage", 25), ("implementation_success_rate", 90),
    ]

    public let csmIDs: Set<String>
    /// csw.json's `phi`: the patient-data guard's severity and reviewed allow-list.
    public let phi: PHIPolicy
    /// csw.json's `limits.max_file_bytes`: larger files are reported, not read.
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
        phi = PHIPolicy(root["phi"])
        maxFileBytes = root["limits"]?["max_file_bytes"]?.number?.intValue ?? CustomerFolder.defaultMaxFileBytes
    }
}
