import ArgumentParser
import CSWCore
import CSWJSON

struct PHIScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scan", abstract: "Report possible patient data: file, line, column, type and a masked excerpt.")

    @Argument(help: ArgumentHelp("Files or folders to scan (default: every file of the workspace).", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let (findings, unscanned) = try PHISupport.scan(paths)
        let out = Terminal.standardOutput
        switch format {
        case .json:
            // No hash of the span, keyed or not: path, place, type and mask only.
            out.write(JSONWriter().string(.array(findings.map { f in
                .object(["path": .string(PHIRedaction.redact(f.path)), "line": .number(JSONNumber(f.location.line)),
                         "column": .number(JSONNumber(f.location.column)), "type": .string(f.kind.rawValue), "masked": .string(f.masked)])
            })))
        case .text:
            for f in findings {
                out.write("\(TerminalText.visible(PHIRedaction.redact(f.path))):\(f.location.line):\(f.location.column): \(f.kind.rawValue): \(f.masked) (\(f.kind.title))\n")
            }
            let skipped = unscanned == 0 ? "" : " (\(unscanned) file\(unscanned == 1 ? "" : "s") not scanned, above)"
            Terminal.standardError.write(findings.isEmpty ? "no patient data found\(skipped)\n"
                                                          : "\(findings.count) possible identifier\(findings.count == 1 ? "" : "s")\(skipped); remove them, or record a reviewed false alarm with csw phi allow PATH:LINE:COLUMN --reason \"…\"\n")
        }
        // A file csw could not read (too large, binary) is not known to be clean.
        if !findings.isEmpty || unscanned > 0 { throw ExitCode(1) }
    }
}
