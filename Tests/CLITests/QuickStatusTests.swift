import CSWCore
import Foundation
import Testing

/// `csw status` (and commit and sync, which start from it) no longer walks the whole
/// working folder: the index's stat data picks the tracked files that may have changed,
/// and a folder is listed only when its modification time changed since the last run
/// (.csw/cache/folders.jsonl). These tests hold the quick status to the full one
/// (`CSW_FULL_STATUS=1`, libgit2's walk of every folder) and to `git status`, over a
/// seeded series of the edits CSMs and plain-git teammates make, with folder times set
/// into the past between rounds so the cache is really used.
@Suite struct QuickStatusTests {
    let scratch: Scratch
    let ws: URL

    init() throws {
        scratch = try Scratch("csw-quick-status")
        ws = scratch.url.appendingPathComponent("ws")
        #expect(try CLITests.run(["init", ws.path], in: scratch.url).status == 0)
    }

    func status(full: Bool) throws -> String {
        let outcome = try CLITests.run(["status", "--format", "json"], environment: full ? ["CSW_FULL_STATUS": "1"] : [:], in: ws)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout
    }

    func git(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try TestServers.run(try TestServers.path(.git), ["-C", ws.path] + arguments)
    }

    /// The paths csw status reports.
    func paths(_ json: String) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return Set((object?["changes"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String })
    }

    /// The paths `git status` reports (untracked files one by one), content-equal files left out as csw does.
    func gitPaths() throws -> Set<String> {
        let out = try git(["status", "--porcelain=v1", "-z", "-uall"]).output
        return Set(out.split(separator: "\0").compactMap { line -> String? in
            guard line.count > 3 else { return nil }
            return String(line.dropFirst(3))
        })
    }

    /// Every folder's modification time, a fixed distance in the past (so the cache trusts it).
    func backdate(_ seconds: Int) throws {
        let when = Date(timeIntervalSince1970: 1_600_000_000 + TimeInterval(seconds))
        let manager = FileManager.default
        var folders = [ws.path]
        while let folder = folders.popLast() {
            for name in try manager.contentsOfDirectory(atPath: folder) where name != ".git" && name != ".csw" {
                var isFolder: ObjCBool = false
                let path = folder + "/" + name
                if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
                   (try? manager.destinationOfSymbolicLink(atPath: path)) == nil { folders.append(path) }
            }
            try manager.setAttributes([.modificationDate: when], ofItemAtPath: folder)
        }
    }

    func files(under relative: String) -> [String] {
        let base = ws.appendingPathComponent(relative).path
        guard let all = FileManager.default.enumerator(atPath: base) else { return [] }
        return all.compactMap { item -> String? in
            let path = base + "/" + (item as! String)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
            return relative + "/" + (item as! String)
        }.sorted()
    }

