import Testing
@testable import CSWJSON

@Suite struct JSONLinesTests {
    @Test func readsRecordsWithFilePositionsAndKeepsGoingPastBadLines() throws {
        let text = "{\"date\": \"2025-01-01\", \"usage_percentage\": 80}\n\n{\"date\": \"2025-02-01\",}\r\n  {\"date\": \"2025-03-01\"}\n"
        let result = JSONLines.parse(Array(text.utf8))
        #expect(result.records.map(\.line) == [1, 4])
        #expect(result.records[1].document.root["date"]?.location == SourceLocation(line: 4, column: 12, offset: 11))
        #expect(result.errors.count == 1)
        #expect(result.errors[0].location.line == 3)
        #expect(result.errors[0].location.column == 23)
    }
}

@Suite struct JSONSequenceTests {
    @Test func wholeFileInOnePassMatchesLineByLine() throws {
        let text = "{\"date\": \"2025-01-01\", \"v\": 1}\n\n{\"date\": \"2025-02-01\", \"v\": [1, 2]}\r\n{\"date\": \"2025-03-01\"}\n"
        let all = try #require(JSONLines.parseAll(Array(text.utf8)))
        let lines = JSONLines.parse(Array(text.utf8))
        #expect(all.root.count == 3)
        #expect(all.root.elements.map(\.value) == lines.records.map { $0.document.value })
        #expect(all.root[1]?.location.line == 3)
    }

    @Test func twoValuesOnOneLineOrABadLineFallBack() {
        #expect(JSONLines.parseAll(Array("{\"a\": 1} {\"b\": 2}\n".utf8)) == nil)
        #expect(JSONLines.parseAll(Array("{\"a\": 1}\n{\"b\": }\n".utf8)) == nil)
        #expect(JSONLines.parseAll(Array("".utf8))?.root.count == 0)
    }
}
