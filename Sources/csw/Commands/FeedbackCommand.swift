import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Collect feedback and see it across customers: themes, feature requests, sentiment trends.",
        discussion: """
        Feedback notes are customers/<ID>/feedback/*.md (docs/FORMAT.md); each one's text \
        gets a sentiment score (csw sentiment, docs/FEEDBACK.md). Themes are the notes' tags, \
        ranked by ARR-weighted demand: the contract values of the customers who raised them.

        Examples:
          csw feedback add HOSP_001 --channel call --type complaint --severity high --tags alert-fatigue \\
              --contact "Angela Brooks, RN" --text "Night shift is drowning in low-acuity alerts."
          csw feedback import survey-export.csv --map survey-map.json
          csw feedback list --since 2025-07-01
          csw feedback themes --format json
        """,
        subcommands: [FeedbackListCommand.self, FeedbackThemesCommand.self, FeedbackAddCommand.self, FeedbackImportCommand.self],
        defaultSubcommand: FeedbackListCommand.self
    )
}

/// Reading feedback, enhancements and the sentiment lexicon: shared by the feedback commands.
enum FeedbackSetup {
    /// csw.json's sentiment.lexicon (empty outside a workspace or when absent).
    static func lexicon(_ config: JSONNode? = nil) -> [String: Double] {
        var root = config
        if root == nil, let reader = try? WorkspaceReader.locate(from: FileSystem.currentDirectory()),
           let bytes = try? FileSystem.read(reader.path("csw.json")) {
            root = try? JSONDocument.parse(bytes).get().root
        }
        guard case .object(let terms)? = root?["sentiment"]?["lexicon"]?.value else { return [:] }
        var out: [String: Double] = [:]
        for (term, weight) in terms { if let w = weight.numberValue?.doubleValue { out[term] = w } }
        return out
    }

    /// enhancements/*.md of the working folder (those that do not parse are skipped; csw
    /// validate reports them).
    static func enhancements(_ workspace: Workspace) -> [Enhancement] {
        let folder = workspace.root + "/enhancements"
        guard let entries = try? FileSystem.list(folder) else { return [] }
        return entries.filter { $0.type == .file && $0.name.hasSuffix(".md") }.sorted { $0.name < $1.name }.compactMap { entry in
            guard let bytes = try? FileSystem.read(folder + "/" + entry.name) else { return nil }
            return Enhancement.parse(id: String(entry.name.dropLast(3)), bytes: bytes)
        }
    }

    static func arr(_ assessed: [AlertsRun.Assessed]) -> [String: Double] {
        Dictionary(assessed.map { ($0.data.id, $0.data.contractValue) }, uniquingKeysWith: { a, _ in a })
    }

    /// Feedback notes of the selected customers dated on or after `since` (and not after `asOf`).
    static func notes(_ assessed: [AlertsRun.Assessed], since: Day?, asOf: Day) -> [FeedbackNote] {
        assessed.flatMap(\.feedback).filter { note in
            guard let date = note.date else { return since == nil }
            return date <= asOf && since.map { date >= $0 } ?? true
        }
    }
}

struct FeedbackSelection: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only feedback dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only this customer's feedback (repeatable).", valueName: "customer"))
    var customer: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func load() throws -> (assessed: [AlertsRun.Assessed], notes: [FeedbackNote], day: Day, since: Day?) {
        for id in customer where CustomerID(id) == nil {
            Terminal.standardError.write("error: \(CustomerID.explain(id))\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(asOf)
        let since = try since.map { try CommandInput.date($0, option: "--since") }
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: customer)
        return (assessed, FeedbackSetup.notes(assessed, since: since, asOf: day), day, since)
    }
}

struct FeedbackListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Feedback notes, newest first, with their sentiment.")

    @OptionGroup var selection: FeedbackSelection

    @Option(name: .long, help: ArgumentHelp("Only this type: praise, complaint, feature_request, bug, question or patient_safety.", valueName: "type"))
    var type: String?

    func run() throws {
        let (_, all, day, _) = try selection.load()
        let notes = all.filter { type == nil || $0.type == type }
            .sorted { ($1.date?.number ?? 0, $0.customerID, $0.path) < ($0.date?.number ?? 0, $1.customerID, $1.path) }
        let out = Terminal.standardOutput
        switch selection.format {
        case .json:
            out.write(JSONWriter().string(.array(notes.map(\.json))))
        case .text:
            guard !notes.isEmpty else {
                out.write("no feedback as of \(day)\(selection.since.map { " since \($0)" } ?? "")\n")
                return
            }
            for n in notes {
                let kind = "\(n.channel ?? "?") \(n.type ?? "?")\(n.severity.map { ", \($0)" } ?? "")"
                out.write("\(n.date?.description ?? "no date   ") \(n.customerID.leftAligned(9)) \(kind.leftAligned(28)) \(ScoreTable.signed(n.sentiment.score, 2).rightAligned(5)) \(n.sentiment.label.rawValue)\n")
                out.write("    \(n.summary)\n")
                let drivers = n.sentiment.drivers.prefix(4).map { "\($0.term) \(ScoreTable.signed($0.weight))" }
                out.write("    customers/\(n.customerID)/\(n.path)\(drivers.isEmpty ? "" : " — " + drivers.joined(separator: ", "))\n")
            }
        }
    }
}

