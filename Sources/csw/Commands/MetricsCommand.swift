import ArgumentParser
import CSWCore
import CSWJSON
import Foundation

struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Record metric snapshots.",
        subcommands: [MetricsAddCommand.self]
    )
}

struct MetricsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a dated metric snapshot to a customer's metrics.jsonl.",
        discussion: """
        Values come from KEY=VALUE pairs or from a JSON record (the framework's \
        health_metrics works as it is). Every value is checked first — a bad one is refused \
        with the reason and nothing changes. The file stays in date order.

        Examples:
          csw metrics add HOSP_001 --date 2025-12-01 usage_percentage=86 nps_score=9 support_ticket_volume=2
          csw metrics add HOSP_001 --from health_metrics.json
        """
    )

    @Argument(help: ArgumentHelp("The customer id.", valueName: "customer"))
    var customer: String

    @Option(name: .long, help: ArgumentHelp("The snapshot's date (default: the record's date, else today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("A JSON object of metrics; '-' reads standard input.", valueName: "file.json"))
    var from: String?

    @Argument(help: ArgumentHelp("Metric values such as usage_percentage=86.", valueName: "key=value"))
    var values: [String] = []

    func run() throws {
        let err = Terminal.standardError
        guard let id = CustomerID(customer) else {
            err.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        if from != nil && !values.isEmpty {
            err.write("error: give either --from FILE or KEY=VALUE pairs, not both\n")
            throw ExitCode(2)
        }
        let workspace = try Workspace.open()
        let validator = try workspace.validator()
        let folder = "customers/\(id)"
        guard FileSystem.isDirectory(workspace.reader.path(folder)) else {
            err.write("error: there is no customer \(id) (no \(folder) folder); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        var snapshot = JSONObject()
        if let from {
            let bytes: [UInt8]
            do { bytes = from == "-" ? StandardInput.readAll() : try FileSystem.read(from) } catch {
                err.write("error: \(error)\n")
                throw ExitCode(2)
            }
            switch JSONDocument.parse(bytes) {
            case .failure(let e):
                err.write("\(e.withPath(from == "-" ? "<stdin>" : from))\n")
                throw ExitCode(1)
            case .success(let document):
                guard case .object(let record) = document.value else {
                    err.write("error: \(from): expected a JSON object of metrics\n")
                    throw ExitCode(1)
                }
                snapshot = record
            }
        } else {
            for pair in values {
                guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                    err.write("error: '\(pair)' is not KEY=VALUE (for example usage_percentage=86)\n")
                    throw ExitCode(2)
                }
                snapshot[String(pair[..<eq])] = Self.value(String(pair[pair.index(after: eq)...]))
            }
        }
        let day = date ?? snapshot["date"]?.stringValue ?? Self.today()
        snapshot["date"] = nil
        var ordered = JSONObject()
        ordered["date"] = .string(day)
        for (k, v) in snapshot { ordered[k] = v }
        if ordered.count < 2 {
            err.write("error: no metric values given; add KEY=VALUE pairs or --from FILE\n")
            throw ExitCode(2)
        }
        let path = folder + "/metrics.jsonl"
        let problems = validator.checkSnapshot(.object(ordered), path: path)
        if !problems.isEmpty {
            for p in problems { err.write("error[\(p.code.rawValue)]: \(p.message)\n" + p.notes.map { "  note: \($0)\n" }.joined()) }
            err.write("nothing was added\n")
            throw ExitCode(1)
        }
        let existing = FileSystem.exists(workspace.reader.path(path)) ? try workspace.read(path) : []
        switch MetricsEditor.insert(.object(ordered), date: day, into: existing) {
        case .failure(let problem):
            err.write("error: \(path): \(problem)\n")
            throw ExitCode(1)
        case .success(let bytes):
            do { try AtomicFile.write(bytes, to: workspace.reader.path(path), under: workspace.root) } catch {
                err.write("error: \(error)\n")
                throw ExitCode(2)
            }
        }
        Terminal.standardOutput.write("added the \(day) snapshot to \(id) (\(ordered.count - 1) metric\(ordered.count == 2 ? "" : "s")) in \(path)\n")
    }

    /// true/false, a number, or text.
    static func value(_ text: String) -> JSONValue {
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return JSONNumber(text).map(JSONValue.number) ?? .string(text)
        }
    }

    static func today() -> String { Clock.today().description }
}
