import ArgumentParser
import CSWJSON
import CSWAnalytics
import CSWCore
import CSWGit

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Commit your work, bring teammates' work in, and send yours out.",
        discussion: """
        Commits pending changes (validated, as csw commit does), fetches, merges and \
        pushes, retrying when the remote moved in the meantime. Files are merged by what \
        they mean: metric snapshots by date, profile fields one by one, note fields and \
        text lines. A value both sides changed differently is a conflict: the file keeps \
        your value, csw status shows both, and csw resolve settles it — sync does not push \
        until every conflict is resolved. Offline, your work is committed locally and the \
        push waits for the next sync.

        Examples:
          csw sync
          csw sync --remote backup
        """
    )

    @Option(name: .long, help: "The remote to sync with.")
    var remote: String = "origin"

    @Flag(name: .long, help: "Commit pending changes even when csw validate finds errors.")
    var noVerify = false

    func run() throws {
        let workspace = try Workspace.open()
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let repository = try WorkspaceRepository.open(workspace)
        let out = Terminal.standardOutput, err = Terminal.standardError
        let pending = ConflictStore.load(repository.root)
        if !pending.isEmpty {
            err.write("error: \(pending.count) merge conflict\(pending.count == 1 ? "" : "s") not resolved yet; nothing was pushed\n" +
                      "  note: see them with 'csw status', settle them with 'csw resolve', then run 'csw sync' again\n")
            throw ExitCode(1)
        }
        guard try repository.repo.remotes().contains(where: { $0.name == remote }) else {
            err.write("error: this workspace has no remote named \(remote)\n  note: add one with 'csw remote add \(remote) URL'\n")
            throw ExitCode(2)
        }
        let changes = try repository.workingChanges()
        let interrupted = SyncEngine.interruptedMerge(repository)  // a killed sync's merge: this commit finishes it
        if !changes.isEmpty {
            try repository.requireValid(noVerify: noVerify,
                                        refusal: "nothing synced: fix the errors above (csw validate), or sync anyway with --no-verify",
                                        changes: changes)
            let merging = interrupted.map { _ in "Merge \(remote)/\(repository.branch)" }
            if let (oid, _) = try repository.commitAll(message: merging, parents: interrupted.map { [$0] } ?? [], changes: changes) {
                SyncEngine.mergeFinished(repository.root)
                out.write("committed \(oid.short): \(TerminalText.shown(try repository.repo.commitInfo(oid).summary))\n")
            }
        }
        let before = repository.repo.resolve("HEAD")
        let trackingBefore = repository.repo.resolve("refs/remotes/\(remote)/\(repository.branch)")  // what was pushed: for ReplacedValues
        do {
            var engine = SyncEngine(repository: repository, remote: remote, auth: GitAuthentication())
            engine.beforePush = { local, upstream in
                // The commits about to leave this clone must keep the access policy.
                let findings = try PolicyAudit.check(repository.repo, from: local, hiding: upstream)
                guard findings.isEmpty else {
                    for f in findings { err.write(f.text(dated: false)) }
                    err.write("error: \(findings.count) local commit\(findings.count == 1 ? "" : "s") break csw.json's access_policy; nothing was pushed\n" +
                              "  note: csw audit lists them; undo them or have an authorised teammate make the change\n")
                    throw ExitCode(1)
                }
            }
            engine.afterFetch = { local, upstream in
                try IncomingPolicy.check(repository, local: local, upstream: upstream, remote: remote)
            }
            let outcome = try engine.run()
            IncomingPolicy.synced(repository, remote: remote)  // the remote tip seen, for history-rewrite checks
            switch outcome {
            case .upToDate: out.write("up to date with \(remote)\n")
            case .pushed(let n): out.write("pushed \(n) commit\(n == 1 ? "" : "s") to \(remote)\n")
            case .fastForwarded: out.write("brought in teammates' changes from \(remote)\n")
            case .merged: out.write("merged teammates' changes from \(remote) and pushed\n")
            case .offline(let why):
                out.write("offline: the network is unreachable (\(TerminalText.visible(why))); your work is committed here and the push is pending until csw sync reaches \(remote)\n")
            case .conflicts: break
            }
            switch outcome {
            case .fastForwarded, .merged, .conflicts:
                Self.announce(engine, since: before, out)
                let mergedHere: Bool
                if case .fastForwarded = outcome { mergedHere = false } else { mergedHere = true }
                ReplacedValues.announce(repository, since: before, trackingBefore: trackingBefore, mergedHere: mergedHere, out)
            default: break
            }
            if case .conflicts(let conflicts) = outcome {
                err.write("merged with \(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s"); files keep your values, nothing was pushed:\n")
                for c in conflicts {
                    err.write("  \(c.path) \(c.pointer.isEmpty ? "(whole file)" : c.pointer): ours \(StatusCommand.show(c.ours)), theirs \(StatusCommand.show(c.theirs))\n")
                }
                err.write("  note: settle them with 'csw resolve --ours' / '--theirs' / '--value JSON', then 'csw sync'\n")
                throw ExitCode(1)
            }
        } catch let error as GitError {
            err.write(TransportAdvice.text(error, remote: remote))
            throw ExitCode(TransportAdvice.exitCode(error))
        }
    }
}

extension SyncCommand {
    /// Names every change the pull made to csw.json's guarded settings and to .csw/, with
    /// its commit and author, and the hooks that now wait for approval (docs/SECURITY.md,
    /// "A hostile teammate"): nobody loses a guard, or gains a hook, silently.
    static func announce(_ engine: SyncEngine, since before: GitOID?, _ out: Terminal) {
        let repository = engine.repository
        guard let after = repository.repo.resolve("refs/remotes/\(engine.remote)/\(repository.branch)") else { return }
        let incoming: [SyncEngine.Incoming]
        do {
            incoming = try engine.incoming(since: before, upTo: after)
        } catch {
            Terminal.standardError.write("warning: could not list what the pull changed in csw.json: \(error)\n")
            return
        }
        guard !incoming.isEmpty else { return }
        let config = (try? FileSystem.read(repository.root + "/csw.json")).flatMap { try? JSONDocument.parse($0).get().root }
        let hooks = Hook.hooks(from: config?["hooks"]?.value)
        let approval = HookApproval.load(LocalFiles(root: repository.root))
        out.write("this pull changed settings that guard the workspace:\n")
        var announcedHooks = Set<String>()
        for item in incoming {
            let by = "\(item.commit.id.short) by \(TerminalText.visible(item.commit.author.name)) <\(TerminalText.visible(item.commit.author.email))>"
            if let change = item.setting {
                out.write("  csw.json: \(change) (\(by))\n")
                if change.setting == "phi.severity", config.map({ WorkspaceConfig($0).phiOffRequested != nil }) == true {
                    out.write("    note: csw treats phi.severity \"off\" as \"warning\": csw.json cannot turn the patient-data guard off\n")
                }
                if let name = change.hook, let hook = hooks.first(where: { $0.name == name }), announcedHooks.insert(name).inserted {
                    let state = approval.state(of: hook)
                    if state != .approved { out.write("  \(HookApproval.notice(hook, state, now: true))\n") }
                }
            } else if let path = item.localPath {
                out.write("  \(path): added to git in \(by); .csw/ is each clone's own, so csw left yours as it was and does not read a tracked copy (csw validate: CSW0602)\n")
            }
        }
    }
}
