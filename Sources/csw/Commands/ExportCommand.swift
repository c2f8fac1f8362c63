import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import CSWReports
import Glibc

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl, sqlite
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "The workspace as tables for BI tools: CSV, JSON Lines or one SQLite file.",
        discussion: """
        Seven tables — customers, metrics (one row per customer, date and metric), scores, \
        alerts, opportunities, tasks, feedback — with the columns, keys and indexes of \
        docs/INTEGRATIONS.md. csv and jsonl write a folder with one file per table; sqlite \
        writes one database file (the system's SQLite). Exporting again replaces the output \
        whole: a new file or folder is written beside it and moved into place.

        Examples:
          csw export --format sqlite --out accounts.db
          csw export --format csv --out export/ --at v2025-q3 --as-of 2025-09-30
          csw export --format jsonl --out /srv/bi/csw --anonymize
        """
    )

    @Option(name: .long, help: ArgumentHelp("csv, jsonl or sqlite.", valueName: "csv|jsonl|sqlite"))
    var format: ExportFormat

    @Option(name: .long, help: ArgumentHelp("The database file (sqlite) or folder (csv, jsonl) to write.", valueName: "path"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Export a git revision's files instead of the working folder.", valueName: "rev"))
    var at: String?

    @Flag(name: .long, help: "Pseudonyms for organisations, people, ids and emails; free text withheld.")
    var anonymize = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Scores and alerts as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let err = Terminal.standardError
        let day = try CommandInput.asOf(asOf)
        let workspace = try Workspace.open()
        let assessed = try AlertsRun.assess(at: at, asOf: day, only: [], members: anonymize, folders: true)
        // csw.json as exported (the revision's with --at): the roster's names for --anonymize
        var configBytes: [UInt8] = []
        if let at {
            let repo = try WorkspaceRepository.open(workspace).repo
            configBytes = try CommandInput.readingGit { () throws(GitError) in
                try repo.blobID(at: "csw.json", inTree: try repo.commitInfo(try repo.revision(at)).tree).map { id throws(GitError) in try repo.blob(id) } ?? []
            }
        } else {
            configBytes = try workspace.read("csw.json")
        }
        let config = try? JSONDocument.parse(configBytes).get().root
        let pipeline = at == nil ? (try? PipelineStore.all().0) ?? [] : []
        let customers = assessed.map { a -> CustomerExport in
            let folder = a.folder
            var snapshots: [(date: Day, values: JSONObject)] = []
            if let bytes = folder?.file("metrics.jsonl"), let all = JSONLines.parseAll(bytes) {
                for record in all.root.elements {
                    if case .object(let o) = record.value, let d = o["date"]?.stringValue.flatMap(Day.init) { snapshots.append((d, o)) }
                }
            }
            let opportunities = at == nil ? pipeline.filter { $0.customerID == a.data.id }
                                          : PipelineOpportunity.parse(folder?.file("opportunities.jsonl"), customer: a.data.id)
            return CustomerExport(score: a.score, data: a.data, profile: folder?.file("profile.json").flatMap { try? JSONDocument.parse($0).get().value },
                                  snapshots: snapshots.sorted { $0.date < $1.date }, alerts: a.alerts, opportunities: opportunities, tasks: a.tasks, feedback: a.feedback)
        }
        let anonymizer = anonymize ? ReportSupport.anonymizer(workspace, assessed: assessed, config: config) : nil
        let tables = WorkspaceExport.tables(customers, asOf: day, anonymizer: anonymizer)
        let target = out.hasPrefix("/") ? out : FileSystem.currentDirectory() + "/" + out
        let staging = target + ".csw-new-\(getpid())"
        do {
            switch format {
            case .sqlite:
                if FileSystem.isDirectory(target) {
                    err.write("error: \(out) is a folder; --format sqlite writes one file\n")
                    throw ExitCode(2)
                }
                unlink(staging)
                try SQLiteWriter.write(tables, to: staging)
                guard rename(staging, target) == 0 else { throw SQLiteWriter.Failure(description: "cannot move the database into \(out): \(FileSystem.errnoText())") }
            case .csv, .jsonl:
                guard let staged = try StagedFolder.begin(target, marker: ".csw-export") else {
                    err.write("error: \(out) exists and is not a csw export folder; nothing was written\n  note: choose a new or empty folder\n")
                    throw ExitCode(2)
                }
                for table in tables {
                    let (ok, reason) = AtomicFile.writeNew(Array((format == .csv ? table.csv : table.jsonLines).utf8), to: "\(staged.staging)/\(table.name).\(format.rawValue)", durable: false)
                    guard ok else { throw FileSystem.IOError(path: "\(out)/\(table.name).\(format.rawValue)", reason: reason) }
                }
                try staged.commit(markerText: "csw export as of \(day)\n")
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            AtomicFile.removeTree(staging)
            unlink(staging)
            err.write("error: \(error)\n  note: nothing was changed\n")
            throw ExitCode(2)
        }
        let counts = tables.map { "\($0.rows.count) \($0.name)" }.joined(separator: ", ")
        Terminal.standardOutput.write("wrote \(out) (\(format.rawValue)): \(counts)\n")
    }
}
