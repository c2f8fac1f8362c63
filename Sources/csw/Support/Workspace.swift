import ArgumentParser
import CSWCore

/// The workspace a command works on: found from the current folder (after `-C`).
struct Workspace {
    let reader: WorkspaceReader

    /// Finds the workspace or stops the command with exit status 2 and a way forward.
    static func open() throws -> Workspace {
        do {
            return Workspace(reader: try WorkspaceReader.locate(from: FileSystem.currentDirectory()))
        } catch {
            Terminal.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
    }

    var root: String { reader.root }

    /// Reads a file of the workspace; failure stops the command (exit 2).
    func read(_ relative: String) throws -> [UInt8] {
        do {
            return try FileSystem.read(reader.path(relative))
        } catch {
            Terminal.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
    }

    struct Selection {
        var includesRoot: Bool
        var customers: Set<String>?

        func includes(_ name: String) -> Bool { customers.map { $0.contains(name) } ?? true }
    }

    /// Which customers the given paths fall in (all, when no path is given or the root is).
    func selectCustomers(_ paths: [String]) throws -> Selection {
        guard !paths.isEmpty else { return Selection(includesRoot: true, customers: nil) }
        var selection = Selection(includesRoot: false, customers: [])
        let cwd = FileSystem.currentDirectory()
        for path in paths {
            let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
            guard let real = FileSystem.realPath(absolute) else {
                Terminal.standardError.write("error: \(path): no such file or folder\n")
                throw ExitCode(2)
            }
            guard real == reader.realRoot || real.hasPrefix(reader.realRoot + "/") else {
                Terminal.standardError.write("error: \(path) is outside the workspace \(root)\n")
                throw ExitCode(2)
            }
            let relative = real == reader.realRoot ? "" : String(real.dropFirst(reader.realRoot.count + 1))
            let parts = relative.split(separator: "/").map(String.init)
            if parts.count >= 2 && parts[0] == "customers" {
                selection.customers?.insert(parts[1])
            } else {
                return Selection(includesRoot: true, customers: nil)
            }
        }
        return selection
    }
}

extension Workspace {
    /// Reads and checks csw.json; when it has errors the command stops (exit 1) with them.
    func validator() throws -> WorkspaceValidator {
        let (validator, diagnostics) = WorkspaceValidator.checkConfig(try read("csw.json"))
        guard let validator else {
            var printer = DiagnosticPrinter(format: .text, out: .standardError)
            printer.print(diagnostics)
            Terminal.standardError.write("csw.json has errors; fix them first (csw validate)\n")
            throw ExitCode(1)
        }
        return validator
    }
}

extension Workspace {
    /// Holds the workspace lock for the caller's scope (see WorkspaceLock).
    func lock() throws -> WorkspaceLock {
        do { return try WorkspaceLock.acquire(root: root) } catch {
            Terminal.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
    }
}

extension Workspace {
    /// Reads and checks customer folders in parallel, a batch of 256 at a time, handing
    /// each folder's diagnostics to `report` in folder order. Returns how many were checked.
    @discardableResult
    func checkCustomers(_ validator: WorkspaceValidator, only selection: Selection? = nil, progressLabel: String? = nil,
                        report: ([Diagnostic]) -> Void) throws -> Int {
        let entries = try reader.customerEntries().filter { (selection?.includes($0.name) ?? true) && $0.name != ".gitkeep" }
        let progress = progressLabel.map { Progress(total: entries.count, label: $0) }
        var reader = self.reader
        reader.maxFileBytes = validator.config.maxFileBytes
        let limited = reader
        var checked = 0
        let batch = 256
        for start in stride(from: 0, to: entries.count, by: batch) {
            let slice = Array(entries[start..<min(entries.count, start + batch)])
            let results = ParallelMap.map(slice.count) { i -> Result<[Diagnostic], FileSystem.IOError> in
                let entry = slice[i]
                switch entry.type {
                case .directory:
                    return Result { () throws(FileSystem.IOError) in validator.check(try limited.readCustomer(entry.name)) }
                case .symlink:
                    return .success([ValidateCommand.linkDiagnostic(entry.name, limited)])
                default:
                    return .success([Diagnostic(.unexpectedFile, "customers/" + entry.name,
                                                "\"customers/\(entry.name)\" is a file; customers/ holds one folder per customer",
                                                notes: ["move it into a customer folder or delete it"])])
                }
            }
            for (i, result) in results.enumerated() {
                switch result {
                case .success(let diagnostics):
                    report(diagnostics)
                    if slice[i].type == .directory { checked += 1 }
                case .failure(let error):
                    progress?.finish()
                    Terminal.standardError.write("error: \(error)\n")
                    throw ExitCode(2)
                }
            }
            progress?.update(min(entries.count, start + batch))
        }
        progress?.finish()
        return checked
    }
}
