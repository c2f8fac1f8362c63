import ArgumentParser
import CSWCore
import CSWJSON

struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Settle merge conflicts: keep ours, take theirs, or write a value.",
        discussion: """
        Without --path/--pointer every conflict is settled the same way.

        Examples:
          csw resolve --ours
          csw resolve --path customers/HOSP_001/profile.json --pointer /contract_value --theirs
          csw resolve --path customers/HOSP_001/metrics.jsonl --pointer /2025-11-01 --value '{"date": "2025-11-01", "nps_score": 9}'
        """
    )

    @Option(name: .long, help: "Only conflicts in this file.") var path: String?
    @Option(name: .long, help: "Only the conflict at this JSON pointer.") var pointer: String?
    @Flag(name: .long, help: "Keep our value.") var ours = false
    @Flag(name: .long, help: "Take their value.") var theirs = false
    @Option(name: .long, help: ArgumentHelp("Write this JSON value instead.", valueName: "json")) var value: String?

    func validate() throws {
        if [ours, theirs, value != nil].filter({ $0 }).count != 1 {
            throw ValidationError("choose exactly one of --ours, --theirs or --value JSON")
        }
    }

    func run() throws {
        let workspace = try Workspace.open()
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let err = Terminal.standardError
        var remaining = ConflictStore.load(workspace.root)
        let chosen = remaining.filter { (path == nil || $0.path == path) && (pointer == nil || $0.pointer == pointer) }
        guard !chosen.isEmpty else {
            err.write(remaining.isEmpty ? "there are no conflicts to resolve\n" : "no conflict matches; 'csw status' lists them\n")
            throw ExitCode(remaining.isEmpty ? 0 : 1)
        }
        var given: JSONValue?
        if let value {
            switch JSONDocument.parse(value) {
            case .success(let d): given = d.value
            case .failure(let e):
                err.write("error: --value is not valid JSON: \(e.message)\n  note: text needs quotes inside the shell quotes: --value '\"text\"'\n")
                throw ExitCode(2)
            }
        }
        for conflict in chosen {
            let file = workspace.root + "/" + conflict.path
            let current = FileSystem.exists(file) ? try workspace.read(conflict.path) : nil
            let newValue = ours ? conflict.ours : (theirs ? conflict.theirs : given)
            switch ConflictResolution.apply(conflict, value: newValue, to: current) {
            case .failure(let problem):
                err.write("error: \(problem)\n")
                throw ExitCode(1)
            case .success(let bytes):
                if let bytes {
                    try AtomicFile.write(bytes, to: file, under: workspace.root)
                } else if FileSystem.exists(file) {
                    try AtomicFile.remove(file, under: workspace.root)
                }
            }
            remaining.removeAll { $0 == conflict }
            try ConflictStore.save(remaining, root: workspace.root)
            Terminal.standardOutput.write("resolved \(conflict.path) \(conflict.pointer.isEmpty ? "(whole file)" : conflict.pointer)\n")
        }
        err.write(remaining.isEmpty ? "all conflicts resolved; \(Self.nextStep(workspace.root, chosen.map(\.path)))\n" : "\(remaining.count) conflict\(remaining.count == 1 ? "" : "s") remain\n")
    }

    /// After the last conflict: `csw sync`, or, inside a merge or rebase that plain git
    /// started (csw merge-driver recorded the conflicts), how to finish it.
    static func nextStep(_ root: String, _ paths: [String]) -> String {
        let files = Set(paths).sorted().map(MergeDriverCommand.shellWord).joined(separator: " ")
        if FileSystem.exists(root + "/.git/MERGE_HEAD") { return "finish git's merge: git add \(files) && git commit" }
        if FileSystem.exists(root + "/.git/rebase-merge") || FileSystem.exists(root + "/.git/rebase-apply") {
            return "finish git's rebase: git add \(files) && git rebase --continue"
        }
        return "run 'csw sync' to share the result"
    }
}

import CSWGit
import Glibc

struct TextconvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "textconv",
        abstract: "Print a workspace file one field per line, for git diff and git log -p.",
        discussion: """
        csw init and csw clone configure it as git's textconv for *.json and *.jsonl \
        (.gitattributes: diff=csw; repository config: diff.csw.textconv = csw textconv), \
        so people on plain git see which field of which snapshot changed:
          -2025-11-01 usage_percentage: 84.5
          +2025-11-01 usage_percentage: 86
        Markdown and files that are not valid JSON print unchanged. Example:
          csw textconv customers/HOSP_001/metrics.jsonl
        """
    )

    @Argument(help: ArgumentHelp("The file (git passes a temporary copy).", valueName: "file"))
    var file: String

    func run() throws {
        do {
            Terminal.standardOutput.write(bytes: Textconv.render(try FileSystem.read(file)))
        } catch {
            Terminal.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
