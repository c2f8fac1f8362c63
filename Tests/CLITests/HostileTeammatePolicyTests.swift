import Foundation
import Testing

/// The access policy against a teammate who forges it with plain git: a forged author email,
/// an evil merge, a rewritten policy and a junk signature are each reported by `csw audit`
/// and by the admin's `csw sync` that pulls them; a guarded change (csw.json's admin
/// settings, the signers file) from a violating commit, or a rewritten history, is not
/// merged at all (docs/SECURITY.md, "Access policy and audit").
@Suite struct HostileTeammatePolicyTests {
    /// The victim is the admin (the test HOME's identity); Mallory is a CSM with Mike's accounts.
    static let admin = "casey.tester@csm.example", mallory = "mallory@contractor.example"

    /// The admin writes the access policy (and the signers file) and pushes it with csw;
    /// the attacker pulls it.
    func setUpPolicy(_ team: HostileTeam, signers: String? = nil, keyring: String? = nil) throws {
        var policy = #""access_policy": {"roles": {"admin": ["\#(Self.admin)"]}, "identities": {"mike.smith": ["\#(Self.mallory)"]}"#
        if let signers {
            try signers.write(to: team.victim.appendingPathComponent("allowed_signers"), atomically: true, encoding: .utf8)
            policy += #", "require_signed_commits": true, "allowed_signers": "allowed_signers""#
        }
        if let keyring {
            try keyring.write(to: team.victim.appendingPathComponent("team-keys.asc"), atomically: true, encoding: .utf8)
            policy += #", "require_signed_commits": true, "gpg_keyring": "team-keys.asc""#
        }
        try replace(in: team.victim, "csw.json", "\"alert_rules\":", policy + "},\n  \"scoring\": {\"weights\": {\"nps_score\": 20}},\n  \"alert_rules\":")
        let commit = try team.csw(["commit", "-m", "Access policy"])
        #expect(commit.status == 0, "\(commit.stdout)\(commit.stderr)")
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(sync.stdout)\(sync.stderr)")
        #expect(try team.git(["pull", "-q", "origin", "main"]).status == 0)
    }

