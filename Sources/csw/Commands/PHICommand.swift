import ArgumentParser
import CSWCore
import CSWJSON

struct PHICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phi",
        abstract: "Find patient data (HIPAA Safe Harbor identifiers) in notes and files; record reviewed false alarms.",
        discussion: """
        Customer-success files must never hold patient data. csw looks for social security, \
        medical record, health-plan member and account numbers, dates of birth, phone and fax \
        numbers, email addresses that are not a known contact's, street addresses, patient \
        names in context, IP addresses and URLs carrying a patient id. csw validate runs the \
        same guard (CSW0701), and csw commit and csw sync refuse a hit — even with \
        --no-verify — unless csw phi allow recorded it as reviewed. Output never shows a whole \
        identifier (docs/SECURITY.md).

        Examples:
          csw phi scan                                   # the whole workspace
          csw phi scan export.csv notes/*.md --format json
          csw phi allow customers/HOSP_001/notes/2025-04-02-call.md:12:18 --reason "the vendor's support line"
        """,
        subcommands: [PHIScanCommand.self, PHIAllowCommand.self],
        defaultSubcommand: PHIScanCommand.self
    )
}

struct PHIScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scan", abstract: "Report possible patient data: file, line, column, type and a masked excerpt.")

    @Argument(help: ArgumentHelp("Files to scan (default: every file of the workspace).", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let (findings, unscanned) = try PHISupport.scan(paths)
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(findings.map { f in
                .object(["path": .string(f.path), "line": .number(JSONNumber(f.location.line)), "column": .number(JSONNumber(f.location.column)),
                         "type": .string(f.kind.rawValue), "masked": .string(f.masked), "hash": .string(f.hash)])
            })))
        case .text:
            for f in findings { out.write("\(TerminalText.visible(f.path)):\(f.location.line):\(f.location.column): \(f.kind.rawValue): \(f.masked) (\(f.kind.title))\n") }
            let skipped = unscanned == 0 ? "" : " (\(unscanned) file\(unscanned == 1 ? "" : "s") too large to scan, above)"
            Terminal.standardError.write(findings.isEmpty ? "no patient data found\(skipped)\n"
                                                          : "\(findings.count) possible identifier\(findings.count == 1 ? "" : "s")\(skipped); remove them, or record a reviewed false alarm with csw phi allow PATH:LINE:COLUMN --reason \"…\"\n")
        }
        // A file too large to scan is not known to be clean.
        if !findings.isEmpty || unscanned > 0 { throw ExitCode(1) }
    }
}

struct PHIAllowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allow",
        abstract: "Record a reviewed false alarm in csw.json's phi.allow (the path and a hash of the span, never the span).")

    @Argument(help: ArgumentHelp("Where csw phi scan reported it.", valueName: "path:line:column"))
    var place: String

    @Option(name: .long, help: ArgumentHelp("Why it is not patient data.", valueName: "text"))
    var reason: String

    func run() throws {
        let err = Terminal.standardError
        let parts = place.split(separator: ":")
        guard parts.count >= 3, let line = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]) else {
            err.write("error: give the place as PATH:LINE:COLUMN, as csw phi scan prints it\n")
            throw ExitCode(2)
        }
        guard !reason.allSatisfy(\.isWhitespace) else {
            err.write("error: --reason says why this is not patient data (a reviewer reads it)\n")
            throw ExitCode(2)
        }
        let path = parts.dropLast(2).joined(separator: ":")
        let workspace = try Workspace.open()
        let relative = PHISupport.relative(path, workspace.reader)
        guard let finding = try PHISupport.findings([path], includeAllowed: true).first(where: { $0.location.line == line && $0.location.column == column }) else {
            err.write("error: csw phi scan reports nothing at \(relative):\(line):\(column)\n")
            throw ExitCode(1)
        }
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        guard case .object(var config)? = try? JSONDocument.parse(try workspace.read("csw.json")).get().value else {
            err.write("error: csw.json is not a JSON object; fix it first (csw validate)\n")
            throw ExitCode(1)
        }
        var phi: JSONObject = { if case .object(let o)? = config["phi"] { return o } else { return JSONObject() } }()
        var allow: [JSONValue] = { if case .array(let a)? = phi["allow"] { return a } else { return [] } }()
        let by = (try? WorkspaceRepository.open(workspace))?.repo.defaultSignature().map(\.email) ?? ""
        allow.append(.object(["path": .string(finding.path), "hash": .string(finding.hash), "type": .string(finding.kind.rawValue),
                              "reason": .string(reason), "reviewed_by": .string(by), "date": .string(try CommandInput.asOf(nil).description)]))
        phi["allow"] = .array(allow)
        config["phi"] = .object(phi)
        do {
            try AtomicFile.write(CanonicalForm.json(.object(config)), to: workspace.root + "/csw.json", under: workspace.root)
        } catch {
            err.write("error: \(error)\n  note: nothing was recorded\n")
            throw ExitCode(2)
        }
        Terminal.standardOutput.write("allowed \(finding.kind.rawValue) \(finding.masked) in \(finding.path) (hash \(finding.hash)) in csw.json phi.allow\n")
    }
}

