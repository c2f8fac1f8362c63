import CSWJSON
import CSWSchema

/// Checks a workspace, one piece at a time, so the CLI can stream customers through it:
/// `checkConfig` first, then `checkRoot`, then `check(_:)` per customer folder. Pure:
/// bytes in, diagnostics out.
public struct WorkspaceValidator: Sendable {
    public let config: WorkspaceConfig
    /// Whether csw.json declares a roster (csm_assigned is checked against it only then).
    public let hasRoster: Bool
    let schemas: WorkspaceSchemas
    /// The patient-data scanner that knows the roster's emails, built once per run.
    let rosterScanner: PHIScanner
    /// The snapshot schema's check of a metrics line in place (MetricsChecks' quick
    /// path; nil in tests that hold the quick path to the full one).
    var metricsLineCheck: FlatLineCheck?

    public init(config: WorkspaceConfig, hasRoster: Bool) {
        self.init(config: config, hasRoster: hasRoster, schemas: WorkspaceSchemas(customMetrics: config.customMetrics))
    }

    init(config: WorkspaceConfig, hasRoster: Bool, schemas: WorkspaceSchemas) {
        self.config = config
        self.hasRoster = hasRoster
        self.schemas = schemas
        self.rosterScanner = PHIScanner(knownEmails: Set(config.csms.compactMap(\.email)))
        self.metricsLineCheck = FlatLineCheck(schemas.metricSnapshot)
    }

    /// The same checks without the patient-data guard: a choice made on this machine for
    /// one run (`csw validate --no-phi`); csw.json alone cannot turn the guard off.
    public func withoutPatientDataGuard() -> WorkspaceValidator {
        WorkspaceValidator(config: config.withoutPatientDataGuard(), hasRoster: hasRoster, schemas: schemas)
    }

    /// The same checks with this workspace's PHI key (for phi.allow).
    public func withPHIKey(_ key: PHIKey?) -> WorkspaceValidator {
        WorkspaceValidator(config: config.withPHIKey(key), hasRoster: hasRoster, schemas: schemas)
    }

    /// Reads csw.json: syntax, schema, roster. A nil config means csw cannot go on.
    public static func checkConfig(_ bytes: [UInt8], path: String = "csw.json") -> (validator: WorkspaceValidator?, diagnostics: [Diagnostic]) {
        let document: JSONDocument
        switch JSONDocument.parse(bytes) {
        case .failure(let e): return (nil, [SchemaDiagnostics.syntax(e, path)])
        case .success(let d): document = d
        }
        var diagnostics = SchemaDiagnostics.check(document.root, WorkspaceSchemas.configSchema(), code: .configSchema, path: path)
        if !diagnostics.isEmpty { return (nil, diagnostics) }
        let config = WorkspaceConfig(document.root)
        if let off = config.phiOffRequested {
            diagnostics.append(Diagnostic(.patientDataGuardOff, path, at: off,
                                          "phi.severity: \"off\" is treated as \"warning\": csw.json cannot turn the patient-data guard off",
                                          notes: ["set \"warning\" (or remove the setting for error); to skip the guard in one run on your machine: csw validate --no-phi"]))
        }
        diagnostics += ScoringRules.check(document.root, path: path)
        var seen: [String: Int] = [:]
        for (i, csm) in (document.root["csms"]?.elements.map { $0 } ?? []).enumerated() {
            let id = csm["id"]?.stringValue ?? ""
            if let first = seen[id] {
                let location = csm["id"]!.location
                diagnostics.append(Diagnostic(.duplicateCSM, path, at: location, "csms[\(i)]: the CSM id \"\(id)\" is already used by csms[\(first)]",
                                              notes: ["give each CSM a different id"]))
            } else {
                seen[id] = i
            }
        }
        let validator = WorkspaceValidator(config: config, hasRoster: document.root["csms"] != nil)
        return (diagnostics.errorCount == 0 ? validator : nil, diagnostics)
    }

    /// csw.json's settings when it is valid JSON that passes its schema, without the roster
    /// check or compiling the customer schemas: what scoring needs (cheap enough to do for
    /// each side of a diff or each commit of a history).
    public static func readConfig(_ bytes: [UInt8]) -> (config: WorkspaceConfig, root: JSONNode)? {
        guard case .success(let document) = JSONDocument.parse(bytes),
              SchemaDiagnostics.check(document.root, WorkspaceSchemas.configSchema(), code: .configSchema, path: "csw.json").isEmpty
        else { return nil }
        return (WorkspaceConfig(document.root), document.root)
    }

    /// One playbook (playbooks/NAME.md): its front matter against the playbook schema.
    public func checkPlaybook(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard path.hasSuffix(".md") else {
            return [FileRules.unexpected(path, "playbooks/ holds Markdown playbooks (NAME.md) with YAML front matter")]
        }
        _ = NoteChecks.checkFrontMatter(bytes, path: path, schema: schemas.playbook, code: .playbookSchema, into: &diagnostics)
        return diagnostics + patientData(bytes, path: path)
    }