struct FeedbackThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "Themes and feature requests across customers by ARR-weighted demand; each customer's sentiment trend.",
        discussion: """
        A theme is a tag of the feedback notes. Demand is the summed contract value (ARR) \
        of the distinct customers who raised it; --sort sentiment puts the most negative \
        first. The trend compares each customer's mean sentiment over the last 180 days \
        with the 180 days before (improving or declining when it moved 0.1 or more).
        """
    )

    @OptionGroup var selection: FeedbackSelection

    @Option(name: .long, help: ArgumentHelp("Rank themes by arr (default) or sentiment (most negative first).", valueName: "arr|sentiment"))
    var sort: String = "arr"

    @Option(name: .long, help: ArgumentHelp("Themes shown in text output (JSON has them all).", valueName: "N"))
    var limit: Int = 15

    func run() throws {
        guard sort == "arr" || sort == "sentiment" else {
            Terminal.standardError.write("error: --sort takes arr or sentiment\n")
            throw ExitCode(2)
        }
        let (assessed, notes, day, _) = try selection.load()
        let arr = FeedbackSetup.arr(assessed)
        var themes = FeedbackTheme.themes(notes, arr: arr)
        if sort == "sentiment" { themes.sort { ($0.meanSentiment, $1.arr, $0.name) < ($1.meanSentiment, $0.arr, $1.name) } }
        let requests = FeedbackTheme.requests(notes, arr: arr)
        let trends = assessed.filter { $0.score.customer.status != "churned" }
            .map { SentimentTrend.compute(customerID: $0.data.id, $0.feedback, asOf: day) }.filter { $0.notes > 0 }
            .sorted { ($0.recent ?? 0, $0.customerID) < ($1.recent ?? 0, $1.customerID) }
        let out = Terminal.standardOutput
        switch selection.format {
        case .json:
            out.write(JSONWriter().string(.object(["as_of": .string(day.description), "themes": .array(themes.map(\.json)),
                                                   "feature_requests": .array(requests.map(\.json)), "sentiment_trends": .array(trends.map(\.json))])))
        case .text:
            guard !notes.isEmpty else {
                out.write("no feedback as of \(day)\n")
                return
            }
            out.write("Themes (\(notes.count) notes, by \(sort == "arr" ? "ARR-weighted demand" : "sentiment, most negative first")):\n")
            for t in themes.prefix(max(limit, 0)) {
                out.write("  \(t.name.leftAligned(24)) \(Money.format(t.arr).rightAligned(12))  \(t.customers.count) customer\(t.customers.count == 1 ? " " : "s")  \(t.notes) note\(t.notes == 1 ? " " : "s")  sentiment \(ScoreTable.signed(t.meanSentiment, 2))  \(t.customers.joined(separator: ", "))\n")
            }
            if themes.count > limit { out.write("  … \(themes.count - limit) more (--limit N, or --format json for all)\n") }
            out.write("\nFeature requests:\n")
            if requests.isEmpty { out.write("  none\n") }
            for r in requests {
                out.write("  \(r.name.leftAligned(38)) \(Money.format(r.arr).rightAligned(12))  \(r.customers.joined(separator: ", "))\n")
            }
            out.write("\nSentiment trend (last 180 days against the 180 before):\n")
            for t in trends {
                let recent = t.recent.map { ScoreTable.signed($0, 2) } ?? "—"
                let previous = t.previous.map { ScoreTable.signed($0, 2) } ?? "—"
                out.write("  \(t.customerID.leftAligned(9)) \(recent.rightAligned(6)) (before \(previous))  \(t.direction)\n")
            }
        }
    }
}

extension String {
    /// Padded with spaces on the left (never cut).
    func rightAligned(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    /// Padded with spaces on the right (never cut, unlike padding(toLength:)).
    func leftAligned(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
