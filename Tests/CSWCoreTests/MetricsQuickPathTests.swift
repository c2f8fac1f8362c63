import CSWJSON
import Testing
@testable import CSWCore

/// `csw validate` reads a metrics.jsonl in one pass over its bytes when every line is a
/// plain valid snapshot, and in full otherwise. Whatever the file holds — bad values,
/// unknown metrics, duplicate or unordered dates, escapes, blank lines, a byte order mark,
/// patient data in a custom text metric — the diagnostics are the full path's, to the
/// column.
@Suite struct MetricsQuickPathTests {
    static let config = """
    {"name": "Quick path", "format_version": 1,
     "csms": [{"id": "priya.raman", "name": "Dana Lee", "email": "dana.lee@vendor.example"}],
     "custom_metrics": {"site_note": {"type": "string"}, "beds": {"type": "integer", "minimum": 0, "maximum": 5000}}}
    """

    static let cleanNotes = ["\"on track for go-live\"", "\"room 12\"", "\"ok\"", "\"dana.lee@vendor.example will follow up\""]
    static let notes = cleanNotes + [
        "\"SSN 123-45-6789 came up on the call\"", "\"ask jane.roe@gmail.com about the pilot\"",
        "\"MRN 00123456 was readmitted\"", "\"Patient John Smith DOB 03/14/1961\"",
        "\"on \\u0074rack\"", "\"caf\\u00e9 meeting\"", "\"call 312-555-0143 after 5\"",
    ]
    static let values: [(key: String, good: [String], bad: [String])] = [
        ("usage_percentage", ["82.19", "0", "100", "55"], ["-5", "150", "\"high\"", "1e400"]),
        ("nps_score", ["8.43", "0", "10", "7"], ["null", "[1]", "-20", "60"]),
        ("support_ticket_volume", ["4", "0", "12"], ["2.5", "-1"]),
        ("beds", ["0", "250", "5000"], ["5001", "3.0", "true"]),
        ("site_note", cleanNotes, ["12"] + notes),
        ("engagement_levle", [], ["0.7"]),
    ]

    /// A file that is clean, holds patient data, or has any kind of problem, a third each.
    static func file(_ random: inout SplitMix64) -> [UInt8] {
        let kind = random.next() % 3  // 0 clean, 1 patient data in notes, 2 anything
        var lines: [String] = []
        var month = 1 + Int(random.next() % 12)
        var year: UInt64 = random.next() % 6 == 0 ? 1961 : 2022
        for _ in 0..<(1 + Int(random.next() % 24)) {
            let roll = random.next() % 40
            if roll == 0 { lines.append(""); continue }
            if roll == 1 && kind == 2 { lines.append("{\"date\": \"2022-01-01\", \"usage_percentage\": 5"); continue }  // cut short
            if roll > 3 || kind != 2 {  // otherwise the same date again
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
            let date = String(format: year, month)
            var members = ["\"date\": \"\(date)\""]
            for field in values where random.next() % 2 == 0 {
                var pool = field.good
                if kind == 1 && field.key == "site_note" { pool = notes }
                if kind == 2 && random.next() % 6 == 0 || pool.isEmpty { pool = field.bad }
                if pool == field.bad && kind != 2 { continue }
                members.append("\"\(field.key)\": \(pool[Int(random.next() % UInt64(pool.count))])")
            }
            if random.next() % 10 == 0 { members.swapAt(0, members.count - 1) }
            if kind == 2 && random.next() % 10 == 0 { members.insert("\"usage_percentage\": 1", at: members.count / 2) }  // twice in the line: a syntax error
            lines.append("{" + members.joined(separator: random.next() % 5 == 0 ? " , " : ", ") + "}")
        }
        if kind == 2 && random.next() % 4 == 0 { lines.swapAt(0, lines.count - 1) }
        var text = lines.joined(separator: random.next() % 5 == 0 ? "\r\n" : "\n") + (random.next() % 2 == 0 ? "\n" : "")
        if random.next() % 10 == 0 { text = "\u{FEFF}" + text }
        return Array(text.utf8)
    }

    static func String(format year: UInt64, _ month: Int) -> Swift.String {
        "\(year)-" + (month < 10 ? "0" : "") + "\(month)-01"
    }

    @Test func theQuickPathReportsWhatTheFullPathReports() throws {
        let checked = WorkspaceValidator.checkConfig(Array(Self.config.utf8))
        let quick = try #require(checked.validator, "\(checked.diagnostics)")
        #expect(quick.metricsLineCheck != nil)
        var full = quick
        full.metricsLineCheck = nil
        let profile = try #require(WorkspaceTemplate.exampleFiles.first { $0.path == "customers/AMC_002/profile.json" }?.text)
        var random = SplitMix64(seed: 2026)
        var settledQuickly = 0, withPatientData = 0, withOtherProblems = 0
        for _ in 0..<400 {
            let metrics = Self.file(&random)
            let folder = CustomerFolder(name: "AMC_002", entries: [.file(path: "metrics.jsonl", bytes: metrics),
                                                                   .file(path: "profile.json", bytes: Array(profile.utf8))])
            let expected = full.check(folder)
            #expect(quick.check(folder) == expected, "\(Swift.String(decoding: metrics, as: UTF8.self))")
            if let check = quick.metricsLineCheck, MetricsChecks.quickLoad(metrics, check, quick.rosterScanner) != nil { settledQuickly += 1 }
            if expected.contains(where: { $0.code == .patientData }) { withPatientData += 1 }
            if expected.contains(where: { $0.code != .patientData }) { withOtherProblems += 1 }
        }
        // every kind of file occurs: settled in one pass, with patient data, with other problems
        #expect(settledQuickly > 40 && withPatientData > 40 && withOtherProblems > 40,
                "quick \(settledQuickly), patient data \(withPatientData), other problems \(withOtherProblems)")
    }
}
