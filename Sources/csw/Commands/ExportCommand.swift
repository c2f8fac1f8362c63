import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON
import CSWReports
import Dispatch
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
        let tables = WorkspaceExport(asOf: day, anonymizer: nil).tables
        var counts = [Int](repeating: 0, count: tables.count)
        // Never through a link: below the workspace root when the output is inside it, else
        // below the deepest existing folder of the path given (SafeFolder.output).
        let (target, base, shownFrom) = SafeFolder.output(out.hasPrefix("/") ? out : FileSystem.currentDirectory() + "/" + out, workspace: workspace.root)
        let name = AtomicFile.split(target).name
        let stagingName = name + ".csw-new-\(getpid())"
        var parent: SafeFolder?
        var staged: StagedFolder?
        do {
            // Where the rows go, a customer at a time.
            var sqlite: SQLiteWriter?
            var files: TableFiles?
            switch format {
            case .sqlite:
                let folder = try SafeFolder.open(AtomicFile.split(target).folder, under: base, create: true, shownFrom: shownFrom)
                switch folder.kind(name) {
                case .directory?:
                    err.write("error: \(out) is a folder; --format sqlite writes one file\n")
                    throw ExitCode(2)
                case .symlink?:
                    throw FileSystem.IOError.link(folder.shownChild(name), folder: false)
                default:
                    break
                }
                parent = folder
                folder.remove(stagingName)
                sqlite = try SQLiteWriter(path: folder.child(stagingName), tables: tables)
            case .csv, .jsonl:
                guard let folder = try StagedFolder.begin(target, under: base, shownFrom: shownFrom, marker: ".csw-export") else {
                    err.write("error: \(out) exists and is not a csw export folder; nothing was written\n  note: choose a new or empty folder\n")
                    throw ExitCode(2)
                }
                staged = folder
                files = try TableFiles(folder: folder.folder, shown: out, tables: tables, csv: format == .csv)
            }
            // Rows are built for the next batch of customers on another core while this
            // thread writes the current batch (SQLite's inserts are most of the work).
            let sorted = assessed.sorted(by: { $0.data.id < $1.data.id })
            let opportunities = Dictionary(grouping: pipeline, by: \.customerID)
            let fromRevision = at != nil
            let build: @Sendable (Range<Int>) -> WorkspaceExport = { range in
                var export = WorkspaceExport(asOf: day, anonymizer: anonymizer)
                for a in sorted[range] {
                    let folder = a.folder
                    export.add(CustomerExport(score: a.score, data: a.data, profile: folder?.file("profile.json").flatMap { try? JSONDocument.parse($0).get().value },
                                              metrics: folder?.file("metrics.jsonl").flatMap(JSONLines.parseAll)?.root, alerts: a.alerts,
                                              opportunities: fromRevision ? PipelineOpportunity.parse(folder?.file("opportunities.jsonl"), customer: a.data.id)
                                                                          : opportunities[a.data.id] ?? [],
                                              tasks: a.tasks, feedback: a.feedback))
                }
                return export
            }
            let batch = 64
            let progress = Progress(total: sorted.count, label: "exporting customers")
            var current = build(0..<min(batch, sorted.count))
            var done = 0
            while true {
                let nextRange = min(done + batch, sorted.count)..<min(done + 2 * batch, sorted.count)
                let next = NextBatch()
                let group = DispatchGroup()
                if !nextRange.isEmpty { DispatchQueue.global().async(group: group) { next.export = build(nextRange) } }
                for (i, table) in current.tables.enumerated() { counts[i] += table.rows.count }
                try sqlite?.insert(current.tables)
                try files?.append(current.tables)
                group.wait()
                done = min(done + batch, sorted.count)
                progress.update(done)
                guard let following = next.export else { break }
                current = following
            }
            progress.finish()
            if let sqlite, let parent {
                try sqlite.finish()
                try parent.rename(stagingName, to: name)
            }
            if let files, let staged {
                try files.close()
                try staged.commit(markerText: "csw export as of \(day)\n")
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            staged?.abandon()
            parent?.remove(stagingName)
            err.write("error: \(error)\n  note: nothing was changed\n")
            throw ExitCode(2)
        }
        let summary = zip(counts, tables).map { "\($0) \($1.name)" }.joined(separator: ", ")
        Terminal.standardOutput.write("wrote \(out) (\(format.rawValue)): \(summary)\n")
    }
}

/// The rows of the next batch, built on another thread; read after the group's wait.
private final class NextBatch: @unchecked Sendable {
    var export: WorkspaceExport?
}
