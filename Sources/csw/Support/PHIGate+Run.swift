import ArgumentParser
import CSWCore
import CSWGit
import CSWJSON

extension PHIGate {
    /// The gate over the commit csw commit (and csw sync, and a sync's merge) is about to
    /// write: refuses it (exit 1) with every finding and how to fix it.
    static func refuseCommit(_ repository: WorkspaceRepository, tree: GitOID, parents: [GitOID], message: String) throws {
        var gate = PHIGate(repo: repository.repo, key: key(repository.root))
        let findings = try CommandInput.readingGit { () throws(GitError) in
            try gate.useSettings(ofTree: tree)
            return try gate.check(tree: tree, parents: parents, message: message, commit: nil)
        }
        guard !findings.isEmpty else { return }
        gate.report(findings, refused: "nothing was committed", fixes: [
            "remove each identifier from its file (rename a file whose name holds one; reword the message with -m), then commit again",
        ])
        throw ExitCode(1)
    }

    /// The gate over every commit csw sync is about to push (`hiding`: what the remote
    /// has; nil before the first push): refuses the push (exit 1).
    static func refusePush(_ repository: WorkspaceRepository, from local: GitOID, hiding upstream: GitOID?, remote: String) throws {
        var gate = PHIGate(repo: repository.repo, key: key(repository.root))
        let findings = try CommandInput.readingGit { () throws(GitError) in
            try gate.useSettings(ofTree: try repository.repo.commitInfo(local).tree)
            return try gate.check(commits: try repository.repo.log(from: local, hiding: upstream))
        }
        guard !findings.isEmpty else { return }
        let rewrite = upstream == nil
            ? "these commits were never pushed: rewrite them (git rebase -i --root, or start the history again) so none of them holds the identifier"
            : "these commits are not pushed yet, so rewrite them: 'git reset --soft \(remote)/\(repository.branch)' undoes them and keeps your files; remove the identifiers, then csw sync again (an identifier only in an old commit is gone once that commit is)"
        gate.report(findings, refused: "nothing was pushed", fixes: [rewrite])
        throw ExitCode(1)
    }

    /// This clone's PHI key, or nil (then no phi.allow entry counts) with a warning when
    /// CSW_PHI_KEY or .csw/phi-key is not a key.
    static func key(_ root: String) -> PHIKey? {
        do {
            return try PHIKeyFile.load(root: root)
        } catch {
            Terminal.standardError.write("warning: \(error); phi.allow entries do not count in this run\n")
            return nil
        }
    }

    /// `path:line:column: error[CSW0701]: …` per finding (the commit first when it is one
    /// already made), then what was refused and how to fix it.
    func report(_ findings: [Finding], refused: String, fixes: [String]) {
        let err = Terminal.standardError
        for f in findings { err.write(f.text()) }
        let n = findings.count
        err.write("error: \(n) possible patient identifier\(n == 1 ? "" : "s") would leave this clone; \(refused) (--no-verify does not skip this check, nor does phi.severity)\n")
        for fix in fixes { err.write("  note: \(fix)\n") }
        if findings.contains(where: { $0.place == .binary || $0.place == .tooLarge }) {
            err.write("  note: csw cannot check a binary or oversized file, so it is not known to be free of patient data: keep it out of the workspace (link to where it lives)\n")
        }
        if findings.contains(where: { $0.place == .content }) {
            err.write("  note: not patient data? record the review: csw phi allow PATH:LINE:COLUMN --reason \"…\" (then commit csw.json)\n")
        }
        if let fallback { err.write("  note: \(fallback)\n") }
        for problem in policy.allowListProblems() { err.write("  note: \(problem)\n") }
    }
}

extension PHIGate.Finding {
    /// The finding as one line for a terminal; file names pass through the redaction too.
    func text() -> String {
        let commit = self.commit.map { $0.short + " " } ?? ""
        let path = TerminalText.visible(PHIRedaction.redact(self.path))
        switch place {
        case .content, .message:
            return "\(commit)\(path):\(line):\(column): error[CSW0701]: \(type): possible \(title) (\(masked))\n"
        case .fileName:
            return "\(commit)\(path): error[CSW0701]: \(type): possible \(title) in the file name (\(masked))\n"
        case .binary:
            return "\(commit)\(path): error[CSW0701]: a binary file: csw cannot read inside it, so it is not known to be free of patient data\n"
        case .tooLarge:
            return "\(commit)\(path): error[CSW0701]: \(title), so it is not known to be free of patient data (limits.max_file_bytes)\n"
        case .key:
            return "\(commit)\(path): error[CSW0701]: the workspace's PHI key must never be committed (it would let anyone test guesses against csw.json's phi.allow)\n"
        }
    }

    var json: JSONValue {
        var o: JSONObject = ["path": .string(PHIRedaction.redact(path)), "line": .number(JSONNumber(line)), "column": .number(JSONNumber(column)),
                             "type": .string(type), "masked": .string(masked), "place": .string(place.rawValue)]
        if let commit { o["commit"] = .string(commit.hex) }
        return .object(o)
    }
}
