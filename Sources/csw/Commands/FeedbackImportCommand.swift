import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON
import Foundation

struct FeedbackImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a survey export (CSV) as feedback notes, matching respondents to customers.",
        discussion: """
        Columns are found by name (organisation or company, email, score or NPS, comment, \
        date) or named in --map. Each row is matched to a customer by the map's \
        organizations table, then by customer id, then by organisation name, then by the \
        email's domain (the profile's and team members' addresses). Rows that match no \
        customer or more than one, or whose date or score csw cannot read, are listed with \
        their line, and then nothing is written (exit status 1): fix them, or add \
        --apply-valid to write the other rows (still exit status 1). Every note is checked \
        against the feedback schema first, and all notes are written or none. A row \
        imported before is not written twice.

        A map (JSON):
          {"columns": {"organization": "Account", "email": "Respondent", "score": "NPS",
                       "comment": "Why?", "date": "Submitted"},
           "organizations": {"Metro Health": "HOSP_001"}, "channel": "nps", "tags": ["q4-survey"]}

        Examples:
          csw feedback import survey.csv --dry-run
          csw feedback import survey.csv --map survey-map.json --format json
          csw feedback import survey.csv --apply-valid   # write the matched rows
        """
    )

    @Argument(help: ArgumentHelp("The CSV export.", valueName: "file.csv"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Column names and organisation aliases (JSON).", valueName: "file.json"))
    var map: String?

    @Option(name: .long, help: ArgumentHelp("The notes' channel (default: the map's, else nps when there is a score column, else survey).", valueName: "channel"))
    var channel: String?

    @Flag(name: .customLong("dry-run"), help: "Show what would be imported; write nothing.")
    var dryRun = false

    @OptionGroup var partial: ApplyValidOption

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    struct Unmatched {
        let line: Int
        let organization: String
        let email: String
        let reason: String
    }

    func run() throws {
        let err = Terminal.standardError
        let csv = try ImportSupport.csv(file)
        let mapValue = try map.map(ImportSupport.json)
        func column(_ key: String, _ names: [String]) throws -> Int? {
            if let wanted = mapValue?["columns"]?[key]?.stringValue {
                guard let i = csv.header.firstIndex(where: { $0.lowercased() == wanted.lowercased() }) else {
                    err.write("error: the map names column \"\(wanted)\" for \(key), but \(file) has: \(csv.header.joined(separator: ", "))\n")
                    throw ExitCode(2)
                }
                return i
            }
            return csv.header.firstIndex { names.contains($0.lowercased()) }
        }
        let orgColumn = try column("organization", ["organization", "organisation", "company", "account", "hospital", "org", "customer"])
        let emailColumn = try column("email", ["email", "e-mail", "respondent email", "respondent", "email address"])
        let scoreColumn = try column("score", ["score", "nps", "rating", "likelihood to recommend", "nps score"])
        let commentColumn = try column("comment", ["comment", "comments", "feedback", "why", "response", "text", "reason"])
        let dateColumn = try column("date", ["date", "submitted", "submitted at", "response date", "created", "timestamp"])
        guard orgColumn != nil || emailColumn != nil else {
            err.write("error: \(file) has no organisation or email column (columns: \(csv.header.joined(separator: ", ")))\n  note: name them in --map: {\"columns\": {\"organization\": \"…\", \"email\": \"…\"}}\n")
            throw ExitCode(2)
        }
        guard let dateColumn else {
            err.write("error: \(file) has no date column (columns: \(csv.header.joined(separator: ", ")))\n  note: name it in --map: {\"columns\": {\"date\": \"…\"}}\n")
            throw ExitCode(2)
        }
        let noteChannel = channel ?? mapValue?["channel"]?.stringValue ?? (scoreColumn != nil ? "nps" : "survey")
        var extraTags: [String] = ["survey-import"]
        if case .array(let items)? = mapValue?["tags"] { extraTags = items.compactMap(\.stringValue) }
        var aliases: [String: String] = [:]
        if case .object(let o)? = mapValue?["organizations"] { for (k, v) in o { if let id = v.stringValue { aliases[CRMValue.words(k)] = id } } }

        let workspace = try Workspace.open()
        let validator = try workspace.validator()
        let directory = CustomerDirectory(try ImportSupport.profiles(workspace, strict: false))
        let analyser = SentimentAnalyser(extra: FeedbackSetup.lexicon())
        let lock = dryRun ? nil : try workspace.lock()
        defer { withExtendedLifetime(lock) {} }

        var notes: [(path: String, bytes: [UInt8])] = [], already = 0
        var planned: Set<String> = []
        var unmatched: [Unmatched] = []
        for row in csv.rows {
            func field(_ i: Int?) -> String { i.flatMap { $0 < row.fields.count ? row.fields[$0].trimmingCharacters(in: .whitespaces) : nil } ?? "" }
            let org = field(orgColumn), email = field(emailColumn), comment = field(commentColumn)
            let match = directory.match(organization: org, email: email, aliases: aliases)
            guard case .success(let customer) = match else {
                if case .failure(let miss) = match { unmatched.append(Unmatched(line: row.line, organization: org, email: email, reason: miss.reason)) }
                continue
            }
            guard let day = CRMValue.day(field(dateColumn), monthFirst: true) else {
                unmatched.append(Unmatched(line: row.line, organization: org, email: email, reason: "date \"\(field(dateColumn))\" is not YYYY-MM-DD, an ISO date-time or MM/DD/YYYY"))
                continue
            }
            var score: Double?
            if !field(scoreColumn).isEmpty {
                guard let s = Double(field(scoreColumn)), s >= 0, s <= 10 else {
                    unmatched.append(Unmatched(line: row.line, organization: org, email: email, reason: "score \"\(field(scoreColumn))\" is not a number from 0 to 10"))
                    continue
                }
                score = s
            }
            let text = comment.isEmpty ? "(no comment)" : comment
            let type = Self.type(score: score, sentiment: analyser.analyse(comment), text: comment)
            let note = FeedbackNoteWriter(date: day, channel: noteChannel, type: type, author: nil, contact: email.isEmpty ? nil : email, score: score,
                                          severity: nil, status: "new", tags: extraTags, enhancement: nil, body: text)
            let name = "\(day)-\(noteChannel)-" + String(FNV1a.hex16("\(customer)|\(day)|\(email)|\(score.map { "\($0)" } ?? "")|\(comment)").prefix(8))
            let path = "customers/\(customer)/feedback/\(name).md"
            if FileSystem.exists(workspace.root + "/" + path) || planned.contains(path) {
                already += 1
                continue
            }
            // A note the schema refuses comes from the run's settings (--channel, the map's
            // tags), not from one row: it stops the import before anything is written.
            let bytes = note.bytes
            let problems = validator.checkFeedbackNote(bytes, path: path)
            guard problems.isEmpty else {
                var printer = DiagnosticPrinter(format: .text, out: .standardError)
                printer.print(problems)
                err.write("nothing was written\n")
                throw ExitCode(2)
            }
            planned.insert(path)
            notes.append((path, bytes))
        }
        // All or nothing: a row not imported keeps every file as it is, unless --apply-valid.
        let refused = !unmatched.isEmpty && !partial.applyValid
        if !dryRun && !refused && !notes.isEmpty {
            try ImportSupport.writeAll(notes.map { (workspace.root + "/" + $0.path, $0.bytes) }, under: workspace.root)
        }
        // A dry run lists the notes it would write; a refused import writes none.
        let written = refused && !dryRun ? [] : notes.map(\.path)
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.object([
                "dry_run": .bool(dryRun), "refused": .bool(refused), "written": .array(written.map(JSONValue.string)), "already_imported": .number(JSONNumber(already)),
                "unmatched": .array(unmatched.map { .object(["line": .number(JSONNumber($0.line)), "organization": .string($0.organization),
                                                           "email": .string($0.email), "reason": .string($0.reason)]) }),
            ])))
        case .text:
            out.write("\(dryRun || refused ? "would import" : "imported") \(notes.count) note\(notes.count == 1 ? "" : "s") from \(csv.rows.count) row\(csv.rows.count == 1 ? "" : "s")\(already > 0 ? " (\(already) already imported)" : "")\n")
            for note in notes { out.write("  \(note.path)\n") }
            for u in unmatched {
                let who = [u.organization.isEmpty ? nil : "\"\(u.organization)\"", u.email.isEmpty ? nil : u.email].compactMap { $0 }.joined(separator: ", ")
                err.write("\(file):\(u.line): not imported: \(who.isEmpty ? "row" : who): \(u.reason)\n")
            }
            if !unmatched.isEmpty {
                err.write("\(unmatched.count) row\(unmatched.count == 1 ? "" : "s") not imported; add the organisations to the map's \"organizations\" ({\"Name in the export\": \"CUSTOMER_ID\"}) and run the import again\n")
                if refused { err.write(ImportSupport.refusal(ImportSupport.problems(unmatched.count), dryRun: dryRun)) }
            }
        }
        if !unmatched.isEmpty { throw ExitCode(1) }
    }

    /// Score 9–10 praise, 0–6 complaint; otherwise (or without a score) a request when the
    /// text asks for something, else by sentiment: positive praise, negative complaint,
    /// neutral question.
    static func type(score: Double?, sentiment: Sentiment, text: String) -> String {
        if let score, score >= 9 { return "praise" }
        if let score, score <= 6 { return "complaint" }
        let lower = text.lowercased()
        if ["would like", "wish", "please add", "could you add", "can you add", "feature request", "it would help", "would love"].contains(where: lower.contains) {
            return "feature_request"
        }
        switch sentiment.label {
        case .positive: return "praise"
        case .negative: return "complaint"
        case .neutral: return score == nil ? "question" : "praise"
        }
    }
}
