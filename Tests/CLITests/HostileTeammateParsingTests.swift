import CSWCore
import CSWJSON
import Foundation
import Testing

/// A teammate's commit that tries to hang or crash csw through what it parses: a YAML alias
/// bomb, a csw.json lifting the file-size guard, numbers past Int's range, files larger than
/// csw reads (docs/SECURITY.md, "A hostile teammate"). Each is pulled with a real csw sync;
/// every csw run has a harness time-out (status 124 = hung), and no run may crash
/// (status ≥ 128) or write outside.
@Suite struct HostileTeammateParsingTests {
    /// Ten levels of `aN: &aN [*aN-1 × 9]` (9^10 values) in a feedback note's front matter.
    static let aliasBomb: String = {
        var lines = ["---", "date: 2025-11-01", "channel: call", "type: praise", "author: priya.raman",
                     "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for i in 1..<10 { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]") }
        return (lines + ["---", "Great product.", ""]).joined(separator: "\n")
    }()

    func expectFinished(_ outcome: CLITests.Outcome, _ command: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(outcome.status != 124, "csw \(command) hung", sourceLocation: sourceLocation)
        #expect(outcome.status < 128, "csw \(command) crashed (status \(outcome.status)): \(outcome.stderr)", sourceLocation: sourceLocation)
    }

    @Test func aYAMLAliasBombIsRefusedAtItsAnchorNotExpanded() throws {
        let team = try HostileTeam("csw-hostile-yaml")
        let path = "customers/HOSP_001/feedback/2025-11-01-praise.md"
        #expect(Self.aliasBomb.utf8.count < 600)
        try team.write(path, Self.aliasBomb)
        try team.commitAndPush("Add feedback")
        expectFinished(try team.victimSyncs(timeout: 30), "sync")

        let validate = try team.csw(["validate"], timeout: 30)
        expectFinished(validate, "validate")
        #expect(validate.status == 1)
        #expect(validate.stdout.contains(
            "\(path):6:5: error[CSW0004]: the front matter uses a YAML anchor (&a0); csw front matter does not use YAML anchors or aliases"),
            "\(validate.stdout)")
        #expect(validate.stdout.contains("note: write the value out in full"))
        for command in [["alerts"], ["report", "HOSP_001"], ["dashboard"], ["score"], ["run", "--dry-run"], ["commit", "-m", "Try to commit"]] {
            expectFinished(try team.csw(command, timeout: 30), command.joined(separator: " "))
        }
        #expect(team.escaped().files.isEmpty && !team.escaped().executed)
    }

    @Test func aPulledFileSizeLimitAboveTheCeilingIsRefused() throws {
        let team = try HostileTeam("csw-hostile-limit")
        try team.edit("csw.json", "\"format_version\": 1,", "\"format_version\": 1,\n  \"limits\": {\"max_file_bytes\": 1e12},")
        try team.commitAndPush("Raise the file limit")
        expectFinished(try team.victimSyncs(timeout: 30), "sync")

        let validate = try team.csw(["validate"], timeout: 30)
        expectFinished(validate, "validate")
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("csw.json:"), "\(validate.stdout)")
        #expect(validate.stdout.contains("1073741824"), "\(validate.stdout)")
        // A csw.json that skipped validate still cannot lift the guard: the default applies.
        let root = try JSONDocument.parse(Array(#"{"name": "x", "format_version": 1, "limits": {"max_file_bytes": 1e12}}"#.utf8)).get().root
        #expect(WorkspaceConfig(root).maxFileBytes == CustomerFolder.defaultMaxFileBytes)
        let within = try JSONDocument.parse(Array(#"{"name": "x", "format_version": 1, "limits": {"max_file_bytes": 2048}}"#.utf8)).get().root
        #expect(WorkspaceConfig(within).maxFileBytes == 2048)
    }

    @Test func numbersPastIntsRangeAreReportedAndCrashNothing() throws {
        let team = try HostileTeam("csw-hostile-numbers")
        let profile = team.attacker.appendingPathComponent("customers/HOSP_001/profile.json")
        var text = try String(contentsOf: profile, encoding: .utf8)
        text = text.replacingOccurrences(of: #""contract_value": [0-9]+"#, with: #""contract_value": 9300000000000000000"#, options: .regularExpression)
        text = text.replacingOccurrences(of: #""licensed_seats": 900"#, with: #""licensed_seats": 9000000000000000000"#)
        try text.write(to: profile, atomically: true, encoding: .utf8)
        let other = team.attacker.appendingPathComponent("customers/AMC_002/profile.json")
        let otherText = try String(contentsOf: other, encoding: .utf8)
        try otherText.replacingOccurrences(of: #""contract_value": [0-9]+"#, with: #""contract_value": 1e400"#, options: .regularExpression)
            .write(to: other, atomically: true, encoding: .utf8)
        let metrics = team.attacker.appendingPathComponent("customers/HOSP_001/metrics.jsonl")
        var lines = try String(contentsOf: metrics, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.append(#"{"date": "2025-11-15", "usage_percentage": 1e308, "support_ticket_volume": 9300000000000000000, "active_users": 9300000000000000000, "roi_percentage": -1e400, "source": "manual"}"#)
        try (lines.joined(separator: "\n") + "\n").write(to: metrics, atomically: true, encoding: .utf8)
        try team.commitAndPush("Update contracts")
        expectFinished(try team.victimSyncs(timeout: 30), "sync")

        let validate = try team.csw(["validate"], timeout: 30)
        expectFinished(validate, "validate")
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("customers/HOSP_001/profile.json:"), "\(validate.stdout)")
        #expect(validate.stdout.contains("≤ 1000000000000, found 9300000000000000000"), "\(validate.stdout)")
        #expect(validate.stdout.contains("≤ 10000000, found 9000000000000000000"), "\(validate.stdout)")
        #expect(validate.stdout.contains("≤ 1000000000000, found 1e400"), "\(validate.stdout)")
        #expect(validate.stdout.contains("customers/HOSP_001/metrics.jsonl:"), "\(validate.stdout)")
        let commands: [[String]] = [["score"], ["score", "--format", "json"], ["score", "--format", "csv"], ["score", "HOSP_001", "--explain"],
                                    ["dashboard"], ["report", "HOSP_001"], ["report", "HOSP_001", "--format", "html"], ["report", "AMC_002"],
                                    ["workload"], ["workload", "show", "--format", "json"], ["alerts"], ["expansion"], ["customer", "list"],
                                    ["export", "--format", "csv", "--out", "exported"], ["run", "--dry-run"]]
        for command in commands {
            expectFinished(try team.csw(command, timeout: 60), command.joined(separator: " "))
        }
        #expect(team.escaped().files.isEmpty && !team.escaped().executed)
    }

    @Test func phiScanReportsAFileLargerThanTheLimitWithoutReadingIt() throws {
        let team = try HostileTeam("csw-hostile-phi")
        try team.edit("csw.json", "\"format_version\": 1,", "\"format_version\": 1,\n  \"limits\": {\"max_file_bytes\": 4096},")
        let path = "customers/HOSP_001/notes/2025-11-02-transcript.md"
        try team.write(path, "---\ndate: 2025-11-02\n---\n" + String(repeating: "Patient John Smith, SSN 123-45-6789.\n", count: 200))
        try team.commitAndPush("Add a call transcript")
        expectFinished(try team.victimSyncs(timeout: 30), "sync")

        for arguments in [["phi", "scan"], ["phi", "scan", path], ["phi", "scan", path, "--format", "json"]] {
            let scan = try team.csw(arguments, timeout: 30)
            expectFinished(scan, arguments.joined(separator: " "))
            #expect(scan.status == 1, "a file too large to scan is not clean")
            #expect(scan.stderr.contains("\(path): the file is 7425 bytes, more than csw reads (4096, limits.max_file_bytes); it was not scanned"),
                    "\(scan.stderr)")
            #expect(!scan.stdout.contains("ssn"), "the file was read: \(scan.stdout)")
        }
    }
}
