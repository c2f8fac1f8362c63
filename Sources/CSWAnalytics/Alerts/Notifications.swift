import CSWCore
import CSWJSON

/// A notification hook from csw.json's `hooks` (docs/ALERTS.md, Notifications). The URL of
/// a webhook is a secret: csw.json names the environment variable that holds it (or the
/// hook's entry in the untracked .csw/secrets.json), never the URL itself.
public struct Hook: Sendable, Equatable {
    public let name: String
    /// Event kinds: "alert" (open alerts at or above `minSeverity`) and "task" (tasks csw run created).
    public let on: [String]
    public let minSeverity: Severity
    public let webhookURLEnv: String?
    /// argv of a program that gets the event as JSON on standard input.
    public let command: [String]?
    public let timeoutSeconds: Double
    /// Attempts after the first, with doubling back-off.
    public let retries: Int

    public init(name: String, on: [String], minSeverity: Severity = .low, webhookURLEnv: String? = nil, command: [String]? = nil,
                timeoutSeconds: Double = 10, retries: Int = 2) {
        self.name = name
        self.on = on
        self.minSeverity = minSeverity
        self.webhookURLEnv = webhookURLEnv
        self.command = command
        self.timeoutSeconds = timeoutSeconds
        self.retries = retries
    }

    /// csw.json's `hooks` array (entries that are not hooks are skipped; csw validate reports them).
    public static func hooks(from config: JSONValue?) -> [Hook] {
        guard case .array(let items)? = config else { return [] }
        return items.compactMap { item in
            guard case .object(let o) = item, let name = o["name"]?.stringValue else { return nil }
            var on: [String] = ["alert"]
            if case .array(let kinds)? = o["on"] { on = kinds.compactMap(\.stringValue) }
            var command: [String]?
            if case .array(let argv)? = o["command"] { command = argv.compactMap(\.stringValue) }
            let env = o["webhook_url_env"]?.stringValue
            guard env != nil || !(command ?? []).isEmpty else { return nil }
            return Hook(name: name, on: on, minSeverity: o["min_severity"]?.stringValue.flatMap(Severity.init) ?? .low, webhookURLEnv: env,
                        // Held to the schema's bounds even when validate was not run: a
                        // time-out of 1e12 s or 10^15 retries would hang csw run.
                        command: command, timeoutSeconds: min(max(o["timeout_seconds"]?.numberValue?.doubleValue ?? 10, 0.001), 300),
                        retries: min(max(o["retries"]?.numberValue?.intValue ?? 2, 0), 10))
        }
    }
}

/// One thing to tell a hook about.
public struct NotificationEvent: Sendable, Equatable {
    /// Stable: the hook, the subject (an alert or task id) and the day it was raised.
    public let id: String
    public let hook: String
    /// "alert", "task" or "test".
    public let kind: String
    /// The alert or task id; the cooldown is per hook and subject.
    public let subject: String
    public let raised: Day
    /// The alert's or task's JSON.
    public let payload: JSONValue
    /// One line for people.
    public let text: String

    public init(hook: String, kind: String, subject: String, raised: Day, payload: JSONValue, text: String) {
        id = "N-" + FNV1a.hex16("\(hook)|\(subject)|\(raised)")
        self.hook = hook
        self.kind = kind
        self.subject = subject
        self.raised = raised
        self.payload = payload
        self.text = text
    }

    /// What a command hook reads on standard input.
    public var json: JSONValue {
        .object(["id": .string(id), "hook": .string(hook), "kind": .string(kind), "subject": .string(subject),
                 "raised": .string(raised.description), "text": .string(text), kind: payload])
    }

    /// A Slack incoming-webhook message: `text` for notifications and a section block.
    public var slackPayload: JSONValue {
        .object(["text": .string(text), "blocks": .array([
            .object(["type": .string("section"), "text": .object(["type": .string("mrkdwn"), "text": .string(text)])]),
            .object(["type": .string("context"), "elements": .array([.object(["type": .string("mrkdwn"), "text": .string("csw \(kind) \(subject) · \(raised)")])])]),
        ])])
    }

    public init?(json: JSONNode) {
        guard let hook = json["hook"]?.stringValue, let kind = json["kind"]?.stringValue, let subject = json["subject"]?.stringValue,
              let raised = json["raised"]?.stringValue.flatMap(Day.init), let text = json["text"]?.stringValue else { return nil }
        self.init(hook: hook, kind: kind, subject: subject, raised: raised, payload: json[kind]?.value ?? .null, text: text)
        guard id == json["id"]?.stringValue else { return nil }
    }
}

/// Which events are due: open alerts at or above each hook's severity, unless the same
/// hook was told about the same alert within the rule's cooldown.
public enum NotificationPlan {
    /// `delivered`: (hook, subject) → the day it was last delivered.
    /// `waiting`: hook|subject keys already in the outbox (they go out as they are, not again).
    public static func events(alerts: [Alert], rules: [AlertRule], hooks: [Hook], delivered: [String: Day], waiting: Set<String> = [],
                              asOf: Day) -> [NotificationEvent] {
        var out: [NotificationEvent] = []
        for hook in hooks where hook.on.contains("alert") {
            for alert in alerts where alert.state == .open && alert.severity >= hook.minSeverity {
                let cooldown = rules.first { $0.id == alert.rule }?.cooldownDays ?? 7
                if let last = delivered[hook.name + "|" + alert.id], asOf - last < cooldown { continue }
                if waiting.contains(hook.name + "|" + alert.id) { continue }
                let text = "[\(alert.severity.rawValue)] \(alert.customerID) \(alert.organizationName): \(alert.reason) — owner \(alert.owner), due \(alert.due)"
                out.append(NotificationEvent(hook: hook.name, kind: "alert", subject: alert.id, raised: asOf, payload: alert.json, text: text))
            }
        }
        return out
    }
}
