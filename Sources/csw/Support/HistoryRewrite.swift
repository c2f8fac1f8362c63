import CSWCore
import CSWGit
import CSWJSON

/// History rewrites: a branch whose earlier tip is no longer one of its ancestors (an
/// amended or dropped commit, then a force-push). csw sync records, per remote and branch,
/// the remote tip it last saw (.csw/remote-tips.json, this clone's own); after a fetch it
/// refuses to merge a remote whose recorded tip vanished, and csw audit reports it.
enum HistoryRewrite {
    static let file = "remote-tips.json"

    /// "origin/main" → the tip csw sync last saw there.
    static func recordedTips(_ root: String) -> [String: GitOID] {
        guard !LocalFiles(root: root).isTracked(LocalFiles.folder + "/" + file),
              let bytes = (try? SafeFolder.open(root + "/" + LocalFiles.folder, under: root))?.read(file),
              case .object(let members)? = try? JSONDocument.parse(bytes).get().value else { return [:] }
        var out: [String: GitOID] = [:]
        for (name, value) in members { if case .string(let hex) = value, let id = GitOID(hex: hex) { out[name] = id } }
        return out
    }

    /// Records the remote's tip as seen now (after a check that found no rewrite).
    static func record(_ root: String, remoteBranch: String, tip: GitOID) throws(FileSystem.IOError) {
        var tips = recordedTips(root)
        guard tips[remoteBranch] != tip else { return }
        tips[remoteBranch] = tip
        var object = JSONObject()
        for (name, id) in tips.sorted(by: { $0.key < $1.key }) { object.appendUnique(name, .string(id.hex)) }
        let value = JSONValue.object(object)
        try SafeFolder.open(root + "/" + LocalFiles.folder, under: root, create: true).replace(file, with: CanonicalForm.json(value))
    }

    /// A finding when `old` is not an ancestor of `new`: which commits vanished, the
    /// oldest named. `what`: where the history was ("origin/main", "HEAD"); `oldName`: how
    /// to call `old` ("the tip csw sync saw there", "v2025-q3").
    static func check(_ repo: GitRepository, old: GitOID, new: GitOID, what: String, oldName: String) -> PolicyAudit.Finding? {
        if repo.isAncestor(old, of: new) { return nil }
        let start = "\(TerminalText.visible(what)) was rewritten: \(TerminalText.visible(oldName)), \(old.short), is no longer in its history"
        guard let vanished = try? repo.log(from: old, hiding: new), let oldest = vanished.last else {
            return PolicyAudit.Finding(commit: old, author: "unknown", date: "", summary: "(a commit this clone no longer has)",
                                       violations: [AccessPolicy.Violation(rule: "history-rewritten", path: "", message: start)])
        }
        let gone = vanished.count == 1 ? "1 commit gone" : "\(vanished.count) commits gone, the oldest shown here"
        return PolicyAudit.Finding(
            commit: oldest.id, author: oldest.author.email, date: LogCommand.date(oldest.author.time), summary: oldest.summary,
            violations: [AccessPolicy.Violation(rule: "history-rewritten", path: "",
                                                message: "\(start) (\(gone)); someone amended or dropped commits and force-pushed")])
    }

    /// The rewrites of every remote branch this clone recorded, against the remote-tracking
    /// branches as fetched last.
    static func recordedRewrites(_ repo: GitRepository, root: String) -> [PolicyAudit.Finding] {
        recordedTips(root).sorted { $0.key < $1.key }.compactMap { name, old in
            guard let now = repo.resolve("refs/remotes/" + name) else { return nil }
            return check(repo, old: old, new: now, what: name, oldName: "the tip csw sync saw there")
        }
    }
}
