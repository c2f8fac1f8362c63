import ArgumentParser
import CSWCore
import CSWJSON

struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite csw.json, profiles and metrics in canonical form (docs/FORMAT.md).",
        discussion: """
        Canonical form keeps diffs and merges small: two-space indentation, one member per \
        line, numbers exactly as written, metrics one line per snapshot in date order. \
        Member order is never changed. Files that are not valid JSON are reported and left alone.

        It also brings .gitignore up to date: csw's local files (.csw/, the workspace lock, \
        temporary files of a write in progress) are added to it if missing; your own lines \
        are kept as they are.

        Examples:
          csw fmt
          csw fmt --check    # in CI: list files that are not canonical, exit 1 if any
        """
    )

    @Flag(name: .long, help: "Change nothing; list the files that differ and exit 1 if any.")
    var check = false

    func run() throws {
        let err = Terminal.standardError
        let out = Terminal.standardOutput
        let workspace = try Workspace.open()
        var targets = ["csw.json"]
        for entry in try workspace.reader.customerEntries() where entry.type == .directory && CustomerID(entry.name) != nil {
            for name in ["profile.json", "metrics.jsonl"] where FileSystem.exists(workspace.reader.path("customers/\(entry.name)/\(name)")) {
                targets.append("customers/\(entry.name)/\(name)")
            }
        }
        var differing = 0
        var broken = 0
        for path in targets {
            let bytes = try workspace.read(path)
            let result = path.hasSuffix(".jsonl") ? CanonicalForm.metrics(bytes) : CanonicalForm.json(bytes)
            switch result {
            case .failure(let e):
                broken += 1
                err.write("\(e.withPath(path)) — not formatted\n")
            case .success(let canonical) where canonical != bytes:
                differing += 1
                if check {
                    out.write("\(TerminalText.visible(path))\n")
                } else {
                    do { try AtomicFile.write(canonical, to: workspace.reader.path(path), under: workspace.root) } catch {
                        err.write("error: \(error)\n")
                        throw ExitCode(2)
                    }
                    out.write("formatted \(TerminalText.visible(path))\n")
                }
            default:
                break
            }
        }
        // .gitignore: csw's local state stays out of git (workspaces made by older csw lack entries).
        let gitignorePath = workspace.reader.path(".gitignore")
        if let updated = WorkspaceTemplate.gitignoreUpdate(FileSystem.exists(gitignorePath) ? try workspace.read(".gitignore") : nil) {
            differing += 1
            if check {
                out.write(".gitignore\n")
            } else {
                do { try AtomicFile.write(updated, to: gitignorePath, under: workspace.root) } catch {
                    err.write("error: \(error)\n")
                    throw ExitCode(2)
                }
                out.write("added csw's local files to .gitignore\n")
            }
        }
        targets.append(".gitignore")
        if check {
            err.write(differing == 0 ? "all \(targets.count - broken) files are in canonical form\n"
                                     : "\(differing) file\(differing == 1 ? "" : "s") not in canonical form; run 'csw fmt'\n")
        } else {
            err.write("\(differing) file\(differing == 1 ? "" : "s") reformatted, \(targets.count - differing - broken) already canonical\n")
        }
        if broken > 0 || (check && differing > 0) { throw ExitCode(1) }
    }
}
