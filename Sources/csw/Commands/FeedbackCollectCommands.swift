import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON
import Foundation

struct FeedbackAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Write a feedback note for a customer (customers/<ID>/feedback/DATE-words.md).",
        discussion: """
        Examples:
          csw feedback add CH_003 --channel nps --type complaint --score 5 --contact "Marcus Hale" --text "Not sure what we are paying for."
          csw feedback add HOSP_001 --channel call --type feature_request --enhancement unit-level-dashboards --file call-notes.md
        """
    )

    @Argument(help: ArgumentHelp("The customer.", valueName: "customer"))
    var customer: String

    @Option(name: .long, help: ArgumentHelp("survey, nps, ticket, call, email, community or review.", valueName: "channel"))
    var channel: String

    @Option(name: .long, help: ArgumentHelp("praise, complaint, feature_request, bug, question or patient_safety (a harm or near miss involving the product; open and critical, it caps health).", valueName: "type"))
    var type: String

    @Option(name: .long, help: ArgumentHelp("A rating given with it, 0–10 (NPS or survey score).", valueName: "N"))
    var score: Double?

    @Option(name: .long, help: ArgumentHelp("Who gave it.", valueName: "name"))
    var contact: String?

    @Option(name: .long, help: ArgumentHelp("low, medium, high or critical.", valueName: "severity"))
    var severity: String?

    @Option(name: .long, help: ArgumentHelp("Tags, comma-separated (the themes of csw feedback themes).", valueName: "tag,tag"))
    var tags: String?

    @Option(name: .long, help: ArgumentHelp("The enhancement it asks for (enhancements/NAME.md).", valueName: "name"))
    var enhancement: String?

    @Option(name: .long, help: ArgumentHelp("Author (CSM id; default: the customer's CSM).", valueName: "csm"))
    var author: String?

    @Option(name: .long, help: ArgumentHelp("The feedback's date (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The feedback text.", valueName: "text"))
    var text: String?

    @Option(name: .long, help: ArgumentHelp("Read the text from this file ('-' for standard input).", valueName: "file"))
    var file: String?

    func run() throws {
        let err = Terminal.standardError
        guard CustomerID(customer) != nil else {
            err.write("error: \(CustomerID.explain(customer))\n")
            throw ExitCode(2)
        }
        guard (text == nil) != (file == nil) else {
            err.write("error: give the feedback as --text TEXT or --file FILE (one of them)\n")
            throw ExitCode(2)
        }
        var body = text ?? ""
        if let file {
            do { body = String(decoding: file == "-" ? StandardInput.readAll() : try FileSystem.read(file), as: UTF8.self) } catch {
                err.write("error: \(error)\n")
                throw ExitCode(2)
            }
        }
        guard !body.allSatisfy(\.isWhitespace) else {
            err.write("error: the feedback text is empty\n")
            throw ExitCode(2)
        }
        let day = try CommandInput.asOf(date)
        let workspace = try Workspace.open()
        let validator = try workspace.validator()
        let folder = workspace.root + "/customers/" + customer
        guard let profile = try? JSONDocument.parse(try FileSystem.read(folder + "/profile.json")).get().root else {
            err.write("error: there is no customer \(customer) (or its profile.json is not valid); see 'csw customer list'\n")
            throw ExitCode(1)
        }
        let note = FeedbackNoteWriter(date: day, channel: channel, type: type, author: author ?? profile["csm_assigned"]?.stringValue, contact: contact,
                                      score: score, severity: severity, status: "new",
                                      tags: tags.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? [],
                                      enhancement: enhancement, body: body)
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let path = try note.write(into: folder, under: workspace.root, customer: customer, validator: validator, name: note.slugName)
        let sentiment = SentimentAnalyser(extra: FeedbackSetup.lexicon()).analyse(body)
        Terminal.standardOutput.write("wrote customers/\(customer)/\(path) (sentiment \(ScoreTable.signed(sentiment.score, 2)) \(sentiment.label.rawValue))\n")
    }
}

/// A feedback note to be written: front matter fields in the order docs/FORMAT.md shows.
struct FeedbackNoteWriter {
    var date: Day
    var channel: String
    var type: String
    var author: String?
    var contact: String?
    var score: Double?
    var severity: String?
    var status: String?
    var tags: [String]
    var enhancement: String?
    var body: String

    var bytes: [UInt8] {
        func quoted(_ s: String) -> String { JSONWriter.compact(.string(s)) }  // a JSON string is a YAML double-quoted scalar
        var lines = ["---", "date: \(date)", "channel: \(quoted(channel))", "type: \(quoted(type))"]
        if let author { lines.append("author: \(quoted(author))") }
        if let contact { lines.append("contact: \(quoted(contact))") }
        if let score { lines.append("score: \(JSONWriter.compact(.number(JSONNumber(score))))") }
        if let severity { lines.append("severity: \(quoted(severity))") }
        if let status { lines.append("status: \(status)") }
        if !tags.isEmpty { lines.append("tags: [\(tags.map(quoted).joined(separator: ", "))]") }
        if let enhancement { lines.append("enhancement: \(quoted(enhancement))") }
        lines.append("---")
        var text = String(String.UnicodeScalarView(body.unicodeScalars.filter { $0 != "\r" }))
        while text.hasSuffix("\n") { text.removeLast() }
        return Array((lines.joined(separator: "\n") + "\n" + text + "\n").utf8)
    }

    /// DATE-first-words.md
    var slugName: String {
        var words: [String] = []
        var current = ""
        for ch in body.lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
            if words.count == 6 { break }
        }
        if !current.isEmpty && words.count < 6 { words.append(current) }
        var slug = words.joined(separator: "-")
        if slug.count > 48 { slug = String(slug.prefix(48)) }
        return "\(date)-\(slug.isEmpty ? "feedback" : slug)"
    }

    /// Checks the note against the feedback schema and writes it atomically as
    /// feedback/NAME.md (NAME-2.md, … when taken); returns the path inside the customer folder.
    func write(into folder: String, under root: String, customer: String, validator: WorkspaceValidator, name: String) throws -> String {
        let bytes = self.bytes
        let problems = validator.checkFeedbackNote(bytes, path: "customers/\(customer)/feedback/\(name).md")
        guard problems.isEmpty else {
            var printer = DiagnosticPrinter(format: .text, out: .standardError)
            printer.print(problems)
            Terminal.standardError.write("nothing was written\n")
            throw ExitCode(2)
        }
        var candidate = name
        var n = 1
        while FileSystem.exists(folder + "/feedback/" + candidate + ".md") {
            n += 1
            candidate = "\(name)-\(n)"
        }
        do {
            try AtomicFile.makeDirectories(folder + "/feedback", under: root)
            try AtomicFile.write(bytes, to: folder + "/feedback/" + candidate + ".md", under: root)
        } catch {
            Terminal.standardError.write("error: \(error)\n  note: nothing was written\n")
            throw ExitCode(2)
        }
        return "feedback/" + candidate + ".md"
    }
}