    /// One enhancement (enhancements/NAME.md): its front matter against the enhancement schema.
    public func checkEnhancement(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        guard path.hasSuffix(".md") else {
            return [FileRules.unexpected(path, "enhancements/ holds Markdown enhancements (NAME.md) with YAML front matter")]
        }
        var diagnostics: [Diagnostic] = []
        _ = NoteChecks.checkFrontMatter(bytes, path: path, schema: schemas.enhancement, code: .enhancementSchema, into: &diagnostics)
        return diagnostics + patientData(bytes, path: path)
    }

    /// A file of community/: mentorships.json, or a knowledge article (knowledge/NAME.md).
    public func checkCommunityFile(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if path == "community/mentorships.json" {
            switch JSONDocument.parse(bytes) {
            case .success(let document):
                diagnostics += SchemaDiagnostics.check(document.root, schemas.mentorships, code: .communitySchema, path: path)
            case .failure(let error):
                diagnostics.append(SchemaDiagnostics.syntax(error, path))
            }
        } else if path.hasPrefix("community/knowledge/") && path.hasSuffix(".md") && !path.dropFirst(20).contains("/") {
            _ = NoteChecks.checkFrontMatter(bytes, path: path, schema: schemas.knowledge, code: .communitySchema, into: &diagnostics)
        } else {
            diagnostics.append(FileRules.unexpected(path, "community/ holds mentorships.json and knowledge/NAME.md articles"))
        }
        return diagnostics + patientData(bytes, path: path)
    }

    /// The patient-data guard over every file of a customer folder; the customer's own
    /// contacts' and the CSM roster's emails are not patient data.
    /// `metricsChecked`: metrics.jsonl is already known to hold none (MetricsChecks).
    public func patientData(_ folder: CustomerFolder, profile: JSONDocument?, metricsChecked: Bool = false) -> [Diagnostic] {
        guard config.phi.severity != nil else { return [] }
        let scanner = rosterScanner.knowing(PHIGuard.contactEmails(profile?.root))
        var findings: [PHIGuard.Finding] = []
        for entry in folder.entries {
            guard case .file(let path, let bytes) = entry, path.hasSuffix(".md") || path.hasSuffix(".json") || path.hasSuffix(".jsonl") else { continue }
            if metricsChecked && path == "metrics.jsonl" { continue }
            findings += PHIGuard.scan(bytes, path: "customers/" + folder.name + "/" + path, scanner: scanner)
        }
        return PHIGuard.diagnostics(findings, policy: config.phi)
    }

    /// The patient-data guard over a file outside customer folders (playbooks,
    /// enhancements, the knowledge base).
    public func patientData(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        guard config.phi.severity != nil else { return [] }
        return PHIGuard.diagnostics(PHIGuard.scan(bytes, path: path, scanner: rosterScanner),
                                    policy: config.phi)
    }

    /// Files of .csw/ that git tracks (`tracked`: the paths the CLI read from git's index
    /// and HEAD). .csw/ is each clone's own — webhook secrets, approved hooks, the delivery
    /// outbox — so a tracked one came in a commit; csw does not read it.
    public func checkLocalFiles(tracked: [String]) -> [Diagnostic] {
        tracked.sorted().map { path in
            Diagnostic(.trackedLocalFile, path,
                       "\(path) is tracked by git, but .csw/ holds this clone's own settings and state (secrets, approved hooks, the outbox); csw does not read it",
                       notes: ["take it out of git, keeping the file: git rm --cached \(path) && git commit -m \"Untrack \(path)\" (csw sync then shares the fix)",
                               "if you did not write this file, delete it as well: it came from someone else's commit"])
        }
    }

    /// Entries at the workspace root: unexpected files, links, a missing customers/.
    public func checkRoot(_ entries: [RootEntry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let allowed: Set<String> = ["csw.json", "customers", "schemas", "playbooks", "enhancements", "community", "templates", ".vscode", ".git", ".gitignore", ".gitattributes", "README.md", ".csw"]
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            if case .symlink(let outside) = entry.kind {
                diagnostics.append(FileRules.symlink(entry.name, leavesWorkspace: outside))
            } else if !allowed.contains(entry.name) {
                diagnostics.append(FileRules.unexpected(entry.name, "the workspace root holds csw.json, customers/, schemas/ and git files"))
            }
        }
        if !entries.contains(where: { $0.name == "customers" }) {
            diagnostics.append(Diagnostic(.missingCustomersFolder, "customers", "the workspace has no customers/ folder yet",
                                          notes: ["add customers with 'csw customer add --from FILE.json'"]))
        }
        return diagnostics
    }