/// The guard over files or the whole workspace, as validate runs it.
enum PHISupport {
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

    /// The findings, and how many files were larger than csw reads (limits.max_file_bytes):
    /// those are reported on standard error and not read.
    static func scan(_ paths: [String], includeAllowed: Bool = false) throws -> (findings: [PHIGuard.Finding], unscanned: Int) {
        let workspace = try? WorkspaceReader.locate(from: FileSystem.currentDirectory())
        var config: WorkspaceConfig?
        if let workspace, let bytes = try? FileSystem.read(workspace.path("csw.json")), let root = try? JSONDocument.parse(bytes).get().root {
            config = WorkspaceConfig(root)
        }
        let roster = Set(config?.csms.compactMap(\.email) ?? [])
        var files: [(relative: String, absolute: String)] = []
        if paths.isEmpty {
            guard let workspace else {
                Terminal.standardError.write("error: not inside a csw workspace; name the files to scan\n")
                throw ExitCode(2)
            }
            files = workspaceFiles(workspace)
        } else {
            for p in paths {
                let absolute = p.hasPrefix("/") ? p : FileSystem.currentDirectory() + "/" + p
                guard FileSystem.exists(absolute) else {
                    Terminal.standardError.write("error: \(p): no such file\n")
                    throw ExitCode(2)
                }
                files.append((relative(p, workspace), absolute))
            }
        }
        var out: [PHIGuard.Finding] = []
        var contacts: [String: Set<String>] = [:]
        let limit = config?.maxFileBytes ?? FileSystem.readLimit
        var unscanned = 0
        for file in files {
            if let size = FileSystem.Stamp(path: file.absolute)?.size, size > limit {
                Terminal.standardError.write("error: \(file.relative): the file is \(size) bytes, more than csw reads (\(limit), limits.max_file_bytes); it was not scanned\n"
                    + "  note: a workspace file should be kilobytes; split or trim it, then scan it again\n")
                unscanned += 1
                continue
            }
            guard let bytes = try? FileSystem.read(file.absolute, limit: limit) else {
                Terminal.standardError.write("warning: \(file.relative): cannot be read; skipped\n")
                continue
            }
            var emails = roster
            let parts = file.relative.split(separator: "/")
            if parts.count >= 3, parts[0] == "customers", let workspace {
                let id = String(parts[1])
                if contacts[id] == nil { contacts[id] = profileEmails(workspace.path("customers/" + id + "/profile.json")) }
                emails.formUnion(contacts[id]!)
            }
            out += PHIGuard.scan(bytes, path: file.relative, scanner: PHIScanner(knownEmails: emails))
        }
        let allowed = includeAllowed ? [] : config?.phi.allowed ?? []
        return (out.filter { !allowed.contains($0.path + "|" + $0.hash) }, unscanned)
    }

    static func profileEmails(_ path: String) -> Set<String> {
        PHIGuard.contactEmails((try? FileSystem.read(path)).flatMap { try? JSONDocument.parse($0).get().root })
    }

    /// Every text file of the workspace that csw reads (customers, playbooks, enhancements, community).
    static func workspaceFiles(_ w: WorkspaceReader) -> [(relative: String, absolute: String)] {
        var out: [(String, String)] = []
        func walk(_ relative: String, depth: Int) {
            for entry in ((try? FileSystem.list(w.path(relative))) ?? []).sorted(by: { $0.name < $1.name }) {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if entry.type == .directory && depth > 0 { walk(child, depth: depth - 1) }
                if entry.type == .file && (entry.name.hasSuffix(".md") || entry.name.hasSuffix(".json") || entry.name.hasSuffix(".jsonl")) {
                    out.append((child, w.path(child)))
                }
            }
        }
        for folder in ["customers", "playbooks", "enhancements", "community"] where FileSystem.isDirectory(w.path(folder)) {
            walk(folder, depth: folder == "customers" ? 3 : 2)
        }
        return out
    }
}
