import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON
import CSWReports

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Prepare business reviews from the workspace, and list them.",
        discussion: """
        Examples:
          csw review prepare HOSP_001 --type annual --date 2026-01-10
          csw review prepare CH_003 --type quarterly --period 2025-08-01..2025-10-31 --print
          csw review list --format json
        """,
        subcommands: [ReviewPrepareCommand.self, ReviewListCommand.self],
        defaultSubcommand: ReviewListCommand.self
    )
}

extension BusinessReview.Kind: ExpressibleByArgument {}

struct ReviewPrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Write a business review document into customers/ID/reviews/ (Markdown with front matter).",
        discussion: """
        From the workspace alone, and byte-identical for the same files and as-of date: \
        the clinical ROI analysis (the framework's review data: contract value, clinical \
        outcome improvement, adoption, support volume, projected savings, time saved hours \
        × csw.json's reviews.loaded_hourly_cost, ROI %), KPIs against targets, adoption, \
        support, outcomes, NPS and feedback highlights, value delivered, strategic \
        planning, executive engagement and a roadmap of open enhancements, with \
        recommended next steps. Places for the CSM's own words are marked "> **CSM:**". \
        The layout is templates/review.md.mustache (docs/REPORTS.md).

        A review that exists is not overwritten unless it is exactly what csw would write \
        (then nothing changes) or --force is given.
        """
    )

    @Argument(help: ArgumentHelp("The customer.", valueName: "customer"))
    var customer: String

    @Option(name: .long, help: ArgumentHelp("annual, quarterly or executive.", valueName: "type"))
    var type: BusinessReview.Kind = .annual

    @Option(name: .long, help: ArgumentHelp("The period covered (default: the year, quarter or half-year up to --as-of).", valueName: "FROM..TO"))
    var period: String?

    @Option(name: .long, help: ArgumentHelp("The review meeting's date (default: --as-of).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The data as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(name: .long, help: "Write the document to standard output instead of the reviews folder.")
    var print = false

    @Flag(name: .long, help: "Replace an existing review of the same date and type.")
    var force = false

    func run() throws {
        guard CustomerID(customer) != nil else {
            Terminal.standardError.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        let meeting = try date.map { try CommandInput.date($0, option: "--date") } ?? day
        let (from, to) = try ReviewSupport.period(period, kind: type, asOf: day)
        let workspace = try Workspace.open()
        let templates = try ReportSupport.templates(workspace)
        let config = try? JSONDocument.parse(try workspace.read("csw.json")).get().root
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [])
        guard let a = assessed.first(where: { $0.data.id == customer }) else {
            Terminal.standardError.write("error: there is no customer \(customer); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        let inputs = try ReportInputs.load(workspace, assessed: assessed, config: config, asOf: day)
        let review = ReviewSupport.review(a, inputs: inputs, workspace: workspace, config: config, kind: type, date: meeting, from: from, to: to)
        let text = review.frontMatter + (try ReportSupport.render(templates, "review.md", review.document()))
        if print {
            Terminal.standardOutput.write(text)
            return
        }
        let outcome = try ReviewSupport.write(text, review: review, workspace: workspace, force: force)
        Terminal.standardOutput.write("\(outcome) customers/\(customer)/reviews/\(review.fileName)\n")
    }
}

struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Business reviews across customers: date, type, status, next review.")

    @Option(name: .long, help: ArgumentHelp("Only this customer's reviews.", valueName: "customer"))
    var customer: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let workspace = try Workspace.open()
        var rows: [(customer: String, path: String, front: JSONValue)] = []
        for name in try workspace.reader.customerNames() where customer == nil || customer == name {
            let folder = workspace.root + "/customers/" + name + "/reviews"
            for entry in ((try? FileSystem.list(folder)) ?? []).sorted(by: { $0.name < $1.name }) where entry.type == .file && entry.name.hasSuffix(".md") {
                guard let bytes = try? FileSystem.read(folder + "/" + entry.name),
                      case .success(let front) = FrontMatter.parse(String(decoding: bytes, as: UTF8.self)) else { continue }
                rows.append((name, "customers/\(name)/reviews/\(entry.name)", front.value))
            }
        }
        rows.sort { ($0.front["date"]?.stringValue ?? "", $0.customer) > ($1.front["date"]?.stringValue ?? "", $1.customer) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(rows.map { r in
                .object(["customer_id": .string(r.customer), "path": .string(r.path), "date": r.front["date"] ?? .null, "type": r.front["type"] ?? .null,
                         "status": r.front["status"] ?? .null, "next_review": r.front["next_review"] ?? .null, "period": r.front["period"] ?? .null])
            })))
        case .text:
            guard !rows.isEmpty else {
                out.write("no business reviews yet (csw review prepare CUSTOMER)\n")
                return
            }
            for r in rows {
                let type = (r.front["type"]?.stringValue ?? "?").replacing("_", with: " ")
                out.write("\(r.front["date"]?.stringValue ?? "?") \(r.customer.leftAligned(9)) \(type.leftAligned(27)) \((r.front["status"]?.stringValue ?? "").leftAligned(9)) \(r.path)\n")
            }
        }
    }
}

