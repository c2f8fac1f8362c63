import CSWCore
import CSWGit
import CSWJSON

/// The one outgoing gate for patient data (docs/SECURITY.md, "What leaves a laptop"):
/// csw commit runs it on the commit it is about to write, csw sync on every commit it is
/// about to push (plain `git commit`s too), csw audit --phi-history on all history. In each
/// commit it scans every file that commit adds or changes — any path, any extension,
/// inside csw's folders or not — the file's name and the commit message. A commit's
/// findings count only when the identifier is new in it (not in its parents' version of
/// the file), so a merge never blocks anyone for what upstream already holds, and PHI
/// added and deleted later is still caught in the commit that added it. Nothing turns it
/// off: not --no-verify, not phi.severity, not a broken csw.json (the strictest settings
/// apply then). Each blob is read once (cached by blob id).
struct PHIGate {
    /// One thing that must not leave.
    struct Finding {
        enum Place: String { case content, fileName = "file-name", message, binary, tooLarge = "too-large", key = "phi-key" }
        /// nil: the commit about to be made.
        let commit: GitOID?
        let path: String
        let line: Int
        let column: Int
        let type: String
        let title: String
        let masked: String
        let place: Place
    }

    let repo: GitRepository
    let key: PHIKey?
    private(set) var policy = PHIPolicy.strictest
    /// The scanner that knows the CSM roster's emails (built once per settings, not per
    /// file: it lower-cases every address).
    private(set) var rosterScanner = PHIScanner()
    private(set) var limit = CustomerFolder.defaultMaxFileBytes
    /// Why the strictest settings apply (csw.json missing or broken), if they do.
    private(set) var fallback: String?
    private var blobs: [String: BlobScan] = [:]
    /// Per customer profile (blob id): a scanner that also knows its contacts' emails.
    private var customerScanners: [GitOID: PHIScanner] = [:]

    enum BlobScan {
        case text([PHIGuard.Finding])
        case binary
        case tooLarge(Int)
    }

    init(repo: GitRepository, key: PHIKey?) {
        self.repo = repo
        self.key = key
    }

    /// Takes phi.allow, the CSM roster and limits.max_file_bytes from the csw.json of
    /// `tree` (what leaves with the commits); when it is missing or broken, the strictest
    /// settings: no allow-list, no known emails, the default limit.
    mutating func useSettings(ofTree tree: GitOID?) throws(GitError) {
        let bytes = try tree.flatMap { (t) throws(GitError) in try repo.blobID(at: "csw.json", inTree: t) }.map { (id) throws(GitError) in try repo.blob(id) }
        guard let bytes, let (config, _) = WorkspaceValidator.readConfig(bytes) else {
            policy = .strictest
            rosterScanner = PHIScanner()
            customerScanners = [:]
            limit = CustomerFolder.defaultMaxFileBytes
            fallback = "csw.json is \(bytes == nil ? "missing" : "not valid (csw validate)"), so the strictest settings apply: no phi.allow entries count"
            return
        }
        policy = config.phi.keyed(key)
        rosterScanner = PHIScanner(knownEmails: Set(config.csms.compactMap(\.email)))
        customerScanners = [:]
        limit = config.maxFileBytes
        fallback = nil
    }

    /// Findings in each of `commits` (any order).
    mutating func check(commits: [GitCommitInfo]) throws(GitError) -> [Finding] {
        var out: [Finding] = []
        for commit in commits.reversed() {
            out += try check(tree: commit.tree, parents: commit.parents, message: commit.message, commit: commit.id)
        }
        return out
    }

