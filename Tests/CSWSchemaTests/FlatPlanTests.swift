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

    static let keys = ["date", "usage_percentage", "support_ticket_volume", "ratio", "trend", "flag", "code", "anything", "never", "unknown", "Date"]
    static let values = [
        "\"2025-11-01\"", "\"2025-02-30\"", "\"2025-11-01T00:00:00Z\"", "\"\"", "\"2025-13-01\"", "\"2023-02-29\"", "\"2025-11-0a\"",
        "\"2025\\u002d11-01\"", "\"2025-1-01\"", "\"improving\"", "\"Stable\"", "\"AB-12\"", "\"ab-12\"", "\"AB-\u{e9}\"",
        "0", "-0", "-1", "100", "100.0", "100.000001", "1e2", "1E3", "0.5", "1", "0.0", "1e-400", "1e400", "10000000", "10000001",
        "3.0", "2.5", "-1e-9", "true", "false", "null", "[]", "[1]", "{}", "{\"a\": 1}", "\"12\"", "12345678901234567890",
        "100.00000000000000000001", "0.00000000000000000000001",
    ]

    /// A line of mostly acceptable members, sometimes with a duplicate key, odd spacing or
    /// a byte dropped.
    static func line(_ random: inout XorShift) -> String {
        var members: [String] = []
        var used = Set<String>()
        if random.next() % 2 == 0 { used.insert("date"); members.append("\"date\": \"2025-10-01\"") }
        for _ in 0..<Int(random.next() % 8) {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            guard used.insert(key).inserted || random.next() % 8 == 0 else { continue }
            // mostly a value the field accepts, so that whole lines are often valid
            let good = Self.good[key] ?? []
            let value = !good.isEmpty && random.next() % 4 != 0 ? good[Int(random.next() % UInt64(good.count))] : values[Int(random.next() % UInt64(values.count))]
            let colon = [":", " : ", ":\t", ":\r"][Int(random.next() % 16) % 4]
            members.append("\"\(key)\"\(colon)\(value)")
        }
        let separator = random.next() % 8 == 0 ? " ,  " : ", "
        var text = random.next() % 50 == 0 ? "[1, 2]" : "{" + members.joined(separator: separator) + "}"
        if random.next() % 10 == 0 { text = " \t" + text + " \r" }
        if random.next() % 20 == 0, !text.isEmpty {
            var bytes = Array(text.utf8)
            bytes.remove(at: Int(random.next() % UInt64(bytes.count)))
            text = String(decoding: bytes, as: UTF8.self)
        }
        return text
    }

    @Test func itAnswersAsTheGeneralValidatorOnGeneratedLines() throws {
        let schema = try Self.compile(Self.schemaText)
        var random = XorShift(state: 7)
        var valid = 0, checked = 0
        while checked < 20_000 {
            let text = Self.line(&random)
            guard let document = try? JSONDocument.parse(Array(text.utf8)).get() else { continue }
            let quick = schema.isValid(document.root), general = schema.isValidGenerally(document.root)
            #expect(quick == general, "\(text): the plan says \(quick), the validator \(general)")
            #expect(quick == schema.validate(document.root).isEmpty, "\(text)")
            if quick { valid += 1 }
            checked += 1
        }
        // both answers occur often enough to mean something
        #expect(valid > 500 && checked - valid > 5_000, "valid \(valid) of \(checked)")
    }

    /// The check in place (no document) reads only lines the parser reads the same way, and
    /// calls a line valid only when the validator does; plain valid lines it settles itself.
    /// Lines go through one memo per file, as metrics.jsonl's do.
    @Test func theCheckInPlaceNeverPassesWhatTheValidatorFails() throws {
        let schema = try Self.compile(Self.schemaText)
        let check = try #require(FlatLineCheck(schema))
        var random = XorShift(state: 11)
        var passed = 0, validLines = 0, read = 0, lines = 0
        for _ in 0..<400 {
            let texts = (0..<50).map { _ in Self.line(&random) }
            let file = Array(texts.joined(separator: "\n").utf8)
            var memo = FlatLineCheck.Memo()
            var members: [FlatObjectLine.Member] = []
            file.withUnsafeBufferPointer { b in
                var start = 0
                for text in texts {
                    let end = start + text.utf8.count
                    defer { start = end + 1 }
                    lines += 1
                    let parsed = try? JSONDocument.parse(Array(text.utf8)).get()
                    guard FlatObjectLine.read(b, from: start, to: end, into: &members) == end else { continue }
                    read += 1
                    let names = members.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0.keyStart..<$0.keyEnd]), as: UTF8.self) }
                    guard let root = parsed?.root else {
                        // the one thing the reader leaves to the check: a duplicate key
                        #expect(Set(names).count < names.count, "\(text): read in place, but the parser refuses it")
                        #expect(!check.passes(b, members, memo: &memo), "\(text): a duplicate key passed")
                        continue
                    }
                    let keys = root.members.map { $0.key.stringValue ?? "" }
                    #expect(keys == names, "\(text)")
                    let general = schema.isValidGenerally(root)
                    if general { validLines += 1 }
                    if check.passes(b, members, memo: &memo) {
                        passed += 1
                        #expect(general, "\(text): passed in place, but the validator fails it")
                        #expect(memo.fields == keys.map { check.field(named: $0) ?? -1 }, "\(text)")
                    }
                }
            }
        }
        // most lines are read in place, and most valid ones settled there
        #expect(read > lines / 2 && passed > validLines / 3 && passed > 1_000, "read \(read) of \(lines), passed \(passed) of \(validLines) valid")
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
