import CSWJSON
import Testing
@testable import CSWCore

@Suite struct EditingTests {
    let file = """
    {"date": "2025-09-01", "usage_percentage": 80.0}
    {"date": "2025-11-01",   "usage_percentage": 85.0}

    """

    @Test func insertsInDateOrderAndKeepsOtherLinesByteForByte() throws {
        let out = try MetricsEditor.insert(.object(["date": .string("2025-10-01"), "nps_score": .number(8)]), date: "2025-10-01",
                                           into: Array(file.utf8)).get()
        #expect(String(decoding: out, as: UTF8.self) == """
        {"date": "2025-09-01", "usage_percentage": 80.0}
        {"date": "2025-10-01", "nps_score": 8}
        {"date": "2025-11-01",   "usage_percentage": 85.0}

        """)
        let first = try MetricsEditor.insert(.object(["date": .string("2024-01-01"), "nps_score": .number(7)]), date: "2024-01-01",
                                             into: Array(file.utf8)).get()
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("{\"date\": \"2024-01-01\""))
        let last = try MetricsEditor.insert(.object(["date": .string("2026-01-01"), "nps_score": .number(7)]), date: "2026-01-01",
                                            into: Array(file.utf8)).get()
        #expect(String(decoding: last, as: UTF8.self).hasSuffix("{\"date\": \"2026-01-01\", \"nps_score\": 7}\n"))
        let empty = try MetricsEditor.insert(.object(["date": .string("2026-01-01"), "nps_score": .number(7)]), date: "2026-01-01", into: []).get()
        #expect(String(decoding: empty, as: UTF8.self) == "{\"date\": \"2026-01-01\", \"nps_score\": 7}\n")
    }

    @Test func refusesASecondSnapshotForADate() {
        let result = MetricsEditor.insert(.object(["date": .string("2025-11-01"), "nps_score": .number(8)]), date: "2025-11-01", into: Array(file.utf8))
        #expect(result == .failure(.dateTaken("2025-11-01", line: 2)))
    }

    @Test func canonicalMetricsAreSortedOneLinePerSnapshot() throws {
        let messy = "{\"date\":\"2025-11-01\",\"nps_score\":8.5}\n\n{ \"date\" : \"2025-10-01\", \"nps_score\": 8.0 }\n"
        let out = try CanonicalForm.metrics(Array(messy.utf8)).get()
        #expect(String(decoding: out, as: UTF8.self) == "{\"date\": \"2025-10-01\", \"nps_score\": 8.0}\n{\"date\": \"2025-11-01\", \"nps_score\": 8.5}\n")
        #expect(try CanonicalForm.metrics(out).get() == out)
    }

    @Test func canonicalJSONKeepsMemberOrderAndNumbers() throws {
        let out = try CanonicalForm.json(Array(#"{"b": 500000, "a": [0.10, {"x": 1.0}]}"#.utf8)).get()
        #expect(String(decoding: out, as: UTF8.self) == "{\n  \"b\": 500000,\n  \"a\": [\n    0.10,\n    {\n      \"x\": 1.0\n    }\n  ]\n}\n")
    }
}

@Suite struct CustomerIDTests {
    @Test(arguments: ["HOSP_001", "AMC-12", "7", "A" + String(repeating: "B", count: 63)])
    func accepts(_ id: String) { #expect(CustomerID(id) != nil) }

    @Test(arguments: ["", "hosp_001", "../HOSP", "A/B", "_X", "-X", "HOSP 1", "HÖSP", "A" + String(repeating: "B", count: 64)])
    func refuses(_ id: String) {
        #expect(CustomerID(id) == nil)
        #expect(!CustomerID.explain(id).isEmpty)
    }
}

@Suite struct DemoGeneratorTests {
    @Test func sameSeedSameBytesOtherSeedOtherBytes() {
        let a = DemoGenerator(customers: 12, months: 6, seed: 3)
        let b = DemoGenerator(customers: 12, months: 6, seed: 3)
        let c = DemoGenerator(customers: 12, months: 6, seed: 4)
        for i in 0..<12 {
            #expect(a.customerFiles(i).map(\.bytes) == b.customerFiles(i).map(\.bytes))
        }
        #expect(a.config() == b.config())
        #expect((0..<12).contains { a.customerFiles($0).map(\.bytes) != c.customerFiles($0).map(\.bytes) })
    }

    @Test func customersFollowThePatterns() throws {
        let g = DemoGenerator(customers: 6, months: 24, seed: 1)
        func lastUsage(_ i: Int) throws -> Double {
            let metrics = g.customerFiles(i).first { $0.path.hasSuffix("metrics.jsonl") }!.bytes
            let last = JSONLines.parse(metrics).records.last!
            return try #require(last.document.root["usage_percentage"]?.doubleValue)
        }
        #expect(try lastUsage(DemoGenerator.Pattern.expansionReady.rawValue) > 90)
        #expect(try lastUsage(DemoGenerator.Pattern.decliningAfterChampionLeft.rawValue) < 55)
        let churned = g.customerFiles(DemoGenerator.Pattern.churned.rawValue)[0].bytes
        #expect(try JSONDocument.parse(churned).get().root["status"]?.stringValue == "churned")
    }
}