    @Test func quickStatusMatchesTheFullWalkAndGitThroughSeededEdits() throws {
        var random = SplitMix64(seed: 2112)  // CSWCore's: a failing round can be replayed
        try backdate(0)
        #expect(try status(full: false) == (try status(full: true)))
        let cache = ws.appendingPathComponent(".csw/cache/folders.jsonl")
        #expect(FileManager.default.fileExists(atPath: cache.path), "the folder listing is kept for the next run")
        var staged = false
        for round in 1...60 {
            var done: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let customers = try FileManager.default.contentsOfDirectory(atPath: ws.appendingPathComponent("customers").path).filter { !$0.hasPrefix(".") }.sorted()
                let customer = customers.randomElement(using: &random)!
                let someFile = files(under: "customers/" + customer).randomElement(using: &random)
                switch Int.random(in: 0..<13, using: &random) {
                case 0, 1:  // an edit
                    if let file = someFile, let handle = FileHandle(forWritingAtPath: ws.appendingPathComponent(file).path) {
                        handle.seekToEndOfFile()
                        handle.write(Data("\n".utf8))
                        try handle.close()
                        done.append("edit \(file)")
                    }
                case 2:  // a new note in an existing folder
                    let path = "customers/\(customer)/feedback/2026-0\(round % 9 + 1)-01-r\(round).md"
                    try FileManager.default.createDirectory(at: ws.appendingPathComponent("customers/\(customer)/feedback"), withIntermediateDirectories: true)
                    try "---\ntype: praise\n---\nround \(round)\n".write(to: ws.appendingPathComponent(path), atomically: false, encoding: .utf8)
                    done.append("new \(path)")
                case 3:  // a new customer, with a folder inside
                    let id = "NEW_\(String(format: "%03d", round))"
                    try FileManager.default.createDirectory(at: ws.appendingPathComponent("customers/\(id)/reviews"), withIntermediateDirectories: true)
                    try "{\"customer_id\": \"\(id)\"}\n".write(to: ws.appendingPathComponent("customers/\(id)/profile.json"), atomically: false, encoding: .utf8)
                    try "# review\n".write(to: ws.appendingPathComponent("customers/\(id)/reviews/2026-Q1.md"), atomically: false, encoding: .utf8)
                    done.append("customer \(id)")
                case 4:  // a file deleted
                    if let file = someFile { try FileManager.default.removeItem(at: ws.appendingPathComponent(file)); done.append("delete \(file)") }
                case 5:  // a whole folder deleted
                    let folder = ws.appendingPathComponent("customers/\(customer)/feedback")
                    if FileManager.default.fileExists(atPath: folder.path) { try FileManager.default.removeItem(at: folder); done.append("rm -r \(customer)/feedback") }
                case 6:  // saved again unchanged: a new time, the same bytes
                    if let file = someFile {
                        let url = ws.appendingPathComponent(file)
                        try Data(contentsOf: url).write(to: url)
                        done.append("touch \(file)")
                    }
                case 7:  // an ignored folder comes and goes from .gitignore
                    let ignore = ws.appendingPathComponent(".gitignore")
                    var text = try String(contentsOf: ignore, encoding: .utf8)
                    try FileManager.default.createDirectory(at: ws.appendingPathComponent("scratch/deep"), withIntermediateDirectories: true)
                    try "x\n".write(to: ws.appendingPathComponent("scratch/deep/r\(round).txt"), atomically: false, encoding: .utf8)
                    text = text.contains("scratch/\n") ? text.replacingOccurrences(of: "scratch/\n", with: "") : text + "scratch/\n"
                    try text.write(to: ignore, atomically: false, encoding: .utf8)
                    done.append("toggle scratch/ in .gitignore")
                case 8:  // a plain-git teammate stages a file
                    if let file = someFile, FileManager.default.fileExists(atPath: ws.appendingPathComponent(file).path) {
                        _ = try git(["add", "--", file])
                        staged = true
                        done.append("git add \(file)")
                    }
                case 9:  // and untracks one
                    if let file = someFile, try git(["ls-files", "--error-unmatch", "--", file]).status == 0 {
                        _ = try git(["rm", "-q", "--cached", "--", file])
                        staged = true
                        done.append("git rm --cached \(file)")
                    }
                case 10:  // everything committed, by csw or by git
                    if Bool.random(using: &random) {
                        _ = try CLITests.run(["commit", "--no-verify", "-m", "round \(round)"], in: ws)
                    } else {
                        _ = try git(["add", "-A"])
                        _ = try git(["commit", "-q", "-m", "round \(round)"])
                    }
                    staged = false
                    done.append("commit")
                case 11:  // an empty folder (git does not see it)
                    try FileManager.default.createDirectory(at: ws.appendingPathComponent("customers/\(customer)/empty-\(round)"), withIntermediateDirectories: true)
                    done.append("mkdir customers/\(customer)/empty-\(round)")
                default:  // the folders' times moved into the past again: the cache trusts them
                    try backdate(round)
                    done.append("backdate")
                }
            }
            let quick = try status(full: false), full = try status(full: true)
            #expect(quick == full, "round \(round) after \(done): the quick status differs from the full walk")
            let nothingStaged = try git(["diff", "--cached", "--quiet"]).status == 0
            if !staged && nothingStaged {
                #expect(try paths(quick) == (try gitPaths()).filter { !$0.hasSuffix("/") }, "round \(round) after \(done): csw and git status disagree")
            }
        }
    }

    /// `git config core.untrackedCache false` turns the folder cache off, as it does for git.
    @Test func gitsSwitchTurnsTheCacheOff() throws {
        #expect(try git(["config", "core.untrackedCache", "false"]).status == 0)
        try backdate(0)
        _ = try status(full: false)
        #expect(!FileManager.default.fileExists(atPath: ws.appendingPathComponent(".csw/cache/folders.jsonl").path))
        try "new\n".write(to: ws.appendingPathComponent("playbooks/new.md"), atomically: false, encoding: .utf8)
        #expect(try paths(try status(full: false)).contains("playbooks/new.md"))
    }

    /// A cache file from a folder whose time was put back by hand would hide a new file;
    /// a torn or foreign cache file must not: it counts as empty.
    @Test func aDamagedCacheIsReadAgainNotTrusted() throws {
        try backdate(0)
        _ = try status(full: false)
        let cache = ws.appendingPathComponent(".csw/cache/folders.jsonl")
        try "[\"not\", 1]\n[1,2,3]\n".write(to: cache, atomically: false, encoding: .utf8)
        try "new\n".write(to: ws.appendingPathComponent("customers/HOSP_001/notes.md"), atomically: false, encoding: .utf8)
        #expect(try paths(try status(full: false)).contains("customers/HOSP_001/notes.md"))
        #expect(try status(full: false) == (try status(full: true)))
    }
}
