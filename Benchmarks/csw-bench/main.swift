import CSWJSON
import CSWSchema
import Foundation

// make bench: csw's figures beside Foundation's, measured in the same run on the same data.
// Writes its data sets to --data DIR so Benchmarks/baseline.py can time Python's json,
// check-jsonschema and csw's CLI on the same files.

let arguments = CommandLine.arguments
let dataDir = arguments.firstIndex(of: "--data").map { arguments[$0 + 1] } ?? ".build/bench-data"
try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func fixed(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

/// Deterministic generator so every run measures the same bytes.
struct Generator {
    var state: UInt64 = 0x2025_1125
    mutating func next(_ bound: UInt64) -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return (state >> 33) % bound
    }
    mutating func two(_ bound: UInt64) -> String { String(format: "%02d", Int(next(bound)) + 1) }
}

func metricsFile(targetBytes: Int) -> [UInt8] {
    var g = Generator()
    var out: [UInt8] = Array("[\n".utf8)
    out.reserveCapacity(targetBytes + 1024)
    var first = true
    while out.count < targetBytes {
        if !first { out.append(contentsOf: ",\n".utf8) }
        first = false
        let record = "  {\"customer_id\": \"HOSP_\(String(format: "%03d", Int(g.next(500))))\", \"date\": \"2025-\(g.two(12))-\(g.two(28))\", \"usage_percentage\": \(Double(g.next(10000)) / 100), \"user_adoption_rate\": 0.\(g.next(100)), \"support_ticket_volume\": \(g.next(40)), \"nps_score\": \(Double(g.next(100)) / 10), \"engagement_level\": 0.\(g.next(100)), \"clinical_outcome_improvement\": \(Double(g.next(3000)) / 100), \"notes\": \"weekly sync: adoption up in radiology \\u2014 follow up\"}"
        out.append(contentsOf: record.utf8)
    }
    out.append(contentsOf: "\n]\n".utf8)
    return out
}

func profile(_ n: Int, _ g: inout Generator) -> String {
    let tiers = ["enterprise", "mid_market", "growth", "starter"]
    return """
    {
      "customer_id": "HOSP_\(String(format: "%05d", n))",
      "organization_name": "Health System \(n)",
      "tier": "\(tiers[Int(g.next(4))])",
      "segment": {"segment_name": "Regional", "organization_type": "hospital", "size_category": "mid", "clinical_specialty": "cardiology", "geographic_region": "midwest", "maturity_level": "growing", "tech_adoption": "mainstream"},
      "primary_contact": "Dr. Contact \(n)",
      "email": "contact\(n)@hospital\(n).org",
      "csm_assigned": "csm.\(g.next(20))",
      "contract_start": "202\(g.next(5))-\(g.two(12))-\(g.two(28))",
      "contract_value": \(50_000 + g.next(950_000)),
      "team_members": [{"name": "Member \(n)", "title": "CMIO", "specialty": "radiology", "expertise_areas": ["imaging", "quality_improvement"]}]
    }

    """
}

// 1. Parser throughput on a 50 MB metrics file.
let metricsPath = dataDir + "/metrics-50mb.json"
let metricsBytes = metricsFile(targetBytes: 50_000_000)
try Data(metricsBytes).write(to: URL(fileURLWithPath: metricsPath))
let megabytes = Double(metricsBytes.count) / 1_000_000
var best = Double.infinity
var nodeCount = 0
for _ in 0..<5 {
    best = min(best, seconds { nodeCount = try! JSONDocument.parse(metricsBytes).get().nodeCount })
}
let data = Data(metricsBytes)
var foundationBest = Double.infinity
for _ in 0..<2 {
    foundationBest = min(foundationBest, seconds { _ = try! JSONSerialization.jsonObject(with: data) })
}
print("JSON parse, \(fixed(megabytes)) MB of metric snapshots (\(nodeCount) nodes), best of runs:")
print("  csw JSONDocument.parse        \(fixed(megabytes / best, 0)) MB/s")
print("  Foundation JSONSerialization  \(fixed(megabytes / foundationBest, 0)) MB/s")
let writer = JSONWriter()
let value = try JSONDocument.parse(metricsBytes).get().value
let writeTime = seconds { _ = writer.bytes(value) }
print("  csw canonical writer          \(fixed(megabytes / writeTime, 0)) MB/s (tree to bytes)")

// 2. Validator throughput: 20,000 profile-like files against a compiled schema.
let profilesDir = dataDir + "/profiles"
try? FileManager.default.removeItem(atPath: profilesDir)
try FileManager.default.createDirectory(atPath: profilesDir, withIntermediateDirectories: true)
var g = Generator()
var profiles: [[UInt8]] = []
for n in 0..<20_000 {
    let bytes = Array(profile(n, &g).utf8)
    profiles.append(bytes)
    try Data(bytes).write(to: URL(fileURLWithPath: profilesDir + "/p\(n).json"))
}
// A self-contained copy of schemas/profile.schema.json (no $id, shared definitions inline),
// so check-jsonschema can read it without fetching anything.
let benchSchema = """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "required": ["customer_id", "organization_name", "tier", "csm_assigned", "contract_start", "contract_value"],
  "properties": {
    "customer_id": {"type": "string", "pattern": "^[A-Z0-9][A-Z0-9_-]{0,63}$"},
    "organization_name": {"type": "string", "minLength": 1},
    "tier": {"enum": ["enterprise", "mid_market", "growth", "starter", "strategic"]},
    "segment": {"$ref": "#/$defs/segment"},
    "primary_contact": {"type": "string"},
    "email": {"type": "string", "format": "email"},
    "csm_assigned": {"type": "string", "minLength": 1},
    "contract_start": {"type": "string", "format": "date"},
    "contract_value": {"type": "number", "minimum": 0},
    "team_members": {"type": "array", "items": {"$ref": "#/$defs/team_member"}}
  },
  "$defs": {
    "segment": {"type": "object", "properties": {"segment_name": {"type": "string"}, "organization_type": {"type": "string"},
      "size_category": {"type": "string"}, "clinical_specialty": {"type": "string"}, "geographic_region": {"type": "string"},
      "maturity_level": {"type": "string"}, "tech_adoption": {"type": "string"}}},
    "team_member": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 1},
      "title": {"type": "string"}, "specialty": {"type": "string"},
      "expertise_areas": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}}}
  }
}

"""
try Data(benchSchema.utf8).write(to: URL(fileURLWithPath: dataDir + "/bench-profile.schema.json"))
let schema = try CompiledSchema.compile(try JSONDocument.parse(benchSchema).get(), options: SchemaOptions(assertFormats: true)).get()
var invalid = 0
let validateTime = seconds {
    for bytes in profiles {
        let doc = try! JSONDocument.parse(bytes).get()
        if !schema.validate(doc.root).isEmpty { invalid += 1 }
    }
}
var readTime = 0.0
readTime = seconds {
    for n in 0..<20_000 { _ = FileManager.default.contents(atPath: profilesDir + "/p\(n).json") }
}
print("JSON Schema validation, 20,000 profile files (schema compiled once, formats asserted):")
print("  csw parse + validate in memory \(fixed(validateTime, 3)) s (\(fixed(20_000 / validateTime, 0)) instances/s, \(invalid) invalid)")
print("  plain file reads (Foundation)  \(fixed(readTime, 3)) s")
