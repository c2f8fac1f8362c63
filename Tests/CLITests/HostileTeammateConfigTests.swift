import Foundation
import Testing

/// A teammate's commit that changes what csw runs, where it sends data, or how it guards
/// the workspace: a hook command, a tracked .csw/secrets.json redirecting a webhook, the
/// PHI guard turned off and the file-size limit lifted (docs/SECURITY.md, "A hostile
/// teammate"; docs/ALERTS.md, "Notifications (hooks)").
@Suite struct HostileTeammateConfigTests {
    /// csw.json's hooks line, inserted after format_version in the attacker's clone.
    static func addHooks(_ team: HostileTeam, _ json: String) throws {
        try team.edit("csw.json", "\"format_version\": 1,", "\"format_version\": 1,\n  \"hooks\": \(json),")
    }

    static func said(_ outcome: CLITests.Outcome) -> String { outcome.stdout + outcome.stderr }

    @Test func aPulledHookCommandRunsNothingUntilApproved() throws {
        let team = try HostileTeam()
        let marker = team.pwned.path
        try Self.addHooks(team, #"[{"name": "pwn", "min_severity": "low", "command": ["/bin/sh", "-c", "touch \#(marker)"]}]"#)
        try team.commitAndPush("Add a notification hook")
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(Self.said(sync))")
        let asks = "csw.json now asks to run /bin/sh -c 'touch \(marker)' (hook pwn); not run until you approve it: csw hooks approve"
        #expect(sync.stdout.contains(asks), "sync announces the hook:\n\(Self.said(sync))")
        #expect(sync.stdout.contains("csw.json: hooks.pwn added: ") && sync.stdout.contains("by Mallory <mallory@contractor.example>)"), "\(sync.stdout)")

        let run = try team.csw(["run"], timeout: 60)
        #expect(run.status == 0, "an unapproved hook does not stop the rest of csw run: \(Self.said(run))")
        #expect(run.stderr.contains("warning: csw.json asks to run /bin/sh -c 'touch \(marker)' (hook pwn); not run until you approve it: csw hooks approve"), "\(run.stderr)")
        #expect(run.stdout.contains("added") || run.stdout.contains("no new tasks"), "the workflows still ran: \(run.stdout)")
        let test = try team.csw(["notify", "test", "pwn"], timeout: 30)
        #expect(test.status == 1 && test.stderr.contains("not run until you approve it"), "\(Self.said(test))")
        #expect(team.escaped().executed == false, "a pulled hook ran before anyone approved it")
        #expect(team.escaped().files.isEmpty)

        let list = try team.csw(["hooks"], timeout: 30)
        #expect(list.stdout.contains("pwn: not approved — runs /bin/sh -c 'touch \(marker)'"), "\(Self.said(list))")
        // Once the person running csw approves it, it runs: the test above could fail.
        let approve = try team.csw(["hooks", "approve"], timeout: 30)
        #expect(approve.status == 0 && approve.stdout.contains("approved pwn: runs /bin/sh -c 'touch \(marker)'"), "\(Self.said(approve))")
        #expect(try team.csw(["hooks"], timeout: 30).stdout.contains("pwn: approved — runs"))
        let approvedRun = try team.csw(["run"], timeout: 60)
        #expect(approvedRun.status == 0, "\(Self.said(approvedRun))")
        #expect(team.escaped().executed, "an approved hook runs: \(Self.said(approvedRun))")
        // The approval is local: git does not see it.
        let status = try team.git(["status", "--porcelain", "--untracked-files=all"], in: team.victim)
        #expect(!status.output.contains(".csw"), "\(status.output)")
    }

    /// A hook approved for one command, changed by a later pull, waits for approval again.
    @Test func aHookChangedAfterApprovalWaitsForApprovalAgain() throws {
        let team = try HostileTeam()
        try Self.addHooks(team, #"[{"name": "pager", "min_severity": "low", "command": ["/bin/cat"]}]"#)
        try team.commitAndPush("Add the pager hook")
        #expect(try team.victimSyncs().status == 0)
        #expect(try team.csw(["hooks", "approve"], timeout: 30).status == 0)
        try team.edit("csw.json", #"["/bin/cat"]"#, #"["/bin/sh", "-c", "cat > /dev/null; touch \#(team.pwned.path)"]"#)
        try team.commitAndPush("Tweak the pager hook")
        let sync = try team.victimSyncs()
        #expect(sync.stdout.contains("csw.json's hook pager changed since you approved it: it now asks to run /bin/sh -c"), "\(Self.said(sync))")
        #expect(sync.stdout.contains("csw.json: hooks.pager.command [\"/bin/cat\"] → "), "\(sync.stdout)")
        let run = try team.csw(["run"], timeout: 60)
        #expect(run.status == 0 && run.stderr.contains("changed since you approved it"), "\(Self.said(run))")
        #expect(team.escaped().executed == false)
    }

    @Test func aTrackedSecretsFileCannotRedirectAWebhook() throws {
        let attacker = try TestHTTPServer(), own = try TestHTTPServer()
        defer { attacker.stop(); own.stop() }
        let team = try HostileTeam()
        // The victim's own webhook URL, in their untracked .csw/secrets.json.
        let secrets = team.victim.appendingPathComponent(".csw/secrets.json")
        try FileManager.default.createDirectory(at: secrets.deletingLastPathComponent(), withIntermediateDirectories: true)
        let ownSecrets = "{\"webhooks\": {\"cs-alerts\": \"\(own.url)\"}}\n"
        try ownSecrets.write(to: secrets, atomically: true, encoding: .utf8)
        try Self.addHooks(team, #"[{"name": "cs-alerts", "min_severity": "low", "webhook_url_env": "CSW_TEAM_WEBHOOK", "retries": 0, "timeout_seconds": 2}]"#)
        try team.write(".csw/secrets.json", "{\"webhooks\": {\"cs-alerts\": \"\(attacker.url)\"}}\n")
        try team.commitAndPush("Alerts to the team channel")
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(Self.said(sync))")
        #expect(sync.stdout.contains(".csw/secrets.json: added to git in ") && sync.stdout.contains("Mallory"), "\(sync.stdout)")
        #expect(try String(contentsOf: secrets, encoding: .utf8) == ownSecrets, "the pull left the victim's own secrets as they were")
        // The victim approves the hook: it names an environment variable, not a URL.
        #expect(try team.csw(["hooks", "approve"], timeout: 30).status == 0)
        let run = try team.csw(["run"], timeout: 60)
        #expect(run.status == 0, "\(Self.said(run))")
        #expect(run.stdout.contains(".csw/secrets.json is tracked by git"), "\(run.stdout)")
        let test = try team.csw(["notify", "test", "cs-alerts"], timeout: 30)
        #expect(test.status == 2, "\(Self.said(test))")
        #expect(attacker.requests.isEmpty && own.requests.isEmpty, "a tracked secrets file is not read")
        let validate = try team.csw(["validate"], timeout: 60)
        #expect(validate.status == 1)
        #expect(validate.stdout.contains(".csw/secrets.json:1:1: error[CSW0602]: .csw/secrets.json is tracked by git"), "\(validate.stdout)")
        #expect(validate.stdout.contains("git rm --cached .csw/secrets.json"))
        // The fix in the note: untracked again, the file read is the victim's own.
        #expect(try team.git(["rm", "-q", "--cached", ".csw/secrets.json"], in: team.victim).status == 0)
        #expect(try team.git(["commit", "-q", "-m", "Untrack .csw/secrets.json"], in: team.victim).status == 0)
        #expect(try team.csw(["validate"], timeout: 60).stdout.contains("CSW0602") == false)
        let fixed = try team.csw(["notify", "test", "cs-alerts"], timeout: 30)
        #expect(fixed.status == 0 && own.requests.count == 1 && attacker.requests.isEmpty, "\(Self.said(fixed))")
    }

    /// A teammate who pulls with plain git gets the tracked file in .csw/: csw still does
    /// not read it, nor a tracked approval file that would approve the attacker's hook.
    @Test func trackedLocalFilesFromAPlainGitPullAreNotRead() throws {
        let attacker = try TestHTTPServer()
        defer { attacker.stop() }
        let team = try HostileTeam()
        let hook = #"{"name": "cs-alerts", "min_severity": "low", "webhook_url_env": "CSW_TEAM_WEBHOOK", "retries": 0, "timeout_seconds": 2}"#
        let pwn = #"{"name": "pwn", "min_severity": "low", "command": ["/bin/sh", "-c", "touch \#(team.pwned.path)"]}"#
        try Self.addHooks(team, "[\(hook), \(pwn)]")
        try team.write(".csw/secrets.json", "{\"webhooks\": {\"cs-alerts\": \"\(attacker.url)\"}}\n")
        // An approval file made on the attacker's machine for exactly these hooks.
        #expect(try CLITests.run(["hooks", "approve"], in: team.attacker).status == 0)
        try team.commitAndPush("Alerts")
        let pulled = try team.git(["pull", "-q", "--no-rebase", "origin", "main"], in: team.victim)
        #expect(pulled.status == 0, "\(pulled.output)")
        #expect(FileManager.default.fileExists(atPath: team.victim.appendingPathComponent(".csw/approved-hooks.json").path))
        let run = try team.csw(["run"], timeout: 60)
        #expect(run.status == 0, "\(Self.said(run))")
        #expect(run.stderr.contains(".csw/approved-hooks.json is tracked by git"), "\(run.stderr)")
        #expect(team.escaped().executed == false && attacker.requests.isEmpty, "\(Self.said(run))")
        let approve = try team.csw(["hooks", "approve"], timeout: 30)
        #expect(approve.status == 1 && approve.stderr.contains("git rm --cached .csw/approved-hooks.json"), "\(Self.said(approve))")
        let validate = try team.csw(["validate"], timeout: 60)
        #expect(validate.stdout.contains(".csw/approved-hooks.json:1:1: error[CSW0602]") && validate.stdout.contains(".csw/secrets.json:1:1: error[CSW0602]"),
                "\(validate.stdout)")
    }

    @Test func aPulledGuardDowngradeIsAnnouncedWithCommitAndAuthor() throws {
        let team = try HostileTeam()
        try team.edit("csw.json", "\"format_version\": 1,", "\"format_version\": 1,\n  \"phi\": {\"severity\": \"off\"},\n  \"limits\": {\"max_file_bytes\": 1e12},")
        try team.commitAndPush("Tidy settings")
        let commit = try team.git(["rev-parse", "--short=7", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(Self.said(sync))")
        #expect(sync.stdout.contains("csw.json: phi.severity error → off (\(commit) by Mallory <mallory@contractor.example>)"), "\(sync.stdout)")
        #expect(sync.stdout.contains("csw.json: limits.max_file_bytes 67108864 → 1e12 (\(commit) by Mallory <mallory@contractor.example>)"), "\(sync.stdout)")
        #expect(sync.stdout.contains("cannot turn the patient-data guard off"), "\(sync.stdout)")
        // csw.json alone does not lift the limit: validate reports the setting.
        let validate = try team.csw(["validate"], timeout: 60)
        #expect(validate.status == 1 && validate.stdout.contains("max_file_bytes"), "\(Self.said(validate))")
    }

    @Test func phiSeverityOffFromAPullStillReportsPatientData() throws {
        let team = try HostileTeam()
        try team.edit("csw.json", "\"format_version\": 1,", "\"format_version\": 1,\n  \"phi\": {\"severity\": \"off\"},")
        try team.write("customers/HOSP_001/notes/2025-12-01-call.md", "---\ndate: 2025-12-01\nkind: call\n---\nThe caller read out SSN 123-45-6789 from the chart.\n")
        try team.commitAndPush("Call notes")
        let sync = try team.victimSyncs()
        #expect(sync.stdout.contains("csw.json: phi.severity error → off ("), "\(Self.said(sync))")
        let validate = try team.csw(["validate"], timeout: 60)
        #expect(validate.stdout.contains("customers/HOSP_001/notes/2025-12-01-call.md:5:") && validate.stdout.contains("warning[CSW0701]: possible social security number"),
                "the guard still reports it as at least a warning:\n\(Self.said(validate))")
        #expect(validate.stdout.contains("csw.json:") && validate.stdout.contains("warning[CSW0702]"), "\(validate.stdout)")
        #expect(try team.csw(["validate", "--strict"], timeout: 60).status == 1)
        // Turning the guard off takes a choice on this machine, for one run.
        let off = try team.csw(["validate", "--no-phi"], timeout: 60)
        #expect(!off.stdout.contains("CSW0701") && !off.stdout.contains("CSW0702"), "\(off.stdout)")
    }
}
