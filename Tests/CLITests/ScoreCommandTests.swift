import Foundation
import Testing

/// `csw score` on the example workspace, with a fixed as-of date so output is reproducible.
@Suite struct ScoreCommandTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-score")
        folder = scratch.url
        #expect(try CLITests.run(["init", "ws"], in: folder).status == 0)
    }

    var ws: URL { folder.appendingPathComponent("ws") }

    func csw(_ arguments: String...) throws -> CLITests.Outcome { try CLITests.run(arguments, in: ws) }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: ws.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    @Test func tableAndExplanationOfTheExample() throws {
        try CLITests.expectGolden("score-table", ["score", "--as-of", "2025-11-15"], status: 0, in: ws)
        try CLITests.expectGolden("score-explain", ["score", "HOSP_001", "CH_003", "--as-of", "2025-11-15", "--explain"], status: 0, in: ws)
        try CLITests.expectGolden("score-csv", ["score", "--as-of", "2025-11-15", "--format", "csv", "--sort", "customer"], status: 0, in: ws)
    }

    @Test func jsonHasTheFieldsAndPointsAddUpAsDisplayed() throws {
        let outcome = try csw("score", "--as-of", "2025-11-15", "--format", "json")
        #expect(outcome.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 10)
        for item in items {
            for key in ["customer_id", "health_score", "band", "churn_probability", "expansion_potential", "lifetime_value", "trend_30d", "override", "measures", "model_version"] {
                #expect(item.keys.contains(key), "\(key) missing")
            }
            let measures = try #require(item["measures"] as? [[String: Any]])
            let points = measures.compactMap { $0["points"] as? Double }.reduce(0, +)
            for measure in measures {
                for key in ["name", "raw", "score", "weight", "points", "missing_rule", "model_share", "fresh_days", "last_seen"] { #expect(measure.keys.contains(key)) }
            }
            let coverage = try #require(item["coverage"] as? Double)
            guard let score = item["health_score"] as? Double else {
                // No score only below the minimum coverage, and then nothing built on it.
                #expect(coverage < 0.6 && (item["churn_probability"] is NSNull) == (item["status"] as? String != "churned"), "\(item["customer_id"]!)")
                #expect(!(item["missing_measures"] as? [String] ?? []).isEmpty)
                continue
            }
            #expect(coverage >= 0.6)
            // The points add up to the score before caps; a cap only lowers it, and says why.
            let uncapped = try #require(item["health_before_caps"] as? Double)
            #expect(abs(points - uncapped) < 1e-6, "\(item["customer_id"]!): points \(points) vs \(uncapped)")
            let caps = try #require(item["caps"] as? [[String: Any]])
            #expect(score == caps.compactMap { $0["limit"] as? Double }.reduce(uncapped, min))
        }
        #expect(items.first?["customer_id"] as? String == "CH_008", "riskiest first: the churned customer")
    }

    /// CH_008 left on 2025-06-30: it is "churned" in every output, and nothing warns about it.
    @Test func aChurnedCustomerIsChurnedInEveryOutputAndRaisesNoAlert() throws {
        for day in ["2025-05-15", "2025-11-15"] {
            let json = try csw("score", "CH_008", "--as-of", day, "--format", "json").stdout
            let item = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first)
            #expect(item["band"] as? String == "churned", "as of \(day)")
            #expect(item["early_warning"] is NSNull, "no early warning for a customer that has left (as of \(day))")
            #expect(try csw("score", "CH_008", "--as-of", day, "--format", "csv").stdout.contains(",churned,"))
            let table = try csw("score", "CH_008", "--as-of", day).stdout
            let row = try #require(table.split(separator: "\n").last)
            #expect(row.contains("churned") && !row.contains("dropped") && !row.contains("insufficient") && !row.contains("declines"), "\(row)")
            let alerts = try csw("alerts", "--as-of", day, "--format", "json").stdout
            #expect(!alerts.contains("CH_008"), "no alert for a churned customer (as of \(day))")
            let report = try csw("report", "CH_008", "--as-of", day, "--format", "json").stdout
            #expect(report.contains("\"band\": \"churned\"") && report.contains("Alder Creek Community Hospital has churned"), "\(report.prefix(600))")
        }
        let board = folder.appendingPathComponent("board")
        #expect(try csw("dashboard", "--as-of", "2025-11-15", "--out", board.path).status == 0)
        let index = try String(contentsOf: board.appendingPathComponent("index.html"), encoding: .utf8)
        let row = try #require(index.components(separatedBy: "<tr data-customer=\"CH_008\">").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(row.contains("class=\"band-churned\">churned<"), "\(row)")
        #expect(!index.contains("Without a score"), "a churned customer is not listed as missing data")
    }

    /// The example's CLN_005 has an open critical patient-safety note (2025-12-01).
    @Test func anOpenSafetyNoteCapsHealthAsConfigured() throws {
        let explain = try csw("score", "CLN_005", "--as-of", "2025-12-10", "--explain").stdout
        #expect(explain.contains("health 49.9 (at_risk)") && explain.contains("capped at 49.9"), "\(explain)")
        #expect(explain.contains("cap open-critical-safety-feedback: critical patient_safety feedback feedback/2025-12-01-medication-dose-near-miss.md"))
        #expect(!(try csw("score", "CLN_005", "--as-of", "2025-11-30", "--explain").stdout.contains("cap ")), "not before the note")
        // The cache knows the note: resolving it lifts the cap on the next run.
        let note = ws.appendingPathComponent("customers/CLN_005/feedback/2025-12-01-medication-dose-near-miss.md")
        let text = try String(contentsOf: note, encoding: .utf8)
        try text.replacingOccurrences(of: "status: triaged", with: "status: resolved").write(to: note, atomically: true, encoding: .utf8)
        let lifted = try csw("score", "CLN_005", "--as-of", "2025-12-10").stdout
        #expect(!lifted.contains("49.9") && lifted.contains("healthy"), "cached score recomputed when a note changes: \(lifted)")
        try text.write(to: note, atomically: true, encoding: .utf8)
        #expect(try csw("score", "CLN_005", "--as-of", "2025-12-10").stdout.contains("49.9"))
        // As configured: a workspace sets its own cap.
        let config = ws.appendingPathComponent("csw.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: config)) as! [String: Any]
        json["scoring"] = ["caps": [["id": "safety-note", "feedback": ["type": "patient_safety"], "max_score": 30]]]
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: config)
        #expect(try csw("validate").status == 0)
        #expect(try csw("score", "CLN_005", "--as-of", "2025-12-10", "--explain").stdout.contains("cap safety-note: critical patient_safety feedback"))
        #expect(try csw("score", "CLN_005", "--as-of", "2025-12-10").stdout.contains("30.0"))
        json["scoring"] = ["caps": [["id": "events", "metric": ["name": "patient_safety_event"], "max_band": "watch"]]]
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: config)
        let bad = try csw("validate")
        #expect(bad.status == 1 && bad.stdout.contains("scoring.caps[0].metric.name: there is no metric \"patient_safety_event\"")
                && bad.stdout.contains("did you mean \"patient_safety_events\"?"), "\(bad.stdout)")
    }

    @Test func overridesShowBesideTheComputedScoreAndExpire() throws {
        try write("customers/HOSP_001/score-override.json", "{\n  \"score\": 55,\n  \"author\": \"mike.smith\",\n  \"reason\": \"Champion left; usage data lags a month\",\n  \"expires\": \"2025-12-31\"\n}\n")
        #expect(try csw("validate").status == 0)
        let active = try csw("score", "HOSP_001", "--as-of", "2025-11-15", "--explain")
        #expect(active.stdout.contains("override: 55.0 by mike.smith until 2025-12-31 — Champion left; usage data lags a month (computed 92.6)"))
        let expired = try csw("score", "HOSP_001", "--as-of", "2026-01-15", "--format", "json")
        #expect(expired.stdout.contains("\"active\": false"), "an expired override is still shown")
        #expect(!expired.stdout.contains("\"effective_health_score\": 55"))
        let table = try csw("score", "HOSP_001", "--as-of", "2026-01-15")
        #expect(table.stdout.contains("expired 2025-12-31"))
    }

    @Test func atARevisionReadsGitObjectsAndIsReproducible() throws {
        #expect(try csw("metrics", "add", "CH_003", "--date", "2025-11-10", "usage_percentage=20", "user_adoption_rate=0.1", "nps_score=1").status == 0)
        #expect(try csw("commit", "-m", "CH_003 collapses").status == 0)
        let before = try csw("score", "CH_003", "--at", "HEAD~1", "--as-of", "2025-11-15", "--format", "json")
        let after = try csw("score", "CH_003", "--at", "HEAD", "--as-of", "2025-11-15", "--format", "json")
        #expect(before.status == 0 && after.status == 0)
        #expect(before.stdout != after.stdout)
        #expect(try csw("score", "CH_003", "--at", "HEAD~1", "--as-of", "2025-11-15", "--format", "json").stdout == before.stdout, "same revision, same bytes")
        // The working folder is not touched by --at.
        #expect(try String(contentsOf: ws.appendingPathComponent("customers/CH_003/metrics.jsonl"), encoding: .utf8).contains("2025-11-10"))
        #expect(try csw("score", "--at", "no-such-rev").status == 2)
    }

    @Test func recordAppendsAnAuditTrail() throws {
        #expect(try csw("score", "HOSP_001", "--as-of", "2025-11-15", "--record").status == 0)
        #expect(try csw("score", "HOSP_001", "--as-of", "2025-11-16", "--record").status == 0)
        let trail = try String(contentsOf: ws.appendingPathComponent("customers/HOSP_001/scores.jsonl"), encoding: .utf8)
        let lines = trail.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"as_of\": \"2025-11-15\"") && lines[0].contains("\"model_version\": \"csw-default-2\"") && lines[0].contains("\"inputs\": \""))
        #expect(lines[0].contains("\"author\": \"Casey Tester <casey.tester@csm.example>\""))
        #expect(try csw("validate").status == 0, "scores.jsonl is part of the format")
    }

    @Test func theCacheGivesTheSameBytesAndNoticesEdits() throws {
        let first = try csw("score", "--as-of", "2025-11-15", "--format", "json")
        #expect(FileManager.default.fileExists(atPath: ws.appendingPathComponent(".csw/cache/scores.jsonl").path))
        let second = try csw("score", "--as-of", "2025-11-15", "--format", "json")
        #expect(first.stdout == second.stdout, "a cached run prints the same bytes")
        #expect(try csw("score", "--as-of", "2025-11-15").stdout == (try csw("score", "--as-of", "2025-11-15")).stdout)
        #expect(try csw("metrics", "add", "HOSP_001", "--date", "2025-11-10", "usage_percentage=10", "user_adoption_rate=0.05", "nps_score=0").status == 0)
        let third = try csw("score", "HOSP_001", "--as-of", "2025-11-15", "--format", "json")
        #expect(!third.stdout.contains("\"health_score\": 92.6"), "an edited customer is scored again")
        let cached = try String(contentsOf: ws.appendingPathComponent(".csw/cache/scores.jsonl"), encoding: .utf8)
        let customers = try FileManager.default.contentsOfDirectory(atPath: ws.appendingPathComponent("customers").path).filter { !$0.hasPrefix(".") }
        #expect(cached.split(separator: "\n").count == customers.count, "scoring one customer keeps the other customers' cached scores")
        #expect(try csw("validate").status == 0, "the cache is not part of the workspace format")
        #expect(try String(contentsOf: ws.appendingPathComponent(".gitignore"), encoding: .utf8).split(separator: "\n").contains(".csw/"), "the cache (.csw/cache/) stays out of git")
    }

    @Test func aTornOrEditedCacheIsIgnoredNotTrusted() throws {
        let fresh = try csw("score", "--as-of", "2025-11-15", "--format", "json")
        let cacheFile = ws.appendingPathComponent(".csw/cache/scores.jsonl")
        let full = try Data(contentsOf: cacheFile)
        // A run killed mid-write (atomic writes prevent it, but a copied folder might not).
        try full.prefix(full.count / 2).write(to: cacheFile)
        #expect(try csw("score", "--as-of", "2025-11-15", "--format", "json").stdout == fresh.stdout)
        // A hand edit that keeps the JSON valid but changes a score under the same key
        // is caught only by the key; a line whose score is not a score is recomputed.
        var text = try String(contentsOf: cacheFile, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"health_score\":", with: "\"health_scor\":")
        try text.write(to: cacheFile, atomically: true, encoding: .utf8)
        #expect(try csw("score", "--as-of", "2025-11-15", "--format", "json").stdout == fresh.stdout)
        try "not json\n".write(to: cacheFile, atomically: true, encoding: .utf8)
        #expect(try csw("score", "--as-of", "2025-11-15", "--format", "json").stdout == fresh.stdout)
        #expect(try String(contentsOf: cacheFile, encoding: .utf8).hasPrefix("{\"customer\":"), "the cache is rebuilt")
    }

    @Test func usageMistakes() throws {
        #expect(try csw("score", "--as-of", "2025-13-40").status == 2)
        #expect(try csw("score", "--sort", "size").status == 2)
        #expect(try csw("score", "NOPE_1").status == 1)
    }
}
