import ArgumentParser
import CSWCore
import CSWGit
import CSWJSON

/// `csw audit --phi-history`: the PHI gate over all history this clone holds — every
/// commit reachable from HEAD or any reference, each blob read once — so a team can prove
/// a purge worked (docs/SECURITY.md, "If patient data was committed").
enum PHIHistory {
    static func run(format: OutputFormat) throws {
        let workspace = try Workspace.open()
        let repository = try WorkspaceRepository.open(workspace)
        let repo = repository.repo
        var gate = PHIGate(repo: repo, key: PHIGate.key(repository.root))
        let (findings, commits) = try CommandInput.readingGit { () throws(GitError) in
            try gate.useSettings(ofTree: try repo.resolve("HEAD").map { (h) throws(GitError) in try repo.commitInfo(h).tree })
            let all = try repo.logAll()
            return (try gate.check(commits: all), all.count)
        }
        let out = Terminal.standardOutput, err = Terminal.standardError
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(findings.map(\.json))))
        case .text:
            for f in findings { out.write(f.text()) }
            if findings.isEmpty {
                err.write("no patient data found in \(commits) commit\(commits == 1 ? "" : "s") (every file, file name and message)\n")
            } else {
                err.write("\(findings.count) possible patient identifier\(findings.count == 1 ? "" : "s") in the history of this clone (\(commits) commits)\n"
                    + "  note: each one stays in every clone and on the remote until the commits holding it are rewritten; docs/SECURITY.md, \"If patient data was committed\"\n")
            }
            if let fallback = gate.fallback { err.write("  note: \(fallback)\n") }
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
