import ArgumentParser
import CSWCore
import CSWGit
import CSWJSON

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the history against csw.json's access_policy: every commit that broke it, by whom, which rule.",
        discussion: """
        Each commit is checked against the policy in force before it (its parent's \
        csw.json): a CSM changes only the customers assigned to them, managers any \
        customer, only admins csw.json's scoring, hooks, phi, limits, reports and \
        access_policy (and the allowed_signers file); viewers nothing. With \
        require_signed_commits, every commit's signature is verified (ssh-keygen against \
        allowed_signers, gpgv against gpg_keyring) and must be by the author's own key. A \
        merge commit is judged on what it changed beyond the automatic merge of its \
        parents. A rewritten history is reported: --since REV not an ancestor of HEAD, or a \
        remote branch that no longer holds the tip csw sync last saw there. Exit status 1 \
        when a commit broke the policy. csw sync runs the same check on the commits it is \
        about to push and on those it pulls. Run it on the server too (docs/SECURITY.md).

        Examples:
          csw audit
          csw audit --since v2025-q3 --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("Only commits after this revision.", valueName: "rev"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    @Flag(name: .customLong("phi-history"), help: "Instead: scan all reachable history (every file, file name and commit message) for patient data.")
    var phiHistory = false

    func run() throws {
        if phiHistory { return try PHIHistory.run(format: format) }
        let workspace = try Workspace.open()
        let repository = try WorkspaceRepository.open(workspace)
        let repo = repository.repo
        guard let head = repo.resolve("HEAD") else {
            Terminal.standardOutput.write("no commits yet\n")
            return
        }
        let hidden = try since.map { rev in try CommandInput.readingGit { () throws(GitError) in try repo.revision(rev) } }
        // A rewrite first: --since REV that HEAD no longer descends from, or (plain audit) a
        // remote branch that lost the tip csw sync recorded.
        var findings: [PolicyAudit.Finding]
        if let hidden, let since {
            findings = HistoryRewrite.check(repo, old: hidden, new: head, what: "HEAD", oldName: hidden.hex.hasPrefix(since.lowercased()) ? "the --since revision" : since).map { [$0] } ?? []
        } else {
            findings = HistoryRewrite.recordedRewrites(repo, root: repository.root)
        }
        findings += try CommandInput.readingGit { () throws(GitError) in try PolicyAudit.check(repo, from: head, hiding: hidden) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(findings.map(\.json))))
        case .text:
            for f in findings { out.write(f.text(dated: true)) }
            Terminal.standardError.write(findings.isEmpty ? "every commit keeps the access policy\n"
                                                          : "\(findings.count) commit\(findings.count == 1 ? "" : "s") broke the access policy (docs/SECURITY.md)\n")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