    /// Findings in one commit (`commit` nil: the one csw is about to write).
    mutating func check(tree: GitOID, parents: [GitOID], message: String, commit: GitOID?) throws(GitError) -> [Finding] {
        var out: [Finding] = []
        for f in PHIGuard.scan(Array(message.utf8), path: "", scanner: rosterScanner, json: false) {
            out.append(Finding(commit: commit, path: "commit message", line: f.location.line, column: f.location.column,
                               type: f.kind.rawValue, title: f.kind.title, masked: f.masked, place: .message))
        }
        let parentTrees = try parents.map { (p) throws(GitError) in try repo.commitInfo(p).tree }
        // path → (new blob, the parents' versions): only files that differ from every parent
        var changed: [String: (new: GitOID, old: [GitOID])]?
        for parentTree in parentTrees.isEmpty ? [nil] : parentTrees.map(Optional.some) {
            var here: [String: (new: GitOID, old: GitOID?)] = [:]
            for change in try repo.changes(from: parentTree, to: tree) {
                if let new = change.new { here[change.path] = (new, change.old) }
            }
            if let earlier = changed {
                var next: [String: (new: GitOID, old: [GitOID])] = [:]
                for (path, e) in earlier {
                    if let h = here[path] { next[path] = (e.new, e.old + (h.old.map { [$0] } ?? [])) }
                }
                changed = next
            } else {
                changed = here.mapValues { ($0.new, $0.old.map { [$0] } ?? []) }
            }
        }
        for (path, entry) in (changed ?? [:]).sorted(by: { $0.key < $1.key }) {
            out += try check(path: path, blob: entry.new, earlier: entry.old, tree: tree, commit: commit)
        }
        return out
    }

    /// One added or changed file: its name (when new), its content against what its
    /// earlier versions already held.
    private mutating func check(path: String, blob: GitOID, earlier: [GitOID], tree: GitOID, commit: GitOID?) throws(GitError) -> [Finding] {
        var out: [Finding] = []
        if path == PHIKeyFile.relative || path.hasSuffix("/" + PHIKeyFile.relative) {
            out.append(Finding(commit: commit, path: path, line: 1, column: 1, type: "phi-key", title: "the workspace's PHI key",
                               masked: "", place: .key))
        }
        if earlier.isEmpty {
            for f in PHIGuard.scan(Array(path.utf8), path: path, scanner: rosterScanner, json: false) where !policy.allows(f) {
                out.append(Finding(commit: commit, path: path, line: 1, column: f.location.column, type: f.kind.rawValue, title: f.kind.title,
                                   masked: f.masked, place: .fileName))
            }
        }
        let profile = try Self.customer(path).flatMap { (id) throws(GitError) in try repo.blobID(at: "customers/\(id)/profile.json", inTree: tree) }
        switch try scan(blob, path: path, profile: profile) {
        case .binary:
            out.append(Finding(commit: commit, path: path, line: 1, column: 1, type: "binary", title: "a binary file", masked: "", place: .binary))
        case .tooLarge(let size):
            out.append(Finding(commit: commit, path: path, line: 1, column: 1, type: "too-large", title: "\(size) bytes, more than csw reads (\(limit))",
                               masked: "", place: .tooLarge))
        case .text(let findings):
            var before: [PHIGuard.Finding] = []
            for old in earlier {
                if case .text(let f) = try scan(old, path: path, profile: profile) { before += f }
            }
            for f in PHIGuard.new(findings, notIn: before) {
                let here = f.at(path: path)
                guard !policy.allows(here) else { continue }
                out.append(Finding(commit: commit, path: path, line: here.location.line, column: here.location.column, type: f.kind.rawValue,
                                   title: f.kind.title, masked: f.masked, place: .content))
            }
        }
        return out
    }

    /// A blob's findings, once per blob (and per customer contact list).
    private mutating func scan(_ blob: GitOID, path: String, profile: GitOID?) throws(GitError) -> BlobScan {
        let json = PHIGuard.isJSON(path)
        let cacheKey = blob.hex + (json ? "|j|" : "|t|") + (profile?.hex ?? "")
        if let known = blobs[cacheKey] { return known }
        let result: BlobScan
        let size = try repo.blobSize(blob)
        if size > limit {
            result = .tooLarge(size)
        } else {
            let bytes = try repo.blob(blob)
            if bytes.prefix(8000).contains(0) {
                result = .binary
            } else {
                var scanner = rosterScanner
                if let profile {
                    if customerScanners[profile] == nil {
                        let emails = PHIGuard.contactEmails((try? JSONDocument.parse(try repo.blob(profile)).get())?.root)
                        customerScanners[profile] = rosterScanner.knowing(emails)
                    }
                    scanner = customerScanners[profile] ?? rosterScanner
                }
                result = .text(PHIGuard.scan(bytes, path: path, scanner: scanner, json: json))
            }
        }
        blobs[cacheKey] = result
        return result
    }

    /// The customer id of a path under customers/ID/.
    static func customer(_ path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 2)
        return parts.count == 3 && parts[0] == "customers" ? String(parts[1]) : nil
    }
}
