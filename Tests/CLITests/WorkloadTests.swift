import Foundation
import Testing

/// csw workload and csw workload rebalance on the example workspace.
@Suite struct WorkloadTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-workload")
        let parent = scratch.url
        folder = parent.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: parent).status == 0)
    }

    func csw(_ arguments: String...) throws -> CLITests.Outcome { try CLITests.run(arguments, in: folder) }

    func json(_ arguments: String...) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try CLITests.run(arguments, in: folder).stdout.utf8))
    }

    @Test func eachCSMsBookAgainstCapacity() throws {
        try CLITests.expectGolden("workload", ["workload", "--as-of", "2025-11-15"], status: 0, in: folder)
        let rows = try json("workload", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
        for key in ["csm", "accounts", "arr", "at_risk", "renewals_90d", "load", "capacity", "load_ratio"] { #expect(rows[0][key] != nil, "JSON has \(key)") }
        let dana = try #require(rows.first { $0["csm"] as? String == "dana.okafor" })
        #expect(dana["at_risk"] as? Double == 1 && dana["open_alerts"] as? Double == 3, "CH_003 is at risk with three alerts")
        #expect(rows.reduce(0) { $0 + ($1["accounts"] as! Double) } == 9, "every active customer once (the churned one is not a load)")
    }

    @Test func rebalancingSuggestsThenApplies() throws {
        try CLITests.expectGolden("workload-rebalance", ["workload", "rebalance", "--max-moves", "2", "--as-of", "2025-11-15"], status: 0, in: folder)
        let plan = try json("workload", "rebalance", "--max-moves", "2", "--as-of", "2025-11-15", "--format", "json") as! [String: Any]
        let moves = plan["moves"] as! [[String: Any]]
        #expect(moves.count == 2)
        let before = (plan["before"] as! [[String: Any]]).map { $0["load_ratio"] as! Double }.max()!
        let after = (plan["after"] as! [[String: Any]]).map { $0["load_ratio"] as! Double }.max()!
        #expect(after < before)
        let strategic = try json("workload", "rebalance", "--max-moves", "5", "--keep-strategic", "--as-of", "2025-11-15", "--format", "json") as! [String: Any]
        #expect((strategic["moves"] as! [[String: Any]]).allSatisfy { !["AMC_002", "PAY_006"].contains($0["customer_id"] as! String) }, "strategic accounts stay")
        let applied = try csw("workload", "rebalance", "--max-moves", "2", "--as-of", "2025-11-15", "--apply")
        #expect(applied.status == 0 && applied.stdout.contains("applied: csm_assigned changed in 2 profiles"))
        let moved = moves[0]["customer_id"] as! String
        let profile = try String(contentsOf: folder.appendingPathComponent("customers/\(moved)/profile.json"), encoding: .utf8)
        #expect(profile.contains("\"csm_assigned\": \"\(moves[0]["to"] as! String)\""))
        #expect(try csw("validate").status == 0 && (try csw("fmt", "--check")).status == 0, "the edit keeps the file valid and canonical")
        #expect(try csw("workload", "rebalance", "--max-moves", "-1").status == 2)
    }
}

/// csw expansion on the example workspace.
@Suite struct ExpansionTests {
    @Test func opportunitiesFromUsageCatalogAndPeers() throws {
        let scratch = try Scratch("csw-expansion")
        defer { withExtendedLifetime(scratch) {} }
        let parent = scratch.url
        let folder = parent.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: parent).status == 0)
        try CLITests.expectGolden("expansion-example", ["expansion", "--as-of", "2025-11-15"], status: 0, in: folder)
        let out = try CLITests.run(["expansion", "HOSP_001", "--as-of", "2025-11-15", "--format", "json"], in: folder)
        let all = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [[String: Any]]
        for key in ["customer_id", "type", "product", "estimated_value", "probability", "expected_value", "evidence", "playbook"] {
            #expect(all[0][key] != nil, "JSON has \(key)")
        }
        let upsell = try #require(all.first { $0["type"] as? String == "seat_upsell" && $0["product"] as? String == "clinical-decision-support" })
        #expect((upsell["evidence"] as! [String]).prefix(2) == ["usage 85.0% (+1.9 in 90 days)", "420 seats licensed, +84 proposed"])
        #expect((upsell["estimated_value"] as? NSNumber)?.intValue == 84 * 900, "20% more of 420 seats at 900 a seat")
        #expect(upsell["playbook"] as? String == "expansion-enterprise")
        #expect(all.allSatisfy { o in (o["expected_value"] as! Double) == ((o["estimated_value"] as! Double) * (o["probability"] as! Double)).rounded() })
        #expect(!all.contains { $0["product"] as? String == "population-health" }, "a product whose prerequisite is not owned is not offered")
        let churned = try CLITests.run(["expansion", "CH_008", "--as-of", "2025-11-15"], in: folder)
        #expect(churned.stdout.hasPrefix("no expansion opportunity"), "a churned customer has none")
    }
}