    /// Everything about one customer folder.
    public func check(_ folder: CustomerFolder) -> [Diagnostic] {
        let folderPath = "customers/" + folder.name
        guard let id = CustomerID(folder.name) else {
            return [Diagnostic(.invalidCustomerFolder, folderPath, "\(CustomerID.explain(folder.name)); csw skips this folder",
                               notes: ["rename the folder to the customer's id, for example HOSP_001"])]
        }
        var diagnostics: [Diagnostic] = []
        let customer = load(folder, id: id, into: &diagnostics)
        for rule in CustomerRules.all {
            diagnostics += rule.check(customer, self)
        }
        diagnostics += patientData(folder, profile: customer.profile, metricsChecked: customer.metricsFreeOfPatientData)
        for file in folder.oversized {
            diagnostics.append(Diagnostic(.fileTooLarge, "customers/\(folder.name)/\(file.path)",
                                          "the file is \(file.size) bytes, more than csw reads (\(config.maxFileBytes)); it was not read",
                                          notes: ["a workspace file should be kilobytes: split or trim it, or raise limits.max_file_bytes in csw.json"]))
        }
        return diagnostics.sorted { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
    }

    /// Parses and schema-checks every file of the folder.
    func load(_ folder: CustomerFolder, id: CustomerID, into diagnostics: inout [Diagnostic]) -> LoadedCustomer {
        var customer = LoadedCustomer(folderName: folder.name, id: id, folder: "customers/" + folder.name)
        var sawProfile = false
        for entry in folder.entries {
            switch entry {
            case .symlink(let path, let outside):
                diagnostics.append(FileRules.symlink(customer.folder + "/" + path, leavesWorkspace: outside))
            case .directory(let path):
                if NoteKind(rawValue: path) == nil {
                    diagnostics.append(FileRules.unexpected(customer.folder + "/" + path, FileRules.customerLayout))
                }
            case .file(let path, let bytes):
                let full = customer.folder + "/" + path
                if path == "profile.json" {
                    sawProfile = true
                    switch JSONDocument.parse(bytes) {
                    case .failure(let e): diagnostics.append(SchemaDiagnostics.syntax(e, full))
                    case .success(let document):
                        customer.profile = document
                        diagnostics += SchemaDiagnostics.check(document.root, schemas.profile, code: .profileSchema, path: full)
                    }
                } else if path == "score-override.json" {
                    switch JSONDocument.parse(bytes) {
                    case .failure(let e): diagnostics.append(SchemaDiagnostics.syntax(e, full))
                    case .success(let document):
                        diagnostics += SchemaDiagnostics.check(document.root, schemas.scoreOverride, code: .overrideSchema, path: full)
                    }
                } else if path == "alerts.json" {
                    switch JSONDocument.parse(bytes) {
                    case .failure(let e): diagnostics.append(SchemaDiagnostics.syntax(e, full))
                    case .success(let document):
                        diagnostics += SchemaDiagnostics.check(document.root, schemas.alertState, code: .alertStateSchema, path: full)
                    }
                } else if path == "tasks.jsonl" || path == "opportunities.jsonl" || path == "contracts.jsonl" {
                    let (schema, code) = path == "tasks.jsonl" ? (schemas.task, DiagnosticCode.taskSchema)
                        : path == "contracts.jsonl" ? (schemas.contractEvent, .contractSchema) : (schemas.opportunity, .opportunitySchema)
                    let lines = JSONLines.parse(bytes)
                    for error in lines.errors { diagnostics.append(SchemaDiagnostics.syntax(error, full, code: .invalidJSONLine)) }
                    for record in lines.records {
                        diagnostics += SchemaDiagnostics.check(record.document.root, schema, code: code, path: full)
                    }
                } else if path == "scores.jsonl" {
                    let lines = JSONLines.parse(bytes)
                    for error in lines.errors { diagnostics.append(SchemaDiagnostics.syntax(error, full, code: .invalidJSONLine)) }
                    for record in lines.records {
                        diagnostics += SchemaDiagnostics.check(record.document.root, schemas.scoreRecord, code: .scoreRecordSchema, path: full)
                    }
                } else if path == "metrics.jsonl" {
                    let loaded = MetricsChecks.load(bytes, path: full, schema: schemas.metricSnapshot, lineCheck: metricsLineCheck,
                                                    scanner: config.phi.severity == nil ? nil : rosterScanner, into: &diagnostics)
                    customer.snapshots = loaded.snapshots
                    customer.metricsFreeOfPatientData = loaded.freeOfPatientData
                } else if let note = NoteChecks.kind(of: path) {
                    if let loaded = NoteChecks.load(bytes, kind: note, path: full, schemas: schemas, into: &diagnostics) {
                        customer.notes.append(loaded)
                    }
                } else {
                    diagnostics.append(FileRules.unexpected(full, FileRules.customerLayout))
                }
            }
        }
        if !sawProfile {
            diagnostics.append(Diagnostic(.missingProfile, customer.profilePath, "customer \(id) has no profile.json",
                                          notes: ["create it with 'csw customer add --from FILE.json', or remove the folder"]))
        }
        return customer
    }
}
