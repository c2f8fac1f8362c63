import Foundation
import Testing

/// A teammate commits a symbolic link where csw writes — `.csw`, `customers`, a customer's
/// `reviews/` or `feedback/`, `templates`, an output folder — pointing out of the workspace.
/// After the victim's `csw sync` brings the link in, no csw command may write, replace or
/// delete anything through it: each one that would write there stops and names the link
/// (docs/SECURITY.md, "A hostile teammate"; docs/ARCHITECTURE.md, SafeFolder).
@Suite struct HostileTeammateLinkTests {
    /// Everything under `folder`, links not followed: each file's text, each folder and link.
    static func contents(of folder: URL) -> [String: String] {
        var found: [String: String] = [:]
        func walk(_ url: URL, _ relative: String) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                let child = url.appendingPathComponent(name), path = relative.isEmpty ? name : relative + "/" + name
                let type = (try? FileManager.default.attributesOfItem(atPath: child.path))?[.type] as? FileAttributeType
                switch type {
                case .typeSymbolicLink?: found[path] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: child.path)) ?? "?")
                case .typeDirectory?:
                    found[path] = "folder"
                    walk(child, path)
                default: found[path] = (try? String(contentsOf: child, encoding: .utf8)) ?? "?"
                }
            }
        }
        walk(folder, "")
        return found
    }

    /// Files put outside before the attack: a sentinel, and whatever csw would find there.
    static func plant(_ team: HostileTeam, _ files: [String: String] = [:]) throws {
        for (path, text) in files.merging(["keep.txt": "the victim's own file\n"], uniquingKeysWith: { a, _ in a }) {
            let url = team.outside.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
    }

    /// The attacker commits `links` (path in the workspace → target) and the victim syncs;
    /// the links are then in the victim's working folder.
    static func commitLinks(_ team: HostileTeam, _ links: [String: String], message: String = "Tidy up the workspace") throws {
        for (path, target) in links { try team.symlink(path, to: target) }
        try team.commitAndPush(message)
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(sync.stdout)\(sync.stderr)")
        for path in links.keys {
            let pulled = try? FileManager.default.destinationOfSymbolicLink(atPath: team.victim.appendingPathComponent(path).path)
            #expect(pulled == links[path], "the victim's \(path) is now the teammate's link")
        }
    }

    /// csw in the victim's workspace: it finishes (no hang, no crash).
    @discardableResult
    static func csw(_ team: HostileTeam, _ arguments: [String]) throws -> CLITests.Outcome {
        let outcome = try team.csw(arguments, timeout: 30)
        #expect(outcome.status != 124, "csw \(arguments.joined(separator: " ")) hung")
        #expect(outcome.status < 128, "csw \(arguments.joined(separator: " ")) crashed: \(outcome.stderr)")
        return outcome
    }

    /// The command stops (exit 2) and names the link.
    static func refused(_ team: HostileTeam, _ arguments: [String], naming link: String) throws {
        let outcome = try csw(team, arguments)
        #expect(outcome.status == 2, "csw \(arguments.joined(separator: " ")): \(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stderr.contains("error: \(link) is a symbolic link; csw does not write through links"),
                "csw \(arguments.joined(separator: " ")) names \(link): \(outcome.stderr)")
        #expect(outcome.stderr.contains("note: "), "and says what to do: \(outcome.stderr)")
    }

    static func expectUntouched(_ team: HostileTeam, since before: [String: String]) {
        let after = contents(of: team.outside)
        #expect(after == before, "outside the workspace changed: before \(before), after \(after)")
        #expect(!team.escaped().executed)
    }

    @Test(.needs(.git)) func dotCswLinkedElsewhereGetsNoCacheAndNoDashboard() throws {
        let team = try HostileTeam()
        // What the old csw would have replaced and deleted: an earlier dashboard's folder.
        try Self.plant(team, ["dashboard/.csw-dashboard": "csw dashboard as of 2025-01-01\n", "dashboard/index.html": "<p>mine</p>\n"])
        try team.symlink(".csw", to: team.outside.path)
        try team.commitAndPush("Share our cache")
        let sync = try team.victimSyncs()
        #expect(sync.status == 0 && sync.stdout.contains(".csw"), "csw sync leaves the tracked .csw out: \(sync.stdout)\(sync.stderr)")
        // git status now shows .csw as deleted; restoring it with plain git brings the link in.
        #expect(try team.git(["checkout", "--", ".csw"], in: team.victim).status == 0)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: team.victim.appendingPathComponent(".csw").path)) == team.outside.path)
        let before = Self.contents(of: team.outside)
        let score = try Self.csw(team, ["score"])
        #expect(score.status == 0, "scores still print: \(score.stderr)")
        #expect(score.stderr.contains("warning: the score cache was not saved: .csw is a symbolic link; csw does not write through links"), "\(score.stderr)")
        try Self.refused(team, ["dashboard"], naming: ".csw")
        try Self.csw(team, ["run"])
        try Self.csw(team, ["alerts"])
        Self.expectUntouched(team, since: before)
    }

    @Test(.needs(.git)) func aReviewsFolderLinkedElsewhereIsNotWrittenThrough() throws {
        let team = try HostileTeam()
        try Self.plant(team)
        try Self.commitLinks(team, ["customers/HOSP_001/reviews": team.outside.path])
        let before = Self.contents(of: team.outside)
        try Self.refused(team, ["review", "prepare", "HOSP_001"], naming: "customers/HOSP_001/reviews")
        try Self.refused(team, ["review", "prepare", "HOSP_001", "--force", "--type", "annual"], naming: "customers/HOSP_001/reviews")
        // HOSP_001's contract anniversary is close: csw run prepares its review there.
        try Self.refused(team, ["run"], naming: "customers/HOSP_001/reviews")
        Self.expectUntouched(team, since: before)
    }

    @Test(.needs(.git)) func aFeedbackFolderLinkedElsewhereIsNotWrittenThrough() throws {
        let team = try HostileTeam()
        try Self.plant(team)
        try Self.commitLinks(team, ["customers/HOSP_001/feedback": team.outside.path])
        let before = Self.contents(of: team.outside)
        try Self.refused(team, ["feedback", "add", "HOSP_001", "--channel", "call", "--type", "complaint", "--text", "The export is slow again"],
                         naming: "customers/HOSP_001/feedback")
        Self.expectUntouched(team, since: before)
    }

    @Test(.needs(.git)) func customersLinkedElsewhereIsNotWrittenThrough() throws {
        let team = try HostileTeam()
        try Self.plant(team)
        let alerts = try Self.csw(team, ["alerts", "--format", "json"])
        let alert = try #require((try JSONSerialization.jsonObject(with: Data(alerts.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        // The link leads to a copy of the customers, so every command finds its folders there.
        for name in try FileManager.default.contentsOfDirectory(atPath: team.attacker.appendingPathComponent("customers").path) {
            try FileManager.default.copyItem(at: team.attacker.appendingPathComponent("customers/" + name), to: team.outside.appendingPathComponent(name))
        }
        try Self.commitLinks(team, ["customers": team.outside.path])
        let before = Self.contents(of: team.outside)
        let commands: [[String]] = [
            ["score", "--record"],
            ["metrics", "add", "HOSP_001", "--date", "2025-12-01", "usage_percentage=80"],
            ["feedback", "add", "HOSP_001", "--channel", "call", "--type", "complaint", "--text", "The export is slow again"],
            ["playbook", "start", "CH_003", "roi-recovery"],
            ["review", "prepare", "HOSP_001"],
            ["alerts", "ack", alert, "--note", "exec sponsor call booked"],
            ["alerts", "snooze", alert, "--until", "2026-01-15"],
            ["run"],
        ]
        for command in commands {
            let outcome = try Self.csw(team, command)
            #expect(outcome.status != 0, "csw \(command.joined(separator: " ")) wrote nothing, so it does not succeed: \(outcome.stdout)")
            // (or, should csw stop reading through the link, it finds nothing to write)
            #expect(["customers is a symbolic link", "no customer", "no alert"].contains { outcome.stderr.contains($0) },
                    "csw \(command.joined(separator: " ")): \(outcome.stderr)")
        }
        Self.expectUntouched(team, since: before)
    }

    @Test(.needs(.git)) func templatesLinkedElsewhereAreNeverWritten() throws {
        let team = try HostileTeam()
        try Self.plant(team)
        try Self.commitLinks(team, ["templates": team.outside.path])
        let before = Self.contents(of: team.outside)
        let validate = try Self.csw(team, ["validate"])
        #expect(validate.stdout.contains("templates"), "validate reports the link: \(validate.stdout)")
        try Self.csw(team, ["dashboard"])
        try Self.csw(team, ["report", "HOSP_001", "--format", "html"])
        try Self.csw(team, ["review", "prepare", "HOSP_001"])
        try Self.csw(team, ["run"])
        Self.expectUntouched(team, since: before)
    }

    @Test(.needs(.git)) func outputFoldersInsideTheWorkspaceAreNotWrittenThroughALink() throws {
        let team = try HostileTeam()
        try Self.plant(team, [".csw-dashboard": "csw dashboard as of 2025-01-01\n", ".csw-export": "csw export\n", "index.html": "<p>mine</p>\n"])
        try Self.commitLinks(team, ["board": team.outside.path, "exports": team.outside.path])
        let before = Self.contents(of: team.outside)
        try Self.refused(team, ["dashboard", "--out", "board"], naming: "board")
        try Self.refused(team, ["export", "--out", "exports/all", "--format", "csv"], naming: "exports")
        try Self.refused(team, ["export", "--out", "exports/all.sqlite", "--format", "sqlite"], naming: "exports")
        Self.expectUntouched(team, since: before)
    }

    @Test(.needs(.git)) func anOutputTheUserNamesIsNotReplacedThroughALinkAtItsName() throws {
        let team = try HostileTeam()
        try Self.plant(team, [".csw-dashboard": "csw dashboard as of 2025-01-01\n", "index.html": "<p>mine</p>\n"])
        let before = Self.contents(of: team.outside)
        let scratch = team.scratch.url
        // A link at the output's own name is refused; links above it are the user's own.
        try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent("board").path, withDestinationPath: team.outside.path)
        try Self.refused(team, ["dashboard", "--out", scratch.appendingPathComponent("board").path], naming: scratch.appendingPathComponent("board").path)
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent("reports").path, withDestinationPath: scratch.appendingPathComponent("mine").path)
        let through = try Self.csw(team, ["dashboard", "--out", scratch.appendingPathComponent("reports/board").path])
        #expect(through.status == 0, "\(through.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("mine/board/index.html").path))
        Self.expectUntouched(team, since: before)
    }

    @Test(.needs(.git)) func aLinkThatBecomesAFolderAgainIsNotWrittenThrough() throws {
        let team = try HostileTeam()
        try Self.plant(team)
        try Self.commitLinks(team, ["customers/HOSP_001/reviews": team.outside.path])
        let before = Self.contents(of: team.outside)
        try FileManager.default.removeItem(at: team.attacker.appendingPathComponent("customers/HOSP_001/reviews"))
        try team.write("customers/HOSP_001/reviews/2025-12-01-qbr.md", "---\ndate: 2025-12-01\ntype: quarterly\nstatus: draft\n---\n# QBR\n")
        try team.commitAndPush("Reviews are a folder again")
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(sync.stdout)\(sync.stderr)")
        #expect(FileManager.default.fileExists(atPath: team.victim.appendingPathComponent("customers/HOSP_001/reviews/2025-12-01-qbr.md").path))
        Self.expectUntouched(team, since: before)
    }
}
