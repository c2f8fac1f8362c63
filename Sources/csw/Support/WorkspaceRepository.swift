import ArgumentParser
import CSWCore
import CSWGit
import CSWJSON

/// The workspace as a git repository: what changed in workspace terms, commits, and the
/// identity to commit as. Joins CSWGit (which knows nothing of customers) with CSWCore.
struct WorkspaceRepository {
    let workspace: Workspace
    let repo: GitRepository
    /// The paths the last `workingChanges()` found changed (git status: index and working
    /// folder), so that `commitAll` with those changes stages just them instead of walking
    /// the working folder again.
    private let lastStatus = LastStatus()

    final class LastStatus {
        var paths: [String]?
    }

    static func open(_ workspace: Workspace) throws -> WorkspaceRepository {
        do {
            let repository = WorkspaceRepository(workspace: workspace, repo: try GitRepository.open(at: workspace.root))
            repository.ensureDrivers()
            return repository
        } catch {
            Terminal.standardError.write("error: \(workspace.root) is not a git repository (\(error.message))\n" +
                "  note: workspaces made by 'csw init' are repositories; for an older one run 'git init -b main' there\n")
            throw ExitCode(2)
        }
    }

    var root: String { workspace.root }
    var branch: String { repo.currentBranch ?? "main" }

    /// Uncommitted changes, described per customer.
    func workingChanges() throws -> [WorkspaceChange] {
        let status = try quickStatus() ?? repo.status()
        lastStatus.paths = status.map(\.path).filter { !$0.hasPrefix(".csw/") && !TemporaryFiles.isTemporary($0) }
        if status.isEmpty { return [] }
        let headTree = try repo.resolve("HEAD").map { (head) throws(GitError) in try repo.commitInfo(head).tree }
        var changes: [WorkspaceChange] = []
        for entry in status where TemporaryFiles.isTemporary(entry.path) && TemporaryFiles.isStale(entry.path) {
            // left by a csw that was killed mid-write: never committed, and cleaned up here
            _ = try? AtomicFile.remove(root + "/" + entry.path, under: root)
        }
        for entry in status where !entry.path.hasPrefix(".csw/") && !TemporaryFiles.isTemporary(entry.path) {
            let old = try headTree.flatMap { (tree) throws(GitError) in try repo.blobID(at: entry.path, inTree: tree) }
                .map { (id) throws(GitError) in try repo.blob(id) }
            let new = entry.change == .deleted ? nil : try? FileSystem.read(root + "/" + entry.path)
            if old == new { continue }
            changes.append(ChangeSummary.describe(path: entry.path, old: old, new: new))
        }
        return changes
    }

    /// `git status` without walking the whole working folder: the index's stat data picks
    /// the tracked files that may have changed (as git does), `WorkingFolderScan` lists
    /// only the folders whose time changed, and libgit2's status is asked about just those
    /// paths. nil when only the full status can tell: something staged (the index is not
    /// HEAD's tree), an index with skip-worktree or intent-to-add entries, no commit yet,
    /// or `CSW_FULL_STATUS=1` in the environment.
    func quickStatus() throws(GitError) -> [GitStatusEntry]? {
        if let full = getenv("CSW_FULL_STATUS"), String(cString: full) == "1" { return nil }
        guard !repo.isUnborn, let tracked = try? repo.trackedFiles(root: root), tracked.plain else { return nil }
        // the index is read: whether git tracks a .csw/ file (the caches below) is known now
        LocalFiles.prime(root: root, repo: repo)
        guard indexIsHead(), let untracked = WorkingFolderScan(root: root, repo: repo).untracked(tracked: tracked.paths) else { return nil }
        return try repo.status(paths: tracked.suspects + untracked)
    }

    /// Whether nothing is staged: the index is HEAD's tree. Cheap when csw itself left the
    /// index that way (`noteIndexIsHead`, after its commits and fast-forwards); otherwise
    /// libgit2 rebuilds the tree from the index, and a match is noted for the next run.
    private func indexIsHead() -> Bool {
        // like every .csw/ file, the note is this clone's own: one that came in a commit is not read
        let record = LocalFiles(root: root).isTracked(LocalFiles.folder + "/cache/index-head") ? nil
            : (try? SafeFolder.open(root + "/.csw/cache", under: root))?.read("index-head").map { String(decoding: $0, as: UTF8.self) }
        if let record, let current = indexHeadRecord(), record == current { return true }
        guard repo.indexMatchesHead() else { return false }
        noteIndexIsHead()
        return true
    }

    private func indexHeadRecord() -> String? {
        guard let checksum = repo.indexChecksum, let head = repo.resolve("HEAD"), let tree = try? repo.commitInfo(head).tree else { return nil }
        return "\(checksum) \(tree.hex)\n"
    }

    /// Notes that the index file, as it is now, holds HEAD's tree: called where that is
    /// so by construction (a commit of the index; a fast-forward that checked out the
    /// changed paths). Any later write of the index, by csw or git, changes its checksum
    /// and voids the note.
    func noteIndexIsHead() {
        LocalFiles.prime(root: root, repo: repo)
        guard let record = indexHeadRecord() else { return }
        try? SafeFolder.open(root + "/.csw/cache", under: root, create: true).replace("index-head", with: Array(record.utf8), durable: false)
    }

