import CSWCore
import CSWJSON

/// Prints diagnostics as they arrive: `path:line:column: error[CODE]: message` with notes
/// for people, one line each (control characters escaped, so a name cannot forge a line), or
/// one JSON array for scripts (written incrementally, so memory stays flat).
struct DiagnosticPrinter {
    let format: OutputFormat
    let out: Terminal
    private(set) var errors = 0
    private(set) var warnings = 0
    private var printedAny = false

    init(format: OutputFormat, out: Terminal = .standardOutput) {
        self.format = format
        self.out = out
        if format == .json { out.write("[") }
    }

    mutating func print(_ diagnostics: [Diagnostic]) {
        var text = ""
        // Every diagnostic passes the PHI redaction: a value it quotes from a file shows
        // each identifier the scanner finds in it as its mask (PHIRedaction).
        for d in diagnostics.map({ PHIRedaction.redact($0) }) {
            if d.severity == .error { errors += 1 } else { warnings += 1 }
            switch format {
            case .text:
                // Path, message and notes carry names and values from files: a control
                // character in them (a line break that would forge a diagnostic line, ESC)
                // is shown as \u000A, \u001B (TerminalText).
                let severity = d.severity == .error ? out.styled("error", .red) : out.styled("warning", .yellow)
                text += out.styled("\(TerminalText.visible(d.path)):\(d.line):\(d.column):", .bold) + " \(severity)[\(d.code.rawValue)]: \(TerminalText.visible(d.message))\n"
                for note in d.notes { text += "  " + out.styled("note:", .dim) + " \(TerminalText.visible(note))\n" }
            case .json:
                var object = JSONObject()
                object["path"] = .string(d.path)
                object["line"] = .number(JSONNumber(d.line))
                object["column"] = .number(JSONNumber(d.column))
                object["severity"] = .string(d.severity.rawValue)
                object["code"] = .string(d.code.rawValue)
                object["message"] = .string(d.message)
                object["notes"] = .array(d.notes.map { .string($0) })
                text += (printedAny ? ",\n  " : "\n  ") + JSONWriter.compact(.object(object))
                printedAny = true
            }
        }
        if !text.isEmpty { out.write(text) }
    }

    mutating func finish() {
        if format == .json { out.write(printedAny ? "\n]\n" : "]\n") }
    }
}
