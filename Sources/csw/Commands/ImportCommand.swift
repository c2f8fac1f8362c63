import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring in accounts from a CRM export and metrics from a product-analytics export (CSV).",
        subcommands: [ImportCRMCommand.self, ImportMetricsCommand.self]
    )
}

struct ImportCRMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crm",
        abstract: "Create or update customers from a Salesforce or HubSpot account export.",
        discussion: """
        Each row is matched to a customer by its CRM id (profile.json's crm_ids), then by \
        organisation name; an unmatched row becomes a new customer (it needs a name, tier, \
        owner, contract start and amount). csw prints the plan first — customers to create, \
        fields to update, rows skipped with their reasons — then writes it, all files or \
        none. A row or field with a problem (a value csw cannot read, an owner who is not \
        a CSM, a second row for the same account, a profile that would not be valid) stops \
        the whole import: nothing is written until it is fixed, unless --apply-valid \
        writes the other rows. Running the same export again changes nothing.

        The CRM does not silently undo a CSM's change. csw records in profile.json \
        (crm_synced) what the CRM said at each import: a value only the CRM changed since \
        then is taken; one only the CSM changed stands. When both changed, a workspace \
        value set after the CRM record's last-modified date (by a commit, or by an edit not \
        committed yet) is kept and listed; without a last-modified column every such value \
        is kept. Times without an offset are taken as the earliest they can mean (UTC+14) \
        unless the map names the export's "time_zone". --overwrite takes the CRM's values \
        anyway, and lists each one it replaced.

        Columns are found by the preset's names (Salesforce "Account ID", "Account Name", \
        "Tier", "Type" (as status), "Industry", "Account Owner", "ARR" or "Amount", "Contract Start \
        Date", "Billing State/Province", "Last Modified Date", …; HubSpot "Record ID", \
        "Company name", …; csw: the columns of `csw export`'s customers.csv). Owners become \
        CSM ids through csw.json's csms (id, name or email); a billing state becomes a region.

        A map (JSON) names other columns and translates values:
          {"columns": {"tier": "Customer Level"}, "values": {"tier": {"Gold": "strategic"},
           "csm_assigned": {"Jane Doe": "dana.okafor"}}, "month_first": false, "time_zone": "-05:00"}

        Exit status: 0 imported (or nothing to do), 1 some rows or fields have problems \
        (nothing written; with --apply-valid the rest is), 2 the file or map could not be read.

        Examples:
          csw import crm accounts.csv --preset salesforce --dry-run
          csw import crm accounts.csv --apply-valid   # write the rows without problems
          csw import crm companies.csv --preset hubspot --map hubspot-map.json
          csw import crm exports/customers.csv          # csw's own export: preset csw
        """
    )

    @Argument(help: ArgumentHelp("The CRM's account export.", valueName: "file.csv"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The export's layout (default: recognised from its columns).", valueName: "salesforce|hubspot|csw"))
    var preset: String?

    @Option(name: .long, help: ArgumentHelp("Column names and value translations (JSON).", valueName: "file.json"))
    var map: String?

    @Flag(name: .customLong("dry-run"), help: "Print the plan; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Take the CRM's value even where the workspace's is newer (each is listed).")
    var overwrite = false

    @OptionGroup var partial: ApplyValidOption

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func run() throws {
        let err = Terminal.standardError
        let (csv, importMap) = try ImportSupport.load(file: file, map: map)
        guard let chosen = preset.map(CRMPreset.named) ?? CRMPreset.detect(header: csv.header) else {
            if let preset { err.write("error: unknown preset \"\(preset)\" (salesforce, hubspot or csw)\n") } else {
                err.write("error: csw cannot tell which CRM \(file) comes from (columns: \(csv.header.joined(separator: ", ")))\n  note: name it: --preset salesforce, --preset hubspot or --preset csw\n")
            }
            throw ExitCode(2)
        }
        let workspace = try Workspace.open()
        let validator = try workspace.validator()
        let lock = dryRun ? nil : try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        let existing = try ImportSupport.profiles(workspace)
        let current = Dictionary(existing.map { ($0.id, $0.profile) }, uniquingKeysWith: { a, _ in a })
        let provenance = FieldProvenance(workspace)
        let options = CRMImport.Options(preset: chosen, map: importMap, csms: validator.hasRoster ? validator.config.csms : nil, overwrite: overwrite)
        var plan: CRMImport.Plan
        switch CRMImport.plan(header: csv.header, rows: ImportSupport.rows(csv), existing: existing, options: options, changedAt: { id, path in
            provenance.changed(customer: id, path: path, current: current[id].flatMap { CRMImport.value(at: path, in: $0) })
        }) {
        case .failure(let problem):
            err.write("error: \(file): \(problem)\n")
            throw ExitCode(2)
        case .success(let p): plan = p
        }
        check(&plan, validator, existing: current)

        let files = plan.creates.map { (workspace.reader.path("customers/\($0.id)/profile.json"), CanonicalForm.json(.object($0.profile))) }
            + plan.updates.filter { $0.profile != current[$0.id] }.map { (workspace.reader.path("customers/\($0.id)/profile.json"), CanonicalForm.json(.object($0.profile))) }
        // All or nothing: a skipped row or field keeps every file as it is, unless --apply-valid.
        let problems = plan.skips.count + plan.rejectedFields
        let refused = problems > 0 && !partial.applyValid
        if !dryRun && !refused && !files.isEmpty { try ImportSupport.writeAll(files, under: workspace.root) }

        let out = Terminal.standardOutput
        switch format {
        case .json: out.write(JSONWriter().string(json(plan, refused: refused)))
        case .text: out.write(text(plan, refused: refused, style: out))
        }
        if problems > 0 { throw ExitCode(1) }
    }

    /// Each profile the plan would write, checked like `csw customer add` checks one: a
    /// new customer that would not be valid becomes a skipped row; an update that would add
    /// an error the profile did not have is skipped whole.
    func check(_ plan: inout CRMImport.Plan, _ validator: WorkspaceValidator, existing: [String: JSONObject]) {
        func errors(_ profile: JSONObject, _ id: String) -> [String] {
            let document = try! JSONDocument.parse(CanonicalForm.json(.object(profile))).get()
            return validator.checkNewProfile(document, path: "customers/\(id)/profile.json").filter { $0.severity == .error }.map(\.message)
        }
        var creates: [CRMImport.Create] = []
        for create in plan.creates {
            let problems = errors(create.profile, create.id)
            if problems.isEmpty { creates.append(create) } else {
                plan.skips.append(CRMImport.Skip(line: create.line, name: create.profile["organization_name"]?.stringValue ?? create.id,
                                                 reason: "the new profile would not be valid: " + problems.joined(separator: "; ")))
            }
        }
        plan.creates = creates
        var updates: [CRMImport.Update] = []
        for update in plan.updates {
            // The profile as it was is checked only when the new one has errors.
            var added = errors(update.profile, update.id)
            if !added.isEmpty, let original = existing[update.id] {
                let before = Set(errors(original, update.id))
                added.removeAll { before.contains($0) }
            }
            if added.isEmpty { updates.append(update) } else {
                plan.skips.append(CRMImport.Skip(line: update.line, name: update.id, reason: "the updated profile would not be valid: " + added.joined(separator: "; ")))
            }
        }
        plan.updates = updates
        plan.skips.sort { $0.line < $1.line }
    }

    /// "2026-11-20 14:33 UTC".
    static func when(_ seconds: Int64) -> String {
        String(CRMImport.iso(seconds).prefix(16)).replacingAll("T", with: " ") + " UTC"
    }

    func text(_ plan: CRMImport.Plan, refused: Bool, style: Terminal) -> String {
        func show(_ v: JSONValue?) -> String { v.map { JSONWriter.compact($0) } ?? "(none)" }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var out = "\(file): \(plural(plan.rows, "row")) read as a \(plan.preset) export\n"
        out += "  create \(plural(plan.creates.count, "customer"))\n"
        for c in plan.creates {
            out += "    " + style.styled("+ \(c.id)", .green) + "  \(c.profile["organization_name"]?.stringValue ?? "") (line \(c.line))\n"
        }
        let changed = plan.updates.filter { !$0.changes.isEmpty }
        out += "  update \(plural(changed.count, "customer")), \(plural(plan.changedFields, "field"))\n"
        for u in changed {
            out += "    " + style.styled("~ \(u.id)", .yellow) + "  line \(u.line), matched by \(u.matchedBy)\n"
            for c in u.changes {
                out += "        \(c.field): \(show(c.old)) → \(show(c.new))\(c.overwritten ? "  (--overwrite: the workspace's value was newer)" : "")\n"
            }
        }
        if plan.keptFields > 0 {
            out += "  keep \(plural(plan.keptFields, "field")) the workspace changed after the CRM's record\n"
            for u in plan.updates {
                for k in u.kept {
                    let set = k.changed.map { p in "set \(Self.when(p.time))" + (p.commit.map { " in \($0)" } ?? " (not committed)") + (p.author.map { " by \($0)" } ?? "") } ?? "set at an unknown time"
                    let crm = k.crmModifiedText.map { "the CRM's record changed \($0)" } ?? "the export has no last-modified date"
                    out += "    = \(u.id)  \(k.field) stays \(show(k.workspace)), CRM says \(show(k.crm)) (\(set); \(crm))\n"
                }
            }
            out += "    note: to take the CRM's values anyway, run again with --overwrite\n"
        }
        if plan.standing > 0 {
            out += "  \(plural(plan.standing, "field")) keep\(plan.standing == 1 ? "s" : "") a CSM's value the CRM has not changed since the last import\n"
        }
        let skipped = plan.skips.count + plan.rejectedFields
        out += "  skip \(plural(skipped, plan.rejectedFields > 0 ? "row or field" : "row"))\n"
        out += ImportSupport.skipText(plan.skips, file: file)
        for u in plan.updates { for r in u.rejected { out += "    \(file):\(u.line): \(u.id) \(r.field) not changed: \(r.reason)\n" } }
        out += "  unchanged \(plural(plan.unchanged.count, "customer"))\n"
        if !plan.prospects.isEmpty {
            out += "  leave out \(plural(plan.prospects.count, "prospect")) (not customers yet; nothing to do)\n"
        }
        let written = plan.creates.count + changed.count
        let problems = ImportSupport.problems(skipped, plan.rejectedFields > 0 ? "row or field" : "row", plan.rejectedFields > 0 ? "rows or fields" : "rows")
        if dryRun {
            out += "dry run: nothing written\n"
            if refused { out += ImportSupport.refusal(problems, dryRun: true) }
        } else if refused {
            out += ImportSupport.refusal(problems, dryRun: false)
        } else if written > 0 {
            out += "created \(plan.creates.count) and updated \(changed.count) customer\(changed.count == 1 ? "" : "s"); review with 'csw status', then 'csw commit'\n"
        } else {
            out += "nothing to write\n"
        }
        return out
    }

    func json(_ plan: CRMImport.Plan, refused: Bool) -> JSONValue {
        func n(_ i: Int) -> JSONValue { .number(JSONNumber(i)) }
        func provenance(_ p: CRMImport.Provenance?) -> JSONValue {
            guard let p else { return .null }
            return .object(["time": .string(Self.when(p.time)), "commit": p.commit.map(JSONValue.string) ?? .null, "author": p.author.map(JSONValue.string) ?? .null])
        }
        return .object([
            "file": .string(file), "preset": .string(plan.preset), "rows": n(plan.rows), "dry_run": .bool(dryRun), "refused": .bool(refused),
            "columns": .object(plan.columns.reduce(into: JSONObject()) { $0[$1.field.rawValue] = .string($1.column) }),
            "create": .array(plan.creates.map { .object(["line": n($0.line), "customer_id": .string($0.id), "profile": .object($0.profile)]) }),
            "update": .array(plan.updates.filter { !$0.changes.isEmpty }.map { u in
                .object(["line": n(u.line), "customer_id": .string(u.id), "matched_by": .string(u.matchedBy),
                         "changes": .array(u.changes.map { .object(["field": .string($0.field), "from": $0.old ?? .null, "to": $0.new, "overwritten": .bool($0.overwritten)]) })])
            }),
            "kept": .array(plan.updates.flatMap { u in
                u.kept.map { .object(["line": n(u.line), "customer_id": .string(u.id), "field": .string($0.field), "workspace": $0.workspace, "crm": $0.crm,
                                      "workspace_changed": provenance($0.changed), "crm_modified": $0.crmModifiedText.map(JSONValue.string) ?? .null,
                                      "crm_modified_utc": $0.crmModified.map { .string(CRMImport.iso($0)) } ?? .null]) }
            }),
            "skip": .array(plan.skips.map(ImportSupport.skipJSON)
                + plan.updates.flatMap { u in u.rejected.map { .object(["line": n(u.line), "name": .string(u.id), "field": .string($0.field), "reason": .string($0.reason)]) } }),
            "unchanged": .array(plan.unchanged.map(JSONValue.string)), "standing": n(plan.standing),
            "prospects": .array(plan.prospects.map(ImportSupport.skipJSON)),
        ])
    }
}
