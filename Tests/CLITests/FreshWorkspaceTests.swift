import Foundation
import Testing

/// What a newcomer sees in a new workspace: the example moves with the calendar, and
/// csw's local state never shows up in `git status`.
@Suite struct FreshWorkspaceTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-fresh")
        folder = scratch.url
    }

    func csw(_ arguments: [String], today: String = CLITests.today) throws -> CLITests.Outcome {
        try CLITests.run(arguments, environment: ["CSW_TODAY": today], in: folder)
    }

    func text(_ path: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) }

    static let template = CLITests.packageRoot.appendingPathComponent("workspace-template")

    /// The last metrics month is the month before today (today's month from the 16th), so
    /// the first `csw alerts` tells the example's stories, not "stale data" everywhere.
    @Test(arguments: [("2027-03-14", "2027-02-01", 15), ("2027-03-20", "2027-03-01", 16), ("2026-12-07", "2026-11-01", 12)])
    func exampleMovesWithTheCalendar(today: String, lastSnapshot: String, months: Int) throws {
        let created = try csw(["init", "ws"], today: today)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("moved forward \(months) months"), "\(created.stdout)")
        let metrics = try text("ws/customers/CH_003/metrics.jsonl").split(separator: "\n")
        #expect(metrics.last?.hasPrefix("{\"date\": \"\(lastSnapshot)\"") == true, "\(metrics.last ?? "")")
        // File names move with their front matter: CH_003's NPS survey of 2025-09-24.
        let moved = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("ws/customers/CH_003/feedback").path)
        let survey = try #require(moved.first { $0.hasSuffix("-nps-survey.md") })
        let surveyDate = String(survey.prefix(10))
        #expect(try text("ws/customers/CH_003/feedback/" + survey).contains("date: \(surveyDate)"))
        #expect(!moved.contains("2025-09-24-nps-survey.md"))

        let validate = try csw(["-C", "ws", "validate"], today: today)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let alerts = try csw(["-C", "ws", "alerts"], today: today)
        #expect(alerts.status == 0 || alerts.status == 1, "\(alerts.stderr)")
        #expect(alerts.stdout.contains("as of \(today)"))
        #expect(!alerts.stdout.contains("stale-data"), "a new workspace's data is not stale:\n\(alerts.stdout)")
        let lines = alerts.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("CH_003") && $0.contains("health-at-risk") }, "\(alerts.stdout)")
        #expect(lines.contains { $0.contains("renewal-at-risk") }, "renewals ahead:\n\(alerts.stdout)")
    }

    /// With the tests' "today" the example is exactly as bundled, so golden files hold.
    @Test func pinnedTodayKeepsTheBundledDates() throws {
        let created = try csw(["init", "ws"])
        #expect(created.status == 0)
        #expect(!created.stdout.contains("moved"))
        for id in ["CH_003", "HOSP_001", "PAY_006"] {
            let bundled = try String(contentsOf: Self.template.appendingPathComponent("customers/\(id)/metrics.jsonl"), encoding: .utf8)
            #expect(try text("ws/customers/\(id)/metrics.jsonl") == bundled)
        }
        let again = try csw(["init", "--as-of", "2026-01-10", "again"])
        #expect(again.stdout.contains("moved forward 1 month:"), "\(again.stdout)")
        #expect(try text("again/customers/CH_003/metrics.jsonl").contains("\"date\": \"2025-12-01\""))
    }

    /// After the commands a newcomer runs first, `git status` shows nothing under .csw/
    /// (the tasks and prepared reviews `csw run` writes are the team's, and may show).
    @Test func localStateStaysOutOfGit() throws {
        let git = try #require(TestServers.which("git"), "git is needed to read git status (make test installs it)")
        #expect(try csw(["init", "ws"]).status == 0)
        let ws = folder.appendingPathComponent("ws")
        // A hook whose URL lives in .csw/secrets.json, pointing at a port nothing listens on.
        let config = try text("ws/csw.json").replacingOccurrences(
            of: "\"format_version\": 1,", with: "\"format_version\": 1,\n  \"hooks\": [{\"name\": \"cs-alerts\", \"on\": [\"alert\"], \"min_severity\": \"high\", \"webhook_url_env\": \"CSW_FRESH_WEBHOOK\", \"timeout_seconds\": 1, \"retries\": 0}],")
        try config.write(to: ws.appendingPathComponent("csw.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: ws.appendingPathComponent(".csw"), withIntermediateDirectories: true)
        try "{\"webhooks\": {\"cs-alerts\": \"http://127.0.0.1:\(TestServers.freePort())/hooks\"}}\n".write(to: ws.appendingPathComponent(".csw/secrets.json"), atomically: true, encoding: .utf8)
        #expect(try TestServers.run(git, ["commit", "-qam", "hook"], in: ws).status == 0)
        #expect(try csw(["-C", "ws", "hooks", "approve"]).status == 0, "hooks run only once approved on this machine")
        for arguments in [["score"], ["dashboard"], ["run"], ["notify", "test", "cs-alerts"]] {
            let outcome = try csw(["-C", "ws"] + arguments)
            #expect(outcome.status != 2 || arguments[0] == "notify", "csw \(arguments.joined(separator: " ")): \(outcome.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: ws.appendingPathComponent(".csw/dashboard").path), "the dashboard was written")
        let status = try TestServers.run(git, ["status", "--porcelain", "--untracked-files=all"], in: ws)
        #expect(status.status == 0)
        let local = status.output.split(separator: "\n").filter { $0.contains(".csw") }
        #expect(local.isEmpty, "git status lists csw's local files:\n\(local.joined(separator: "\n"))")
        #expect(status.output.contains("tasks.jsonl"), "csw run's tasks are the team's and show:\n\(status.output)")
    }

    /// A workspace made by an older csw gets the entries from `csw fmt`; its own lines stay.
    @Test func fmtAddsLocalStateToAnOldGitignore() throws {
        #expect(try csw(["init", "ws"]).status == 0)
        let old = "# csw's local state\n.csw/conflicts.json\n.csw/cache/\n.csw.lock\nexports/\n"
        try old.write(to: folder.appendingPathComponent("ws/.gitignore"), atomically: true, encoding: .utf8)
        let check = try csw(["-C", "ws", "fmt", "--check"])
        #expect(check.status == 1)
        #expect(check.stdout.split(separator: "\n").contains(".gitignore"), "\(check.stdout)")
        let fmt = try csw(["-C", "ws", "fmt"])
        #expect(fmt.status == 0)
        #expect(fmt.stdout.contains("added csw's local files to .gitignore"))
        let updated = try text("ws/.gitignore")
        #expect(updated.hasPrefix(old), "the team's own lines stay as they were")
        #expect(updated.split(separator: "\n").contains(".csw/"))
        #expect(!updated.dropFirst(old.count).contains(".csw.lock"), "an entry already there is not added twice")
        #expect(try csw(["-C", "ws", "fmt", "--check"]).status == 0)
    }
}
