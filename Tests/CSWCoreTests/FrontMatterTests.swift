import CSWJSON
import Testing
@testable import CSWCore

@Suite struct FrontMatterTests {
    @Test func readsYAMLAsJSONKeepingDatesAsText() throws {
        let note = "---\ndate: 2025-03-14\nchannel: call\nscore: 8.5\nurgent: true\nowner: null\ntags: [alert-fatigue, sepsis]\ncontact: \"Dr. Sarah Johnson\"\n---\nBody line.\n"
        let f = try FrontMatter.parse(note).get()
        let expected: JSONValue = .object([
            "date": .string("2025-03-14"), "channel": .string("call"), "score": .number(8.5), "urgent": .bool(true),
            "owner": .null, "tags": .array([.string("alert-fatigue"), .string("sepsis")]), "contact": .string("Dr. Sarah Johnson"),
        ])
        #expect(f.value == expected)
        #expect(f.body == "Body line.\n")
        #expect(f.location(of: "/channel").line == 3)
        #expect(f.location(of: "/tags/1").line == 7)
        #expect(f.location(of: "/missing").line == 2, "unknown pointers fall back to the mapping")
    }

    @Test func quotedNumbersStayText() throws {
        let f = try FrontMatter.parse("---\nscore: \"9\"\ncount: 12\n---\n").get()
        #expect(f.value["score"] == .string("9"))
        #expect(f.value["count"] == .number(12))
    }

    @Test func missingOrUnclosedFrontMatter() {
        guard case .failure(.missing(let a)) = FrontMatter.parse("Just a note.\n") else { Issue.record("expected missing"); return }
        #expect(a.contains("'---'"))
        guard case .failure(.missing(let b)) = FrontMatter.parse("---\ndate: 2025-01-01\nBody\n") else { Issue.record("expected unclosed"); return }
        #expect(b.contains("not closed"))
    }

    @Test func yamlErrorsCarryAFileLine() {
        guard case .failure(.invalid(let message, let location)) = FrontMatter.parse("---\ndate: 2025-01-01\ntags: [a, b\n---\n") else {
            Issue.record("expected a YAML error")
            return
        }
        #expect(message.contains("not valid YAML"))
        #expect(location.line >= 3)
    }

    @Test func duplicateKeysAreRefused() {
        guard case .failure(.invalid(let message, _)) = FrontMatter.parse("---\ndate: 2025-01-01\ndate: 2025-02-01\n---\n") else {
            Issue.record("expected a duplicate-key error")
            return
        }
        #expect(message.contains("date"))
    }
}
