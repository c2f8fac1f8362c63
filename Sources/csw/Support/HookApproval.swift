import CMbedTLS
import CSWAnalytics
import CSWCore
import CSWJSON

/// The hooks the person running csw approved on this machine (`csw hooks approve`), kept in
/// the untracked `.csw/approved-hooks.json`: each hook's name and a SHA-256 digest of what it
/// runs or where it sends (its name, `command` and `webhook_url_env`). csw.json comes from
/// the team, so a hook a pull brings or changes runs nothing and sends nothing until it is
/// approved here (docs/ALERTS.md, docs/SECURITY.md).
struct HookApproval {
    static let path = ".csw/approved-hooks.json"

    struct Entry: Equatable {
        let digest: String
        /// What the hook did when approved, for people reading the file.
        let what: String
        let approvedOn: String
    }

    enum State { case approved, notApproved, changed }

    /// Approved hooks by name.
    private(set) var entries: [String: Entry]
    /// Why the file was not read (git tracks it), if so.
    let problem: String?

    /// The approvals of this clone (none when the file is missing or tracked by git).
    static func load(_ local: LocalFiles) -> HookApproval {
        if local.isTracked(path) {
            return HookApproval(entries: [:], problem: LocalFiles.trackedNote(path))
        }
        var entries: [String: Entry] = [:]
        if let bytes = local.read(path), case .success(let document) = JSONDocument.parse(bytes) {
            for item in document.root["approved"]?.elements ?? JSONNode.Elements.empty {
                guard let name = item["name"]?.stringValue, let digest = item["digest"]?.stringValue else { continue }
                entries[name] = Entry(digest: digest, what: item["what"]?.stringValue ?? "", approvedOn: item["approved_on"]?.stringValue ?? "")
            }
        }
        return HookApproval(entries: entries, problem: nil)
    }

    func state(of hook: Hook) -> State {
        guard let entry = entries[hook.name] else { return .notApproved }
        return entry.digest == Self.digest(hook) ? .approved : .changed
    }

    mutating func approve(_ hook: Hook, on day: Day) {
        entries[hook.name] = Entry(digest: Self.digest(hook), what: Self.summary(hook), approvedOn: day.description)
    }

    mutating func revoke(_ name: String) { entries[name] = nil }

    /// Only the hooks still approved by `keep` stay in the file.
    mutating func keep(only names: Set<String>) { entries = entries.filter { names.contains($0.key) } }

    func save(_ root: String) throws {
        let items: [JSONValue] = entries.keys.sorted().map { name in
            let e = entries[name]!
            return .object(["name": .string(name), "digest": .string(e.digest), "what": .string(e.what), "approved_on": .string(e.approvedOn)])
        }
        try AtomicFile.makeDirectories(root + "/.csw", under: root)
        try AtomicFile.write(Array(JSONWriter().string(.object(["approved": .array(items)])).utf8), to: root + "/" + Self.path, under: root)
    }

    // MARK: - What a hook does

    /// "sha256:" and the hex SHA-256 of the hook's name, command and webhook variable.
    static func digest(_ hook: Hook) -> String {
        let what: JSONValue = .object(["name": .string(hook.name), "command": hook.command.map { .array($0.map(JSONValue.string)) } ?? .null,
                                       "webhook_url_env": hook.webhookURLEnv.map(JSONValue.string) ?? .null])
        let bytes = Array(JSONWriter.compact(what).utf8)
        var out = [UInt8](repeating: 0, count: 32)
        _ = bytes.withUnsafeBufferPointer { mbedtls_md(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), $0.baseAddress, $0.count, &out) }
        let hex = Array("0123456789abcdef")
        return "sha256:" + String(out.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 0xF)]] })
    }

    /// "runs /bin/sh -c 'touch x'" or "sends alerts to the webhook URL in $CSW_SLACK_WEBHOOK".
    static func summary(_ hook: Hook) -> String {
        if let argv = hook.command, !argv.isEmpty { return "runs " + commandLine(argv) }
        return "sends \(hook.on.joined(separator: " and ")) events to the webhook URL in $\(TerminalText.visible(hook.webhookURLEnv ?? "?"))"
    }

    /// argv as a shell would need it typed, control characters made visible.
    static func commandLine(_ argv: [String]) -> String {
        argv.map { arg -> String in
            let visible = TerminalText.visible(arg)
            let plain = !visible.isEmpty && visible.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789-_./=:,+@%".unicodeScalars.contains($0)) }
            return plain ? visible : "'" + visible.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
        }.joined(separator: " ")
    }

    /// What csw run says about a hook it skips (`now`: as csw sync says it after a pull).
    static func notice(_ hook: Hook, _ state: State, now: Bool = false) -> String {
        let name = TerminalText.visible(hook.name)
        let asks: String
        if let argv = hook.command, !argv.isEmpty {
            asks = "run \(commandLine(argv)) (hook \(name)); not run"
        } else {
            asks = "send alerts to the webhook URL in $\(TerminalText.visible(hook.webhookURLEnv ?? "?")) (hook \(name)); not sent"
        }
        let prefix = state == .changed ? "csw.json's hook \(name) changed since you approved it: it now asks to " : now ? "csw.json now asks to " : "csw.json asks to "
        return prefix + asks + " until you approve it: csw hooks approve"
    }
}
