import ArgumentParser
import CSWCore
import CSWGit
import CSWJSON

/// What csw sync does with teammates' commits before it merges them (SyncEngine.afterFetch,
/// right after the fetch, before any file changes):
/// - a remote whose history was rewritten since the last sync (the tip this clone recorded
///   is no longer an ancestor) is not merged at all;
/// - each incoming commit is checked against the access policy in force before it, as csw
///   audit does (signatures verified, merge commits judged on their own changes); every
///   violation is named with commit, author and rule;
/// - a violating commit that changed an admin-only setting (csw.json's hooks, scoring,
///   access_policy, phi, limits, reports, or the allowed_signers / keyring file) stops the
///   sync unless a later commit undid that change; other violations are warnings.
enum IncomingPolicy {
    static func check(_ repository: WorkspaceRepository, local: GitOID, upstream: GitOID, remote: String) throws {
        let repo = repository.repo, root = repository.root
        let name = remote + "/" + repository.branch
        let err = Terminal.standardError
        if let old = HistoryRewrite.recordedTips(root)[name],
           let rewrite = HistoryRewrite.check(repo, old: old, new: upstream, what: name, oldName: "the tip csw sync saw there") {
            show([rewrite], err)
            err.write("error: the history of \(TerminalText.visible(name)) was rewritten since this clone last synced; nothing was merged and no file changed\n" +
                      "  note: have an admin restore the branch on the remote (from a clone that still has it: git push --force \(TerminalText.visible(remote)) \(old.short):\(TerminalText.visible(repository.branch)));" +
                      " if an admin rewrote it on purpose (to purge data), make a fresh clone with csw clone and move your uncommitted work there\n")
            throw ExitCode(1)
        }
        let findings = try CommandInput.readingGit { () throws(GitError) in try PolicyAudit.check(repo, from: upstream, hiding: local) }
        guard !findings.isEmpty else { return }
        show(findings, err)
        let upstreamTree = try CommandInput.readingGit { () throws(GitError) in try repo.commitInfo(upstream).tree }
        let refused = findings.filter { !stillApplied($0, at: upstreamTree, repo).isEmpty }
        if let first = refused.first {
            let items = stillApplied(first, at: upstreamTree, repo).map { $0.replacingOccurrences(of: "csw.json:", with: "csw.json's ") }
            err.write("error: \(first.commit.short) by \(TerminalText.visible(first.author)) broke the access policy and changed \(items.joined(separator: ", "))," +
                      " which only admins change; nothing was merged and no file changed\n" +
                      "  note: have an admin revert \(first.commit.short) on \(TerminalText.visible(remote)) (git revert \(first.commit.short), signed if the policy asks), then run csw sync again; csw audit lists the commits\n")
            throw ExitCode(1)
        }
        err.write("warning: \(findings.count) incoming commit\(findings.count == 1 ? "" : "s") from \(TerminalText.visible(remote)) break csw.json's access_policy (csw audit lists them)\n")
    }

    /// After csw sync merged or pushed without a refusal: records the remote's tip as seen now.
    static func synced(_ repository: WorkspaceRepository, remote: String) {
        let name = remote + "/" + repository.branch
        guard let tip = repository.repo.resolve("refs/remotes/" + name) else { return }
        if let old = HistoryRewrite.recordedTips(repository.root)[name], !repository.repo.isAncestor(old, of: tip) { return }
        do {
            try HistoryRewrite.record(repository.root, remoteBranch: name, tip: tip)
        } catch {
            Terminal.standardError.write("warning: could not record the tip of \(TerminalText.visible(name)) in .csw/: \(error)\n")
        }
    }

    static func show(_ findings: [PolicyAudit.Finding], _ err: Terminal) {
        for f in findings { err.write(f.text(dated: false)) }
    }

    /// The admin-only items the finding's commit changed that the upstream tip still has
    /// as that commit left them (not undone by a later commit).
    static func stillApplied(_ finding: PolicyAudit.Finding, at tree: GitOID, _ repo: GitRepository) -> [String] {
        guard let before = finding.parentTree else { return finding.guarded }
        return finding.guarded.filter { item in
            if item.hasPrefix("csw.json:") {
                let key = String(item.dropFirst("csw.json:".count))
                func value(_ tree: GitOID) -> JSONValue? {
                    guard let config = try? PolicyAudit.json(repo, "csw.json", tree) else { return nil }
                    return config[key]
                }
                return value(before) != value(tree)
            }
            return (try? repo.blobID(at: item, inTree: before)) != (try? repo.blobID(at: item, inTree: tree))
        }
    }
}
