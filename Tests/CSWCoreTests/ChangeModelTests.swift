import CSWJSON
import Testing
@testable import CSWCore

/// The change model behind csw diff, log, status and commit messages.
@Suite struct ChangeModelTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func profileFieldsAreComparedMemberByMember() throws {
        let old = bytes(#"{"customer_id": "A_1", "contract_value": 100, "segment": {"organization_type": "clinic", "size_category": "small"}, "tags": [1, 2]}"#)
        let new = bytes(#"{"customer_id": "A_1", "contract_value": 120, "segment": {"organization_type": "payer", "size_category": "small"}, "tags": [1, 2, 3], "renewal_date": "2026-06-30"}"#)
        let fields = try #require(ChangeModel.fields(old, new))
        #expect(fields.map(\.field) == ["contract_value", "segment.organization_type", "tags", "renewal_date"])
        #expect(fields[1].display == #"segment.organization_type: "clinic" → "payer""#)
        #expect(fields[3].old == nil && fields[3].new == .string("2026-06-30"))
        #expect(ChangeModel.fields(old, bytes("{not json")) == nil, "an unreadable side is reported, not guessed")
        #expect(ChangeSummary.describe(path: "customers/A_1/profile.json", old: old, new: new).summary
            == "profile: contract_value, segment, tags changed, renewal_date added")
    }

    @Test func snapshotsAreMatchedByDateAndComparedFieldByField() throws {
        let old = bytes("{\"date\": \"2025-10-01\", \"usage_percentage\": 80}\n{\"date\": \"2025-11-01\", \"usage_percentage\": 84.5, \"nps_score\": 8}\n")
        let new = bytes("{\"date\": \"2025-11-01\", \"usage_percentage\": 86, \"nps_score\": 8}\n{\"date\": \"2025-12-01\", \"usage_percentage\": 88}\n")
        let changes = try #require(ChangeModel.snapshots(old, new))
        #expect(changes.map(\.date) == ["2025-10-01", "2025-11-01", "2025-12-01"])
        #expect(changes.map(\.kind) == [.removed, .changed, .added])
        #expect(changes[1].fields == [FieldChange(field: "usage_percentage", old: .number(JSONNumber(84.5)), new: .number(JSONNumber(86)))])
        #expect(changes[2].fields.map(\.field) == ["usage_percentage"], "the date is the key, not a field")
        let twice = bytes("{\"date\": \"2025-11-01\"}\n{\"date\": \"2025-11-01\"}\n")
        #expect(ChangeModel.snapshots(old, twice) == nil, "a date twice cannot be matched")
    }

    @Test func customersDocumentsAndSettings() throws {
        let note = bytes("---\ntitle: Champion left\ndate: 2025-04-14\n---\nbody\n")
        let review = bytes("# Quarterly business review\n\nNotes.\n")
        let comparison = ChangeModel.compare([
            FileVersions(path: "customers/B_2/profile.json", old: nil, new: bytes(#"{"customer_id": "B_2", "organization_name": "Bee"}"#)),
            FileVersions(path: "customers/A_1/notes/2025-04-14-champion-left.md", old: nil, new: note),
            FileVersions(path: "customers/A_1/reviews/2025-10-14-qbr.md", old: review, new: nil),
            FileVersions(path: "customers/A_1/score-override.json", old: bytes("{}"), new: bytes(#"{"score": 50}"#)),
            FileVersions(path: "customers/A_1/metrics.jsonl", old: bytes("x"), new: bytes("x")),
            FileVersions(path: "csw.json", old: bytes(#"{"currency": "USD"}"#), new: bytes(#"{"currency": "EUR"}"#)),
            FileVersions(path: "playbooks/onboarding.md", old: nil, new: bytes("# Onboarding\n")),
        ])
        #expect(comparison.customers.map(\.customerID) == ["A_1", "B_2"])
        let a = comparison.customers[0]
        #expect(a.kind == .modified && a.metrics.isEmpty && !a.metricsUnreadable, "an unchanged file is skipped")
        #expect(a.documents.map(\.title) == ["Champion left", "Quarterly business review"])
        #expect(a.documents.map(\.kind) == [.added, .removed] && a.documents.map(\.type) == ["note", "review"])
        #expect(a.otherFiles.map(\.path) == ["score-override.json"])
        #expect(comparison.customers[1].kind == .added && comparison.customers[1].fields.isEmpty, "a new customer is not a list of added fields")
        #expect(comparison.settings.map(\.display) == [#"currency: "USD" → "EUR""#])
        #expect(comparison.otherFiles.map(\.path) == ["playbooks/onboarding.md"])
    }

    @Test func textconvPutsOneFieldPerLine() {
        let profile = bytes(#"{"customer_id": "A_1", "segment": {"organization_type": "clinic"}, "team_members": [{"name": "Ann"}], "tags": ["x", "y"]}"#)
        #expect(String(decoding: Textconv.render(profile), as: UTF8.self)
            == "customer_id: \"A_1\"\nsegment.organization_type: \"clinic\"\nteam_members[0].name: \"Ann\"\ntags: [\"x\", \"y\"]\n")
        let metrics = bytes("{\"date\": \"2025-11-01\", \"usage_percentage\": 86}\n{\"date\": \"2025-12-01\", \"nps_score\": 9}\n")
        #expect(String(decoding: Textconv.render(metrics), as: UTF8.self) == "2025-11-01 usage_percentage: 86\n\n2025-12-01 nps_score: 9\n")
        let markdown = bytes("---\ntitle: x\n---\n# Hello\n")
        #expect(Textconv.render(markdown) == markdown, "Markdown passes through")
        let broken = bytes("{\"date\": \"2025-11-01\"\n")
        #expect(Textconv.render(broken) == broken, "invalid JSON passes through, so nothing is hidden")
    }
}
