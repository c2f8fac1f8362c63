import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import Glibc

/// `--apply-valid`, for `csw import crm`, `csw import metrics` and `csw feedback import`.
/// An import is all or nothing: when a row has a problem, nothing is written (exit 1);
/// with this flag the rows without problems are written (still exit 1).
struct ApplyValidOption: ParsableArguments {
    @Flag(name: .customLong("apply-valid"), help: "When some rows have problems, write the other rows anyway (default: write nothing).")
    var applyValid = false
}

/// What `csw import crm`, `csw import metrics` and `csw feedback import` share: the export
/// and its map read (exit 2 when they cannot be), the workspace's profiles, the
/// all-or-nothing rule, and writing all files or none.
enum ImportSupport {
    /// "1 row has a problem", "3 rows or fields have problems".
    static func problems(_ count: Int, _ one: String = "row", _ many: String = "rows") -> String {
        count == 1 ? "1 \(one) has a problem" : "\(count) \(many) have problems"
    }

    /// The last line of an import that has problems: nothing was written, and how to write
    /// the rest (or, in a dry run, a note that the real run would write nothing).
    static func refusal(_ problems: String, dryRun: Bool) -> String {
        dryRun
            ? "  note: \(problems), so the import writes nothing; --apply-valid writes the rest\n"
            : "nothing written: \(problems); import again once fixed, or add --apply-valid to write the rest\n"
    }

    static func load(file: String, map: String?) throws -> (CSVRows, ImportMap) {
        var importMap = ImportMap()
        if let map {
            do { importMap = try ImportMap(try json(map)) } catch let problem as ImportMap.Problem {
                Terminal.standardError.write("error: \(map): \(problem)\n")
                throw ExitCode(2)
            }
        }
        return (try csv(file), importMap)
    }

    /// A JSON file (a map); exit 2 when it cannot be read or is not JSON.
    static func json(_ path: String) throws -> JSONValue {
        do {
            switch JSONDocument.parse(try FileSystem.read(path)) {
            case .success(let document): return document.value
            case .failure(let e):
                Terminal.standardError.write("\(path):\(e.location.line):\(e.location.column): error: not valid JSON: \(e.message)\n")
                throw ExitCode(2)
            }
        } catch let e as FileSystem.IOError {
            Terminal.standardError.write("error: \(e)\n")
            throw ExitCode(2)
        }
    }

    /// A CSV export with a header line; exit 2 when it cannot be read.
    static func csv(_ file: String) throws -> CSVRows {
        let err = Terminal.standardError
        do {
            let csv = try CSVRows(try FileSystem.read(file))
            guard !csv.header.isEmpty else {
                err.write("error: \(file) has no header line\n")
                throw ExitCode(2)
            }
            return csv
        } catch let e as FileSystem.IOError {
            err.write("error: \(e)\n")
            throw ExitCode(2)
        } catch let e as CSVRows.Unreadable {
            err.write("error: \(file): \(e)\n")
            throw ExitCode(2)
        }
    }

    /// Skipped rows, one line per name and reason: the first row's file:line, then how
    /// many more rows were skipped alike (so 4,000 rows of an unknown customer take one line).
    static func skipText(_ skips: [CRMImport.Skip], file: String) -> String {
        var order: [String] = []
        var groups: [String: [CRMImport.Skip]] = [:]
        for s in skips {
            let key = s.name + "\u{0}" + s.reason
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(s)
        }
        var out = ""
        for key in order {
            let group = groups[key]!, s = group[0]
            let more = group.dropFirst().map { String($0.line) }
            let also = more.isEmpty ? "" : " (also line\(more.count == 1 ? "" : "s") \(more.prefix(5).joined(separator: ", "))\(more.count > 5 ? " and \(more.count - 5) more" : ""))"
            out += "    \(file):\(s.line): \(s.name.isEmpty ? "" : s.name + ": ")\(s.reason)\(also)\n"
        }
        return out
    }

    static func skipJSON(_ s: CRMImport.Skip) -> JSONValue {
        .object(["line": .number(JSONNumber(s.line)), "name": .string(s.name), "reason": .string(s.reason)])
    }

    static func rows(_ csv: CSVRows) -> [CRMImport.Row] { csv.rows.map { CRMImport.Row(line: $0.line, fields: $0.fields) } }

