import Foundation
import Testing

/// The workspace commands end to end, in a fresh temporary folder per test.
@Suite struct WorkspaceCommandTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-test")
        folder = scratch.url
    }

    func csw(_ arguments: String...) throws -> CLITests.Outcome { try CLITests.run(arguments, in: folder) }

    func text(_ path: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The framework's customer_data example, exactly as its documentation shows it.
    static let frameworkRecord = """
    {
        "customer_id": "HOSP_001",
        "organization_name": "Metro Health System",
        "tier": "enterprise",
        "segment": {
            "segment_name": "Large Health System",
            "organization_type": "health_system",
            "size_category": "enterprise",
            "clinical_specialty": "multi_specialty",
            "geographic_region": "midwest",
            "maturity_level": "mature",
            "tech_adoption": "progressive"
        },
        "primary_contact": "Dr. Sarah Johnson",
        "email": "sarah.johnson@metrohealth.org",
        "csm_assigned": "mike.smith",
        "contract_start": "2024-01-01",
        "contract_value": 500000,
        "team_members": [
            {
                "name": "Dr. Sarah Johnson",
                "title": "Chief Medical Officer",
                "specialty": "internal_medicine",
                "expertise_areas": ["clinical_analytics", "quality_improvement"]
            }
        ]
    }
    """

    static let frameworkHealthMetrics = """
    {
        "usage_percentage": 85.0,
        "clinical_outcome_improvement": 18.5,
        "user_adoption_rate": 0.82,
        "support_ticket_volume": 3,
        "nps_score": 8.5,
        "engagement_level": 0.78
    }
    """

    @Test func initCreatesTheExampleThatValidatesCleanAndLists() throws {
        try CLITests.expectGolden("init", ["init", "ws"], status: 0, in: folder)
        try CLITests.expectGolden("validate-template", ["-C", "ws", "validate"], status: 0, in: folder)
        try CLITests.expectGolden("customer-list", ["-C", "ws", "customer", "list"], status: 0, in: folder)
        let json = try csw("-C", "ws", "customer", "list", "--format", "json")
        for key in ["customer_id", "organization_name", "tier", "csm_assigned", "contract_value", "status"] {
            #expect(json.stdout.contains("\"\(key)\": "), "\(key) missing from customer list JSON")
        }
        #expect(try csw("-C", "ws", "fmt", "--check").status == 0, "the template is in canonical form")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ws/.vscode/settings.json").path))
        #expect(try text("ws/.vscode/settings.json").contains("./schemas/profile.schema.json"))
        #expect(try text("ws/schemas/profile.schema.json").contains("\"customer_id\""))
    }

    @Test func initNeverOverwritesAWorkspace() throws {
        #expect(try csw("init", "ws").status == 0)
        try write("ws/csw.json", "{\"name\": \"mine\", \"format_version\": 1}\n")
        let again = try csw("init", "ws")
        #expect(again.status == 2)
        #expect(again.stderr.contains("already holds a csw workspace"))
        #expect(try text("ws/csw.json") == "{\"name\": \"mine\", \"format_version\": 1}\n")
    }

    @Test func frameworkRecordAndMetricsLoadAsTheyAre() throws {
        #expect(try csw("init", "--empty", "--name", "Acme Health AI", "ws").status == 0)
        #expect(try text("ws/csw.json").contains("\"name\": \"Acme Health AI\""))
        try write("record.json", Self.frameworkRecord)
        try CLITests.expectGolden("customer-add", ["-C", "ws", "customer", "add", "--from", "../record.json"], status: 0, in: folder)
        #expect(try text("ws/customers/HOSP_001/profile.json").contains("  \"contract_value\": 500000,\n"))
        let again = try csw("-C", "ws", "customer", "add", "--from", "../record.json")
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        try write("health.json", Self.frameworkHealthMetrics)
        let added = try csw("-C", "ws", "metrics", "add", "HOSP_001", "--date", "2025-11-01", "--from", "../health.json")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try text("ws/customers/HOSP_001/metrics.jsonl") ==
            "{\"date\": \"2025-11-01\", \"usage_percentage\": 85.0, \"clinical_outcome_improvement\": 18.5, \"user_adoption_rate\": 0.82, \"support_ticket_volume\": 3, \"nps_score\": 8.5, \"engagement_level\": 0.78}\n")
        #expect(try csw("-C", "ws", "validate").status == 0)
    }

    @Test func badRecordsAreRefusedWithReasonsAndChangeNothing() throws {
        #expect(try csw("init", "ws").status == 0)
        try write("bad.json", Self.frameworkRecord.replacingOccurrences(of: "HOSP_001", with: "HOSP_777")
            .replacingOccurrences(of: "500000", with: "\"500k\"").replacingOccurrences(of: "mike.smith", with: "nobody"))
        let outcome = try csw("-C", "ws", "customer", "add", "--from", "../bad.json")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("contract_value: expected a number, found the string \"500k\""))
        #expect(outcome.stderr.contains("not in the csw.json roster"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ws/customers/HOSP_777").path))
        try write("evil.json", Self.frameworkRecord.replacingOccurrences(of: "HOSP_001", with: "../../etc"))
        let evil = try csw("-C", "ws", "customer", "add", "--from", "../evil.json")
        #expect(evil.status == 1)
        #expect(evil.stderr.contains("customer_id"))
    }

    @Test func metricsAddKeepsDateOrderAndRefusesBadValues() throws {
        #expect(try csw("init", "ws").status == 0)
        let path = "ws/customers/HOSP_001/metrics.jsonl"
        let before = try text(path)
        let bad = try csw("-C", "ws", "metrics", "add", "HOSP_001", "--date", "2025-12-01", "usage_percentage=130", "nps_score=9")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("usage_percentage: expected a number ≤ 100, found 130"))
        let unknown = try csw("-C", "ws", "metrics", "add", "HOSP_001", "--date", "2025-12-01", "usage_percent=80")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown metric \"usage_percent\""))
        #expect(try text(path) == before, "refused values change nothing")
        let duplicate = try csw("-C", "ws", "metrics", "add", "HOSP_001", "--date", "2025-11-01", "nps_score=9")
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("already a snapshot for 2025-11-01"))
        let early = try csw("-C", "ws", "metrics", "add", "HOSP_001", "--date", "2023-06-15", "nps_score=7", "roi_concerns=true")
        #expect(early.status == 0, "\(early.stderr)")
        #expect(try text(path).hasPrefix("{\"date\": \"2023-06-15\", \"nps_score\": 7, \"roi_concerns\": true}\n"))
        #expect(try csw("-C", "ws", "validate").status == 0)
        #expect(try csw("-C", "ws", "metrics", "add", "../x", "nps_score=7").status == 2)
        #expect(try csw("-C", "ws", "metrics", "add", "NOPE_1", "nps_score=7").status == 1)
    }

    @Test func fmtChecksAndRewritesInCanonicalForm() throws {
        #expect(try csw("init", "ws").status == 0)
        try write("ws/customers/HOSP_001/profile.json", Self.frameworkRecord)
        try write("ws/customers/CH_003/metrics.jsonl", String(try text("ws/customers/CH_003/metrics.jsonl").split(separator: "\n").reversed().joined(separator: "\n")) + "\n")
        #expect(try csw("-C", "ws", "validate").status == 1, "out-of-order metrics are an error")
        try CLITests.expectGolden("fmt-check", ["-C", "ws", "fmt", "--check"], status: 1, in: folder)
        #expect(try csw("-C", "ws", "fmt").status == 0)
        #expect(try csw("-C", "ws", "fmt", "--check").status == 0)
        #expect(try csw("-C", "ws", "validate").status == 0)
        #expect(try text("ws/customers/HOSP_001/profile.json").hasPrefix("{\n  \"customer_id\": \"HOSP_001\",\n  \"organization_name\""))
    }

    @Test func demoGenerateIsDeterministicAndValid() throws {
        #expect(try csw("demo", "generate", "--customers", "14", "--months", "6", "--seed", "5", "a").status == 0)
        #expect(try csw("demo", "generate", "--customers", "14", "--months", "6", "--seed", "5", "b").status == 0)
        let a = try csw("-C", "a", "customer", "list", "--format", "json")
        let b = try csw("-C", "b", "customer", "list", "--format", "json")
        #expect(a.stdout == b.stdout)
        #expect(try text("a/customers/DEMO_00003/metrics.jsonl") == text("b/customers/DEMO_00003/metrics.jsonl"))
        #expect(try csw("-C", "a", "validate").status == 0)
        #expect(try csw("demo", "generate", "--customers", "2", "--months", "2", "a").status == 2, "refuses a non-empty folder")
    }

    @Test func validatePathsLimitTheCheckToThoseCustomers() throws {
        #expect(try csw("init", "ws").status == 0)
        try write("ws/customers/HOSP_001/profile.json", try text("ws/customers/HOSP_001/profile.json").replacingOccurrences(of: "500000", with: "\"500k\""))
        try write("ws/customers/CH_003/profile.json", "{")
        let one = try csw("-C", "ws", "validate", "customers/HOSP_001")
        #expect(one.status == 1)
        #expect(one.stdout.contains("HOSP_001/profile.json"))
        #expect(!one.stdout.contains("CH_003"))
        #expect(one.stderr.contains("checked 1 customer"))
        let all = try csw("-C", "ws", "validate")
        #expect(all.stdout.contains("CH_003") && all.stdout.contains("HOSP_001"))
        #expect(try csw("-C", "ws", "validate", "/etc").status == 2, "a path outside the workspace is a usage error")
    }

    /// Killing csw in the middle of writing thousands of files leaves every file whole:
    /// each is replaced by rename, never written in place.
    @Test func killedMidWriteLeavesNoHalfWrittenFile() throws {
        let pid = try Spawn.start(CLITests.binary.path, ["demo", "generate", "--customers", "4000", "--months", "24", "big"],
                                  environment: ProcessInfo.processInfo.environment, directory: folder.path)
        let profiles = folder.appendingPathComponent("big/customers")
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, ((try? FileManager.default.contentsOfDirectory(atPath: profiles.path))?.count ?? 0) < 50 {
            usleep(2000)
        }
        kill(pid, SIGKILL)
        _ = Spawn.wait(pid)
        let customers = (try? FileManager.default.contentsOfDirectory(atPath: profiles.path)) ?? []
        #expect(customers.count >= 50)
        for customer in customers {
            for name in ["profile.json", "metrics.jsonl"] {
                let url = profiles.appendingPathComponent(customer).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: url.path) else { continue }
                let text = String(decoding: data, as: UTF8.self)
                #expect(text.hasSuffix("}\n"), "\(customer)/\(name) is incomplete")
            }
        }
    }

    @Test func outsideAWorkspaceIsExitTwoWithAWayForward() throws {
        let outcome = try csw("validate")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("not inside a csw workspace"))
        #expect(outcome.stderr.contains("csw init"))
        #expect(try csw("-C", "does-not-exist", "validate").status == 2)
    }

    /// libgit2 starts on another thread while csw parses its arguments; a command that
    /// stops at once (a bad folder, a usage mistake, --help) must still exit cleanly, not
    /// crash in the middle of that start (it did, about one run in fifty).
    @Test func earlyExitsAreCleanWhileGitStarts() throws {
        var statuses: [Int32: Int] = [:]
        for k in 0..<120 {
            let args = [["-C", "does-not-exist", "validate"], ["score", "--sort", "size"], ["--help"]][k % 3]
            statuses[try CLITests.run(args, in: folder).status, default: 0] += 1
        }
        #expect(statuses == [2: 80, 0: 40], "exit statuses: \(statuses)")
    }
}
