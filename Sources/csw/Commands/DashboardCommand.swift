import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON
import CSWReports
import Glibc
import Synchronization

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "A static HTML portfolio dashboard: one self-contained folder that opens from file://.",
        discussion: """
        index.html has the portfolio table (click a heading to sort), the health \
        distribution, the at-risk list, ARR at risk, the renewals of the next twelve months, \
        the expansion pipeline and each CSM's workload; customers/ID.html has one page per \
        customer with inline SVG charts (health and churn history, usage, adoption and NPS, \
        KPIs against target). No script, style or font is fetched from anywhere; pages \
        print cleanly. Layouts: templates/dashboard.html.mustache and \
        templates/customer.html.mustache (docs/REPORTS.md).

        Examples:
          csw dashboard                              # writes .csw/dashboard/ (kept out of git)
          csw dashboard --out /tmp/board --anonymize # pseudonyms, free text withheld
        """
    )

    @Option(name: .long, help: ArgumentHelp("Folder to write (default: .csw/dashboard in the workspace).", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Pseudonyms for organisations, people, ids and emails; free text withheld.")
    var anonymize = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    /// A file in every dashboard folder: what makes a folder safe to replace.
    static let marker = ".csw-dashboard"

    func run() throws {
        let day = try CommandInput.asOf(asOf)
        let workspace = try Workspace.open()
        let templates = try ReportSupport.templates(workspace)
        for name in ["dashboard.html", "customer.html"] {
            if let problem = templates.has(name) ? templates.problem(name) : templates.missing(name) { throw ReportSupport.failure(problem) }
        }
        let configNode = try? JSONDocument.parse(try workspace.read("csw.json")).get().root
        let allowScripts = ReportSupport.allowScripts(configNode)
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [], members: anonymize)
        let inputs = try ReportInputs.load(workspace, assessed: assessed, config: configNode, asOf: day)
        let anonymizer = anonymize ? ReportSupport.anonymizer(workspace, assessed: assessed, config: configNode) : nil
        // Written beside the target and moved into place whole (StagedFolder), never through a link.
        let (target, base, shownFrom) = out.map { SafeFolder.output($0.hasPrefix("/") ? $0 : FileSystem.currentDirectory() + "/" + $0, workspace: workspace.root) }
            ?? (workspace.root + "/.csw/dashboard", workspace.root, "")
        let staged: StagedFolder
        let pages: SafeFolder
        do {
            guard let s = try StagedFolder.begin(target, under: base, shownFrom: shownFrom, marker: Self.marker) else {
                Terminal.standardError.write("error: \(target) exists and is not a csw dashboard; nothing was written\n  note: choose a new or empty folder with --out\n")
                throw ExitCode(2)
            }
            staged = s
            pages = try staged.folder.folder("customers", create: true)
        } catch let error as FileSystem.IOError {
            Terminal.standardError.write("error: \(error)\n  note: nothing was written\n")
            throw ExitCode(2)
        }
        // One page per customer, written as it is made (memory stays flat); the rows are kept for the index.
        let tally = Mutex<(done: Int, failed: Int, problem: TemplateError?, progress: Progress)>((0, 0, nil, Progress(total: assessed.count, label: "writing customer pages")))
        let rows = ParallelMap.map(assessed.count) { i -> Dashboard.Row in
            let a = assessed[i]
            var report = inputs.report(for: a)
            if let anonymizer, case .object(let o) = anonymizer.anonymize(.object(report)) { report = o }
            let page = Dashboard.customerPage(report, churnHistory: Dashboard.churnHistory(a.data, asOf: day, model: a.setup.model),
                                              trends: Dashboard.trends(a.data, asOf: day))
            let row = Dashboard.Row(report: report)
            var written = false, problem: TemplateError?
            do {
                let html = try templates.page("customer.html", page, allowScripts: allowScripts)
                written = (try? pages.writeNew(row.id + ".html", Array(html.utf8), durable: false)) != nil
            } catch {
                problem = error as? TemplateError
            }
            tally.withLock { t in
                t.done += 1
                if !written { t.failed += 1 }
                if t.problem == nil { t.problem = problem }
                t.progress.update(t.done)
            }
            return row
        }
        let (failed, problem) = tally.withLock { t in
            t.progress.finish()
            return (t.failed, t.problem)
        }
        if let problem {
            staged.abandon()
            throw ReportSupport.failure(problem)
        }
        let weights = WorkloadWeights.from(configNode?["workload"]?.value)
        let roster = configNode.map { WorkspaceConfig($0).csms.map { Workload.Roster(id: $0.id, name: $0.name, capacity: Double($0.capacity ?? 0)) } } ?? []
        let book = WorkloadCommand.accounts(assessed, asOf: day, weights: weights)
        let loads = Workload.loads(book.accounts, roster: roster, openTasks: book.tasks, openAlerts: book.alerts)
        let segments = Dictionary(assessed.map { ($0.data.id, $0.data.organizationType ?? "other") }, uniquingKeysWith: { a, _ in a })
        var index = Dashboard.index(rows, pipeline: PipelineReport(inputs.pipeline, segments: segments), workload: loads, asOf: day,
                                    currency: inputs.currency, anonymized: anonymize)
        if let anonymizer, case .object(let o) = anonymizer.anonymize(.object(index)) { index = o }
        let indexHTML: String
        do {
            indexHTML = try templates.page("dashboard.html", index, allowScripts: allowScripts)
        } catch {
            staged.abandon()
            if let error = error as? TemplateError { throw ReportSupport.failure(error) }
            throw error
        }
        var indexFailure: String?
        do { try staged.folder.writeNew("index.html", Array(indexHTML.utf8), durable: false) } catch { indexFailure = error.reason }
        guard failed == 0, indexFailure == nil else {
            staged.abandon()
            Terminal.standardError.write("error: the dashboard could not be written in \(target) (\(failed) customer pages failed\(indexFailure.map { "; index.html: " + $0 } ?? "")); nothing was changed\n")
            throw ExitCode(2)
        }
        do {
            try staged.commit(markerText: "csw dashboard as of \(day)\n")
        } catch {
            staged.abandon()
            Terminal.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
        Terminal.standardOutput.write("wrote \(target)/index.html and \(rows.count) customer page\(rows.count == 1 ? "" : "s"); open file://\(target)/index.html\n")
    }
}
