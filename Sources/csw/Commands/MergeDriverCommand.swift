import ArgumentParser
import CSWCore
import CSWJSON
import CSWGit

/// git's merge driver for workspace files (`.gitattributes`: merge=csw), for people who
/// run plain `git merge` / `git pull`. What it prints on a conflict is all a plain-git
/// user sees of csw, so it names each customer and field and the exact `csw resolve`
/// command, then how to finish git's merge.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "git merge driver: csw's semantic merge for people who use plain git.",
        discussion: """
        csw init and csw clone install it, and the first csw command in a plain git clone \
        does (.gitattributes and the repository config):
          merge.csw.driver = csw merge-driver %O %A %B %P
        Writes the merged file over %A; conflicting values keep ours and are recorded for \
        csw resolve, and the exit status is 1 so git reports the conflict.
        """,
        shouldDisplay: false
    )

    @Argument var base: String
    @Argument var ours: String
    @Argument var theirs: String
    @Argument var path: String

    func run() throws {
        let outcome = WorkspaceMerge.merge(path: path, base: try? FileSystem.read(base), ours: try? FileSystem.read(ours),
                                           theirs: try? FileSystem.read(theirs)) { b, o, t in try? GitTextMerge.merge(base: b, ours: o, theirs: t) }
        // %A is git's temporary file: written where git put it, never through a link at its name.
        try AtomicFile.write(outcome.bytes ?? [], to: ours, under: AtomicFile.split(ours).folder)
        if !outcome.conflicts.isEmpty {
            // git runs the driver at the top of the working tree: the workspace root.
            let root = FileSystem.currentDirectory()
            try ConflictStore.save(ConflictStore.load(root) + outcome.conflicts, root: root)
            let rebasing = FileSystem.exists(root + "/.git/rebase-merge") || FileSystem.exists(root + "/.git/rebase-apply")
            Terminal.standardError.write(Self.report(outcome.conflicts, path: path, rebasing: rebasing))
            throw ExitCode(1)
        }
    }

    /// At most this many conflicts of one file are listed one by one.
    static let listed = 10

    /// What git shows the plain-git user: each conflicting customer and field with both
    /// values (masked like every csw summary), the `csw resolve` command for it, and how
    /// to finish the merge.
    static func report(_ conflicts: [MergeConflict], path: String, rebasing: Bool) -> String {
        let n = conflicts.count
        let (ours, theirs) = rebasing ? ("upstream", "your commit") : ("yours", "theirs")
        var text = "csw: \(TerminalText.shown(path)): \(n) value\(n == 1 ? "" : "s") changed differently on both sides; the file keeps "
            + (rebasing ? "upstream's (a rebase replays your commit as 'theirs')" : "yours") + ", with no conflict markers\n"
        for c in conflicts.prefix(listed) {
            text += "  \(TerminalText.shown(field(c))): \(ours) \(TerminalText.shown(MergeConflict.display(c.ours))), "
                + "\(theirs) \(TerminalText.shown(MergeConflict.display(c.theirs)))\n"
            text += "    csw resolve --path \(shellWord(c.path))\(c.pointer.isEmpty ? "" : " --pointer " + shellWord(c.pointer)) --theirs\n"
        }
        if n > listed { text += "  … and \(n - listed) more (csw status lists them all)\n" }
        text += "  note: each line above takes \(rebasing ? "your commit's" : "their") value; --ours keeps \(rebasing ? "upstream's" : "yours") (what the file holds), "
            + "--value JSON writes another, and 'csw resolve --theirs' or '--ours' settles every conflict at once\n"
            + "  note: then finish git's \(rebasing ? "rebase" : "merge"): git add \(shellWord(path)) && git \(rebasing ? "rebase --continue" : "commit")\n"
        return text
    }

    /// The conflict in customer terms: "HS_004 contract_value", "HS_004 metrics 2025-11-01",
    /// "HS_004 notes/kickoff.md /body"; outside customer folders, the path and pointer.
    static func field(_ c: MergeConflict) -> String {
        let tokens = JSONPointer.tokens(c.pointer)
        guard let id = c.customerID else { return c.path + (c.pointer.isEmpty ? " (whole file)" : " " + c.pointer) }
        let inside = c.path.split(separator: "/", maxSplits: 2).last.map(String.init) ?? c.path
        switch inside {
        case "profile.json" where !tokens.isEmpty: return id + " " + tokens.joined(separator: ".")
        case "metrics.jsonl" where !tokens.isEmpty: return id + " metrics " + tokens.joined(separator: " ")
        default: return id + " " + inside + (c.pointer.isEmpty ? " (whole file)" : " " + c.pointer)
        }
    }

    /// A word the shell reads back as it is: plain when it only has safe characters,
    /// otherwise in single quotes (a quote inside as '\'').
    static func shellWord(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { c in
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || "_-./=:@%+,".unicodeScalars.contains(c)
        }
        return safe && !word.isEmpty ? word : "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
