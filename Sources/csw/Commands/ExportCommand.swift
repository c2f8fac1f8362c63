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
        let anonymizer = anonymize ? ReportSupport.anonymizer(workspace, assessed: assessed, config: config) : nil
        var export = WorkspaceExport(asOf: day, anonymizer: anonymizer)
        var counts = [Int](repeating: 0, count: export.tables.count)
        let target = out.hasPrefix("/") ? out : FileSystem.currentDirectory() + "/" + out
        let staging = target + ".csw-new-\(getpid())"
        var staged: StagedFolder?
        do {
            // Where the rows go, a customer at a time.
            var sqlite: SQLiteWriter?
            var files: TableFiles?
            switch format {
            case .sqlite:
                if FileSystem.isDirectory(target) {
                    err.write("error: \(out) is a folder; --format sqlite writes one file\n")
                    throw ExitCode(2)
                }
                unlink(staging)
                sqlite = try SQLiteWriter(path: staging, tables: export.tables)
            case .csv, .jsonl:
                guard let folder = try StagedFolder.begin(target, marker: ".csw-export") else {
                    err.write("error: \(out) exists and is not a csw export folder; nothing was written\n  note: choose a new or empty folder\n")
                    throw ExitCode(2)
                }
                staged = folder
                files = try TableFiles(folder: folder.staging, shown: out, tables: export.tables, csv: format == .csv)
            }
            let progress = Progress(total: assessed.count, label: "exporting customers")
            for (n, a) in assessed.sorted(by: { $0.data.id < $1.data.id }).enumerated() {
                let folder = a.folder
                let opportunities = at == nil ? pipeline.filter { $0.customerID == a.data.id }
                                              : PipelineOpportunity.parse(folder?.file("opportunities.jsonl"), customer: a.data.id)
                export.add(CustomerExport(score: a.score, data: a.data, profile: folder?.file("profile.json").flatMap { try? JSONDocument.parse($0).get().value },
                                          metrics: folder?.file("metrics.jsonl").flatMap(JSONLines.parseAll)?.root, alerts: a.alerts,
                                          opportunities: opportunities, tasks: a.tasks, feedback: a.feedback))
                for (i, table) in export.tables.enumerated() { counts[i] += table.rows.count }
                try sqlite?.insert(export.tables)
                try files?.append(export.tables)
                export.clearRows()
                progress.update(n + 1)
            }
            progress.finish()
            if let sqlite {
                try sqlite.finish()
                guard rename(staging, target) == 0 else { throw SQLiteWriter.Failure(description: "cannot move the database into \(out): \(FileSystem.errnoText())") }
            }
            if let files, let staged {
                try files.close()
                try staged.commit(markerText: "csw export as of \(day)\n")
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            staged?.abandon()
            unlink(staging)
            err.write("error: \(error)\n  note: nothing was changed\n")
            throw ExitCode(2)
        }
        let summary = zip(counts, export.tables).map { "\($0) \($1.name)" }.joined(separator: ", ")
        Terminal.standardOutput.write("wrote \(out) (\(format.rawValue)): \(summary)\n")
    }
}