/// Shared by csw review prepare and csw run.
enum ReviewSupport {
    static func period(_ text: String?, kind: BusinessReview.Kind, asOf day: Day) throws -> (Day, Day) {
        guard let text else { return (day.adding(days: -(kind.defaultDays - 1)), day) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: true)
        guard text.contains(".."), parts.count == 2, let from = Day(String(parts[0])), let to = Day(String(parts[1])), from <= to else {
            Terminal.standardError.write("error: --period takes FROM..TO, two dates (YYYY-MM-DD) in order, e.g. 2025-01-01..2025-12-31\n")
            throw ExitCode(2)
        }
        return (from, to)
    }

    static func review(_ a: AlertsRun.Assessed, inputs: ReportInputs, workspace: Workspace, config: JSONNode?, kind: BusinessReview.Kind,
                       date: Day, from: Day, to: Day) -> BusinessReview {
        var snapshots: [(date: Day, values: JSONObject)] = []
        if let bytes = try? FileSystem.read(workspace.root + "/customers/" + a.data.id + "/metrics.jsonl"), let all = JSONLines.parseAll(bytes) {
            for record in all.root.elements {
                guard case .object(let o) = record.value, let d = o["date"]?.stringValue.flatMap(Day.init) else { continue }
                snapshots.append((d, o))
            }
        }
        snapshots.sort { $0.date < $1.date }
        let hourly = config?["reviews"]?["loaded_hourly_cost"]?.doubleValue ?? 85
        let open = inputs.enhancements.filter { !["shipped", "declined"].contains($0.status) }
        let owned = Set(a.data.products.map(\.id))
        let relevant = open.filter { e in e.product.map { owned.contains($0) } ?? true || a.feedback.contains { $0.enhancement == e.id } }
        return BusinessReview(kind: kind, date: date, from: from, to: to, report: inputs.input(for: a), snapshots: snapshots,
                              loadedHourlyCost: hourly, openEnhancements: relevant)
    }

    /// Writes the review unless a different one is there (then --force is needed); says what happened.
    static func write(_ text: String, review: BusinessReview, workspace: Workspace, force: Bool) throws -> String {
        let folder = workspace.root + "/customers/" + review.report.data.id + "/reviews"
        let path = folder + "/" + review.fileName
        let bytes = Array(text.utf8)
        if let existing = try? FileSystem.read(path) {
            if existing == bytes { return "unchanged" }
            guard force else {
                Terminal.standardError.write("error: customers/\(review.report.data.id)/reviews/\(review.fileName) exists and differs (perhaps the CSM's words are in it)\n  note: --force replaces it; --print shows what csw would write\n")
                throw ExitCode(1)
            }
        }
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        do {
            try AtomicFile.makeDirectories(folder, under: workspace.root)
            try AtomicFile.write(bytes, to: path, under: workspace.root)
        } catch {
            Terminal.standardError.write("error: \(error)\n  note: nothing was written\n")
            throw ExitCode(2)
        }
        return "wrote"
    }
}

