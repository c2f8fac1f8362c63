import Foundation
import Testing

/// csw alerts on the example workspace: which customers raise which alerts, stable ids,
/// acknowledgements that come back when the condition returns, snoozes that end.
@Suite struct AlertsTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-alerts")
        let parent = scratch.url
        folder = parent.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: parent).status == 0)
    }

    func csw(_ arguments: String...) throws -> CLITests.Outcome { try CLITests.run(arguments, in: folder) }

    func alerts(_ extra: String...) throws -> [[String: Any]] {
        let out = try CLITests.run(["alerts", "--format", "json"] + extra, in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        return try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [[String: Any]]
    }

    @Test func theDecliningCustomerRaisesAlertsAndTheHealthyOneNone() throws {
        try CLITests.expectGolden("alerts-example", ["alerts", "--as-of", "2025-11-15"], status: 0, in: folder)
        let all = try alerts("--as-of", "2025-11-15")
        let ch = all.filter { $0["customer_id"] as? String == "CH_003" }.map { $0["rule"] as! String }
        #expect(Set(ch) == ["health-at-risk", "declining-trend", "nps-detractor"])
        #expect(all.allSatisfy { $0["customer_id"] as? String != "HOSP_001" }, "the healthy flagship raises nothing")
        #expect(try csw("alerts", "--customer", "HOSP_001", "--as-of", "2025-11-15").stdout.hasPrefix("no alerts as of 2025-11-15"))
        let first = all.first!
        for key in ["id", "customer_id", "rule", "severity", "owner", "due", "reason", "state"] { #expect(first[key] != nil, "JSON has \(key)") }
        #expect(try alerts("--as-of", "2025-11-15").map { $0["id"] as! String } == all.map { $0["id"] as! String }, "ids are stable")
        #expect(try alerts("--as-of", "2025-11-15", "--severity", "high").allSatisfy { ["high", "critical"].contains($0["severity"] as! String) })
        #expect(try alerts("--as-of", "2025-11-15", "--owner", "dana.okafor").allSatisfy { $0["customer_id"] as? String == "CH_003" })
    }

    @Test func anAcknowledgedAlertComesBackWhenItsConditionReturns() throws {
        let nps = try #require(try alerts("--as-of", "2025-11-15").first { $0["customer_id"] as? String == "CH_003" && $0["rule"] as? String == "nps-detractor" })
        let id = nps["id"] as! String
        let ack = try csw("alerts", "ack", id, "--note", "exec sponsor call booked", "--as-of", "2025-11-15")
        #expect(ack.status == 0 && ack.stdout.contains("acknowledged in customers/CH_003/alerts.json"), "\(ack.stderr)")
        #expect(!(try alerts("--as-of", "2025-11-16")).contains { $0["id"] as? String == id }, "hidden once acknowledged")
        let shown = try #require(try alerts("--as-of", "2025-11-16", "--all").first { $0["id"] as? String == id })
        #expect(shown["state"] as? String == "acknowledged")
        #expect(try csw("validate").status == 0, "alerts.json is part of the format")
        // NPS recovers, then drops again: the same condition returns with the same id.
        #expect(try csw("metrics", "add", "CH_003", "--date", "2025-11-20", "nps_score=9").status == 0)
        #expect(!(try alerts("--as-of", "2025-11-21", "--all")).contains { $0["id"] as? String == id }, "cleared")
        #expect(try csw("metrics", "add", "CH_003", "--date", "2025-12-01", "nps_score=4").status == 0)
        let back = try #require(try alerts("--as-of", "2025-12-02").first { $0["id"] as? String == id })
        #expect(back["state"] as? String == "open")
        #expect((back["state_note"] as? String)?.contains("cleared on 2025-11-20 and back since") == true)
    }

    @Test func aSnoozeEndsOnItsDate() throws {
        let alert = try #require(try alerts("--as-of", "2025-11-15").first { $0["rule"] as? String == "health-at-risk" })
        let id = alert["id"] as! String
        #expect(try csw("alerts", "snooze", id, "--until", "2025-11-30", "--as-of", "2025-11-15").status == 0)
        #expect(!(try alerts("--as-of", "2025-11-30")).contains { $0["id"] as? String == id })
        #expect(try alerts("--as-of", "2025-12-01").contains { $0["id"] as? String == id && $0["state"] as? String == "open" })
        #expect(try csw("alerts", "snooze", id, "--until", "2025-11-01", "--as-of", "2025-11-15").status == 2, "a snooze ends in the future")
        #expect(try csw("alerts", "ack", "A-0000000000000000", "--note", "x").status == 1, "an unknown id is a clear error")
    }

    @Test func rulesComeFromCswJson() throws {
        let url = folder.appendingPathComponent("csw.json")
        var text = try String(contentsOf: url, encoding: .utf8)
        let start = text.range(of: "\"alert_rules\": [")!
        let end = text.range(of: "]", range: start.upperBound..<text.endIndex)!
        text.replaceSubrange(start.lowerBound..<end.upperBound, with: """
        "alert_rules": [{"id": "watch-everyone", "kind": "health_below", "severity": "low", "threshold": 101, "owner": "cs-lead"}]
        """)
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(try csw("validate").status == 0)
        let all = try alerts("--as-of", "2025-11-15")
        #expect(Set(all.map { $0["rule"] as! String }) == ["watch-everyone"] && all.allSatisfy { $0["owner"] as? String == "cs-lead" })
        #expect(all.count == 9, "every active customer with metrics is below 101")
        // dedupe: month gives a lasting condition a new id each month, the same id within one.
        text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: #""owner": "cs-lead"}"#, with: #""owner": "cs-lead", "dedupe": "month"}"#)
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(try csw("validate").status == 0)
        func id(_ day: String) throws -> String? { try alerts("--as-of", day, "--customer", "HOSP_001").first?["id"] as? String }
        #expect(try id("2025-11-15") == id("2025-11-28") && id("2025-11-15") != id("2025-12-02"))
    }

    @Test func alertsAtARevisionReadGitObjects() throws {
        let here = try csw("alerts", "--as-of", "2025-11-15", "--format", "json").stdout
        #expect(try csw("metrics", "add", "HOSP_001", "--date", "2025-11-10", "nps_score=2").status == 0)
        #expect(try csw("alerts", "--at", "HEAD", "--as-of", "2025-11-15", "--format", "json").stdout == here, "HEAD does not have the new snapshot")
        #expect(try csw("alerts", "--as-of", "2025-11-15", "--format", "json").stdout != here, "the working folder does")
    }

    @Test func riskExplainsDriversAndRecommendsPlaybooks() throws {
        try CLITests.expectGolden("risk-declining", ["risk", "CH_003", "--as-of", "2025-11-15"], status: 0, in: folder)
        try CLITests.expectGolden("campaigns-example", ["campaigns", "--as-of", "2025-11-15"], status: 0, in: folder)
        let risk = try JSONSerialization.jsonObject(with: Data(try csw("risk", "CH_003", "--as-of", "2025-11-15", "--format", "json").stdout.utf8)) as! [String: Any]
        #expect(risk["risk_level"] as? String == "critical")
        let drivers = (risk["drivers"] as! [[String: Any]]).map { $0["contribution"] as! Double }
        #expect(drivers == drivers.sorted(by: >) && !drivers.isEmpty, "largest driver first")
        let campaigns = (risk["recommended_campaigns"] as! [[String: Any]]).map { $0["playbook"] as! String }
        #expect(campaigns.first == "roi-recovery" && campaigns.contains("executive-sponsor-re-engagement"))
        let healthy = try csw("risk", "HOSP_001", "--as-of", "2025-11-15")
        #expect(healthy.stdout.contains("(low risk)"))
        #expect(healthy.stdout.contains("renewal-preparation — Renewal preparation (drivers: renewal_within_90d)"), "a healthy account still prepares its renewal")
        #expect(!healthy.stdout.contains("roi-recovery"), "no driver calls for it")
        // Without playbooks there is nothing to recommend, and the table says how to fix it.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("playbooks"))
        #expect(try csw("campaigns", "--as-of", "2025-11-15").stdout.contains("(none: add a playbook for these drivers)"))
        #expect(try csw("risk", "NOPE_1").status == 1)
    }

    @Test func aPlaybookBecomesTasksThatAreFinishedAndJudged() throws {
        let start = try csw("playbook", "start", "CH_003", "roi-recovery", "--as-of", "2025-10-01")
        #expect(start.status == 0 && start.stdout.contains("4 tasks in customers/CH_003/tasks.jsonl"), "\(start.stderr)")
        #expect(try csw("playbook", "start", "CH_003", "roi-recovery", "--as-of", "2025-10-02").status == 1, "one campaign of a playbook at a time")
        #expect(try csw("playbook", "start", "CH_003", "no-such-playbook").status == 1)
        try CLITests.expectGolden("tasks-overdue", ["tasks", "--overdue", "--as-of", "2025-10-20"], status: 0, in: folder)
        let tasks = try JSONSerialization.jsonObject(with: Data(try csw("tasks", "--format", "json").stdout.utf8)) as! [[String: Any]]
        #expect(tasks.count == 4 && tasks.allSatisfy { $0["source"] as? String == "playbook:roi-recovery" && $0["owner"] != nil })
        #expect(tasks.first?["owner"] as? String == "dana.okafor", "role csm is the customer's CSM")
        for key in ["id", "customer_id", "title", "owner", "due", "status", "source"] { #expect(tasks[0][key] != nil, "JSON has \(key)") }
        let ids = tasks.map { $0["id"] as! String }
        for id in ids.dropLast() { #expect(try csw("tasks", "done", id, "--as-of", "2025-10-25").status == 0) }
        #expect(try csw("tasks", "skip", ids.last!, "--reason", "finance contact on leave", "--as-of", "2025-10-28").status == 0)
        #expect(try csw("tasks", "done", ids[0]).status == 1, "a finished task cannot be finished again")
        #expect(try csw("tasks").stdout.hasPrefix("no open tasks"))
        #expect(try csw("validate").status == 0, "tasks.jsonl is part of the format")
        let campaigns = try JSONSerialization.jsonObject(with: Data(try csw("campaigns", "--as-of", "2025-11-15", "--format", "json").stdout.utf8)) as! [String: Any]
        let finished = try #require((campaigns["finished_campaigns"] as! [[String: Any]]).first)
        #expect(finished["playbook"] as? String == "roi-recovery" && finished["started"] as? String == "2025-10-01" && finished["finished"] as? String == "2025-10-28")
        #expect(finished["health_before"] is Double && finished["health_after"] is Double && finished["result"] as? String == "renewal on 2026-03-01")
    }

    @Test func runIsIdempotent() throws {
        try CLITests.expectGolden("run-dry", ["run", "--dry-run", "--as-of", "2025-11-15"], status: 0, in: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("customers/HOSP_001/tasks.jsonl").path), "a dry run writes nothing")
        let first = try csw("run", "--as-of", "2025-11-15")
        #expect(first.status == 0 && first.stdout.contains("added 18 tasks"), "\(first.stdout)\(first.stderr)")
        let again = try csw("run", "--as-of", "2025-11-15")
        #expect(again.stdout.hasPrefix("no new tasks"), "the second run creates nothing: \(again.stdout)")
        #expect(try csw("run", "--as-of", "2025-11-20").stdout.hasPrefix("no new tasks"), "nor a later one while nothing new happened")
        let all = try JSONSerialization.jsonObject(with: Data(try csw("tasks", "--format", "json").stdout.utf8)) as! [[String: Any]]
        #expect(all.count == 18 && Set(all.map { $0["id"] as! String }).count == 18)
        // The renewal campaigns start on paper 120 days before each renewal, i.e. before this
        // run: none of their tasks is created already overdue.
        let overdue = all.filter { ($0["due"] as! String) < "2025-11-15" }.map { "\($0["customer_id"]!): \($0["title"]!) due \($0["due"]!)" }
        #expect(overdue.isEmpty, "created overdue: \(overdue)")
        #expect(all.contains { ($0["campaign"] as? String).map { $0.hasPrefix("renewal-preparation@") && $0 < "renewal-preparation@2025-11-15" } == true },
                "a campaign keeps its stable start, before the run")
        #expect(try csw("validate").status == 0)
        // Critical feedback that is not resolved gets an escalation task, once.
        try """
        ---
        date: 2025-11-18
        channel: call
        type: complaint
        author: mike.smith
        severity: critical
        status: open
        ---
        The sepsis alerts stopped firing on two units overnight.
        """.write(to: folder.appendingPathComponent("customers/HOSP_001/feedback/2025-11-18-alerts-stopped.md"), atomically: true, encoding: .utf8)
        let escalated = try csw("run", "--as-of", "2025-11-19")
        #expect(escalated.stdout.contains("Escalate critical feedback feedback/2025-11-18-alerts-stopped.md"), "\(escalated.stdout)")
        #expect(try csw("run", "--as-of", "2025-11-20").stdout.hasPrefix("no new tasks"))
    }
}
