import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct SentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score the sentiment of feedback text: −1 to 1, a label, and the words that drove it.",
        discussion: """
        Offline and explainable: a lexicon with a customer-success and healthcare \
        vocabulary ("alert fatigue", "downtime", "saves our nurses time"), negation, \
        intensifiers, contrast ("but") and emphasis, and measures read with their \
        direction ("readmissions are down" is good news). 0.05 and above is positive, \
        −0.05 and below negative (docs/FEEDBACK.md). Inside a workspace, csw.json's \
        sentiment.lexicon adds terms.

        Examples:
          csw sentiment "Readmissions are down, but the alerts are still too noisy."
          csw sentiment --file comments.txt --format json     # one text per line
          pbpaste | csw sentiment --file -
        """
    )

    @Argument(help: ArgumentHelp("Texts to score (each argument is one text).", valueName: "text"))
    var texts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read texts from this file, one per line ('-' for standard input).", valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        var all = texts
        if let file {
            let bytes: [UInt8]
            if file == "-" {
                bytes = StandardInput.readAll()
            } else {
                do { bytes = try FileSystem.read(file) } catch {
                    Terminal.standardError.write("error: \(error)\n")
                    throw ExitCode(2)
                }
            }
            all += String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
        }
        guard !all.isEmpty else {
            Terminal.standardError.write("error: give a text to score, or --file FILE (one text per line)\n")
            throw ExitCode(2)
        }
        let analyser = SentimentAnalyser(extra: FeedbackSetup.lexicon())
        let results = all.map { ($0, analyser.analyse($0)) }
        let out = Terminal.standardOutput
        switch format {
        case .json:
            out.write(JSONWriter().string(.array(results.map { text, s in
                var o: JSONObject = ["text": .string(text)]
                for (k, v) in s.json { o[k] = v }
                return .object(o)
            })))
        case .text:
            for (text, s) in results {
                let drivers = s.drivers.isEmpty ? "no sentiment words" : s.drivers.map { "\($0.term) \(ScoreTable.signed($0.weight))" }.joined(separator: ", ")
                out.write("\(ScoreTable.signed(s.score, 2).rightAligned(5)) \(s.label.rawValue.leftAligned(8)) \(text)\n")
                out.write("      \(drivers)\n")
            }
        }
    }
}
