import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON
import CSWReports

/// Templates and report inputs for csw report, review and dashboard.
enum ReportSupport {
    /// The workspace's templates/*.mustache over the built-in ones (a team's own layout
    /// wins; a template it has not written comes from csw). A template that does not
    /// parse stops the command with its file:line:column (exit 2).
    static func templates(_ workspace: Workspace) throws -> Templates {
        var texts: [String: String] = [:]
        for t in WorkspaceTemplate.builtInTemplates { texts[t.name] = t.text }
        let folder = workspace.root + "/templates"
        for entry in (try? FileSystem.list(folder)) ?? [] where entry.type == .file && entry.name.hasSuffix(".mustache") {
            guard let bytes = try? FileSystem.read(folder + "/" + entry.name) else { continue }
            texts[String(entry.name.dropLast(".mustache".count))] = String(decoding: bytes, as: UTF8.self)
        }
        do {
            return try Templates(texts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        } catch {
            Terminal.standardError.write("\(error)\n  note: fix the template, or delete it to use csw's built-in one\n")
            throw ExitCode(2)
        }
    }

    /// Renders one template or stops (a workspace can delete a built-in template's name only
    /// by renaming csw).
    static func render(_ templates: Templates, _ name: String, _ document: JSONObject) throws -> String {
        guard let text = templates.render(name, document) else {
            Terminal.standardError.write("error: no template \(name) (templates/\(name).mustache)\n")
            throw ExitCode(2)
        }
        return text
    }

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