    /// Who commits: git config user.name/user.email, else csw.json commit_author.
    func author() throws -> GitSignature {
        let now = Clock.commitTime()
        if let signature = repo.defaultSignature() {
            return GitSignature(name: signature.name, email: signature.email, time: now, offsetMinutes: 0)
        }
        if let bytes = try? FileSystem.read(root + "/csw.json"), let doc = try? JSONDocument.parse(bytes).get(),
           let name = doc.root["commit_author"]?["name"]?.stringValue, let email = doc.root["commit_author"]?["email"]?.stringValue
        {
            return GitSignature(name: name, email: email, time: now, offsetMinutes: 0)
        }
        Terminal.standardError.write("""
        error: csw does not know who you are, so it cannot commit
          note: set it once with: git config --global user.name "Your Name" && git config --global user.email you@example.org
          note: or give the workspace a default in csw.json: "commit_author": {"name": "…", "email": "…"}

        """)
        throw ExitCode(2)
    }

    /// Stages everything and commits when something changed; returns the new commit.
    /// `changes` may be passed when the caller already described them. The PHI gate
    /// checks the commit first (every added or changed file, its name, the message) and
    /// refuses it (exit 1) with the index left as it was.
    func commitAll(message: String?, parents extra: [GitOID] = [], changes known: [WorkspaceChange]? = nil) throws -> (GitOID, [WorkspaceChange])? {
        let changes = try known ?? workingChanges()
        let index = try GitIndex(repo)
        if let paths = lastStatus.paths {
            // what status found: every changed path, content-equal ones included (a staged
            // edit later undone in the file must leave the index too)
            try index.stage(paths, root: root, write: false)
        } else {
            try index.stageAll(excluding: [".csw/"], skipping: TemporaryFiles.isTemporary, write: false)
        }
        lastStatus.paths = nil
        let tree = try index.writeTree()
        let head = repo.resolve("HEAD")
        if extra.isEmpty, let head, try repo.commitInfo(head).tree == tree { return nil }
        let text = message.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" } ?? ChangeSummary.commitMessage(changes)
        let parents = (head.map { [$0] } ?? []) + extra
        let signature = try author()  // who commits is settled first: without it nothing else matters
        try PHIGate.refuseCommit(self, tree: tree, parents: parents, message: text)
        try index.write()
        let oid = try repo.commit(tree: tree, message: text, author: signature, parents: parents)
        noteIndexIsHead()
        return (oid, changes)
    }

    /// Stops the command (exit 1) when validation finds errors, unless `noVerify`.
    /// `refusal` is the line that says what did not happen and how to force it. Patient
    /// data is not validation's business here: the PHI gate in commitAll checks what
    /// would leave, with or without --no-verify, whatever phi.severity or a broken
    /// csw.json says.
    func requireValid(noVerify: Bool, refusal: String, changes: [WorkspaceChange]? = nil) throws {
        guard !noVerify else { return }
        if !(try validateClean(changes: changes)) {
            Terminal.standardError.write(refusal + "\n")
            throw ExitCode(1)
        }
    }

    /// Runs `csw validate`'s checks without the patient-data guard (the gate runs it on
    /// what is committed); prints the errors, returns whether there were none.
    /// With `changes` (what is about to be committed), only the customers they touch are
    /// checked — every rule of a customer reads only its own folder and csw.json — unless
    /// csw.json or schemas/ changed, which can change any customer's verdict.
    func validateClean(changes: [WorkspaceChange]? = nil) throws -> Bool {
        let (validator, configDiagnostics) = WorkspaceValidator.checkConfig(try workspace.read("csw.json"))
        var printer = DiagnosticPrinter(format: .text, out: .standardError)
        printer.print(configDiagnostics.filter { $0.severity == .error })
        guard let validator else { return false }
        let checks = validator.withoutPatientDataGuard()
        try workspace.checkCustomers(checks, only: changes.flatMap(Self.customersTouched)) { printer.print($0.filter { $0.severity == .error }) }
        return printer.errors == 0
    }

    /// The customers `changes` touch; nil (all of them) when a change reaches the rules
    /// themselves (csw.json, schemas/).
    static func customersTouched(_ changes: [WorkspaceChange]) -> Workspace.Selection? {
        var customers = Set<String>()
        for change in changes {
            let parts = change.path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
            if parts.count >= 2 && parts[0] == "customers" {
                customers.insert(String(parts[1]))
            } else if change.path == "csw.json" || parts[0] == "schemas" {
                return nil
            }
        }
        return Workspace.Selection(includesRoot: false, customers: customers)
    }

    /// A clone made with plain `git clone` has .gitattributes' `merge=csw` but not the
    /// driver it names (repository config is not cloned), so git would fall back to line
    /// merging and conflict on different fields of one profile. The first csw command in
    /// such a clone sets the driver up and says so.
    func ensureDrivers() {
        guard repo.configValue("merge.csw.driver") == nil,
              let attributes = try? FileSystem.read(root + "/.gitattributes", limit: 1 << 20),
              String(decoding: attributes, as: UTF8.self).contains("merge=csw")
        else { return }
        do {
            try installDrivers()
            Terminal.standardError.write("note: set up csw's merge driver for plain git in this clone (merge.csw.driver, diff.csw.textconv in .git/config), as csw clone does\n")
        } catch {
            Terminal.standardError.write("warning: could not set up csw's merge driver for plain git (\(error.message))\n" +
                "  note: run: git config merge.csw.driver 'csw merge-driver %O %A %B %P'\n")
        }
    }

    /// Sets up csw's semantic merge as git's merge driver for people who use plain git.
    func installDrivers() throws(GitError) {
        try Self.installDrivers(repo)
    }

    /// What .gitattributes' merge=csw and diff=csw refer to: csw's semantic merge and its
    /// one-field-per-line textconv (repository config, so plain git uses them too).
    static func installDrivers(_ repo: GitRepository) throws(GitError) {
        try repo.setConfigValue("merge.csw.name", "csw semantic merge of workspace files")
        try repo.setConfigValue("merge.csw.driver", "csw merge-driver %O %A %B %P")
        try repo.setConfigValue("diff.csw.textconv", "csw textconv")
    }
}


import Glibc
