import ArgumentParser
import CSWCore
import CSWJSON

struct PHIAllowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allow",
        abstract: "Record a reviewed false alarm in csw.json's phi.allow (the path and a keyed fingerprint of the span, never the span).",
        discussion: """
        The fingerprint is an HMAC under this workspace's PHI key (.csw/phi-key, made on \
        first use; or CSW_PHI_KEY): teammates need the same key file for the entry to count \
        on their clones (docs/SECURITY.md).
        """)

    @Argument(help: ArgumentHelp("Where csw phi scan reported it.", valueName: "path:line:column"))
    var place: String

    @Option(name: .long, help: ArgumentHelp("Why it is not patient data.", valueName: "text"))
    var reason: String

    func run() throws {
        let err = Terminal.standardError
        let parts = place.split(separator: ":")
        guard parts.count >= 3, let line = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]) else {
            err.write("error: give the place as PATH:LINE:COLUMN, as csw phi scan prints it\n")
            throw ExitCode(2)
        }
        guard !reason.allSatisfy(\.isWhitespace) else {
            err.write("error: --reason says why this is not patient data (a reviewer reads it)\n")
            throw ExitCode(2)
        }
        let path = parts.dropLast(2).joined(separator: ":")
        let workspace = try Workspace.open()
        let relative = PHIRedaction.redact(PHISupport.relative(path, workspace.reader))
        guard let finding = try PHISupport.findings([path], includeAllowed: true).first(where: { $0.location.line == line && $0.location.column == column }) else {
            err.write("error: csw phi scan reports nothing at \(TerminalText.visible(relative)):\(line):\(column)\n")
            throw ExitCode(1)
        }
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        guard case .object(var config)? = try? JSONDocument.parse(try workspace.read("csw.json")).get().value else {
            err.write("error: csw.json is not a JSON object; fix it first (csw validate)\n")
            throw ExitCode(1)
        }
        let key: PHIKey
        do { key = try PHIKeyFile.loadOrCreate(root: workspace.root) } catch {
            err.write("error: \(error)\n  note: nothing was recorded\n")
            throw ExitCode(2)
        }
        var phi: JSONObject = { if case .object(let o)? = config["phi"] { return o } else { return JSONObject() } }()
        var allow: [JSONValue] = { if case .array(let a)? = phi["allow"] { return a } else { return [] } }()
        let by = (try? WorkspaceRepository.open(workspace))?.repo.defaultSignature().map(\.email) ?? ""
        allow.append(.object(["path": .string(finding.path), "fingerprint": .string(finding.fingerprint(key)), "key_id": .string(key.id),
                              "type": .string(finding.kind.rawValue), "reason": .string(reason), "reviewed_by": .string(by),
                              "date": .string(try CommandInput.asOf(nil).description)]))
        phi["allow"] = .array(allow)
        config["phi"] = .object(phi)
        do {
            try AtomicFile.write(CanonicalForm.json(.object(config)), to: workspace.root + "/csw.json", under: workspace.root)
        } catch {
            err.write("error: \(error)\n  note: nothing was recorded\n")
            throw ExitCode(2)
        }
        Terminal.standardOutput.write("allowed \(finding.kind.rawValue) \(finding.masked) in \(TerminalText.visible(relative)) in csw.json phi.allow (under PHI key \(key.id))\n")
    }
}
