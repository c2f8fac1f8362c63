import CSWJSON
import Testing
@testable import CSWSchema

/// The flat plan (a quicker `isValid` for an object of scalar fields: a metrics line)
/// answers exactly as the general validator, on generated lines that are valid, and on
/// lines broken in every way a field can be.
@Suite struct FlatPlanTests {
    static let schemaText = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "type": "object",
      "required": ["date"],
      "minProperties": 2,
      "maxProperties": 6,
      "additionalProperties": false,
      "properties": {
        "date": { "$ref": "#/$defs/date" },
        "usage_percentage": { "type": "number", "minimum": 0, "maximum": 100 },
        "support_ticket_volume": { "type": "integer", "minimum": 0, "maximum": 10000000 },
        "ratio": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 },
        "trend": { "enum": ["improving", "stable", "declining"] },
        "flag": { "type": "boolean" },
        "code": { "type": "string", "pattern": "^[A-Z]{2}-[0-9]+$" },
        "anything": {},
        "never": false
      },
      "$defs": { "date": { "type": "string", "format": "date" } }
    }
    """

    static func compile(_ text: String) throws -> CompiledSchema {
        try CompiledSchema.compile(try JSONDocument.parse(Array(text.utf8)).get()).get()
    }

    @Test func theMetricShapeHasAPlanAndOthersDoNot() throws {
        #expect(try Self.compile(Self.schemaText).isFlat)
        #expect(try !Self.compile(#"{"type": "object", "properties": {"a": {"type": "object", "properties": {"b": {}}}}}"#).isFlat)
        #expect(try !Self.compile(#"{"properties": {"a": {"anyOf": [{"type": "string"}, {"type": "number"}]}}}"#).isFlat)
        #expect(try !Self.compile(#"{"properties": {"a": {"type": "number"}}, "patternProperties": {"^x": {}}}"#).isFlat)
        #expect(try !Self.compile(##"{"properties": {"a": {"type": "number", "$ref": "#/$defs/i"}}, "$defs": {"i": {"type": "integer"}}}"##).isFlat,
                "two type keywords on one field are left to the general validator")
    }

    static let good: [String: [String]] = [
        "date": ["\"2025-11-01\"", "\"2024-02-29\""], "usage_percentage": ["0", "55.5", "100", "1e2"], "support_ticket_volume": ["0", "7", "3.0"],
        "ratio": ["0.5", "0.999"], "trend": ["\"stable\""], "flag": ["true"], "code": ["\"AB-12\""], "anything": ["null", "[1]"],
    ]

    @Test func itAnswersAsTheGeneralValidatorOnGeneratedLines() throws {
        let schema = try Self.compile(Self.schemaText)
        var random = XorShift(state: 7)
        let keys = ["date", "usage_percentage", "support_ticket_volume", "ratio", "trend", "flag", "code", "anything", "never", "unknown", "Date"]
        let values = [
            "\"2025-11-01\"", "\"2025-02-30\"", "\"2025-11-01T00:00:00Z\"", "\"\"", "\"2025-13-01\"", "\"2023-02-29\"", "\"2025-11-0a\"",
            "\"2025\\u002d11-01\"", "\"2025-1-01\"", "\"improving\"", "\"Stable\"", "\"AB-12\"", "\"ab-12\"",
            "0", "-0", "-1", "100", "100.0", "100.000001", "1e2", "1E3", "0.5", "1", "0.0", "1e-400", "1e400", "10000000", "10000001",
            "3.0", "2.5", "-1e-9", "true", "false", "null", "[]", "[1]", "{}", "{\"a\": 1}", "\"12\"", "12345678901234567890",
        ]
        var valid = 0, checked = 0
        for _ in 0..<20_000 {
            var members: [String] = []
            var used = Set<String>()
            if random.next() % 2 == 0 { used.insert("date"); members.append("\"date\": \"2025-10-01\"") }
            for _ in 0..<Int(random.next() % 8) {
                let key = keys[Int(random.next() % UInt64(keys.count))]
                guard used.insert(key).inserted else { continue }
                // mostly a value the field accepts, so that whole lines are often valid
                let good = Self.good[key] ?? []
                let value = !good.isEmpty && random.next() % 4 != 0 ? good[Int(random.next() % UInt64(good.count))] : values[Int(random.next() % UInt64(values.count))]
                members.append("\"\(key)\": \(value)")
            }
            let text = random.next() % 50 == 0 ? "[1, 2]" : "{" + members.joined(separator: ", ") + "}"
            let document = try JSONDocument.parse(Array(text.utf8)).get()
            let quick = schema.isValid(document.root), general = schema.isValidGenerally(document.root)
            #expect(quick == general, "\(text): the plan says \(quick), the validator \(general)")
            #expect(quick == schema.validate(document.root).isEmpty, "\(text)")
            if quick { valid += 1 }
            checked += 1
        }
        // both answers occur often enough to mean something
        #expect(valid > 500 && checked - valid > 5_000, "valid \(valid) of \(checked)")
    }
}

/// xorshift64*: deterministic, so a failing line can be replayed.
struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}
