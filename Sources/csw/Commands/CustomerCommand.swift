import ArgumentParser
import CSWCore
import CSWJSON

struct CustomerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer",
        abstract: "Add and list customers.",
        subcommands: [CustomerAddCommand.self, CustomerListCommand.self]
    )
}

struct CustomerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a customer from a JSON record (the framework's customer_data works as it is).",
        discussion: """
        The record is checked like profile.json (schema and CSM roster) before anything is \
        written; csw refuses an existing customer id.

        Examples:
          csw customer add --from metro-health.json
          crm-export | csw customer add --from -
        """
    )

    @Option(name: .long, help: ArgumentHelp("The customer record; '-' reads standard input.", valueName: "file.json"))
    var from: String

    func run() throws {
        let err = Terminal.standardError
        let workspace = try Workspace.open()
        let validator = try workspace.validator()
        let bytes: [UInt8]
        do {
            bytes = from == "-" ? StandardInput.readAll() : try FileSystem.read(from)
        } catch {
            err.write("error: \(error)\n")
            throw ExitCode(2)
        }
        let source = from == "-" ? "<stdin>" : from
        let document: JSONDocument
        switch JSONDocument.parse(bytes) {
        case .failure(let e):
            err.write("\(e.withPath(source))\n")
            throw ExitCode(1)
        case .success(let d): document = d
        }
        guard let idText = document.root["customer_id"]?.stringValue else {
            err.write("\(source): error: the record has no customer_id\n")
            throw ExitCode(1)
        }
        guard let id = CustomerID(idText) else {
            err.write("\(source): error: customer_id: \(CustomerID.explain(idText))\n")
            throw ExitCode(1)
        }
        let problems = validator.checkNewProfile(document, path: source)
        if problems.errorCount > 0 {
            var printer = DiagnosticPrinter(format: .text, out: err)
            printer.print(problems)
            err.write("nothing was added\n")
            throw ExitCode(1)
        }
        let folder = "customers/" + id.rawValue
        if FileSystem.exists(workspace.reader.path(folder)) {
            err.write("error: customer \(id) already exists (\(folder)); edit its profile.json instead\n")
            throw ExitCode(1)
        }
        var transaction = FileTransaction(under: workspace.root)
        do {
            try transaction.write(CanonicalForm.json(document.value), to: workspace.reader.path(folder + "/profile.json"))
        } catch {
            transaction.rollBack()
            err.write("error: \(error)\n")
            throw ExitCode(2)
        }
        let name = document.root["organization_name"]?.stringValue ?? ""
        Terminal.standardOutput.write("added \(id) (\(name)) in \(folder)/profile.json\n")
    }
}

struct CustomerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the customers with tier, CSM, contract value and status.",
        discussion: """
        Examples:
          csw customer list
          csw customer list --format json | jq '.[] | select(.tier == "enterprise")'
        """
    )

    @Option(name: .long, help: ArgumentHelp("Output: text (a table) or json (for scripts).", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let err = Terminal.standardError
        let workspace = try Workspace.open()
        var rows: [CustomerSummary] = []
        var unreadable = 0
        for entry in try workspace.reader.customerEntries() where entry.type == .directory {
            guard CustomerID(entry.name) != nil else { continue }
            let path = "customers/\(entry.name)/profile.json"
            guard let bytes = try? FileSystem.read(workspace.reader.path(path)) else {
                err.write("warning: \(path): missing or unreadable; skipped (csw validate explains)\n")
                unreadable += 1
                continue
            }
            switch JSONDocument.parse(bytes) {
            case .failure(let e):
                err.write("warning: \(e.withPath(path)); skipped (csw validate explains)\n")
                unreadable += 1
            case .success(let document):
                rows.append(CustomerSummary(document.root, folder: entry.name))
            }
        }
        switch format {
        case .json:
            Terminal.standardOutput.write(JSONWriter().string(.array(rows.map(\.json))))
        case .text:
            Terminal.standardOutput.write(CustomerSummary.table(rows))
        }
        if unreadable > 0 { throw ExitCode(1) }
    }
}
