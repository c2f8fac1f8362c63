import CSWJSON
import Testing
@testable import CSWCore

@Suite struct MergeTests {
    func merge(_ path: String, _ base: String?, _ ours: String?, _ theirs: String?) -> MergeOutcome {
        WorkspaceMerge.merge(path: path, base: base.map { Array($0.utf8) }, ours: ours.map { Array($0.utf8) },
                             theirs: theirs.map { Array($0.utf8) }) { b, o, t in
            // A tiny line merge for the tests: clean only when one side kept the base.
            if o == b { return (t, true) }
            if t == b { return (o, true) }
            return (o, false)
        }
    }

    func text(_ outcome: MergeOutcome) -> String { String(decoding: outcome.bytes ?? [], as: UTF8.self) }

    @Test func metricsAreTheUnionBySnapshotDate() {
        let base = "{\"date\": \"2025-10-01\", \"nps_score\": 8}\n"
        let ours = base + "{\"date\": \"2025-11-01\", \"nps_score\": 9}\n"
        let theirs = base + "{\"date\": \"2025-12-01\", \"nps_score\": 7}\n"
        let outcome = merge("customers/A/metrics.jsonl", base, ours, theirs)
        #expect(outcome.conflicts.isEmpty)
        #expect(text(outcome) == base + "{\"date\": \"2025-11-01\", \"nps_score\": 9}\n{\"date\": \"2025-12-01\", \"nps_score\": 7}\n")
    }

    /// Two teammates record different contract events on the same day: both are kept, in
    /// date order; the same event recorded by both (same id) is kept once.
    @Test func contractEventsMergeByIdInDateOrder() {
        let base = "{\"id\": \"K-0000000000000001\", \"date\": \"2024-01-01\", \"event\": \"start\", \"arr\": 100, \"term_end\": \"2025-01-01\"}\n"
        let renewal = "{\"id\": \"K-0000000000000003\", \"date\": \"2025-01-01\", \"event\": \"renewal\", \"arr\": 120, \"term_end\": \"2026-01-01\"}\n"
        let expansion = "{\"id\": \"K-0000000000000002\", \"date\": \"2025-01-01\", \"event\": \"expansion\", \"amount\": 10}\n"
        let earlier = "{\"id\": \"K-00000000000000ff\", \"date\": \"2024-06-01\", \"event\": \"expansion\", \"amount\": 5}\n"
        let outcome = merge("customers/A/contracts.jsonl", base, base + renewal + earlier, base + expansion + renewal)
        #expect(outcome.conflicts.isEmpty)
        #expect(text(outcome) == base + earlier + renewal + expansion, "ours' same-day order, then theirs' new event: \(text(outcome))")
    }

    @Test func onlyADateChangedDifferentlyOnBothSidesConflicts() {
        let base = "{\"date\": \"2025-10-01\", \"nps_score\": 8}\n{\"date\": \"2025-11-01\", \"nps_score\": 8}\n"
        let ours = "{\"date\": \"2025-10-01\", \"nps_score\": 9}\n{\"date\": \"2025-11-01\", \"nps_score\": 5}\n"
        let theirs = "{\"date\": \"2025-10-01\", \"nps_score\": 8}\n{\"date\": \"2025-11-01\", \"nps_score\": 6}\n"
        let outcome = merge("customers/A/metrics.jsonl", base, ours, theirs)
        #expect(outcome.conflicts.map(\.pointer) == ["/2025-11-01"])
        #expect(outcome.conflicts[0].theirs?["nps_score"] == .number(6))
        #expect(text(outcome).contains("\"nps_score\": 9") && text(outcome).contains("\"nps_score\": 5"), "ours kept, both dates present")
    }

