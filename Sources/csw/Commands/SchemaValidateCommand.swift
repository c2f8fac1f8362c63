import ArgumentParser
import CSWJSON
import CSWSchema
import Foundation

struct SchemaValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check JSON files against a JSON Schema (draft 2020-12).",
        discussion: """
        Every problem is reported as FILE:LINE:COLUMN: FIELD: MESSAGE, saying what was \
        expected and what was found. Schemas may $ref each other by file name or $id \
        when they sit in the same folder as --schema.

        Exit status: 0 when every file is valid, 1 when any file is invalid (including \
        files that are not valid JSON), 2 when the schema is broken or a file cannot be read.

        Examples:
          csw schema validate --schema schemas/profile.schema.json customers/*/profile.json
          csw schema validate --schema s.json --formats --format json data.json
        """
    )

    @Option(name: .long, help: ArgumentHelp("The JSON Schema to check against.", valueName: "schema.json"))
    var schema: String

    @Flag(name: .long, help: "Treat 'format' as an assertion (date, date-time, email, uri, uuid, ipv4, ipv6, …).")
    var formats = false

    @Option(name: .long, help: ArgumentHelp("Output: text (for people) or json (for scripts).", valueName: "text|json"))
    var format: OutputFormat = .text

    @Argument(help: ArgumentHelp("The JSON files to check.", valueName: "instance"))
    var instances: [String] = []

    func run() throws {
        if instances.isEmpty {
            Terminal.standardError.write("Error: give at least one JSON file to check\nUsage: csw schema validate --schema <schema.json> <instance> ...\n")
            throw ExitCode(2)
        }
        let out = Terminal.standardOutput
        let err = Terminal.standardError
        let compiled: SchemaLoader.Loaded
        switch SchemaLoader.load(schemaPath: schema, assertFormats: formats) {
        case .success(let s): compiled = s
        case .failure(let problem):
            err.write(problem.description + "\n")
            throw ExitCode(2)
        }

        var reports: [FileReport] = []
        for path in instances {
            reports.append(FileReport.check(path, against: compiled))
        }

        switch format {
        case .json:
            out.write(JSONWriter().string(.array(reports.map(\.json))))
        case .text:
            for report in reports {
                if let unreadable = report.unreadable {
                    err.write(err.styled("error", .red) + ": " + unreadable + "\n")
                }
                for problem in report.problems {
                    let place = "\(report.file):\(problem.line):\(problem.column):"
                    out.write("\(out.styled(place, .bold)) \(problem.message)\n")
                    for note in problem.notes {
                        out.write("\(out.styled("\(report.file):\(note.line):\(note.column):", .bold)) \(out.styled("note:", .dim)) \(note.message)\n")
                    }
                }
            }
            err.write(Self.summary(reports, err) + "\n")
        }
        if reports.contains(where: { $0.unreadable != nil }) { throw ExitCode(2) }
        if reports.contains(where: { !$0.valid }) { throw ExitCode(1) }
    }
}

extension SchemaValidateCommand {
    /// "3 files: 2 valid, 1 invalid (4 problems), 1 unreadable".
    static func summary(_ reports: [FileReport], _ terminal: Terminal) -> String {
        let total = reports.count
        let unreadable = reports.filter { $0.unreadable != nil }.count
        let invalid = reports.filter { !$0.valid && $0.unreadable == nil }.count
        let valid = total - invalid - unreadable
        let problems = reports.reduce(0) { $0 + $1.problems.count }
        var parts = [terminal.styled("\(valid) valid", valid == total ? .green : .bold)]
        if invalid > 0 { parts.append(terminal.styled("\(invalid) invalid", .red) + " (\(problems) problem\(problems == 1 ? "" : "s"))") }
        if unreadable > 0 { parts.append(terminal.styled("\(unreadable) unreadable", .red)) }
        return "\(total) file\(total == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }
}

extension SchemaValidateCommand: TakesManyFiles {
    static let commandPath = ["schema", "validate"]
    static let valueOptions: Set<String> = ["--schema", "--format"]

    mutating func addFiles(_ files: [String]) { instances += files }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
