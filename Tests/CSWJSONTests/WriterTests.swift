import Testing
@testable import CSWJSON

@Suite struct WriterTests {
    @Test func canonicalLayout() throws {
        let doc = try JSONDocument.parse(#"{"customer_id":"HOSP_001","contract_value":500000,"score":0.1,"tags":[],"segment":{},"members":[{"name":"Dr. \"Sam\"\n"}],"ok":true,"none":null}"#).get()
        let text = JSONWriter().string(doc.value)
        #expect(text == """
        {
          "customer_id": "HOSP_001",
          "contract_value": 500000,
          "score": 0.1,
          "tags": [],
          "segment": {},
          "members": [
            {
              "name": "Dr. \\"Sam\\"\\n"
            }
          ],
          "ok": true,
          "none": null
        }

        """)
    }

    @Test(arguments: ["500000", "0.1", "1.0", "1e3", "-0", "12345678901234567890123", "1.5E-7"])
    func numbersAreNotChanged(literal: String) throws {
        let doc = try JSONDocument.parse("[\(literal)]").get()
        #expect(JSONWriter().string(doc.value) == "[\n  \(literal)\n]\n")
    }

    @Test func minimalEscaping() {
        let text = JSONWriter.compact(.string("é/\u{1}\u{7F}\u{2028}\t"))
        #expect(text == "\"é/\\u0001\u{7F}\u{2028}\\t\"")
    }

    @Test func sortedKeysOption() {
        let v: JSONValue = .object(["b": .number(1), "a": .number(2), "B": .null])
        #expect(JSONWriter(sortedKeys: true).string(v) == "{\n  \"B\": null,\n  \"a\": 2,\n  \"b\": 1\n}\n")
    }

    @Test func roundTripAndIdempotence() throws {
        let inputs = [
            #"{"a":[1,{"b":[[],{}]},"\u0000\u001f"],"c":-1.25e+10,"d":"😀"}"#,
            "[[[[[\"deep\"]]]]]",
            #"{"x": 1.0, "y": 100, "z": [true, false, null]}"#,
        ]
        for input in inputs {
            let value = try JSONDocument.parse(input).get().value
            let once = JSONWriter().bytes(value)
            let reparsed = try JSONDocument.parse(once).get().value
            #expect(reparsed == value)
            #expect(JSONWriter().bytes(reparsed) == once)
        }
    }

    @Test func doublesWriteShortestForm() {
        #expect(JSONNumber(0.1).text == "0.1")
        #expect(JSONNumber(500000.0).text == "500000")
        #expect(JSONNumber(0.82).text == "0.82")
        #expect(JSONNumber(1e300).text == "1e+300")
        #expect(JSONNumber("1e+300") != nil)
    }
}

@Suite struct WriterElementTests {
    @Test func elementsJoinToTheSameBytesAsTheWholeArray() {
        let values: [JSONValue] = [.object(["a": .number(1), "b": .array([.string("x")])]), .null, .array([])]
        let writer = JSONWriter()
        #expect(writer.array(ofElements: values.map(writer.element)) == writer.bytes(.array(values)))
        #expect(writer.array(ofElements: []) == writer.bytes(.array([])))
    }

    @Test func forEachMemberSeesDecodedNames() throws {
        let doc = try JSONDocument.parse(#"{"a\u0062": 1, "c": {"d": 2}, "e": 3}"#).get()
        var names: [String] = []
        doc.root.forEachMember { bytes, value in names.append(String(decoding: bytes, as: UTF8.self) + "=" + value.rawText) }
        #expect(names == ["ab=1", "c={", "e=3"])
    }

    /// csw score --format json writes its array a chunk at a time: the same bytes as the
    /// whole array, for every count around the chunk size, and for none.
    @Test(arguments: [0, 1, 2, 3, 4, 5, 7, 9])
    func chunkedArrayIsTheSameText(count: Int) {
        let elements = (0..<count).map { Array("{\n    \"n\": \($0)\n  }".utf8) }
        var chunked: [UInt8] = []
        JSONWriter().array(ofElements: count, chunk: 3, element: { elements[$0] }) { chunked += $0 }
        #expect(String(decoding: chunked, as: UTF8.self) == String(decoding: JSONWriter().array(ofElements: elements), as: UTF8.self))
    }
}
