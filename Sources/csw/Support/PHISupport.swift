import ArgumentParser
import CSWCore
import CSWJSON

/// csw phi scan and allow over files, folders or the whole workspace.
enum PHISupport {
    /// At most this many files under one folder, this deep: a scan stays bounded.
    static let maxFiles = 100_000
    static let maxDepth = 16

    /// The path as the workspace names it (inside it), else as given.
    static func relative(_ path: String, _ workspace: WorkspaceReader?) -> String {
        let absolute = path.hasPrefix("/") ? path : FileSystem.currentDirectory() + "/" + path
        let real = FileSystem.realPath(absolute) ?? absolute
        guard let root = workspace?.realRoot, real.hasPrefix(root + "/") else { return path }
        return String(real.dropFirst(root.count + 1))
    }

    /// Findings not covered by phi.allow (or all with `includeAllowed`), in path and position order.
    static func findings(_ paths: [String], includeAllowed: Bool = false) throws -> [PHIGuard.Finding] {
        try scan(paths, includeAllowed: includeAllowed).findings
    }

    /// The findings, and how many files csw could not read (larger than
    /// limits.max_file_bytes, or binary): those are named on standard error.
    static func scan(_ paths: [String], includeAllowed: Bool = false) throws -> (findings: [PHIGuard.Finding], unscanned: Int) {
        let err = Terminal.standardError
        let workspace = try? WorkspaceReader.locate(from: FileSystem.currentDirectory())
        var config: WorkspaceConfig?
        if let workspace, let bytes = try? FileSystem.read(workspace.path("csw.json")) {
            config = WorkspaceValidator.readConfig(bytes)?.config
            if config == nil { err.write("warning: csw.json is not valid (csw validate): no phi.allow entry counts in this scan\n") }
        }
        let policy = (config?.phi ?? .strictest).keyed(workspace.flatMap { PHIGate.key($0.root) })
        if !includeAllowed { for problem in policy.allowListProblems() { err.write("warning: \(problem)\n") } }
        let roster = Set(config?.csms.compactMap(\.email) ?? [])
        var files: [(relative: String, absolute: String)] = []
        if paths.isEmpty {
            guard let workspace else {
                err.write("error: not inside a csw workspace; name the files or folders to scan\n")
                throw ExitCode(2)
            }
            files = walk(workspace.root, shown: "")
        } else {
            for p in paths {
                let absolute = p.hasPrefix("/") ? p : FileSystem.currentDirectory() + "/" + p
                switch FileSystem.kind(of: absolute) {
                case .directory: files += walk(absolute, shown: relative(p, workspace))
                case .file: files.append((relative(p, workspace), absolute))
                default:
                    err.write("error: \(TerminalText.visible(p)): no such file or folder\n")
                    throw ExitCode(2)
                }
            }
        }
        var out: [PHIGuard.Finding] = []
        var contacts: [String: Set<String>] = [:]
        let limit = config?.maxFileBytes ?? FileSystem.readLimit
        var unscanned = 0
        for file in files {
            let shown = TerminalText.visible(PHIRedaction.redact(file.relative))
            if let size = FileSystem.Stamp(path: file.absolute)?.size, size > limit {
                err.write("error: \(shown): the file is \(size) bytes, more than csw reads (\(limit), limits.max_file_bytes); it was not scanned\n"
                    + "  note: a workspace file should be kilobytes; split or trim it, then scan it again\n")
                unscanned += 1
                continue
            }
            guard let bytes = try? FileSystem.read(file.absolute, limit: limit) else {
                err.write("warning: \(shown): cannot be read; skipped\n")
                continue
            }
            if bytes.prefix(8000).contains(0) {
                err.write("error: \(shown): a binary file: csw cannot read inside it, so it is not known to be free of patient data\n"
                    + "  note: keep such files out of the workspace (csw commit and csw sync refuse them)\n")
                unscanned += 1
                continue
            }
            var emails = roster
            if let id = PHIGate.customer(file.relative), let workspace {
                if contacts[id] == nil { contacts[id] = profileEmails(workspace.path("customers/" + id + "/profile.json")) }
                emails.formUnion(contacts[id] ?? [])
            }
            out += PHIGuard.scan(bytes, path: file.relative, scanner: PHIScanner(knownEmails: emails))
        }
        return (includeAllowed ? out : out.filter { !policy.allows($0) }, unscanned)
    }

    static func profileEmails(_ path: String) -> Set<String> {
        PHIGuard.contactEmails((try? FileSystem.read(path)).flatMap { try? JSONDocument.parse($0).get().root })
    }

    /// Every file under a folder (links are not followed; .git and .csw are left out),
    /// sorted, at most `maxFiles` files and `maxDepth` folders deep.
    static func walk(_ folder: String, shown: String) -> [(relative: String, absolute: String)] {
        var out: [(String, String)] = []
        func visit(_ absolute: String, _ relative: String, depth: Int) {
            for entry in ((try? FileSystem.list(absolute)) ?? []).sorted(by: { $0.name < $1.name }) {
                guard out.count < maxFiles else { return }
                if entry.name == ".git" || entry.name == LocalFiles.folder { continue }
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                switch entry.type {
                case .directory where depth < maxDepth: visit(absolute + "/" + entry.name, child, depth: depth + 1)
                case .file: out.append((child, absolute + "/" + entry.name))
                default: break
                }
            }
        }
        visit(folder, shown, depth: 0)
        if out.count >= maxFiles {
            Terminal.standardError.write("warning: more than \(maxFiles) files under \(TerminalText.visible(shown.isEmpty ? "." : shown)); only the first \(maxFiles) were scanned\n")
        }
        return out
    }
}