    func replace(in folder: URL, _ path: String, _ from: String, _ to: String) throws {
        let url = folder.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(from), "\(path) holds \(from)")
        try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
    }

    /// The attacker commits everything as `email`, signed with `key` when given.
    @discardableResult
    func commit(_ team: HostileTeam, _ message: String, as email: String = mallory, key: String? = nil, gpg: String? = nil, push: Bool = true) throws -> String {
        #expect(try team.git(["add", "-A", "."]).status == 0)
        var args = ["-c", "user.name=\(email)", "-c", "user.email=\(email)"]
        if let key {
            args += ["-c", "gpg.format=ssh", "-c", "user.signingkey=\(key)", "commit", "-S"]
        } else if let gpg {
            args += ["-c", "gpg.program=\(gpg)", "-c", "user.signingkey=\(Self.mallory)", "commit", "-S"]
        } else {
            args += ["commit"]
        }
        let made = try team.git(args + ["-q", "--no-verify", "-m", message])
        #expect(made.status == 0, "\(made.output)")
        if push { #expect(try team.git(["push", "-q", "origin", "HEAD:main"]).status == 0) }
        return try head(team)
    }

    func head(_ team: HostileTeam, in folder: URL? = nil) throws -> String {
        try team.git(["rev-parse", "HEAD"], in: folder).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// csw audit --format json in `folder`: (short commit, rule) pairs.
    func audit(_ folder: URL, _ arguments: [String] = []) throws -> (status: Int32, found: [(commit: String, rule: String)], stderr: String) {
        let out = try CLITests.run(["audit", "--format", "json"] + arguments, in: folder)
        let findings = (try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]]) ?? []
        let pairs = findings.flatMap { f in ((f["violations"] as? [[String: Any]]) ?? []).map { (String((f["commit"] as? String ?? "").prefix(7)), $0["rule"] as? String ?? "") } }
        return (out.status, pairs, out.stdout + out.stderr)
    }

    /// An ed25519 key pair in the scratch folder (outside both repositories): (private key path, allowed_signers line).
    func key(_ team: HostileTeam, _ name: String, principal: String) throws -> (path: String, line: String) {
        let path = team.scratch.url.appendingPathComponent("key-" + name).path
        #expect(try TestServers.run(try TestServers.path(.sshKeygen), ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path]).status == 0)
        let pub = try String(contentsOfFile: path + ".pub", encoding: .utf8).split(separator: " ")
        return (path, "\(principal) \(pub[0]) \(pub[1])")
    }

    @Test(.needs(.git, .sshKeygen)) func aForgedAuthorIsCaughtByItsSignature() throws {
        let team = try HostileTeam("csw-policy-forged")
        let casey = try key(team, "casey", principal: Self.admin), mallory = try key(team, "mallory", principal: Self.mallory)
        try setUpPolicy(team, signers: casey.line + "\n" + mallory.line + "\n")
        // Mallory's own, signed, allowed change verifies: no finding
        try team.edit("customers/HOSP_001/profile.json", "\"Dr. Sarah Johnson\"", "\"Dr. S. Johnson\"")
        let honest = try commit(team, "own customer, signed", key: mallory.path)
        // then she claims to be the admin, signing with her own key, and changes the scoring model
        try team.edit("csw.json", "\"nps_score\": 20", "\"nps_score\": 90")
        let forged = try commit(team, "tune scoring", as: Self.admin, key: mallory.path)
        let sync = try team.victimSyncs()
        #expect(sync.status == 1, "\(sync.stdout)\(sync.stderr)")
        #expect(sync.stderr.contains("[signer-not-author]") && sync.stderr.contains("signed with the key of \(Self.mallory)"), "\(sync.stderr)")
        #expect(sync.stderr.contains("nothing was merged") && sync.stderr.contains("have an admin revert \(forged.prefix(7))"), "\(sync.stderr)")
        #expect(!sync.stderr.contains(honest.prefix(7)), "the honest signed commit is not reported")
        #expect(try String(contentsOf: team.victim.appendingPathComponent("csw.json"), encoding: .utf8).contains("\"nps_score\": 20"), "nothing pulled")
        #expect(try head(team, in: team.victim) != honest, "not even the honest commit before it")
        let audit = try audit(team.attacker)
        #expect(audit.status == 1 && audit.found.map(\.commit) == [String(forged.prefix(7))] && audit.found.map(\.rule) == ["signer-not-author"], "\(audit.stderr)")
    }

    @Test(.needs(.git, .sshKeygen)) func aJunkSignatureIsNotASignature() throws {
        let team = try HostileTeam("csw-policy-junk")
        let casey = try key(team, "casey", principal: Self.admin)
        try setUpPolicy(team, signers: casey.line + "\n")
        var junk: [String] = []
        for (n, header) in ["-----BEGIN SSH SIGNATURE-----\n U1NIU0lHAAAAAQ==garbage\n -----END SSH SIGNATURE-----", "not a signature at all"].enumerated() {
            try team.edit("customers/HOSP_001/profile.json", n == 0 ? "\"Dr. Sarah Johnson\"" : "\"Dr. S. Johnson\"", n == 0 ? "\"Dr. S. Johnson\"" : "\"Dr. Sarah J.\"")
            #expect(try team.git(["add", "-A", "."]).status == 0)
            let tree = try team.git(["write-tree"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let raw = "tree \(tree)\nparent \(try head(team))\nauthor Casey <\(Self.admin)> 1765000000 +0000\ncommitter Casey <\(Self.admin)> 1765000000 +0000\n" +
                "gpgsig \(header)\n\nsigned, honest\n"
            let file = team.scratch.url.appendingPathComponent("commit-\(n)")
            try raw.write(to: file, atomically: true, encoding: .utf8)
            let id = try team.git(["hash-object", "-t", "commit", "-w", file.path]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try team.git(["update-ref", "HEAD", id]).status == 0)
            junk.append(String(id.prefix(7)))
        }
        #expect(try team.git(["push", "-q", "origin", "HEAD:main"]).status == 0)
        // not a guarded change: pulled, with a warning that names both commits
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(sync.stdout)\(sync.stderr)")
        #expect(sync.stderr.components(separatedBy: "[bad-signature]").count == 3 && junk.allSatisfy { sync.stderr.contains($0) }, "\(sync.stderr)")
        #expect(sync.stderr.contains("warning: 2 incoming commits"), "\(sync.stderr)")
        let audit = try audit(team.victim)
        #expect(audit.status == 1 && audit.found.map(\.commit) == junk && Set(audit.found.map(\.rule)) == ["bad-signature"], "\(audit.stderr)")
    }

    @Test(.needs(.git)) func anEvilMergeIsJudgedOnItsOwnChanges() throws {
        let team = try HostileTeam("csw-policy-merge")
        try setUpPolicy(team)
        let base = try head(team)
        // two honest lines of work on Mike's accounts, merged with an extra change of the merge's own
        func evilMerge(_ name: String, customer: String, own: () throws -> Void) throws -> String {
            try team.edit("customers/HOSP_001/profile.json", "\"contract_value\": ", "\"contract_value\": 1")
            try commit(team, "\(name): HOSP_001", push: false)
            #expect(try team.git(["checkout", "-q", "-b", name, base]).status == 0)
            try team.edit("customers/\(customer)/profile.json", "\"contract_value\": ", "\"contract_value\": 2")
            try commit(team, "\(name): \(customer)", push: false)
            #expect(try team.git(["checkout", "-q", "main"]).status == 0)
            #expect(try team.git(["-c", "user.email=\(Self.mallory)", "merge", "-q", "--no-ff", "--no-commit", name]).status == 0)
            try own()
            return try commit(team, "Merge branch \(name)")
        }
        let first = try evilMerge("side", customer: "HS_004") {
            try team.edit("customers/CH_003/profile.json", "\"contract_value\": 145000", "\"contract_value\": 1450")
        }
        let pulled = try team.victimSyncs()
        #expect(pulled.status == 0 && pulled.stderr.contains("\(first.prefix(7)) \(Self.mallory)"), "\(pulled.stdout)\(pulled.stderr)")
        #expect(pulled.stderr.contains("[csm-own-customers]") && pulled.stderr.contains("changed CH_003, which is assigned to dana.okafor"), "\(pulled.stderr)")
        var audit = try audit(team.victim)
        #expect(audit.status == 1 && audit.found.map(\.commit) == [String(first.prefix(7))] && audit.found.map(\.rule) == ["csm-own-customers"],
                "only the merge, not the commits it brings: \(audit.stderr)")
        // the same with csw.json's scoring model: not merged at all
        let second = try evilMerge("again", customer: "HS_010") { try team.edit("csw.json", "\"nps_score\": 20", "\"nps_score\": 90") }
        let victimHead = try head(team, in: team.victim)
        let refused = try team.victimSyncs()
        #expect(refused.status == 1 && refused.stderr.contains("[admin-settings]") && refused.stderr.contains("\(second.prefix(7)) by \(Self.mallory)"),
                "\(refused.stdout)\(refused.stderr)")
        #expect(try head(team, in: team.victim) == victimHead)
        #expect(try String(contentsOf: team.victim.appendingPathComponent("csw.json"), encoding: .utf8).contains("\"nps_score\": 20"))
        audit = try self.audit(team.attacker)
        #expect(audit.found.map(\.commit) == [String(first.prefix(7)), String(second.prefix(7))] && audit.found.last?.rule == "admin-settings", "\(audit.stderr)")
        // an admin undoes the change on the remote: the pull goes on, still naming the merge
        try team.edit("csw.json", "\"nps_score\": 90", "\"nps_score\": 20")
        try commit(team, "Revert the scoring change", as: Self.admin)
        let after = try team.victimSyncs()
        #expect(after.status == 0 && after.stderr.contains("\(second.prefix(7)) \(Self.mallory)") && after.stderr.contains("warning:"), "\(after.stdout)\(after.stderr)")
        #expect(try head(team, in: team.victim) == head(team))
    }

    @Test(.needs(.git)) func aRewrittenPolicyIsARewrittenHistory() throws {
        let team = try HostileTeam("csw-policy-rewrite")
        try setUpPolicy(team)
        let policyCommit = try head(team)
        #expect(try head(team, in: team.victim) == policyCommit)
        let fresh = team.scratch.url.appendingPathComponent("fresh")
        #expect(try CLITests.run(["clone", team.remote.path, fresh.path], in: team.scratch.url).status == 0, "a teammate clones before the rewrite")
        // amend the admin's policy commit (the author stays the admin) to make herself admin, and force-push
        try team.edit("csw.json", "\"admin\": [\"\(Self.admin)\"]", "\"admin\": [\"\(Self.admin)\", \"\(Self.mallory)\"]")
        #expect(try team.git(["add", "-A", "."]).status == 0)
        #expect(try team.git(["-c", "user.email=\(Self.mallory)", "commit", "-q", "--amend", "--no-edit", "--no-verify"]).status == 0)
        try team.edit("csw.json", "\"nps_score\": 20", "\"nps_score\": 90")
        try commit(team, "tune scoring", push: false)
        #expect(try team.git(["push", "-q", "--force", "origin", "HEAD:main"]).status == 0)
        let audited = try audit(team.attacker)
        #expect(audited.status == 0, "a fresh look at the rewritten history alone sees an admin's policy: \(audited.stderr)")
        let sync = try team.victimSyncs()
        #expect(sync.status == 1 && sync.stderr.contains("[history-rewritten]") && sync.stderr.contains(String(policyCommit.prefix(7))), "\(sync.stdout)\(sync.stderr)")
        #expect(sync.stderr.contains("nothing was merged"), "\(sync.stderr)")
        #expect(try head(team, in: team.victim) == policyCommit)
        #expect(!(try String(contentsOf: team.victim.appendingPathComponent("csw.json"), encoding: .utf8)).contains("\"\(Self.admin)\", \"\(Self.mallory)\""),
                "the rewritten policy is not pulled")
        #expect(try team.victimSyncs().status == 1, "and again, until an admin restores the branch")
        let freshSync = try CLITests.run(["sync"], in: fresh)
        #expect(freshSync.status == 1 && freshSync.stderr.contains("[history-rewritten]"), "caught on the first sync after the clone: \(freshSync.stderr)")
        let victimAudit = try audit(team.victim)
        #expect(victimAudit.status == 1 && victimAudit.found.map(\.rule) == ["history-rewritten"], "\(victimAudit.stderr)")
        let since = try audit(team.attacker, ["--since", policyCommit])
        #expect(since.status == 1 && since.found.first?.rule == "history-rewritten" && since.found.first?.commit == String(policyCommit.prefix(7)), "\(since.stderr)")
    }

    @Test(.needs(.git, .gpg)) func aForgedAuthorIsCaughtByItsGPGSignature() throws {
        let team = try HostileTeam("csw-policy-gpg")
        let gpg = try TestServers.path(.gpg)
        let home = team.scratch.url.appendingPathComponent("gnupg")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { if let gpgconf = TestServers.which("gpgconf") { _ = try? TestServers.run(gpgconf, ["--homedir", home.path, "--kill", "all"]) } }
        let quiet = ["--homedir", home.path, "--batch", "--pinentry-mode", "loopback", "--passphrase", ""]
        #expect(try TestServers.run(gpg, quiet + ["--quick-gen-key", "Mallory <\(Self.mallory)>", "ed25519", "sign", "never"]).status == 0)
        let exported = try TestServers.run(gpg, ["--homedir", home.path, "--export", "--armor", Self.mallory])
        #expect(exported.output.contains("BEGIN PGP PUBLIC KEY BLOCK"))
        let program = team.scratch.url.appendingPathComponent("sign-as-mallory")
        try "#!/bin/sh\nexec \(gpg) \(quiet.map { "'\($0)'" }.joined(separator: " ")) \"$@\"\n".write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        try setUpPolicy(team, keyring: String(exported.output[exported.output.range(of: "-----BEGIN")!.lowerBound...]))
        try team.edit("customers/HOSP_001/profile.json", "\"Dr. Sarah Johnson\"", "\"Dr. S. Johnson\"")
        let honest = try commit(team, "own customer, gpg-signed", gpg: program.path)
        try team.edit("csw.json", "\"nps_score\": 20", "\"nps_score\": 90")
        let forged = try commit(team, "tune scoring", as: Self.admin, gpg: program.path)
        let sync = try team.victimSyncs()
        #expect(sync.status == 1 && sync.stderr.contains("[signer-not-author]") && sync.stderr.contains(forged.prefix(7)), "\(sync.stdout)\(sync.stderr)")
        #expect(!sync.stderr.contains(honest.prefix(7)), "the honest gpg-signed commit verifies")
        let audit = try audit(team.attacker)
        #expect(audit.status == 1 && audit.found.map(\.commit) == [String(forged.prefix(7))] && audit.found.map(\.rule) == ["signer-not-author"], "\(audit.stderr)")
    }
}
