import Foundation
import Testing

/// csw export on the example workspace: CSV, JSON Lines and SQLite.
@Suite struct ExportTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-export")
        folder = scratch.url.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: scratch.url).status == 0)
    }

    func csw(_ arguments: [String]) throws -> CLITests.Outcome { try CLITests.run(arguments, in: folder) }

    @Test(.needs(.sqlite3)) func sqliteAnswersTheDocumentedQueries() throws {
        let db = scratch.url.appendingPathComponent("accounts.db")
        let out = try csw(["export", "--format", "sqlite", "--out", db.path, "--as-of", "2025-11-15"])
        #expect(out.stdout == "wrote \(db.path) (sqlite): 10 customers, 4014 metrics, 10 scores, 4 alerts, 0 opportunities, 0 tasks, 42 feedback\n", "\(out.stderr)")
        let sqlite = try TestServers.path(.sqlite3)
        func query(_ sql: String) throws -> String { try TestServers.run(sqlite, [db.path, sql]).output }
        // the sample queries of docs/INTEGRATIONS.md
        #expect(try query("SELECT customer_id, health_score, band FROM scores WHERE health_score IS NOT NULL ORDER BY health_score LIMIT 2;") == "CH_003|42.6|at_risk\nAMC_009|65.4|watch\n")
        #expect(try query("SELECT customer_id, band, coverage FROM scores WHERE health_score IS NULL;") == "CH_008|churned|0.45\n",
                "the churned customer's last data is five months old: no score, and its band says it left")
        #expect(try query("SELECT c.csm_assigned, round(sum(c.contract_value)) FROM customers c JOIN scores s USING (customer_id) WHERE s.band = 'at_risk' AND c.status != 'churned' GROUP BY 1;") == "dana.okafor|145000.0\n")
        #expect(try query("SELECT date, value FROM metrics WHERE customer_id = 'HOSP_001' AND metric = 'nps_score' ORDER BY date DESC LIMIT 1;") == "2025-11-01|8.5\n")
        #expect(try query("SELECT count(*) FROM alerts WHERE state = 'open';") == "4\n")
        #expect(try query("SELECT type, count(*) FROM feedback GROUP BY type ORDER BY 2 DESC, 1;") == "praise|14\ncomplaint|10\nfeature_request|9\nquestion|5\nbug|3\npatient_safety|1\n")
        #expect(try query("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'metrics_metric';") == "metrics_metric\n", "documented indexes exist")
        // exporting again replaces the file whole
        #expect(try csw(["export", "--format", "sqlite", "--out", db.path, "--as-of", "2025-11-15"]).status == 0)
        #expect(try query("SELECT count(*) FROM customers;") == "10\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).allSatisfy { !$0.contains(".csw-new-") }, "no staging file is left")
    }

    @Test func csvAndJSONLinesFoldersWithEveryTable() throws {
        let csv = scratch.url.appendingPathComponent("csv")
        #expect(try csw(["export", "--format", "csv", "--out", csv.path, "--as-of", "2025-11-15"]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: csv.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files == ["alerts.csv", "customers.csv", "feedback.csv", "metrics.csv", "opportunities.csv", "scores.csv", "tasks.csv"])
        let customers = try String(contentsOf: csv.appendingPathComponent("customers.csv"), encoding: .utf8).split(separator: "\n")
        #expect(customers.first?.hasPrefix("customer_id,organization_name,tier,status") == true && customers.count == 11)
        let feedback = try String(contentsOf: csv.appendingPathComponent("feedback.csv"), encoding: .utf8)
        #expect(feedback.contains("\""), "cells with commas or quotes are quoted (RFC 4180)")
        let jsonl = scratch.url.appendingPathComponent("jsonl")
        #expect(try csw(["export", "--format", "jsonl", "--out", jsonl.path, "--as-of", "2025-11-15"]).status == 0)
        let first = try String(contentsOf: jsonl.appendingPathComponent("scores.jsonl"), encoding: .utf8).split(separator: "\n").first!
        let row = try JSONSerialization.jsonObject(with: Data(first.utf8)) as! [String: Any]
        #expect(row["customer_id"] as? String == "AMC_002" && row["band"] as? String == "healthy")
        // a folder that is not an export is never replaced
        let documents = scratch.url.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try "keep".write(to: documents.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(try csw(["export", "--format", "csv", "--out", documents.path]).status == 2)
        #expect(FileManager.default.fileExists(atPath: documents.appendingPathComponent("notes.txt").path))
    }

    @Test func anonymisedExportNamesNobody() throws {
        let csv = scratch.url.appendingPathComponent("anon")
        #expect(try csw(["export", "--format", "csv", "--out", csv.path, "--as-of", "2025-11-15", "--anonymize"]).status == 0)
        var text = ""
        for file in try FileManager.default.contentsOfDirectory(atPath: csv.path) { text += try String(contentsOf: csv.appendingPathComponent(file), encoding: .utf8) }
        for id in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("customers").path) {
            let profile = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("customers/\(id)/profile.json"))) as! [String: Any]
            var secrets = [id, profile["organization_name"] as! String]
            for m in profile["team_members"] as? [[String: Any]] ?? [] { secrets += [m["name"] as? String, m["email"] as? String].compactMap { $0 } }
            for s in secrets { #expect(!text.contains(s), "\(s) in the anonymised export") }
        }
        #expect(text.contains("Customer ") && text.contains("[free text withheld]"))
    }
}
