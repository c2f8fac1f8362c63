import CSWJSON
import Testing
@testable import CSWCore

/// Retention's pure parts: ages counted back on the calendar, rules read with positions,
/// and entries cut out of a file leaving every other byte.
@Suite struct RetentionRuleTests {
    @Test(arguments: [
        ("3y", "2025-12-15", "2022-12-15"), ("1y", "2024-02-29", "2023-02-28"), ("1m", "2025-03-31", "2025-02-28"),
        ("12m", "2025-01-10", "2024-01-10"), ("90d", "2025-03-01", "2024-12-01"), ("1d", "2025-01-01", "2024-12-31"),
        ("100y", "2025-12-15", "1925-12-15"),
    ])
    func agesCountBackOnTheCalendar(age: String, today: String, cutoff: String) throws {
        #expect(try #require(RetentionAge(age)).cutoff(today: today) == cutoff)
    }

    @Test(arguments: ["", "3", "y", "0y", "03y", "3 years", "-1d", "101y", "1201m", "36501d", "3Y", "1.5y"])
    func agesOutsideTheFormAreRefused(text: String) {
        #expect(RetentionAge(text) == nil)
    }

    func parse(_ json: String) throws -> (rules: [RetentionRule], diagnostics: [Diagnostic]) {
        RetentionRules.parse(try JSONDocument.parse(json).get().root)
    }

    @Test func rulesAreReadInOrderWithDefaults() throws {
        let (rules, diagnostics) = try parse("""
        {"retention": [{"name": "call-notes-3y", "covers": "notes", "kinds": ["call"], "older_than": "3y"},
                       {"name": "closed-tasks", "covers": "tasks", "older_than": "12m"},
                       {"name": "left", "covers": "contacts"}]}
        """)
        #expect(diagnostics.isEmpty)
        #expect(rules.map(\.name) == ["call-notes-3y", "closed-tasks", "left"])
        #expect(rules[0].kinds == ["call"])
        #expect(rules[1].statuses == ["done", "skipped"])
        #expect(rules[2].olderThan == nil && rules[2].cutoff(today: "2025-12-15") == "2025-12-15")
    }

    @Test func mistakesPointAtTheValueWithAFixAndYieldNoRules() throws {
        let (rules, diagnostics) = try parse("""
        {"retention": [{"name": "a", "covers": "note", "older_than": "3y"},
                       {"name": "a", "covers": "tasks"},
                       {"name": "Bad Name", "covers": "contacts", "kind": ["call"]}]}
        """)
        #expect(rules.isEmpty, "a list with any mistake removes nothing")
        let text = diagnostics.map(\.description)
        #expect(text.contains { $0.hasPrefix("csw.json:1:40: error[CSW0101]: retention[0].covers: expected one of") && $0.contains("note: did you mean \"notes\"?") })
        #expect(text.contains { $0.contains("retention[1].name: a second rule named \"a\"") && $0.contains("the first is at line 1") })
        #expect(text.contains { $0.contains("retention[1]: the rule has no \"older_than\"") })
        #expect(text.contains { $0.contains("retention[2].name: expected lower-case letters") })
        #expect(text.contains { $0.contains("csw does not know the field \"kind\"") && $0.contains("did you mean \"kinds\"?") })
    }

    static let profile = """
    {
      "customer_id": "HOSP_001",
      "team_members": [
        {
          "name": "A",
          "left_on": "2024-01-01"
        },
        {
          "name": "B"
        },
        {
          "name": "C",
          "left_on": "2025-01-01"
        }
      ],
      "tags": []
    }

    """

    func cut(_ indices: Set<Int>) throws -> String {
        let bytes = try #require(RetentionEdit.removing(indices, from: RetentionSource(path: "p", kind: .profile, bytes: Array(Self.profile.utf8))))
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func teamMembersAreCutOutWithTheirSeparatorOnly() throws {
        let lines = Self.profile.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(try cut([0]) == (lines[..<3] + lines[7...]).joined(separator: "\n"), "the first member")
        #expect(try cut([1]) == (lines[..<7] + lines[10...]).joined(separator: "\n"), "a middle one")
        #expect(try cut([2]) == (lines[..<9] + ["    }"] + lines[14...]).joined(separator: "\n"), "the last one")
        #expect(try cut([1, 2]) == (lines[..<6] + ["    }"] + lines[14...]).joined(separator: "\n"), "the last two")
        #expect(try cut([0, 1, 2]) == (lines[..<2] + ["  \"team_members\": [],"] + lines[15...]).joined(separator: "\n"), "all of them")
    }

    @Test func plansTheDatedItemsUnderTheFirstRuleThatCoversThem() throws {
        let tasks = """
        {"id":"T-000000000001","title":"Old","owner":"x","due":"2024-01-01","status":"done","source":"manual","created":"2024-01-01","done_at":"2024-02-01"}
        {"id":"T-000000000002","title":"Open","owner":"x","due":"2020-01-01","status":"open","source":"manual","created":"2020-01-01"}

        """
        let sources = [RetentionSource(path: "customers/H/tasks.jsonl", kind: .tasks, bytes: Array(tasks.utf8)),
                       RetentionSource(path: "customers/H/profile.json", kind: .profile, bytes: Array(Self.profile.utf8)),
                       RetentionSource(path: "customers/H/notes/n.md", kind: .notes, bytes: Array("---\ndate: 2020-05-01\nkind: call\n---\nx\n".utf8)),
                       RetentionSource(path: "customers/H/notes/m.md", kind: .notes, bytes: Array("---\nkind: call\n---\nundated\n".utf8))]
        let rules = [RetentionRule(name: "tasks-1y", covers: .tasks, olderThan: RetentionAge("1y")),
                     RetentionRule(name: "left-6m", covers: .contacts, olderThan: RetentionAge("6m")),
                     RetentionRule(name: "emails", covers: .notes, olderThan: RetentionAge("1y"), kinds: ["email"]),
                     RetentionRule(name: "calls", covers: .notes, olderThan: RetentionAge("1y"), kinds: ["call"])]
        let plan = RetentionPlan.make(rules: rules, sources: sources, today: "2025-12-15")
        #expect(plan.items == [
            RetentionItem(rule: "tasks-1y", path: "customers/H/tasks.jsonl", entry: 1, what: "task T-000000000001", date: "2024-02-01"),
            RetentionItem(rule: "left-6m", path: "customers/H/profile.json", entry: 0, what: "team member A", date: "2024-01-01"),
            RetentionItem(rule: "left-6m", path: "customers/H/profile.json", entry: 2, what: "team member C", date: "2025-01-01"),
            RetentionItem(rule: "calls", path: "customers/H/notes/n.md", entry: nil, what: "account note", date: "2020-05-01"),
        ])
        let kept = try #require(RetentionEdit.removing([1], from: sources[0]))
        #expect(String(decoding: kept, as: UTF8.self) == String(tasks.split(separator: "\n", omittingEmptySubsequences: false)[1]) + "\n")
    }
}
