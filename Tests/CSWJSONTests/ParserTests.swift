import Testing
@testable import CSWJSON

private func parse(_ text: String) throws -> JSONDocument {
    try JSONDocument.parse(text).get()
}

private func parseError(_ text: String) -> JSONParseError? {
    if case .failure(let e) = JSONDocument.parse(text) { return e }
    return nil
}

private func parseError(bytes: [UInt8]) -> JSONParseError? {
    if case .failure(let e) = JSONDocument.parse(bytes) { return e }
    return nil
}

@Suite struct ParserTests {
    @Test func parsesAProfileKeepingKeyOrderAndValues() throws {
        let doc = try parse("""
        {
          "customer_id": "HOSP_001",
          "contract_value": 500000,
          "tier": "enterprise",
          "active": true,
          "notes": null,
          "team_members": [{"name": "Dr. Sarah Johnson"}, {"name": "Ann"}]
        }
        """)
        let root = doc.root
        #expect(root.kind == .object)
        #expect(root.members.map(\.name) == ["customer_id", "contract_value", "tier", "active", "notes", "team_members"])
        #expect(root["customer_id"]?.stringValue == "HOSP_001")
        #expect(root["contract_value"]?.number == 500000)
        #expect(root["contract_value"]?.rawText == "500000")
        #expect(root["active"]?.boolValue == true)
        #expect(root["notes"]?.isNull == true)
        #expect(root["team_members"]?.count == 2)
        #expect(root["team_members"]?[1]?["name"]?.stringValue == "Ann")
        #expect(root["missing"] == nil)
    }

    @Test func recordsLineAndColumnOfKeysAndValues() throws {
        let doc = try parse("{\n  \"a\": 1,\n  \"b\": [true,\n    \"x\"]\n}")
        let members = Array(doc.root.members)
        #expect(doc.root.location == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(members[0].key.location.line == 2)
        #expect(members[0].key.location.column == 3)
        #expect(members[0].value.location.column == 8)
        #expect(members[1].value.location == SourceLocation(line: 3, column: 8, offset: 19))
        let x = members[1].value[1]!
        #expect(x.location.line == 4)
        #expect(x.location.column == 5)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let doc = try parse("{\"é\": \"naïve\", \"k\": 2}")
        let k = Array(doc.root.members)[1]
        #expect(k.key.location.column == 16)
        #expect(Array(doc.root.members)[0].value.stringValue == "naïve")
    }

