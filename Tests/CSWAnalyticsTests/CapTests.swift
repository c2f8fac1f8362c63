import CSWCore
import CSWJSON
import Testing
@testable import CSWAnalytics

/// Caps: a patient-safety problem holds health down while it lasts, and says so.
@Suite struct CapTests {
    static let model = ScoringModel.defaults(kpiTargets: Dictionary(uniqueKeysWithValues: WorkspaceConfig.defaultKPITargets))
    static let asOf = Day("2025-12-15")!
    static let healthy = #"{"date": "2025-12-01", "usage_percentage": 88, "user_adoption_rate": 0.8, "engagement_level": 0.8, "nps_score": 9, "support_ticket_volume": 3, "clinical_outcome_improvement": 16, "roi_percentage": 26, "compliance_score": 96, "staff_satisfaction": 86}"#

    static func customer(metrics: [String] = [healthy], notes: [(String, String)] = []) -> CustomerData {
        var entries: [CustomerFolder.Entry] = [
            .file(path: "profile.json", bytes: Array(#"{"customer_id": "X", "organization_name": "X Health", "contract_value": 100000}"#.utf8)),
            .file(path: "metrics.jsonl", bytes: Array((metrics.joined(separator: "\n") + "\n").utf8)),
        ]
        for (name, text) in notes { entries.append(.file(path: "feedback/" + name, bytes: Array(text.utf8))) }
        let folder = CustomerFolder(name: "X", entries: entries)
        return CustomerData(folder: folder)!.withFeedback(FeedbackNote.notes(in: folder, analyser: nil))
    }

    static func note(type: String = "patient_safety", severity: String = "critical", status: String = "triaged", date: String = "2025-12-05") -> String {
        "---\ndate: \(date)\nchannel: call\ntype: \(type)\nseverity: \(severity)\nstatus: \(status)\n---\nA near miss with a dose in a draft note.\n"
    }

    @Test func anOpenCriticalSafetyNoteCapsHealthAtAtRiskUntilResolved() throws {
        let plain = CustomerScore.compute(Self.customer(), asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        let uncapped = try #require(plain.health.score)
        #expect(uncapped >= 90 && plain.health.band == "healthy" && plain.health.caps.isEmpty)
        let open = CustomerScore.compute(Self.customer(notes: [("2025-12-05-near-miss.md", Self.note())]), asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        #expect(open.health.score == 49.9 && open.health.band == "at_risk")
        #expect(open.health.uncapped == uncapped, "the measures still add up to the uncapped score")
        #expect(open.health.caps.map(\.id) == ["open-critical-safety-feedback"])
        #expect((open.churn.probability ?? 0) > (plain.churn.probability ?? 1), "churn is estimated from the capped health")
        let explain = ScoreTable.explain(open)
        #expect(explain.contains("capped at 49.9"), "\(explain)")
        #expect(explain.contains("cap open-critical-safety-feedback: critical patient_safety feedback feedback/2025-12-05-near-miss.md is triaged — health at most 49.9"))
        guard case .array(let caps)? = open.json["caps"] else { Issue.record("no caps in JSON"); return }
        #expect(caps.first?["limit"] == .number(JSONNumber(49.9)) && open.json["health_before_caps"] == .number(JSONNumber(uncapped)))
        // Resolved, not critical, not about safety, or dated after the as-of date: no cap.
        for other in [Self.note(status: "resolved"), Self.note(severity: "high"), Self.note(type: "complaint"), Self.note(date: "2025-12-20")] {
            let s = CustomerScore.compute(Self.customer(notes: [("n.md", other)]), asOf: Self.asOf, model: Self.model, kpiTargets: [:])
            #expect(s.health.score == uncapped && s.health.caps.isEmpty, "\(other)")
        }
        // A tag works like the type.
        let tagged = Self.note(type: "complaint").replacingOccurrences(of: "status: triaged\n", with: "status: triaged\ntags: [patient_safety]\n")
        #expect(CustomerScore.compute(Self.customer(notes: [("n.md", tagged)]), asOf: Self.asOf, model: Self.model, kpiTargets: [:]).health.score == 49.9)
    }

    @Test func aRecentSafetyEventHoldsHealthBelowHealthy() {
        let event = Self.healthy.replacingOccurrences(of: "\"staff_satisfaction\": 86}", with: "\"staff_satisfaction\": 86, \"patient_safety_events\": 1}")
        let recent = HealthScore.compute(Self.customer(metrics: [event]), asOf: Self.asOf, model: Self.model)
        #expect(recent.score == 69.9 && recent.band == "watch")
        #expect(recent.caps.first?.reason == "patient_safety_events 1 on 2025-12-01 (above 0 within 90 days)")
        let old = HealthScore.compute(Self.customer(metrics: [event.replacingOccurrences(of: "2025-12-01", with: "2025-08-01"), Self.healthy]), asOf: Self.asOf, model: Self.model)
        #expect(old.caps.isEmpty && (old.score ?? 0) > 69.9, "an event 136 days ago no longer caps")
    }

    @Test func capsAreTheWorkspacesToSet() throws {
        let notes = [("n.md", Self.note(severity: "high"))]
        func config(_ json: String) -> JSONValue { try! JSONDocument.parse(Array(json.utf8)).get().value }
        let stricter = Self.model.configured(by: config(#"{"caps": [{"id": "any-safety-note", "feedback": {"type": "patient_safety", "severity": ["high", "critical"]}, "max_score": 30}]}"#))
        #expect(HealthScore.compute(Self.customer(notes: notes), asOf: Self.asOf, model: stricter).score == 30)
        #expect(stricter.caps.count == 1, "a list replaces the defaults")
        let none = Self.model.configured(by: config(#"{"caps": []}"#))
        #expect(HealthScore.compute(Self.customer(notes: [("n.md", Self.note())]), asOf: Self.asOf, model: none).caps.isEmpty)
        #expect(!none.usesFeedback, "without feedback caps or sentiment, scoring reads no notes")
        #expect(Self.model.usesFeedback && !Self.model.usesSentiment)
    }
}
