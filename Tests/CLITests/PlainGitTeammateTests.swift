import Foundation
import Testing

/// A teammate who uses plain git beside a csw user, on one bare remote (HostileTeam's
/// harness: victim = the csw user's clone, attacker = the plain `git clone`): the
/// documented setup gives plain git csw's merge, the merge driver's conflict output says
/// the exact `csw resolve` command, and the csw user's `csw sync` names a value of theirs
/// that the teammate's merge replaced (docs/GUIDE.md, "Teammates on plain git").
@Suite(.needs(.git)) struct PlainGitTeammateTests {
    static let lee = ["-c", "user.name=Lee Ortiz", "-c", "user.email=lee.ortiz@csm.example"]
    static let profile = "customers/HOSP_001/profile.json", metrics = "customers/HOSP_001/metrics.jsonl"

    /// git in the plain clone as the teammate, with the built csw on PATH (as a teammate
    /// who installed csw has it) so a configured driver runs.
    @discardableResult
    func git(_ team: HostileTeam, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = CLITests.testHome.path
        env["CSW_TODAY"] = CLITests.today
        env["GIT_EDITOR"] = "true"  // git rebase --continue keeps the message
        env["PATH"] = CLITests.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        let result = try Spawn.run(try TestServers.path(.git), Self.lee + arguments, environment: env, directory: team.attacker.path, timeout: 60)
        return (result.status, result.stdout, result.stderr)
    }

    func text(_ folder: URL, _ path: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) }

    func replace(_ folder: URL, _ path: String, _ from: String, _ to: String) throws {
        let old = try text(folder, path)
        #expect(old.contains(from), "\(path) holds \(from)")
        try old.replacingOccurrences(of: from, with: to).write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func append(_ folder: URL, _ path: String, _ line: String) throws {
        try (try text(folder, path) + line + "\n").write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// The `git config …` lines of docs/GUIDE.md's setup for a teammate on plain git, as
    /// argument lists (single quotes as the shell reads them): the test runs what the
    /// guide says, word for word.
    static func documentedSetup() throws -> [[String]] {
        let guide = try String(contentsOf: CLITests.packageRoot.appendingPathComponent("docs/GUIDE.md"), encoding: .utf8)
        let lines = guide.split(separator: "\n").map(String.init).filter { $0.hasPrefix("git config merge.csw.") || $0.hasPrefix("git config diff.csw.") }
        return lines.map { line in
            var words: [String] = [], word = "", quoted = false
            for c in line.prefix(while: { $0 != "#" || quoted }) {
                if c == "'" { quoted.toggle() } else if c == " " && !quoted { if !word.isEmpty { words.append(word); word = "" } } else { word.append(c) }
            }
            if !word.isEmpty { words.append(word) }
            return Array(words.dropFirst())
        }
    }

    /// Done-when of issue 21: after the guide's two `git config` lines (no csw command run
    /// in that clone), plain `git pull` merges concurrent edits to different profile fields
    /// and different metrics dates with no conflict; without them, the same pull leaves
    /// conflict markers — what the guide says happens.
    @Test(arguments: [true, false]) func plainGitPullMergesDifferentFieldsAndDatesAfterTheDocumentedSetup(setUp: Bool) throws {
        let team = try HostileTeam("csw-plain-git")
        let setup = try Self.documentedSetup()
        #expect(setup.count == 2 && setup.first?.last == "csw merge-driver %O %A %B %P", "the guide's setup: \(setup)")
        if setUp { for command in setup { #expect(try git(team, command).status == 0) } }
        // the csw user: another field and a snapshot, synced first
        try replace(team.victim, Self.profile, "\"contract_value\": 500000", "\"contract_value\": 555000")
        #expect(try team.csw(["metrics", "add", "HOSP_001", "--date", "2026-01-01", "nps_score=7"]).status == 0)
        #expect(try team.victimSyncs().status == 0)
        // the plain-git teammate: the field two lines above, and another date
        try replace(team.attacker, Self.profile, "\"csm_assigned\": \"mike.smith\"", "\"csm_assigned\": \"priya.raman\"")
        try append(team.attacker, Self.metrics, #"{"date": "2026-02-01", "nps_score": 9}"#)
        #expect(try git(team, ["commit", "-qam", "Priya takes Metro Health; February"]).status == 0)
        let pull = try git(team, ["pull", "--no-rebase", "--no-edit", "origin", "main"])
        let profile = try text(team.attacker, Self.profile), metrics = try text(team.attacker, Self.metrics)
        if setUp {
            #expect(pull.status == 0, "git pull with the documented setup: \(pull.stdout)\(pull.stderr)")
            #expect(!profile.contains("<<<<<<<") && !metrics.contains("<<<<<<<"))
            #expect(profile.contains("\"contract_value\": 555000") && profile.contains("\"csm_assigned\": \"priya.raman\""), "\(profile)")
            #expect(metrics.contains("\"2026-01-01\"") && metrics.contains("\"2026-02-01\""))
            #expect(try git(team, ["push", "-q", "origin", "HEAD:main"]).status == 0)
            let back = try team.victimSyncs()
            #expect(back.status == 0 && !back.stdout.contains("replaced"), "nothing of the csw user's was replaced: \(back.stdout)\(back.stderr)")
            let validate = try team.csw(["validate"])
            #expect(validate.status == 0, "the merged workspace is valid: \(validate.stdout)\(validate.stderr)")
        } else {
            #expect(pull.status != 0, "without the driver git merges lines: \(pull.stdout)")
            #expect(profile.contains("<<<<<<<") || metrics.contains("<<<<<<<"), "conflict markers, as the guide says")
        }
    }

    /// A real conflict under plain `git pull`: the driver's message names the customer and
    /// field, both values and the `csw resolve` line to run; running that line and the
    /// `git add … && git commit` it names finishes the merge with the csw user's value.
    /// With `git pull --rebase` the sides swap, and the message says so and ends with
    /// `git rebase --continue`.
    @Test(arguments: [false, true]) func theDriversConflictOutputSaysTheCswResolveCommand(rebase: Bool) throws {
        let team = try HostileTeam("csw-plain-git")
        for command in try Self.documentedSetup() { #expect(try git(team, command).status == 0) }
        try replace(team.victim, Self.profile, "\"contract_value\": 500000", "\"contract_value\": 555000")
        #expect(try team.victimSyncs().status == 0)
        try replace(team.attacker, Self.profile, "\"contract_value\": 500000", "\"contract_value\": 600000")
        #expect(try git(team, ["commit", "-qam", "Metro Health renewal"]).status == 0)
        let pull = try git(team, ["pull", rebase ? "--rebase" : "--no-rebase", "--no-edit", "origin", "main"])
        #expect(pull.status != 0, "a real conflict stops the merge")
        let stderr = pull.stderr
        let (finish, kept, other) = rebase ? ("rebase --continue", "555000", "600000") : ("commit", "600000", "555000")
        if rebase {
            #expect(stderr.contains("1 value changed differently on both sides; the file keeps upstream's (a rebase replays your commit as 'theirs')"), "\(stderr)")
            #expect(stderr.contains("  HOSP_001 contract_value: upstream 555000, your commit 600000\n"), "\(stderr)")
        } else {
            #expect(stderr.contains("csw: customers/HOSP_001/profile.json: 1 value changed differently on both sides; the file keeps yours, with no conflict markers"), "\(stderr)")
            #expect(stderr.contains("  HOSP_001 contract_value: yours 600000, theirs 555000\n"), "\(stderr)")
        }
        let resolveLine = "    csw resolve --path customers/HOSP_001/profile.json --pointer /contract_value --theirs\n"
        #expect(stderr.contains(resolveLine), "\(stderr)")
        #expect(stderr.contains("then finish git's \(rebase ? "rebase" : "merge"): git add customers/HOSP_001/profile.json && git \(finish)\n"), "\(stderr)")
        let held = try text(team.attacker, Self.profile)
        #expect(!held.contains("<<<<<<<") && held.contains("\"contract_value\": \(kept)"), "the file keeps the value git calls ours, valid JSON")
        // the line as printed, word for word
        let words = resolveLine.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").dropFirst().map(String.init)
        let resolved = try CLITests.run(words, in: team.attacker)
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(resolved.stderr.contains("all conflicts resolved; finish git's \(rebase ? "rebase" : "merge"): git add customers/HOSP_001/profile.json && git \(finish)"),
                "\(resolved.stderr)")
        #expect(try text(team.attacker, Self.profile).contains("\"contract_value\": \(other)"))
        #expect(try git(team, ["add", Self.profile]).status == 0)
        let done = try git(team, rebase ? ["rebase", "--continue"] : ["commit", "--no-edit", "-q"])
        #expect(done.status == 0, "\(done.stdout)\(done.stderr)")
        #expect(try git(team, ["status", "--porcelain"]).stdout.isEmpty)
        #expect(try git(team, ["rev-list", "--count", "--merges", "HEAD"]).stdout == (rebase ? "0\n" : "1\n"))
        #expect(!FileManager.default.fileExists(atPath: team.attacker.appendingPathComponent(".csw/conflicts.json").path), "nothing left for csw sync to refuse")
    }

    /// The csw user set contract_value (pushed) and an NPS for a new month; the plain-git
    /// teammate, working alongside, set theirs, pulled, kept their own values (with the
    /// driver, or by hand over line-merge markers) and pushed. The csw user's `csw sync`
    /// names both replaced values with the merge commit and its author — and not the tier
    /// the teammate changed, which the csw user set long before (the teammate had seen it).
    /// `localWork`: the csw user has an unrelated edit of their own, so sync merges.
    @Test(arguments: [(true, false), (false, false), (true, true)]) func syncNamesTheValuesAPulledMergeReplaced(driver: Bool, localWork: Bool) throws {
        let team = try HostileTeam("csw-plain-git")
        if driver { for command in try Self.documentedSetup() { #expect(try git(team, command).status == 0) } }
        try replace(team.victim, Self.profile, "\"contract_value\": 500000", "\"contract_value\": 555000")
        #expect(try team.csw(["metrics", "add", "HOSP_001", "--date", "2026-01-01", "nps_score=7"]).status == 0)
        #expect(try team.victimSyncs().status == 0)
        try replace(team.attacker, Self.profile, "\"contract_value\": 500000", "\"contract_value\": 600000")
        try replace(team.attacker, Self.profile, "\"tier\": \"enterprise\"", "\"tier\": \"strategic\"")
        try append(team.attacker, Self.metrics, #"{"date": "2026-01-01", "nps_score": 9}"#)
        #expect(try git(team, ["commit", "-qam", "Metro Health renewal"]).status == 0)
        #expect(try git(team, ["pull", "--no-rebase", "--no-edit", "origin", "main"]).status != 0, "both changed contract_value")
        if !driver {
            // by hand: keep their own side of every conflict block
            for path in [Self.profile, Self.metrics] {
                let resolved = try text(team.attacker, path).replacing(/<<<<<<< [^\n]*\n((?:[^\n]*\n)*?)=======\n(?:[^\n]*\n)*?>>>>>>> [^\n]*\n/) { $0.output.1 }
                try resolved.write(to: team.attacker.appendingPathComponent(path), atomically: true, encoding: .utf8)
            }
        }
        #expect(try text(team.attacker, Self.profile).contains("\"contract_value\": 600000") && !(try text(team.attacker, Self.profile).contains("<<<<")))
        #expect(try git(team, ["commit", "-qam", "Merge: keep the renewal figures"]).status == 0)
        #expect(try git(team, ["push", "-q", "origin", "HEAD:main"]).status == 0)
        let merge = try git(team, ["rev-parse", "--short=7", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        if localWork { try replace(team.victim, "customers/HS_004/profile.json", "\"tier\": \"enterprise\"", "\"tier\": \"strategic\"") }
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(sync.stdout)\(sync.stderr)")
        let pulled = localWork ? "merged teammates' changes from origin and pushed\n" : "brought in teammates' changes from origin\n"
        #expect(sync.stdout.contains(pulled), "\(sync.stdout)")
        #expect(sync.stdout.contains("this pull replaced 2 values you set:\n"), "\(sync.stdout)")
        #expect(sync.stdout.contains("  HOSP_001 contract_value: yours 555000 replaced by 600000 in \(merge) by Lee Ortiz\n"), "\(sync.stdout)")
        #expect(sync.stdout.contains("  HOSP_001 metrics 2026-01-01 nps_score: yours 7 replaced by 9 in \(merge) by Lee Ortiz\n"), "\(sync.stdout)")
        #expect(sync.stdout.contains("  note: 'csw log HOSP_001' shows the change"), "\(sync.stdout)")
        #expect(!sync.stdout.contains("HOSP_001 tier"), "a value the teammate had seen is an ordinary change: \(sync.stdout)")
        #expect(try text(team.victim, Self.profile).contains("\"contract_value\": 600000"))
        let again = try team.victimSyncs()
        #expect(again.status == 0 && !again.stdout.contains("replaced"), "said once: \(again.stdout)")
    }
}