    @Test func jsonMergesFieldByFieldAndKeyedArraysByKey() {
        let base = #"{"tier": "enterprise", "contract_value": 500000, "team_members": [{"name": "Ann", "title": "CMO"}]}"#
        let ours = #"{"tier": "strategic", "contract_value": 500000, "team_members": [{"name": "Ann", "title": "CMIO"}]}"#
        let theirs = #"{"tier": "enterprise", "contract_value": 525000, "team_members": [{"name": "Ann", "title": "CMO"}, {"name": "Bo"}]}"#
        let outcome = merge("customers/A/profile.json", base, ours, theirs)
        #expect(outcome.conflicts.isEmpty)
        let value = try? JSONDocument.parse(outcome.bytes ?? []).get().value
        #expect(value == .object(["tier": .string("strategic"), "contract_value": .number(525000),
                                  "team_members": .array([.object(["name": .string("Ann"), "title": .string("CMIO")]), .object(["name": .string("Bo")])])]))
    }

    @Test func aFieldChangedDifferentlyKeepsOursAndRecordsAllThree() {
        let outcome = merge("customers/A/profile.json", #"{"contract_value": 500000}"#, #"{"contract_value": 555000}"#, #"{"contract_value": 600000}"#)
        #expect(outcome.conflicts == [MergeConflict(path: "customers/A/profile.json", pointer: "/contract_value",
                                                    base: .number(500000), ours: .number(555000), theirs: .number(600000))])
        #expect(text(outcome).contains("555000"))
        #expect(outcome.conflicts[0].customerID == "A")
    }

    @Test func notesMergeFrontMatterFieldsAndBodyLines() {
        let base = "---\ndate: 2025-03-14\nstatus: new\ntags: [a]\n---\nLine one.\n"
        let ours = "---\ndate: 2025-03-14\nstatus: triaged\ntags: [a]\n---\nLine one.\n"
        let theirs = "---\ndate: 2025-03-14\nstatus: new\ntags: [a, b]\n---\nLine one.\nLine two.\n"
        let outcome = merge("customers/A/feedback/x.md", base, ours, theirs)
        #expect(outcome.conflicts.isEmpty)
        #expect(text(outcome) == "---\ndate: 2025-03-14\nstatus: triaged\ntags: [a, b]\n---\nLine one.\nLine two.\n")
        let clash = merge("customers/A/feedback/x.md", base, ours, base.replacingOccurrences(of: "status: new", with: "status: closed"))
        #expect(clash.conflicts.map(\.pointer) == ["/front_matter/status"])
    }

    @Test func noteBodiesKeepBothSidesCleanLineEdits() {
        // As in git, edits merge cleanly when an unchanged line separates them.
        let head = "---\ndate: 2025-03-14\n---\n"
        let base = head + "Attendees: Dr. Reyes\nAgenda: renewal\nRisk: low\nNext step: QBR in May\nOwner: Sam\n"
        let ours = head + "Attendees: Dr. Reyes, Ann Lee\nAgenda: renewal\nRisk: medium\nNext step: QBR in May\nOwner: Sam\n"
        let theirs = head + "Attendees: Dr. Reyes\nAgenda: renewal\nRisk: high\nNext step: QBR in May\nOwner: Priya\n"
        let outcome = merge("customers/A/notes/2025-03-14-call.md", base, ours, theirs)
        // one conflict (the Risk line), and each side's clean edit is in the file
        #expect(outcome.conflicts.map(\.pointer) == ["/body"])
        #expect(text(outcome) == head + "Attendees: Dr. Reyes, Ann Lee\nAgenda: renewal\nRisk: medium\nNext step: QBR in May\nOwner: Priya\n")
        // taking their side keeps our clean edit too
        #expect(outcome.conflicts.first?.theirs == .string("Attendees: Dr. Reyes, Ann Lee\nAgenda: renewal\nRisk: high\nNext step: QBR in May\nOwner: Priya\n"))
        // edits to different lines merge cleanly
        let clean = merge("customers/A/notes/2025-03-14-call.md", base, ours,
                          head + "Attendees: Dr. Reyes\nAgenda: renewal\nRisk: low\nNext step: QBR in May\nOwner: Priya\nFollow-up sent.\n")
        #expect(clean.conflicts.isEmpty)
        #expect(text(clean) == head + "Attendees: Dr. Reyes, Ann Lee\nAgenda: renewal\nRisk: medium\nNext step: QBR in May\nOwner: Priya\nFollow-up sent.\n")
    }

    @Test func lineMergeAgreesWithDiff3OnInsertionsDeletionsAndSameEdits() {
        func m(_ b: String, _ o: String, _ t: String) -> (String, String, Int)? {
            LineMerge.merge(base: b, ours: o, theirs: t).map { ($0.ours, $0.theirs, $0.conflicts) }
        }
        // a deletion on one side, an insertion at the end on the other
        #expect(m("a\nb\nc\n", "a\nc\n", "a\nb\nc\nd\n")! == ("a\nc\nd\n", "a\nc\nd\n", 0))
        // the same change on both sides is taken once
        #expect(m("a\nb\nc", "a\nB\nc", "a\nB\nc")! == ("a\nB\nc", "a\nB\nc", 0))
        // insertions at the same place conflict
        #expect(m("a\nc", "a\nx\nc", "a\ny\nc")! == ("a\nx\nc", "a\ny\nc", 1))
        // empty base, two different texts
        #expect(m("", "x", "y")! == ("x", "y", 1))
        // a long text with edits far apart: both kept
        let lines = (0..<500).map { "line \($0)" }
        var o = lines, t = lines
        o[10] = "ours"; t.remove(at: 400); t.insert("theirs", at: 250)
        let r = m(lines.joined(separator: "\n"), o.joined(separator: "\n"), t.joined(separator: "\n"))!
        var want = lines
        want[10] = "ours"; want.remove(at: 400); want.insert("theirs", at: 250)
        #expect(r.0 == want.joined(separator: "\n") && r.2 == 0)
        // beyond the edit budget the caller is told (and keeps the whole text as one conflict)
        #expect(LineMerge.merge(base: "", ours: lines.joined(separator: "\n"), theirs: "z", maxEdits: 10) == nil)
    }

    @Test func deletedOnOneSideChangedOnTheOtherKeepsTheChangedFile() {
        let outcome = merge("customers/A/notes/x.md", "---\ndate: 2025-01-01\n---\nA\n", nil, "---\ndate: 2025-01-01\n---\nB\n")
        #expect(text(outcome).contains("B"))
        #expect(outcome.conflicts.first?.pointer == "")
        #expect(outcome.conflicts.first?.ours == nil)
    }

    @Test func resolutionWritesTheChosenValue() throws {
        let conflict = MergeConflict(path: "customers/A/profile.json", pointer: "/team_members/name=Ann/title",
                                     base: .string("CMO"), ours: .string("CMIO"), theirs: .string("CEO"))
        let bytes = Array(#"{"team_members": [{"name": "Ann", "title": "CMIO"}]}"#.utf8)
        let out = try ConflictResolution.apply(conflict, value: conflict.theirs, to: bytes).get()
        #expect(String(decoding: out ?? [], as: UTF8.self).contains("\"title\": \"CEO\""))
        let metrics = MergeConflict(path: "customers/A/metrics.jsonl", pointer: "/2025-11-01", base: nil, ours: .object(["date": .string("2025-11-01"), "nps_score": .number(5)]), theirs: nil)
        let removed = try ConflictResolution.apply(metrics, value: nil, to: Array("{\"date\": \"2025-11-01\", \"nps_score\": 5}\n".utf8)).get()
        #expect(removed == [])
        let note = MergeConflict(path: "customers/A/feedback/x.md", pointer: "/front_matter/status", base: .string("new"), ours: .string("triaged"), theirs: .string("closed"))
        let written = try ConflictResolution.apply(note, value: .string("closed"), to: Array("---\ndate: 2025-03-14\nstatus: triaged\n---\nBody\n".utf8)).get()
        #expect(String(decoding: written ?? [], as: UTF8.self) == "---\ndate: 2025-03-14\nstatus: \"closed\"\n---\nBody\n")
    }

    @Test func changesAreDescribedInCustomerTerms() {
        let change = ChangeSummary.describe(path: "customers/HOSP_001/metrics.jsonl", old: Array("{\"date\": \"2025-10-01\"}\n".utf8),
                                            new: Array("{\"date\": \"2025-10-01\"}\n{\"date\": \"2025-11-01\", \"nps_score\": 9}\n".utf8))
        #expect(change.summary == "metrics +1 snapshot (2025-11-01)")
        #expect(change.customerID == "HOSP_001")
        let profile = ChangeSummary.describe(path: "customers/HOSP_001/profile.json", old: Array(#"{"a": 1, "b": 2}"#.utf8), new: Array(#"{"a": 2, "c": 3}"#.utf8))
        #expect(profile.summary == "profile: a changed, c added, b removed")
        #expect(ChangeSummary.commitMessage([change, profile]) == "HOSP_001: metrics +1 snapshot (2025-11-01); profile: a changed, c added, b removed\n")
    }
}
