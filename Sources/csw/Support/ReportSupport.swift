import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON
import CSWReports

/// Templates and report inputs for csw report, review and dashboard.
enum ReportSupport {
    /// The workspace's templates/*.mustache over the built-in ones (a team's own layout
    /// wins; a template it has not written comes from csw). A template that cannot be used
    /// (it does not parse, includes itself, …) stops the commands that render it, with its
    /// file:line:column (exit 2); `csw validate` reports it too (CSW0801, CSW0802).
    static func templates(_ workspace: Workspace) throws -> Templates {
        Templates(templateTexts(workspace).texts)
    }

    /// Built-in and workspace template texts by name, and the names the workspace has a file for.
    static func templateTexts(_ workspace: Workspace) -> (texts: [(name: String, text: String)], workspaceFiles: Set<String>) {
        var texts: [String: String] = [:]
        for t in WorkspaceTemplate.builtInTemplates { texts[t.name] = t.text }
        var own: Set<String> = []
        let folder = workspace.root + "/templates"
        for entry in (try? FileSystem.list(folder)) ?? [] where entry.type == .file && entry.name.hasSuffix(".mustache") {
            guard let bytes = try? FileSystem.read(folder + "/" + entry.name) else { continue }
            let name = String(entry.name.dropLast(".mustache".count))
            texts[name] = String(decoding: bytes, as: UTF8.self)
            own.insert(name)
        }
        return (texts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, own)
    }

    /// The problems of the workspace's own templates, as `csw validate` reports them.
    static func templateDiagnostics(_ workspace: Workspace) -> [Diagnostic] {
        let (texts, own) = templateTexts(workspace)
        return Templates(texts).diagnostics(only: own)
    }

    /// Renders one template or stops (a workspace can delete a built-in template's name only
    /// by renaming csw).
    static func render(_ templates: Templates, _ name: String, _ document: JSONObject) throws -> String {
        try rendering {
            guard let text = try templates.render(name, document) else { throw templates.missing(name) }
            return text
        }
    }

    /// The result of `body`, or a template's problem printed (with its notes) and exit 2.
    static func rendering<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TemplateError {
            throw failure(error)
        }
    }

    /// Prints a template's problem; the exit code that stops the command (2).
    static func failure(_ error: TemplateError) -> ExitCode {
        var text = error.line > 0 ? "\(error.path):\(error.line):\(error.column): error: \(error.message)\n" : "\(error.path): error: \(error.message)\n"
        for note in error.notes { text += "  note: \(note)\n" }
        Terminal.standardError.write(text)
        return ExitCode(2)
    }

    /// csw.json's `reports.allow_scripts`: the team writes script into its own templates.
    static func allowScripts(_ config: JSONNode?) -> Bool { config?["reports"]?["allow_scripts"]?.boolValue == true }

    /// Everyone the workspace names, for --anonymize: customers (id, organisation) and
    /// people (team members, primary contacts, feedback contacts, the CSM roster).
    static func anonymizer(_ workspace: Workspace, assessed: [AlertsRun.Assessed], config: JSONNode?) -> Anonymizer {
        var people: [(String, String?)] = []
        for a in assessed {
            for m in a.members { people.append((m.name, nil)) }
            for n in a.feedback { if let c = n.contact { people.append((c, c.contains("@") ? c : nil)) } }
            if let csm = a.data.csm { people.append((csm, nil)) }
        }
        for name in (try? workspace.reader.customerNames()) ?? [] {
            guard let bytes = try? FileSystem.read(workspace.root + "/customers/" + name + "/profile.json"),
                  case .object(let p)? = try? JSONDocument.parse(bytes).get().value else { continue }
            people.append((p["primary_contact"]?.stringValue ?? "", p["email"]?.stringValue))
            if case .array(let team)? = p["team_members"] {
                for m in team { people.append((m["name"]?.stringValue ?? "", m["email"]?.stringValue)) }
            }
        }
        if case .array(let csms)? = config?["csms"]?.value {
            for c in csms {
                people.append((c["name"]?.stringValue ?? "", c["email"]?.stringValue))
                people.append((c["id"]?.stringValue ?? "", nil))
            }
        }
        return Anonymizer(customers: assessed.map { ($0.data.id, $0.data.organizationName) }, people: people.filter { !$0.0.isEmpty })
    }
}
