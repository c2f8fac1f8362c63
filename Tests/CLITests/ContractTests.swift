import Foundation
import Testing

/// Contracts as records (customers/<ID>/contracts.jsonl): renewals, won expansions and
/// churn are dated events, and revenue retention is computed from them.
@Suite struct ContractTests {
    let scratch: Scratch
    let ws: URL

    init() throws {
        scratch = try Scratch("csw-contracts")
        ws = scratch.url.appendingPathComponent("ws")
        #expect(try CLITests.run(["init", "ws"], in: scratch.url).status == 0)
    }

    func csw(_ arguments: String...) throws -> CLITests.Outcome { try CLITests.run(arguments, in: ws) }

    func retention(_ from: String, _ to: String) throws -> [String: Any] {
        let out = try csw("pipeline", "--retention-from", from, "--retention-to", to, "--format", "json")
        #expect(out.status == 0, "\(out.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        return json["retention"] as! [String: Any]
    }

    func profile(_ id: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: ws.appendingPathComponent("customers/\(id)/profile.json"))) as! [String: Any]
    }

    /// By hand, from the example's contracts.jsonl files, 2025-01-01 → 2025-11-15:
    /// at the start ten active contracts, ARR 1,150,000 (AMC_002, expanded 2024-10-15)
    /// + 410,000 + 36,000 + 160,000 (CH_003) + 120,000 (CH_008) + 40,000 (CLN_005)
    /// + 500,000 + 620,000 + 210,000 + 700,000 (PAY_006) = 3,946,000. By the end CH_008
    /// churned (−120,000), CH_003 contracted by 15,000, CLN_005 (+8,000) and PAY_006
    /// (+35,000) expanded: ending ARR 3,854,000. GRR = (3,946,000 − 120,000 − 15,000) /
    /// 3,946,000 = 0.9658; NRR = 3,854,000 / 3,946,000 = 0.9767.
    @Test func retentionFromContractRecordsEqualsTheHandComputation() throws {
        let r = try retention("2025-01-01", "2025-11-15")
        #expect(r["customers"] as? Int == 10)
        #expect(r["starting_arr"] as? Double == 3_946_000 && r["ending_arr"] as? Double == 3_854_000)
        #expect(r["churned"] as? Double == 120_000 && r["contraction"] as? Double == 15_000 && r["expansion"] as? Double == 43_000)
        #expect(r["grr"] as? Double == 0.9658 && r["nrr"] as? Double == 0.9767)
        try CLITests.expectGolden("pipeline-retention", ["pipeline", "--retention-from", "2025-01-01", "--retention-to", "2025-11-15"], status: 0, in: ws)
    }

    @Test func aWonOpportunityChangesContractValueARRAndNRR() throws {
        let add = try csw("opportunity", "add", "PAY_006", "--type", "cross_sell", "--product", "ambient-documentation", "--amount", "75000",
                          "--close", "2026-01-31", "--as-of", "2025-12-01")
        #expect(add.status == 0, "\(add.stderr)")
        let id = try #require(add.stdout.split(separator: " ").first { $0.hasPrefix("O-") }.map(String.init))
        let won = try csw("opportunity", "close", id, "won", "--as-of", "2025-12-10")
        #expect(won.status == 0 && won.stdout.contains("recorded the expansion in customers/PAY_006/contracts.jsonl: +75,000, ARR now 810,000"), "\(won.stdout)\(won.stderr)")
        #expect(try profile("PAY_006")["contract_value"] as? Double == 810_000, "the profile's contract value follows the records")
        let records = try String(contentsOf: ws.appendingPathComponent("customers/PAY_006/contracts.jsonl"), encoding: .utf8)
        #expect(records.split(separator: "\n").last?.contains("\"event\": \"expansion\", \"amount\": 75000, \"product\": \"ambient-documentation\", \"opportunity\": \"\(id)\"") == true)
        // NRR over a period that includes the win: (3,854,000 + 75,000) / 3,946,000.
        let r = try retention("2025-01-01", "2025-12-15")
        #expect(r["ending_arr"] as? Double == 3_929_000 && r["nrr"] as? Double == 0.9957 && r["expansion"] as? Double == 118_000)
        #expect(try retention("2025-01-01", "2025-12-09")["ending_arr"] as? Double == 3_854_000, "not before the day it was won")
        let arr = try csw("customer", "list").stdout
        #expect(arr.contains("810,000"), "ARR in the customer list: \(arr)")
        #expect(try csw("validate").status == 0)
        // Closing it again changes nothing.
        #expect(try csw("opportunity", "close", id, "won").status == 1)
        #expect(try String(contentsOf: ws.appendingPathComponent("customers/PAY_006/contracts.jsonl"), encoding: .utf8) == records)
    }

    @Test func aPassedRenewalWithoutAnOutcomeRaisesRenewalOverdueUntilRecorded() throws {
        func overdue(_ day: String) throws -> [[String: Any]] {
            let all = try JSONSerialization.jsonObject(with: Data(try csw("alerts", "--as-of", day, "--format", "json").stdout.utf8)) as! [[String: Any]]
            return all.filter { $0["rule"] as? String == "renewal-overdue" }
        }
        #expect(try overdue("2025-12-31").isEmpty, "not before the renewal date")
        let alerts = try overdue("2026-01-20")
        #expect(alerts.count == 1 && alerts.first?["customer_id"] as? String == "HOSP_001" && alerts.first?["severity"] as? String == "high")
        #expect((alerts.first?["reason"] as? String)?.hasPrefix("renewal date 2026-01-01 passed 19 days ago with no outcome recorded") == true)
        let recorded = try csw("renewal", "record", "HOSP_001", "--renewed", "--term-end", "2027-01-01", "--arr", "520000", "--date", "2026-01-01")
        #expect(recorded.status == 0 && recorded.stdout == "recorded the renewal of HOSP_001 on 2026-01-01: 520,000 a year until 2027-01-01\n", "\(recorded.stdout)\(recorded.stderr)")
        #expect(try overdue("2026-01-20").isEmpty, "an outcome clears it")
        let p = try profile("HOSP_001")
        #expect(p["contract_value"] as? Double == 520_000 && p["renewal_date"] as? String == "2027-01-01")
        // Churn: the customer leaves the active portfolio.
        #expect(try csw("renewal", "record", "AMC_009", "--churned", "--date", "2026-02-01", "--note", "chose a competitor").status == 0)
        #expect(try profile("AMC_009")["status"] as? String == "churned")
        #expect(try csw("score", "AMC_009", "--as-of", "2026-02-02", "--format", "csv").stdout.contains(",churned,"))
        #expect(try csw("validate").status == 0)
        // Mistakes are refused with the way to fix them, and change nothing.
        let both = try csw("renewal", "record", "CH_003", "--renewed", "--churned")
        #expect(both.status == 2 && both.stderr.contains("give exactly one of --renewed or --churned"))
        let noEnd = try csw("renewal", "record", "CH_003", "--renewed")
        #expect(noEnd.status == 2 && noEnd.stderr.contains("--renewed needs --term-end"))
        #expect(try csw("renewal", "record", "XX_999", "--churned").status == 1)
    }

    /// A workspace kept before contract records: the events come from profile.json's history.
    @Test func importHistoryBackfillsRecordsFromGit() throws {
        for id in ["HOSP_001", "CH_003"] { try FileManager.default.removeItem(at: ws.appendingPathComponent("customers/\(id)/contracts.jsonl")) }
        #expect(try csw("commit", "-m", "Before contract records").status == 0)
        func edit(_ id: String, _ from: String, _ to: String) throws {
            let url = ws.appendingPathComponent("customers/\(id)/profile.json")
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(from))
            try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("HOSP_001", "\"contract_value\": 500000", "\"contract_value\": 550000")
        try edit("HOSP_001", "\"renewal_date\": \"2026-01-01\"", "\"renewal_date\": \"2027-01-01\"")
        try edit("CH_003", "\"status\": \"active\"", "\"status\": \"churned\"")
        #expect(try csw("commit", "-m", "Renewal and a churn").status == 0)
        let dry = try csw("contracts", "import-history", "--dry-run")
        #expect(dry.status == 0 && !FileManager.default.fileExists(atPath: ws.appendingPathComponent("customers/HOSP_001/contracts.jsonl").path), "\(dry.stderr)")
        #expect(dry.stdout.contains("HOSP_001: 2 events from 2 versions of profile.json\n  2024-01-01 start 500,000 until 2026-01-01\n  2025-12-15 renewal 550,000 until 2027-01-01\n"), "renewed early: on the day it was committed (csw commit runs on CSW_TODAY here): \(dry.stdout)")
        #expect(dry.stdout.contains("CH_003: 2 events") && dry.stdout.contains("churn"))
        #expect(!dry.stdout.contains("AMC_002"), "customers with records are left alone")
        let run = try csw("contracts", "import-history")
        #expect(run.status == 0 && run.stderr.contains("wrote contracts.jsonl for 2 customers"), "\(run.stderr)")
        #expect(try csw("validate").status == 0, "the records it writes pass their schema")
        #expect(try csw("contracts", "import-history", "HOSP_001").stdout == "HOSP_001: already has contracts.jsonl; left alone\n")
        #expect(try csw("alerts", "--as-of", "2026-01-20", "--format", "json").stdout.contains("renewal-overdue") == false, "the renewal is on record")
    }
}
