import CSWCore
import CSWGit
import CSWJSON

/// A value you set that a pulled commit replaced while its author was working alongside
/// you: "HS_004 contract_value: yours 555000 replaced by 600000 in a3f1c2d by Lee Ortiz".
struct ReplacedValue: Sendable {
    let customerID: String
    /// "contract_value", "segment.organization_type", "metrics 2025-11-01 nps_score".
    let field: String
    let yours: JSONValue
    /// nil: the pull removed the field or snapshot.
    let theirs: JSONValue?
    /// The incoming commit that replaced it (nil: not found among the commits looked at).
    let commit: GitCommitInfo?

    /// One line for csw sync, values masked like every summary csw prints.
    var line: String {
        let what = "\(customerID) \(field): yours \(MergeConflict.display(yours)) "
            + (theirs.map { "replaced by \(MergeConflict.display($0))" } ?? "removed")
        let by = commit.map { " in \($0.id.short) by \(TerminalText.visible($0.author.name))" } ?? ""
        return TerminalText.shown(what) + by
    }
}

/// Which of your values a pull replaced (docs/GUIDE.md, "When a pull replaces your value").
///
/// The rule, kept cheap by looking only where a lost value can hide:
/// 1. Candidates are the fields of the customer files the pull changed — profile.json
///    fields (nested objects by member, arrays whole) and metrics.jsonl snapshot fields —
///    whose value before the sync was present and is now different or gone.
/// 2. The incoming commits (at most `commitLimit`) started from some commits you already
///    had: the parents of their first commits. Only your commits the teammate had NOT
///    seen when they started can hold a value they replaced unawares, or in a merge:
///    csw looks at the commits you had beyond those starting points (at most
///    `commitLimit`, newest first). A teammate's later edit of a value they had seen is an
///    ordinary change and is not announced.
///    A value equal to the one at a starting point was seen and is dropped here, with one
///    tree comparison per starting point.
/// 3. Among those commits, the one that set the value you had (it holds the value and
///    none of its parents does) must be yours: its author e-mail is your git user.email
///    (or csw.json's commit_author), or it had not been pushed before this sync.
/// 4. The replacing commit named is the newest incoming one that holds the new value
///    while a parent holds yours (the merge that chose theirs), else the newest that set
///    the new value.
/// The cost is one tree comparison per commit looked at, restricted to the candidate
/// files; nothing is read when the pull changed no customer value.
enum ReplacedValues {
    static let commitLimit = 100

    /// Prints what `find` reports after a pull; `mergedHere`: csw sync made the merge
    /// commit HEAD (its second parent is what came in), else HEAD is what came in.
    static func announce(_ repository: WorkspaceRepository, since before: GitOID?, trackingBefore: GitOID?, mergedHere: Bool, _ out: Terminal) {
        let repo = repository.repo
        guard let before, let after = repo.resolve("HEAD"), after != before else { return }
        do {
            let head = try repo.commitInfo(after)
            let tip = mergedHere && head.parents.count == 2 ? head.parents[1] : after
            let replaced = try find(repo, before: before, after: after, incomingTip: tip, trackingBefore: trackingBefore, me: me(repository))
            guard !replaced.isEmpty else { return }
            out.write("this pull replaced \(replaced.count) value\(replaced.count == 1 ? "" : "s") you set:\n")
            for item in replaced { out.write("  \(item.line)\n") }
            let customers = Set(replaced.map(\.customerID)).sorted()
            out.write("  note: '\(TerminalText.shown("csw log " + (customers.count == 1 ? customers[0] : "ID")))' shows the change; "
                + "if yours should stand, set it again and run 'csw sync'\n")
        } catch {
            Terminal.standardError.write("warning: could not check whether the pull replaced values you set: \(error)\n")
        }
    }

    /// Your e-mail as csw commits with it (git user.email, else csw.json commit_author).
    static func me(_ repository: WorkspaceRepository) -> String? {
        if let signature = repository.repo.defaultSignature() { return signature.email.lowercased() }
        guard let bytes = try? FileSystem.read(repository.root + "/csw.json"), let doc = try? JSONDocument.parse(bytes).get() else { return nil }
        return doc.root["commit_author"]?["email"]?.stringValue?.lowercased()
    }

