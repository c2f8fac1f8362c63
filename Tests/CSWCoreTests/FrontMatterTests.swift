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

    /// Ten levels of `aN: &aN [*aN-1, …]`: 9^10 values in under 500 bytes.
    static func aliasBomb(levels: Int = 10, asKey: Bool = false) -> String {
        var lines = ["---", "date: 2025-11-01", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for i in 1..<levels { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]") }
        if asKey { lines.append("? *a\(levels - 1)\n: boom") }
        return (lines + ["---", "Body"]).joined(separator: "\n")
    }

    @Test(arguments: [false, true])
    func anAliasBombIsRefusedAtItsFirstAnchor(asKey: Bool) {
        guard case .failure(.anchorOrAlias(let message, let location)) = FrontMatter.parse(Self.aliasBomb(asKey: asKey)) else {
            Issue.record("expected the anchor to be refused")
            return
        }
        #expect(message == "the front matter uses a YAML anchor (&a0); csw front matter does not use YAML anchors or aliases")
        #expect(location.line == 3 && location.column == 5)
        #expect(FrontMatter.anchorNote.contains("write the value out"))
    }

    @Test func anAliasAloneIsRefusedWhereItStands() {
        // An undefined alias is still an alias: refused at the '*', before Yams complains.
        guard case .failure(.anchorOrAlias(let message, let location)) = FrontMatter.parse("---\ndate: 2025-11-01\ntags: [a, *b]\n---\n") else {
            Issue.record("expected the alias to be refused")
            return
        }
        #expect(message.contains("alias (*b)"))
        #expect(location.line == 3 && location.column == 11)
    }

    @Test func ampersandsAndAsterisksInTextAreNotAnchors() throws {
        let f = try FrontMatter.parse("---\ntitle: Q&A session\nsummary: \"*bold* & more\"\nrating: '&5'\nnotes: |\n  * item & *other\n---\nBody\n").get()
        #expect(f.value["title"]?.stringValue == "Q&A session")
        #expect(f.value["summary"]?.stringValue == "*bold* & more")
        #expect(f.value["rating"]?.stringValue == "&5")
        #expect(f.value["notes"]?.stringValue == "* item & *other")
    }
}
