import CSWJSON

/// What `csw init` writes: the bundled example workspace (workspace-template/, built into
/// csw), the schemas for editors, and the editor wiring.
public enum WorkspaceTemplate {
    public struct File: Sendable {
        public let path: String
        public let bytes: [UInt8]
    }

    /// The example's files as csw carries them.
    public static var exampleFiles: [(path: String, text: String)] { EmbeddedTemplate.files }

    /// The built-in report, review and dashboard templates (templates/NAME.mustache), by NAME.
    public static var builtInTemplates: [(name: String, text: String)] {
        EmbeddedTemplate.files.filter { $0.path.hasPrefix("templates/") && $0.path.hasSuffix(".mustache") }
            .map { (String($0.path.dropFirst("templates/".count).dropLast(".mustache".count)), $0.text) }
    }

    /// The files of a new workspace, the example's dates moved by `months`
    /// (ExampleDates.shift says how many for a given today; 0 keeps them as bundled).
    public static func files(name: String?, empty: Bool, months: Int = 0) -> [File] {
        var files: [File] = []
        for file in EmbeddedTemplate.files {
            if file.path == "csw.json" {
                files.append(File(path: file.path, bytes: config(from: file.text, name: name, empty: empty)))
            } else if file.path.hasPrefix("templates/") {
                files.append(File(path: file.path, bytes: Array(file.text.utf8)))
            } else if !empty {
                files.append(File(path: ExampleDates.shifted(file.path, months: months),
                                  bytes: Array(ExampleDates.shifted(file.text, months: months).utf8)))
            }
        }
        for schema in WorkspaceSchemas.files {
            files.append(File(path: "schemas/" + schema.name, bytes: Array(schema.text.utf8)))
        }
        files.append(File(path: ".vscode/settings.json", bytes: CanonicalForm.json(editorSettings)))
        files.append(File(path: ".gitignore", bytes: Array(gitignore.utf8)))
        files.append(File(path: ".gitattributes", bytes: Array(gitattributes.utf8)))
        return files
    }

    static func config(from text: String, name: String?, empty: Bool) -> [UInt8] {
        guard case .object(var config)? = try? JSONDocument.parse(text).get().value else { return Array(text.utf8) }
        if let name { config["name"] = .string(name) }
        if empty {
            // No roster yet: csm_assigned is checked once csw.json lists CSMs.
            config["csms"] = nil
            config["custom_metrics"] = nil
        }
        return CanonicalForm.json(.object(config))
    }

    /// csw's local state stays out of git: everything under .csw/ (caches, conflicts awaiting
    /// `csw resolve`, the dashboard, secrets, the delivery outbox; csw never commits it),
    /// the workspace lock, and the temporary files and folders of a write in progress.
    public static let gitignore = """
    # csw's local state: caches, conflicts awaiting 'csw resolve', the dashboard,
    # secrets and the delivery outbox. Nothing in .csw/ is shared.
    .csw/
    .csw.lock
    # a write in progress (left behind only if csw was killed mid-write)
    .*.csw-*.tmp
    *.csw-new-*
    *.csw-old-*
    # editors and systems
    .DS_Store
    *.swp
    *~

    """

    /// The lines of `gitignore` that keep csw's own files out of git.
    public static var gitignoreEntries: [String] {
        gitignore.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// An existing .gitignore with csw's entries that it lacks appended (its own lines
    /// untouched), or nil when it has them all. `existing` nil: there is none yet.
    public static func gitignoreUpdate(_ existing: [UInt8]?) -> [UInt8]? {
        guard let existing else { return Array(gitignore.utf8) }
        let text = String(decoding: existing, as: UTF8.self)
        let present = Set(text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { $0.trimmingSpaces })
        let missing = gitignoreEntries.filter { !present.contains($0) }
        guard !missing.isEmpty else { return nil }
        var out = text
        if !out.isEmpty && !out.hasSuffix("\n") { out += "\n" }
        out += "# added by csw fmt: csw's local state stays out of git\n" + missing.joined(separator: "\n") + "\n"
        return Array(out.utf8)
    }

    /// Workspace files merge with csw's semantic merge driver (csw merge-driver) and diff
    /// one field per line (csw textconv).
    public static let gitattributes = """
    # Line endings stay LF everywhere.
    * text=auto eol=lf
    # csw merges workspace files by meaning: snapshots by date, fields one by one.
    *.json merge=csw
    *.jsonl merge=csw
    *.md merge=csw
    # git diff and git log -p show JSON one field per line (csw textconv).
    *.json diff=csw
    *.jsonl diff=csw

    """

    /// VS Code's json.schemas mapping, so editors check files while a CSM types.
    static var editorSettings: JSONValue {
        func mapping(_ pattern: String, _ schema: String) -> JSONValue {
            .object(["fileMatch": .array([.string(pattern)]), "url": .string("./schemas/" + schema)])
        }
        var settings = JSONObject()
        settings["json.schemas"] = .array([
            mapping("/csw.json", "csw.schema.json"),
            mapping("/customers/*/profile.json", "profile.schema.json"),
            mapping("/customers/*/score-override.json", "score-override.schema.json"),
            mapping("/customers/*/alerts.json", "alert-state.schema.json"),
        ])
        settings["files.associations"] = .object(["*.jsonl": .string("jsonl")])
        settings["files.insertFinalNewline"] = .bool(true)
        return .object(settings)
    }
}

private extension Substring {
    var trimmingSpaces: String {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return String(s)
    }
}
