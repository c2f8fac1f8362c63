import Foundation
import Testing

@Suite struct ModelCommandTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-model")
        folder = scratch.url
    }

    /// A CRM-like export: churn depends on tickets and the contract; quoted names with commas.
    func export(rows: Int, delimiter: String = ",") -> String {
        var seed: UInt64 = 7
        func roll() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 33) / Double(1 << 31)
        }
        var text = ["account", "name", "contract", "tickets", "nps", "churned"].joined(separator: delimiter) + "\n"
        for i in 0..<rows {
            let contract = ["monthly", "annual", "multi_year"][Int(roll() * 3) % 3]
            let tickets = Int(roll() * 30)
            let nps = roll() < 0.1 ? "" : String(Int(roll() * 10))
            let risk = Double(tickets) / 10 - (contract == "multi_year" ? 2 : 0) + (nps.isEmpty ? 0 : (5 - Double(nps)!) / 3) - 1
            let churned = roll() < 1 / (1 + exp(-risk)) ? "Yes" : "No"
            text += ["A\(i)", "\"Health, Inc \(i)\"", contract, String(tickets), nps, churned].joined(separator: delimiter) + "\n"
        }
        return text
    }

    func csw(_ arguments: [String], in sub: String? = nil) throws -> CLITests.Outcome {
        try CLITests.run(arguments, in: sub.map { folder.appendingPathComponent($0) } ?? folder)
    }

    @Test func fitThenEvaluateACSVExport() throws {
        try export(rows: 600).write(to: folder.appendingPathComponent("crm.csv"), atomically: true, encoding: .utf8)
        let fit = try csw(["model", "fit", "--csv", "crm.csv", "--label", "churned", "--positive", "Yes", "--ignore", "account,name", "--out", "model.json"])
        #expect(fit.status == 0, "\(fit.stderr)")
        #expect(fit.stdout.contains("5-fold cross-validation: AUC"))
        #expect(fit.stdout.contains("calibration"))
        let model = try String(contentsOf: folder.appendingPathComponent("model.json"), encoding: .utf8)
        #expect(model.contains("\"name\": \"contract\"") && model.contains("\"multi_year\""))
        #expect(!model.contains("\"name\": \"account\""), "ignored columns are not features")
        let eval = try csw(["model", "eval", "--csv", "crm.csv", "--label", "churned", "--positive", "Yes", "--model", "model.json", "--format", "json"])
        #expect(eval.status == 0)
        let metrics = try #require(try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as? [String: Double])
        #expect(Set(metrics.keys) == ["n", "auc", "brier", "log_loss", "accuracy"])
        #expect(metrics["n"] == 600)
        #expect((metrics["auc"] ?? 0) > 0.8)
    }

    @Test func semicolonExportsAndMistakes() throws {
        try export(rows: 200, delimiter: ";").write(to: folder.appendingPathComponent("crm.csv"), atomically: true, encoding: .utf8)
        #expect(try csw(["model", "fit", "--csv", "crm.csv", "--label", "churned", "--positive", "Yes", "--ignore", "account,name", "--out", "m.json"]).status == 0)
        let wrong = try csw(["model", "fit", "--csv", "crm.csv", "--label", "Churn", "--positive", "Yes", "--out", "m2.json"])
        #expect(wrong.status == 2 && wrong.stderr.contains("has no column \"Churn\""))
        #expect(try csw(["model", "eval", "--csv", "crm.csv", "--label", "churned", "--positive", "Yes", "--model", "crm.csv"]).status == 2)
    }

    @Test func fitTheWorkspacesOwnHistoryAndStoreIt() throws {
        #expect(try csw(["demo", "generate", "--customers", "120", "--months", "18", "ws"]).status == 0)
        #expect(try csw(["score", "--as-of", "2025-11-15", "--format", "csv"], in: "ws").stdout.contains("csw-default-2"))
        let fit = try csw(["model", "fit", "--write"], in: "ws")
        #expect(fit.status == 0, "\(fit.stderr)")
        #expect(fit.stdout.contains("fitted on 120 customers (20 churned)"))
        let config = try String(contentsOf: folder.appendingPathComponent("ws/csw.json"), encoding: .utf8)
        #expect(config.contains("\"fitted\"") && config.contains("\"cv_auc\""))
        #expect(try csw(["validate"], in: "ws").status == 0)
        let after = try csw(["score", "--as-of", "2025-11-15", "--format", "csv"], in: "ws").stdout
        #expect(after.contains("csw-config-") && !after.contains("csw-default-2"), "scores now name the fitted model")
    }
}
