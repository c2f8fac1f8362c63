import CSWJSON
import CSWSchema

/// The JSON Schemas of the workspace files, built into csw (a workspace is checked
/// against its csw version's schemas). The text comes from `schemas/`, embedded at build
/// time (Schemas/EmbeddedSchemaFiles.swift, kept in sync by a test).
public struct WorkspaceSchemas: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case config = "csw.schema.json"
        case profile = "profile.schema.json"
        case metricSnapshot = "metric-snapshot.schema.json"
        case feedback = "feedback.schema.json"
        case review = "review.schema.json"
        case note = "note.schema.json"
        case scoreOverride = "score-override.schema.json"
        case scoreRecord = "score-record.schema.json"
        case alertState = "alert-state.schema.json"
        case playbook = "playbook.schema.json"
        case task = "task.schema.json"
        case opportunity = "opportunity.schema.json"
        case contractEvent = "contract-event.schema.json"
        case enhancement = "enhancement.schema.json"
        case knowledge = "knowledge.schema.json"
        case mentorships = "mentorships.schema.json"
        case common = "common.schema.json"
    }

    public let profile: CompiledSchema
    public let metricSnapshot: CompiledSchema
    public let feedback: CompiledSchema
    public let review: CompiledSchema
    public let note: CompiledSchema
    public let scoreOverride: CompiledSchema
    public let scoreRecord: CompiledSchema
    public let alertState: CompiledSchema
    public let playbook: CompiledSchema
    public let task: CompiledSchema
    public let opportunity: CompiledSchema
    public let contractEvent: CompiledSchema
    public let enhancement: CompiledSchema
    public let knowledge: CompiledSchema
    public let mentorships: CompiledSchema

    /// The schema files as csw carries them: (file name, text).
    public static var files: [(name: String, text: String)] { EmbeddedSchemaFiles.files }

    static let base = "https://schemas.csw.invalid/v1/"

    static let registry: SchemaRegistry = {
        var registry = SchemaRegistry()
        for file in EmbeddedSchemaFiles.files {
            if let document = try? JSONDocument.parse(file.text).get() { registry.add(document, uri: base + file.name) }
        }
        return registry
    }()

    static func compile(_ kind: Kind, patch: (inout JSONValue) -> Void = { _ in }) -> CompiledSchema {
        guard let file = EmbeddedSchemaFiles.files.first(where: { $0.name == kind.rawValue }),
              var value = try? JSONDocument.parse(file.text).get().value
        else { preconditionFailure("csw was built without its schema \(kind.rawValue)") }
        patch(&value)
        let document = try! JSONDocument.parse(JSONWriter().bytes(value)).get()
        switch CompiledSchema.compile(document, registry: registry, options: SchemaOptions(assertFormats: true, baseURI: base + kind.rawValue)) {
        case .success(let schema): return schema
        case .failure(let failure): preconditionFailure("built-in schema \(kind.rawValue) does not compile: \(failure)")
        }
    }

    /// The config schema alone (needed before csw.json is known).
    public static func configSchema() -> CompiledSchema { compiledConfig }

    private static let compiledConfig = compile(.config)

    /// All schemas; custom metrics from csw.json become properties of the snapshot schema.
    public init(customMetrics: [(name: String, schema: JSONValue)] = []) {
        profile = Self.compile(.profile)
        metricSnapshot = Self.compile(.metricSnapshot) { value in
            guard case .object(var root) = value, case .object(var properties)? = root["properties"] else { return }
            for (name, schema) in customMetrics where properties[name] == nil { properties[name] = schema }
            root["properties"] = .object(properties)
            value = .object(root)
        }
        feedback = Self.compile(.feedback)
        review = Self.compile(.review)
        note = Self.compile(.note)
        scoreOverride = Self.compile(.scoreOverride)
        scoreRecord = Self.compile(.scoreRecord)
        alertState = Self.compile(.alertState)
        playbook = Self.compile(.playbook)
        task = Self.compile(.task)
        opportunity = Self.compile(.opportunity)
        contractEvent = Self.compile(.contractEvent)
        enhancement = Self.compile(.enhancement)
        knowledge = Self.compile(.knowledge)
        mentorships = Self.compile(.mentorships)
    }
}