    @Test func decodesEscapes() throws {
        let doc = try parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\ud83d\ude00", "\u0041"]"#)
        let items = doc.root.elements.map { $0.stringValue! }
        #expect(items == ["a\"b\\c/d\u{8}\u{c}\n\r\t", "é😀", "A"])
        #expect(doc.root[2]!.stringEquals("A"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "trailing comma"),
        ("[1, 2,]", 1, 7, "trailing comma"),
        ("{\"a\": 01}", 1, 7, "leading zeros"),
        ("[NaN]", 1, 2, "NaN and Infinity"),
        ("[-Infinity]", 1, 2, "NaN and Infinity"),
        ("[Infinity]", 1, 2, "NaN and Infinity"),
        ("{\"a\": \"x", 1, 9, "unterminated string"),
        ("{\"a\": [1, 2", 1, 12, "unexpected end of input inside an array"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("{a: 1}", 1, 2, "double quotes"),
        ("['a']", 1, 2, "double quotes"),
        ("[True]", 1, 2, "lowercase"),
        ("[1.]", 1, 4, "digit after the decimal point"),
        ("[.5]", 1, 2, "digit before the decimal point"),
        ("[+1]", 1, 2, "cannot start with '+'"),
        ("[1e]", 1, 4, "exponent"),
        ("", 1, 1, "found end of input"),
        ("{} {}", 1, 4, "expected the end of the document"),
        ("[\"a\tb\"]", 1, 4, "raw control character"),
        ("[\"a\nb\"]", 1, 4, "line break inside a string"),
        (#"["\x"]"#, 1, 3, "invalid escape"),
        (#"["\ud800"]"#, 1, 3, "low surrogate"),
        (#"["\udc00"]"#, 1, 3, "low surrogate without"),
        (#"["\u12G4"]"#, 1, 7, "4 hex digits"),
        ("[1 2]", 1, 4, "expected ',' or ']'"),
        ("// c\n{}", 1, 1, "no comments"),
    ])
    func rejectsWithPositionAndExplanation(input: String, line: Int, column: Int, words: String) throws {
        let error = try #require(parseError(input))
        #expect(error.location.line == line, "\(error)")
        #expect(error.location.column == column, "\(error)")
        #expect(error.message.contains(words), "\(error)")
    }

    @Test func duplicateKeyNamesBothPlaces() throws {
        let error = try #require(parseError("{\n  \"tier\": \"a\",\n  \"tier\": \"b\"\n}"))
        #expect(error.location.line == 3)
        #expect(error.location.column == 3)
        #expect(error.notes.count == 1)
        #expect(error.notes[0].location.line == 2)
        #expect(error.withPath("p.json").description == """
        p.json:3:3: duplicate member name "tier" in this object; each name may appear once
        p.json:2:3: note: "tier" first appears here
        """)
    }

    @Test func duplicateKeysFoundThroughEscapesAndInLargeObjects() throws {
        #expect(parseError(#"{"a": 1, "\u0061": 2}"#)?.message.contains("duplicate") == true)
        var members = (0..<100).map { "\"k\($0)\": \($0)" }
        #expect((try? parse("{" + members.joined(separator: ",") + "}")) != nil)
        members.append("\"k42\": 0")
        let error = try #require(parseError("{" + members.joined(separator: ",") + "}"))
        #expect(error.message.contains("\"k42\""))
        #expect(error.notes.first?.location.column == 1 + members[..<42].joined(separator: ",").count + 2)
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22],                    // never valid
        [0x22, 0xC0, 0xAF, 0x22],              // overlong
        [0x22, 0xED, 0xA0, 0x80, 0x22],        // encoded surrogate
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // past U+10FFFF
        [0x22, 0xE2, 0x82, 0x22],              // truncated
    ] as [[UInt8]])
    func rejectsInvalidUTF8(bytes: [UInt8]) throws {
        let error = try #require(parseError(bytes: bytes))
        #expect(error.message.contains("UTF-8"))
        #expect(error.location.column == 2)
    }

    @Test func nestingLimitIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(parseError(deep))
        #expect(error.message.contains("deeper than 512"))
        #expect(error.location.column == 513)
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect((try? parse(ok)) != nil)
        let custom = JSONDocument.parse(ok, options: JSONParseOptions(maxDepth: 10))
        #expect((try? custom.get()) == nil)
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)
        let doc = try JSONDocument.parse(bytes).get()
        #expect(doc.root["a"]?.location == SourceLocation(line: 1, column: 7, offset: 9))
        let strict = JSONDocument.parse(bytes, options: JSONParseOptions(allowByteOrderMark: false))
        #expect((try? strict.get()) == nil)
    }

    @Test func scalarsAtTopLevel() throws {
        #expect(try parse(" 42 ").root.number == 42)
        #expect(try parse("\"x\"").root.stringValue == "x")
        #expect(try parse("null").root.isNull)
    }

    @Test func treeValueMatchesNodes() throws {
        let doc = try parse(#"{"b": [1, 2.5, "x"], "a": {"c": null}}"#)
        let expected: JSONValue = .object(["b": .array([.number(1), .number(2.5), .string("x")]), "a": .object(["c": .null])])
        #expect(doc.value == expected)
        if case .object(let o) = doc.value { #expect(o.keys == ["b", "a"]) }
    }
}
