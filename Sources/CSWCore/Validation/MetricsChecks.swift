import CSWJSON
import CSWSchema

/// metrics.jsonl: every line parses and matches the snapshot schema; unknown fields are
/// reported as unknown metrics (CSW0104). Date order is a rule (Rules/MetricDatesRule).
enum MetricsChecks {
    /// The file's snapshots, and whether its strings are known to hold no patient data
    /// (then the guard need not read the file again).
    struct Loaded {
        var snapshots: [LoadedCustomer.Snapshot]
        var freeOfPatientData: Bool
    }

    /// `lineCheck`: the snapshot schema's check in place (nil: every line is parsed in full).
    /// `scanner`: the patient-data scanner, when the guard is on.
    static func load(_ bytes: [UInt8], path: String, schema: CompiledSchema, lineCheck: FlatLineCheck?, scanner: PHIScanner?,
                     into diagnostics: inout [Diagnostic]) -> Loaded {
        if let lineCheck, let quick = quickLoad(bytes, lineCheck, scanner) { return quick }
        let lines = JSONLines.parse(bytes)
        for error in lines.errors {
            diagnostics.append(SchemaDiagnostics.syntax(error, path, code: .invalidJSONLine))
        }
        var snapshots: [LoadedCustomer.Snapshot] = []
        snapshots.reserveCapacity(lines.records.count)
        for record in lines.records {
            let root = record.document.root
            if !schema.isValid(root) {
                for error in schema.validate(root) {
                    if error.keyword == "additionalProperties" {
                        let name = error.pointer.dropFirst()
                        diagnostics.append(Diagnostic(.unknownMetric, path, at: error.location,
                                                      "unknown metric \"\(name)\" in the snapshot of line \(record.line)",
                                                      notes: ["fix the spelling, or declare it in csw.json under custom_metrics with its type"]))
                    } else {
                        diagnostics.append(Diagnostic(.metricSchema, path, at: error.location, error.description,
                                                      notes: SchemaDiagnostics.advice(for: error)))
                    }
                }
            }
            var day: Int32 = 0
            if let d = root["date"]?.stringValue, FormatChecker.check("date", d) == true { day = LoadedCustomer.Snapshot.day(d.utf8) }
            snapshots.append(LoadedCustomer.Snapshot(line: record.line, day: day, dateColumn: root["date"]?.location.column ?? 1))
        }
        return Loaded(snapshots: snapshots, freeOfPatientData: false)
    }

    /// The common case in one pass over the bytes: every line a flat object that certainly
    /// passes the schema. nil as soon as a line is anything else (a syntax error, a failing
    /// or unusual value): then the file is read in full, which explains what is wrong.
    /// JSONLines' rules: a byte order mark at the start only, blank lines skipped.
    static func quickLoad(_ bytes: [UInt8], _ check: FlatLineCheck, _ scanner: PHIScanner?) -> Loaded? {
        bytes.withUnsafeBufferPointer { b -> Loaded? in
            let n = b.count
            var start = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
            var line = 1
            var members: [FlatObjectLine.Member] = [], previous: [FlatObjectLine.Member] = []
            var memo = FlatLineCheck.Memo()
            let dateField = check.field(named: "date")
            var guardian = scanner.map { QuickPatientDataCheck(scanner: $0) }
            var snapshots: [LoadedCustomer.Snapshot] = []
            while start < n {
                var i = start
                while i < n && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D) { i += 1 }
                if i < n && b[i] != 0x0A {
                    guard let stop = FlatObjectLine.read(b, from: i, to: n, into: &members), stop == n || b[stop] == 0x0A,
                          check.passes(b, members, memo: &memo) else { return nil }
                    var day: Int32 = 0
                    var column = 1
                    if let dateField, let k = memo.fields.firstIndex(of: dateField), members[k].kind == .string {
                        let m = members[k]
                        column = m.valueStart - start  // the opening quote's column; the line is ASCII
                        let bytes = UnsafeBufferPointer(rebasing: b[m.valueStart..<m.valueEnd])
                        if FormatChecker.isDate(bytes: bytes) { day = LoadedCustomer.Snapshot.day(bytes) }
                    }
                    snapshots.append(LoadedCustomer.Snapshot(line: line, day: day, dateColumn: column))
                    if guardian != nil && !guardian!.clean(b, members, previous, sameKeys: memo.sameKeys) { guardian = nil }
                    swap(&members, &previous)
                    i = stop
                }
                line += 1
                start = i + 1
            }
            return Loaded(snapshots: snapshots, freeOfPatientData: guardian != nil)
        }
    }
}

/// The patient-data guard over the strings of flat lines as `MetricsChecks` reads them:
/// exactly the strings `PHIGuard.scan` would look at (the lines have no escapes and no
/// quotes outside strings). A key or value equal to the one at the same place on the
/// previous line is clean by one comparison; others go through the scanner's memo of
/// clean texts, then the scanner. A string with "@" (whose findings depend on the
/// customer's contacts) or any finding ends the check: the guard then reads the file.
struct QuickPatientDataCheck {
    let scanner: PHIScanner
    var local = TextsByHash()

    init(scanner: PHIScanner) { self.scanner = scanner }

    /// `sameKeys`: the keys (by member) the schema check already found equal to the previous line's.
    mutating func clean(_ b: UnsafeBufferPointer<UInt8>, _ members: [FlatObjectLine.Member], _ previous: [FlatObjectLine.Member], sameKeys: UInt64) -> Bool {
        for (k, m) in members.enumerated() {
            let before = k < previous.count ? previous[k] : nil
            let sameKey = k < 64 && sameKeys & (1 << UInt64(k)) != 0
            if !sameKey, !(before.map { FlatObjectLine.equal(b, $0.keyStart, $0.keyEnd, m.keyStart, m.keyEnd) } ?? false) {
                guard clean(b, m.keyStart, m.keyEnd) else { return false }
            }
            guard m.kind == .string else { continue }
            if let before, before.kind == .string, FlatObjectLine.equal(b, before.valueStart, before.valueEnd, m.valueStart, m.valueEnd) { continue }
            guard clean(b, m.valueStart, m.valueEnd) else { return false }
        }
        return true
    }

    mutating func clean(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard to - from >= PHIGuard.shortestScanned else { return true }
        let text = UnsafeBufferPointer(rebasing: b[from..<to])
        guard !text.contains(UInt8(ascii: "@")) else { return false }
        let hash = FNV1a.hash(text)
        if scanner.knownClean(hash, text, local: local) { return true }
        guard scanner.scan(Array(text)).isEmpty else { return false }
        scanner.rememberClean(hash, text, local: &local)
        return true
    }
}