    static func find(_ repo: GitRepository, before: GitOID, after: GitOID, incomingTip: GitOID, trackingBefore: GitOID?,
                     me: String?) throws(GitError) -> [ReplacedValue] {
        var values = FieldValues(repo: repo)
        // 1. candidate fields
        var changed: [String: [String: (old: JSONValue, new: JSONValue?)]] = [:]
        for change in try repo.changes(from: try repo.commitInfo(before).tree, to: try repo.commitInfo(after).tree)
        where FieldValues.customerID(change.path) != nil && change.old != nil && change.new != nil {
            let old = try values.of(change.path, change.old), new = try values.of(change.path, change.new)
            for (key, value) in old where new[key] != value { changed[change.path, default: [:]][key] = (value, new[key]) }
        }
        if changed.isEmpty { return [] }
        // 2. the incoming commits and the commits you had that they did not start from
        let incoming = try repo.log(from: incomingTip, hiding: before, limit: commitLimit + 1)
        guard !incoming.isEmpty, incoming.count <= commitLimit else { return [] }
        let incomingIDs = Set(incoming.map(\.id))
        let starts = Set(incoming.filter { $0.parents.allSatisfy { !incomingIDs.contains($0) } }.flatMap(\.parents))
        // A value the teammate started from was seen: only values that differ from every start qualify.
        let beforeTree = try repo.commitInfo(before).tree
        for start in starts {
            var atStart: [String: GitOID?] = [:]
            for change in try repo.changes(from: try repo.commitInfo(start).tree, to: beforeTree) where changed[change.path] != nil {
                atStart[change.path] = change.old
            }
            for (path, keys) in changed {
                guard let blob = atStart[path] else { changed[path] = nil; continue }
                let seen = try values.of(path, blob)
                changed[path] = keys.filter { seen[$0.key] != $0.value.old }
            }
        }
        changed = changed.filter { !$0.value.isEmpty }
        if changed.isEmpty { return [] }
        var unseen = try repo.log(from: before, hiding: starts.first, limit: commitLimit)
        for start in starts.dropFirst() {
            let beyond = Set(try repo.log(from: before, hiding: start, limit: commitLimit).map(\.id))
            unseen.removeAll { !beyond.contains($0.id) }
        }
        // 3. who set the value you had: your commits only
        var setBy: [String: [String: GitCommitInfo]] = [:], settled = 0
        let total = changed.values.reduce(0) { $0 + $1.count }
        for commit in unseen where settled < total {
            for (path, sides) in try sides(repo, commit, Set(changed.keys), &values) {
                for (key, field) in changed[path] ?? [:] where setBy[path]?[key] == nil {
                    if sides.this[key] == field.old && sides.parents.allSatisfy({ $0[key] != field.old }) {
                        setBy[path, default: [:]][key] = commit
                        settled += 1
                    }
                }
            }
        }
        func yours(_ c: GitCommitInfo) -> Bool {
            (me != nil && c.author.email.lowercased() == me) || (trackingBefore.map { !repo.isAncestor(c.id, of: $0) } ?? false)
        }
        var mine: [String: [String: (old: JSONValue, new: JSONValue?)]] = [:]
        for (path, keys) in setBy {
            for (key, commit) in keys where yours(commit) { mine[path, default: [:]][key] = changed[path]?[key] }
        }
        if mine.isEmpty { return [] }
        // 4. the incoming commit that replaced it
        var direct: [String: GitCommitInfo] = [:], latest: [String: GitCommitInfo] = [:]
        let wanted = mine.values.reduce(0) { $0 + $1.count }
        for commit in incoming where direct.count < wanted {
            for (path, sides) in try sides(repo, commit, Set(mine.keys), &values) {
                for (key, field) in mine[path] ?? [:] where sides.this[key] == field.new {
                    let id = path + "\u{0}" + key
                    if direct[id] == nil, sides.parents.contains(where: { $0[key] == field.old }) { direct[id] = commit }
                    if latest[id] == nil, sides.parents.contains(where: { $0[key] != field.new }) { latest[id] = commit }
                }
            }
        }
        var out: [ReplacedValue] = []
        for (path, keys) in mine {
            for (key, field) in keys {
                let id = path + "\u{0}" + key
                out.append(ReplacedValue(customerID: FieldValues.customerID(path) ?? path, field: key, yours: field.old, theirs: field.new,
                                         commit: direct[id] ?? latest[id]))
            }
        }
        return out.sorted { ($0.customerID, $0.field) < ($1.customerID, $1.field) }
    }

    /// For each of `paths` that `commit` changed against at least one of its parents: the
    /// field values in the commit and in each parent (a parent with the same file has the
    /// commit's values).
    static func sides(_ repo: GitRepository, _ commit: GitCommitInfo, _ paths: Set<String>, _ values: inout FieldValues)
        throws(GitError) -> [String: (this: [String: JSONValue], parents: [[String: JSONValue]])] {
        var perParent: [[String: GitTreeChange]] = []
        for parent in commit.parents.isEmpty ? [nil] : commit.parents.map(Optional.some) {
            let tree = try parent.map { (p) throws(GitError) in try repo.commitInfo(p).tree }
            var found: [String: GitTreeChange] = [:]
            for change in try repo.changes(from: tree, to: commit.tree) where paths.contains(change.path) { found[change.path] = change }
            perParent.append(found)
        }
        var out: [String: (this: [String: JSONValue], parents: [[String: JSONValue]])] = [:]
        for path in paths {
            guard let changed = perParent.lazy.compactMap({ $0[path] }).first else { continue }
            let this = try values.of(path, changed.new)
            var parents: [[String: JSONValue]] = []
            for side in perParent { parents.append(try side[path].map { (c) throws(GitError) in try values.of(path, c.old) } ?? this) }
            out[path] = (this, parents)
        }
        return out
    }
}

