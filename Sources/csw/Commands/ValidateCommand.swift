import ArgumentParser
import CSWCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every file of the workspace: syntax, schemas, and the rules across files.",
        discussion: """
        Reports every problem in one run as PATH:LINE:COLUMN: error[CODE]: MESSAGE, each \
        with a note on how to fix it. docs/DIAGNOSTICS.md explains every code.

        With PATHs, only the customers containing them are checked (csw.json is always read).

        Exit status: 0 no errors (warnings allowed, unless --strict), 1 errors found, \
        2 csw could not run (not a workspace, unreadable file).

        Examples:
          csw validate
          csw validate customers/HOSP_001
          csw -C ~/accounts validate --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("Output: text (for people) or json (for scripts).", valueName: "text|json"))
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Treat warnings as errors (exit 1 when there are any).")
    var strict = false

    @Flag(name: .customLong("no-phi"), help: "Skip the patient-data guard in this run (csw.json cannot turn it off; commit and sync still refuse patient data).")
    var noPHI = false

    @Argument(help: ArgumentHelp("Files or customer folders to check (default: the whole workspace).", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        let err = Terminal.standardError
        let workspace = try Workspace.open()
        var printer = DiagnosticPrinter(format: format)
        let configBytes = try workspace.read("csw.json")
        let (checkedConfig, configDiagnostics) = WorkspaceValidator.checkConfig(configBytes)
        printer.print(noPHI ? configDiagnostics.filter { $0.code != .patientDataGuardOff } : configDiagnostics)
        // phi.allow entries count under this clone's PHI key (.csw/phi-key or CSW_PHI_KEY)
        let validator = (noPHI ? checkedConfig?.withoutPatientDataGuard() : checkedConfig)?.withPHIKey(noPHI ? nil : PHIGate.key(workspace.root))
        if !noPHI { for problem in validator?.config.phi.allowListProblems() ?? [] { err.write("warning: \(problem)\n") } }
        var checked = 0
        if let validator {
            let selection = try workspace.selectCustomers(paths)
            if selection.includesRoot {
                printer.print(validator.checkRoot(try workspace.reader.rootEntries()))
                printer.print(validator.checkLocalFiles(tracked: LocalFiles(root: workspace.root).tracked.sorted()))
                printer.print(try Self.checkPlaybooks(workspace, validator))
                printer.print(try Self.checkFolder("enhancements", workspace, depth: 1) { validator.checkEnhancement($0, path: $1) })
                printer.print(try Self.checkFolder("community", workspace, depth: 2) { validator.checkCommunityFile($0, path: $1) })
                printer.print(ReportSupport.templateDiagnostics(workspace))
            }
            do {
                checked = try workspace.checkCustomers(validator, only: selection, progressLabel: "checking customers") { printer.print($0) }
            } catch {
                printer.finish()
                throw error
            }
        }
        printer.print(ConflictStore.load(workspace.root).map(\.diagnostic))
        printer.finish()
        let verdict = printer.errors == 0 ? err.styled("ok", .green) : err.styled("\(printer.errors) error\(printer.errors == 1 ? "" : "s")", .red)
        err.write("checked \(checked) customer\(checked == 1 ? "" : "s"): \(verdict), \(printer.warnings) warning\(printer.warnings == 1 ? "" : "s")\n")
        if printer.errors > 0 || (strict && printer.warnings > 0) { throw ExitCode(1) }
    }

    /// playbooks/*.md: each one's front matter (no folder is fine: playbooks are optional).
    static func checkPlaybooks(_ workspace: Workspace, _ validator: WorkspaceValidator) throws -> [Diagnostic] {
        let folder = workspace.root + "/playbooks"
        guard FileSystem.isDirectory(folder) else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in try FileSystem.list(folder).sorted(by: { $0.name < $1.name }) {
            let path = "playbooks/" + entry.name
            switch entry.type {
            case .file: diagnostics += validator.checkPlaybook(try FileSystem.read(folder + "/" + entry.name), path: path)
            case .symlink: diagnostics.append(linkDiagnosticAt(path, workspace.reader))
            default: diagnostics.append(FileRules.unexpected(path, "playbooks/ holds Markdown playbooks (NAME.md) with YAML front matter"))
            }
        }
        return diagnostics
    }

    /// The files of an optional root folder (enhancements/, community/), down to `depth`
    /// levels, each checked by `check` (bytes, workspace-relative path).
    static func checkFolder(_ name: String, _ workspace: Workspace, depth: Int, _ check: ([UInt8], String) -> [Diagnostic]) throws -> [Diagnostic] {
        guard FileSystem.isDirectory(workspace.root + "/" + name) else { return [] }
        var diagnostics: [Diagnostic] = []
        func walk(_ relative: String, _ level: Int) throws {
            for entry in try FileSystem.list(workspace.root + "/" + relative).sorted(by: { $0.name < $1.name }) {
                let path = relative + "/" + entry.name
                switch entry.type {
                case .file: diagnostics += check(try FileSystem.read(workspace.root + "/" + path), path)
                case .symlink: diagnostics.append(linkDiagnosticAt(path, workspace.reader))
                case .directory where level < depth: try walk(path, level + 1)
                default: diagnostics += check([], path)
                }
            }
        }
        try walk(name, 1)
        return diagnostics
    }

    static func linkDiagnosticAt(_ path: String, _ reader: WorkspaceReader) -> Diagnostic {
        let outside = reader.leavesWorkspace(reader.path(path))
        return Diagnostic(outside ? .symlinkOutside : .symlinkInside, path,
                          "\"\(path)\" is a symbolic link\(outside ? " to a place outside the workspace" : ""); csw does not follow links",
                          notes: ["replace the link with the file itself"])
    }

    static func linkDiagnostic(_ name: String, _ reader: WorkspaceReader) -> Diagnostic {
        let outside = reader.leavesWorkspace(reader.path("customers/" + name))
        return Diagnostic(outside ? .symlinkOutside : .symlinkInside, "customers/" + name,
                          "\"customers/\(name)\" is a symbolic link\(outside ? " to a place outside the workspace" : ""); csw does not follow links",
                          notes: ["replace the link with the folder itself"])
    }
}