    /// Every customer folder's profile, as it is in the working folder. `strict`: a
    /// profile that is not readable JSON stops the import (matching without it could create
    /// a duplicate); otherwise such a customer is listed with an empty profile (its id
    /// still matches).
    static func profiles(_ workspace: Workspace, strict: Bool = true) throws -> [CRMImport.Existing] {
        var out: [CRMImport.Existing] = []
        for name in try workspace.reader.customerNames() {
            let path = "customers/\(name)/profile.json"
            guard let bytes = try? FileSystem.read(workspace.reader.path(path)) else {
                if !strict { out.append(CRMImport.Existing(id: name, profile: JSONObject())) }
                continue
            }
            switch JSONDocument.parse(bytes) {
            case .success(let document):
                if case .object(let o) = document.value { out.append(CRMImport.Existing(id: name, profile: o)) } else if !strict { out.append(CRMImport.Existing(id: name, profile: JSONObject())) }
            case .failure(let e):
                if !strict {
                    out.append(CRMImport.Existing(id: name, profile: JSONObject()))
                    continue
                }
                Terminal.standardError.write("\(e.withPath(path))\nerror: fix \(path) first (csw validate): csw could not match the export's rows against it\n")
                throw ExitCode(2)
            }
        }
        return out
    }

    /// Writes every file or, on the first failure, puts back what was written and stops.
    /// Many files are written without an fsync each, then synced once.
    static func writeAll(_ files: [(path: String, bytes: [UInt8])], under root: String) throws {
        var transaction = FileTransaction(under: root)
        transaction.durable = files.count < 20
        do {
            for file in files { try transaction.write(file.bytes, to: file.path) }
            if !transaction.durable { sync() }
        } catch {
            transaction.rollBack()
            Terminal.standardError.write("error: \(error)\nnothing was imported (the files written before the failure were put back)\n")
            throw ExitCode(2)
        }
    }
}

/// When each profile field got its current value, for "never overwrite a field a CSM
/// changed after the CRM's last modification": the commit that set it (the oldest of the
/// newest run of commits with that value), or the file's modification time when the value
/// is not committed yet or the workspace is not a repository.
final class FieldProvenance {
    private let workspace: Workspace
    private let repo: GitRepository?
    /// Per profile path, the commits (newest first, along first parents) that changed the
    /// file, with the blob each left (nil: removed). One walk over the history, each tree
    /// against its parent's, skipping unchanged subtrees: the cost grows with the changes,
    /// not with commits × customers.
    private lazy var changes: [String: [(commit: GitCommitInfo, blob: GitOID?)]] = {
        guard let repo, let head = repo.resolve("HEAD") else { return [:] }
        var out: [String: [(commit: GitCommitInfo, blob: GitOID?)]] = [:]
        var commit = try? repo.commitInfo(head)
        while let c = commit {
            let parent = c.parents.first.flatMap { try? repo.commitInfo($0) }
            for change in (try? repo.changes(from: parent?.tree, to: c.tree)) ?? [] where change.path.hasSuffix("/profile.json") {
                out[change.path, default: []].append((c, change.new))
            }
            commit = parent
        }
        return out
    }()
    private var parsed: [GitOID: JSONValue] = [:]

    init(_ workspace: Workspace) {
        self.workspace = workspace
        repo = try? GitRepository.open(at: workspace.root)
    }

    func changed(customer: String, path: [String], current: JSONValue?) -> CRMImport.Provenance? {
        let file = "customers/\(customer)/profile.json"
        let modified = FileSystem.modificationTime(workspace.reader.path(file)).map { CRMImport.Provenance(time: $0, commit: nil, author: nil) }
        guard let repo else { return modified }
        var introduced: GitCommitInfo?
        // The newest entry is HEAD's version: when the working file's value differs from
        // it, the value is not committed yet.
        for (commit, blob) in changes[file] ?? [] {
            guard let blob else { break }
            if parsed[blob] == nil { parsed[blob] = (try? repo.blob(blob)).flatMap { try? JSONDocument.parse($0).get().value } ?? .null }
            var value: JSONValue? = parsed[blob]
            for key in path { value = value?[key] }
            guard value == current else { break }
            introduced = commit
        }
        guard let introduced else { return modified }
        return CRMImport.Provenance(time: introduced.author.time, commit: introduced.id.short, author: introduced.author.name)
    }
}