/// Opportunities through the pipeline on the example workspace.
@Suite struct PipelineTests {
    @Test func opportunitiesMoveThroughThePipeline() throws {
        let scratch = try Scratch("csw-pipeline")
        defer { withExtendedLifetime(scratch) {} }
        let parent = scratch.url
        let folder = parent.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: parent).status == 0)
        func csw(_ a: String...) throws -> CLITests.Outcome { try CLITests.run(a, in: folder) }
        let add = try csw("opportunity", "add", "HOSP_001", "--type", "seat_upsell", "--product", "clinical-decision-support", "--amount", "75600",
                          "--close", "2026-03-31", "--as-of", "2025-11-15")
        #expect(add.status == 0, "\(add.stderr)")
        let id = String(add.stdout.split(separator: " ")[1])
        #expect(try csw("opportunity", "add", "PAY_006", "--type", "cross_sell", "--product", "population-health", "--amount", "60000",
                        "--close", "2026-06-30", "--as-of", "2025-11-15").status == 0)
        #expect(try csw("opportunity", "add", "AMC_009", "--type", "cross_sell", "--amount", "20000", "--close", "2026-01-31", "--as-of", "2025-11-16").status == 0)
        #expect(try csw("opportunity", "move", id, "negotiation", "--as-of", "2025-12-01").status == 0)
        let lostID = try #require((try JSONSerialization.jsonObject(with: Data(try csw("pipeline", "--format", "json").stdout.utf8)) as! [String: Any])["opportunities"]
            .flatMap { ($0 as! [[String: Any]]).first { $0["customer_id"] as? String == "AMC_009" }?["id"] as? String })
        #expect(try csw("opportunity", "close", lostID, "lost", "--as-of", "2025-12-10").status == 0)
        try CLITests.expectGolden("pipeline", ["pipeline"], status: 0, in: folder)
        let report = try JSONSerialization.jsonObject(with: Data(try csw("pipeline", "--format", "json").stdout.utf8)) as! [String: Any]
        #expect(report["total_pipeline_value"] as? Double == 135_600)
        #expect(report["weighted_pipeline_value"] as? Double == 75_600 * 0.75 + 60_000 * 0.1)
        #expect(report["win_rate"] as? Double == 0 && report["expansion_revenue"] as? Double == 0)
        #expect(try csw("opportunity", "close", id, "won", "--as-of", "2026-01-15").status == 0)
        let after = try JSONSerialization.jsonObject(with: Data(try csw("pipeline", "--format", "json").stdout.utf8)) as! [String: Any]
        #expect(after["win_rate"] as? Double == 0.5 && after["expansion_revenue"] as? Double == 75_600)
        #expect(try csw("opportunity", "close", id, "lost").status == 1, "a closed opportunity stays closed")
        #expect(try csw("opportunity", "move", id, "won").status == 2, "won and lost are for close")
        #expect(try csw("validate").status == 0, "opportunities.jsonl is part of the format")
        let hosp = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("customers/HOSP_001/profile.json"))) as! [String: Any]
        #expect(hosp["contract_value"] as? Double == 575_600, "the won expansion raised the contract value")

        // Revenue retention from the contract-value history of git revisions: HOSP_001
        // expands, CLN_005 contracts, CH_003 churns; committed, then measured from the
        // commit before (starting ARR: the nine active customers, HOSP_001 at 575,600).
        #expect(try csw("commit", "-m", "Pipeline").status == 0)
        func edit(_ id: String, _ from: String, _ to: String) throws {
            let url = folder.appendingPathComponent("customers/\(id)/profile.json")
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(from))
            try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("HOSP_001", "\"contract_value\": 575600", "\"contract_value\": 625600")
        try edit("CLN_005", "\"contract_value\": 48000", "\"contract_value\": 40000")
        try edit("CH_003", "\"status\": \"active\"", "\"status\": \"churned\"")
        #expect(try csw("commit", "-m", "Renewals").status == 0)
        let retention = try JSONSerialization.jsonObject(with: Data(try csw("pipeline", "--retention-from", "HEAD~1", "--format", "json").stdout.utf8)) as! [String: Any]
        let r = try #require(retention["retention"] as? [String: Any])
        #expect(r["starting_arr"] as? Double == 3_929_600 && r["customers"] as? Double == 9)
        #expect(r["churned"] as? Double == 145_000 && r["contraction"] as? Double == 8_000 && r["expansion"] as? Double == 50_000)
        #expect(r["grr"] as? Double == ((3_929_600.0 - 153_000) / 3_929_600 * 10000).rounded() / 10000)
        #expect(r["nrr"] as? Double == ((3_929_600.0 - 103_000) / 3_929_600 * 10000).rounded() / 10000)
        #expect(try csw("pipeline", "--retention-from", "HEAD~1").stdout.contains("GRR 96.1%, NRR 97.4%"))
        let old = try csw("pipeline", "--retention-from", "1999-01-01")
        #expect(old.status == 1 && old.stderr.contains("no customer had a contract on 1999-01-01"), "no record and no commit that old")
    }
}
