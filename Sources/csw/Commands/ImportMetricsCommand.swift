import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct ImportMetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Add snapshots from a product-analytics export to the customers' metrics.jsonl.",
        discussion: """
        Two layouts are read. Wide: a customer column, a date column and one column per \
        metric ("Usage Percentage" is read as usage_percentage; 36.4% as 36.4). Long: one row \
        per value with customer_id, date, metric, value, value_text and source — the \
        metrics.csv of `csw export`, so an export imports back as it was.

        The customer column may hold customer ids, CRM ids (profile.json's crm_ids) or \
        organisation names. A value joins the snapshot of its date, or starts one in date \
        order. A value the workspace already has is not written twice; a different value \
        for the same customer, date and metric is skipped and said — csw never changes a \
        recorded number. Every snapshot is checked against the metric schema (and csw.json's \
        custom_metrics) first; all files are written or none. A row with a problem (an \
        unknown customer, a date or value csw cannot read, a different value for a recorded \
        one) stops the whole import: nothing is written until it is fixed, unless \
        --apply-valid writes the other rows.

        A map (JSON):
          {"columns": {"customer": "Account", "date": "Week"}, "metrics": {"DAU %": "usage_percentage"},
           "ignore": ["Notes"], "source": "amplitude", "month_first": true}

        Exit status: 0 imported (or nothing to do), 1 some rows have problems (nothing \
        written; with --apply-valid the rest is), 2 the file or map could not be read.

        Examples:
          csw import metrics usage-2026-11.csv --dry-run
          csw import metrics usage-2026-11.csv --apply-valid   # write the good rows
          csw import metrics amplitude.csv --map amplitude-map.json --format json
        """
    )

    @Argument(help: ArgumentHelp("The analytics export.", valueName: "file.csv"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Column names, metric names and the source (JSON).", valueName: "file.json"))
    var map: String?

    @Flag(name: .customLong("dry-run"), help: "Print the plan; write nothing.")
    var dryRun = false

    @OptionGroup var partial: ApplyValidOption

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let err = Terminal.standardError
        let (csv, importMap) = try ImportSupport.load(file: file, map: map)
        let workspace = try Workspace.open()
        let validator = try workspace.validator()
        let lock = dryRun ? nil : try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let directory = CustomerDirectory(try ImportSupport.profiles(workspace))
        var files: [String: MetricsFile] = [:]
        var unreadable: [String: String] = [:]
        func path(_ customer: String) -> String { "customers/\(customer)/metrics.jsonl" }
        // Each customer's metrics.jsonl is read and parsed once. A customer without one
        // starts one; a file csw cannot read is reported and its rows skipped.
        func metrics(_ customer: String) -> MetricsFile {
            if let f = files[customer] { return f }
            var bytes: [UInt8] = []
            let full = workspace.reader.path(path(customer))
            do {
                if let file = try FileSystem.readRegularFile(full) { bytes = file.bytes } else if FileSystem.exists(full) { unreadable[customer] = "\(path(customer)) is not a regular file (a link or a folder)" }
            } catch {
                unreadable[customer] = "\(error)"
            }
            let f = MetricsFile(bytes)
            if let e = f.error, unreadable[customer] == nil { unreadable[customer] = "\(path(customer)):\(e.location.line):\(e.location.column): \(e.message)" }
            files[customer] = f
            return f
        }
        var plan: MetricsImport.Plan
        switch MetricsImport.plan(header: csv.header, rows: ImportSupport.rows(csv), map: importMap, directory: directory, decimalComma: csv.semicolons,
                                  recorded: { metrics($0).snapshots }) {
        case .failure(let problem):
            err.write("error: \(file): \(problem)\n")
            throw ExitCode(2)
        case .success(let p): plan = p
        }

        // Check each snapshot as it will be, then edit the files in memory.
        var kept: [MetricsImport.Snapshot] = []
        var changed: Set<String> = []
        for snapshot in plan.snapshots {
            func skip(_ reason: String) { for line in snapshot.lines { plan.skips.append(CRMImport.Skip(line: line, name: snapshot.customer, reason: reason)) } }
            if let why = unreadable[snapshot.customer] {
                skip("\(why); fix the file first (csw validate)")
                continue
            }
            let merged = metrics(snapshot.customer).merged(snapshot.values, date: snapshot.date)
            let problems = validator.checkSnapshot(.object(merged), path: path(snapshot.customer))
            if problems.isEmpty {
                files[snapshot.customer]!.set(merged, date: snapshot.date)
                changed.insert(snapshot.customer)
                kept.append(snapshot)
            } else {
                skip("the \(snapshot.date) snapshot would not be valid: " + problems.map(\.message).joined(separator: "; "))
            }
        }
        plan.snapshots = kept
        plan.skips.sort { $0.line < $1.line }
        // All or nothing: a skipped row keeps every file as it is, unless --apply-valid.
        let refused = !plan.skips.isEmpty && !partial.applyValid
        if !dryRun && !refused && !changed.isEmpty {
            try ImportSupport.writeAll(changed.sorted().map { (workspace.reader.path(path($0)), files[$0]!.bytes) }, under: workspace.root)
        }

        let out = Terminal.standardOutput
        switch format {
        case .json:
            func n(_ i: Int) -> JSONValue { .number(JSONNumber(i)) }
            out.write(JSONWriter().string(.object([
                "file": .string(file), "layout": .string(plan.layout), "rows": n(plan.rows), "dry_run": .bool(dryRun), "refused": .bool(refused),
                "snapshots": .array(plan.snapshots.map { s in
                    .object(["customer_id": .string(s.customer), "date": .string(s.date), "new": .bool(s.existingLine == nil),
                             "values": .object(s.values), "lines": .array(s.lines.map(n))])
                }),
                "already_recorded": n(plan.alreadyRecorded),
                "skip": .array(plan.skips.map(ImportSupport.skipJSON)),
            ])))
        case .text:
            func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            var text = "\(file): \(plural(plan.rows, "row")) read (\(plan.layout) layout)\n"
            let new = plan.snapshots.filter { $0.existingLine == nil }
            text += "  add \(plural(plan.addedValues, "value")) for \(plural(changed.count, "customer")): \(plural(new.count, "new snapshot")), \(plural(plan.snapshots.count - new.count, "existing snapshot")) extended\n"
            for (customer, group) in Dictionary(grouping: plan.snapshots, by: \.customer).sorted(by: { $0.key < $1.key }) {
                let dates = group.map(\.date).sorted()
                text += "    " + out.styled("+ \(customer)", .green) + "  \(dates.count == 1 ? dates[0] : "\(dates.first!) … \(dates.last!) (\(dates.count) dates)")\n"
            }
            if plan.alreadyRecorded > 0 { text += "  already recorded \(plural(plan.alreadyRecorded, "value"))\n" }
            // A wide row can lose one value and keep the others: count rows, and values when more.
            let lines = Set(plan.skips.map(\.line)).count
            text += "  skip \(plural(lines, "row"))\(plan.skips.count > lines ? " (\(plan.skips.count) values)" : "")\n"
            text += ImportSupport.skipText(plan.skips, file: file)
            if dryRun {
                text += "dry run: nothing written\n"
                if refused { text += ImportSupport.refusal(ImportSupport.problems(lines), dryRun: true) }
            } else if refused {
                text += ImportSupport.refusal(ImportSupport.problems(lines), dryRun: false)
            } else {
                text += changed.isEmpty ? "nothing to write\n" : "wrote \(plural(changed.count, "metrics file")); review with 'csw status', then 'csw commit'\n"
            }
            out.write(text)
        }
        if !plan.skips.isEmpty { throw ExitCode(1) }
    }
}
