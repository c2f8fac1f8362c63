import FuzzDriver
import CSWCore
import CSWJSON
import CSWSchema

/// The schema validator: arbitrary documents against csw's profile schema, and arbitrary
/// schemas compiled and run against a fixed document.
let profile = WorkspaceSchemas().profile
let instance = try! JSONDocument.parse(#"{"customer_id": "HOSP_001", "organization_name": "Metro", "tier": "enterprise", "contract_value": 5, "tags": ["a", 1, null]}"#).get()

runFuzzer { data, size in
    let bytes = input(data, size)
    guard case .success(let document) = JSONDocument.parse(bytes) else { return 0 }
    _ = profile.validate(document.root)
    if case .success(let schema) = CompiledSchema.compile(document, registry: SchemaRegistry(), options: SchemaOptions(assertFormats: true, baseURI: "https://fuzz.invalid/s.json")) {
        _ = schema.validate(instance.root)
        _ = schema.validate(document.root)
    }
    return 0
}
