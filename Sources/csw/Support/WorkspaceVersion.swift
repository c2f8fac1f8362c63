import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON

/// One version of the workspace: a commit's tree (read from git objects, never checked
/// out) or the working folder. What `csw diff` and `csw history` compare.
struct WorkspaceVersion {
    enum Source {
        case working
        case commit(GitOID, tree: GitOID?)
    }

    let repository: WorkspaceRepository
    let source: Source
    /// "HEAD~1 (1a2b3c4)", "working folder".
    let label: String
    /// Files already read from this version (a diff reads a changed file, then scores it).
    private let cache = FileCache()

    final class FileCache {
        var files: [String: [UInt8]?] = [:]
    }

    init(repository: WorkspaceRepository, source: Source, label: String) {
        self.repository = repository
        self.source = source
        self.label = label
    }

    var repo: GitRepository { repository.repo }
    var tree: GitOID? {
        if case .commit(_, let tree) = source { return tree }
        return nil
    }

    static func working(_ repository: WorkspaceRepository) -> WorkspaceVersion {
        WorkspaceVersion(repository: repository, source: .working, label: "working folder")
    }

    /// A revision as git understands it (HEAD, HEAD~3, main, a commit id, a tag).
    static func revision(_ spec: String, _ repository: WorkspaceRepository) throws(GitError) -> WorkspaceVersion {
        let commit = try repository.repo.revision(spec)
        let info = try repository.repo.commitInfo(commit)
        let label = spec.count == 40 && GitOID(hex: spec) != nil ? commit.short : "\(spec) (\(commit.short))"
        return WorkspaceVersion(repository: repository, source: .commit(commit, tree: info.tree), label: label)
    }

    /// HEAD, or the empty workspace before the first commit.
    static func head(_ repository: WorkspaceRepository) throws(GitError) -> WorkspaceVersion {
        guard repository.repo.resolve("HEAD") != nil else {
            return WorkspaceVersion(repository: repository, source: .commit(GitOID(hex: String(repeating: "0", count: 40))!, tree: nil), label: "HEAD (no commits yet)")
        }
        return try revision("HEAD", repository)
    }

    var commitID: String? {
        if case .commit(let id, let tree) = source, tree != nil { return id.hex }
        return nil
    }

    /// The bytes of a file (nil when this version has no regular file there).
    func read(_ path: String) throws(GitError) -> [UInt8]? {
        if let known = cache.files[path] { return known }
        let bytes: [UInt8]?
        switch source {
        case .working:
            bytes = (try? FileSystem.readRegularFile(repository.root + "/" + path))?.bytes
        case .commit(_, let tree):
            if let tree, let id = try repo.blobID(at: path, inTree: tree) { bytes = try repo.blob(id) } else { bytes = nil }
        }
        cache.files[path] = bytes
        return bytes
    }

    /// Remembers bytes read another way (from a tree diff) so later reads are free.
    func remember(_ path: String, _ bytes: [UInt8]?) {
        cache.files[path] = bytes
    }

    /// Files that differ between two versions, with both contents (cost grows with the
    /// change: a tree diff between commits; against the working folder, git status
    /// plus the tree diff from `old` to HEAD).
    static func changedFiles(from old: WorkspaceVersion, to new: WorkspaceVersion) throws(GitError) -> [FileVersions] {
        var paths: [String] = []
        switch (old.source, new.source) {
        case (.commit, .commit):
            let repo = old.repo
            var out: [FileVersions] = []
            for change in try repo.changes(from: old.tree, to: new.tree) {
                let a = try change.old.map { (id) throws(GitError) in try repo.blob(id) }
                let b = try change.new.map { (id) throws(GitError) in try repo.blob(id) }
                old.remember(change.path, a)
                new.remember(change.path, b)
                if a != b { out.append(FileVersions(path: change.path, old: a, new: b)) }
            }
            return out
        case (.commit, .working):
            let head = try head(old.repository)
            var seen = Set<String>()
            for change in try old.repo.changes(from: old.tree, to: head.tree) where seen.insert(change.path).inserted { paths.append(change.path) }
            for entry in try old.repo.status() where seen.insert(entry.path).inserted { paths.append(entry.path) }
        case (.working, _):
            return try changedFiles(from: new, to: old).map { FileVersions(path: $0.path, old: $0.new, new: $0.old) }
        }
        var out: [FileVersions] = []
        for path in paths.sorted() where !path.hasPrefix(".csw/") {
            let a = try old.read(path), b = try new.read(path)
            if a != b { out.append(FileVersions(path: path, old: a, new: b)) }
        }
        return out
    }

    /// The scoring model of this version (csw.json's scoring section over the defaults;
    /// the defaults when there is no csw.json, as before a first commit); nil when
    /// csw.json is not a JSON object.
    func scoringModel() throws(GitError) -> ScoringSetup? {
        guard let config = try read("csw.json") else { return ScoringSetup.defaults }
        return ScoringSetup(config: config)
    }

    /// The files a score reads of one customer in this version.
    func scoredFiles(_ customer: String) throws(GitError) -> CustomerFolder {
        var entries: [CustomerFolder.Entry] = []
        for name in ScoreCache.files {
            if let bytes = try read("customers/\(customer)/\(name)") { entries.append(.file(path: name, bytes: bytes)) }
        }
        return CustomerFolder(name: customer, entries: entries)
    }

    /// A customer's score in this version, or nil when it has no readable profile.
    func score(_ customer: String, setup: ScoringSetup, asOf: Day) throws(GitError) -> ScoredSide? {
        setup.score(try scoredFiles(customer), asOf: asOf)
    }
}

/// The scoring model and KPI targets a csw.json gives.
struct ScoringSetup: Sendable {
    let model: ScoringModel
    let targets: [String: Double]

    static let defaults = ScoringSetup(model: .defaults(kpiTargets: Dictionary(uniqueKeysWithValues: WorkspaceConfig.defaultKPITargets)),
                                       targets: Dictionary(uniqueKeysWithValues: WorkspaceConfig.defaultKPITargets))

    init(model: ScoringModel, targets: [String: Double]) {
        self.model = model
        self.targets = targets
    }

    /// Reads the settings scoring uses, leniently (values of the wrong type fall back to the
    /// defaults; `csw validate` reports them). nil when csw.json is not a JSON object.
    /// `csw score` checks csw.json against its schema first; diff and history score
    /// whatever each version holds.
    init?(config: [UInt8]) {
        guard case .success(let document) = JSONDocument.parse(config), document.root.kind == .object else { return nil }
        let config = WorkspaceConfig(document.root)
        targets = config.kpiTargets
        model = ScoringModel.defaults(kpiTargets: targets).configured(by: document.root["scoring"]?.value, customMetrics: config.customMetrics.map(\.name))
    }

    func score(_ folder: CustomerFolder, asOf: Day) -> ScoredSide? {
        guard var data = CustomerData(folder: folder, since: asOf.adding(days: -CustomerScore.lookbackDays), extraMetrics: model.extraMetrics) else { return nil }
        if model.usesFeedback { data = data.withFeedback(FeedbackNote.notes(in: folder, analyser: SentimentAnalyser())) }
        return ScoredSide(score: CustomerScore.compute(data, asOf: asOf, model: model, kpiTargets: targets), arr: data.contractValue)
    }
}
