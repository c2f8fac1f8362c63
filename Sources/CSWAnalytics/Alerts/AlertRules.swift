import CSWCore
import CSWJSON

/// How urgent an alert is; orders critical first.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case low, medium, high, critical

    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    /// Days until an alert of this severity is due.
    public var dueDays: Int {
        switch self {
        case .critical: return 1
        case .high: return 3
        case .medium: return 7
        case .low: return 14
        }
    }
}

/// One rule of csw.json's `alert_rules` (defaults in `AlertRule.defaults`; docs/ALERTS.md).
public struct AlertRule: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Health score below `threshold`.
        case healthBelow = "health_below"
        /// Health fell by `threshold` points or more within `window_days`.
        case healthDrop = "health_drop"
        /// Three consecutive monthly declines (the trend's early warning).
        case consecutiveDeclines = "consecutive_declines"
        /// Latest NPS at or below `threshold` (a detractor).
        case npsDetractor = "nps_detractor"
        /// Feedback of severity critical that is not resolved.
        case criticalFeedback = "critical_feedback"
        /// Latest support_ticket_volume above `threshold`.
        case supportTickets = "support_tickets"
        /// Renewal within `window_days` and the band is not healthy.
        case renewalRisk = "renewal_risk"
        /// The renewal date passed more than `window_days` ago with no outcome recorded.
        case renewalOverdue = "renewal_overdue"
        /// No metrics snapshot for `window_days`.
        case staleData = "stale_data"
        /// Fresh data covers too little of the scoring model for a health score: names
        /// the measures to collect.
        case dataMissing = "data_missing"
        /// Open feedback from the last `window_days` that is critical or whose sentiment is
        /// at or below `threshold`, from an at-risk or strategic customer.
        case feedbackEscalation = "feedback_escalation"
    }

    public let id: String
    public let kind: Kind
    public let severity: Severity
    /// Who acts on it; nil means the customer's CSM.
    public let owner: String?
    public let threshold: Double
    public let windowDays: Int
    /// A notification for the same alert is not sent again within this many days.
    public let cooldownDays: Int
    /// What makes two firings the same alert (see `Dedupe`).
    public let dedupe: Dedupe

    /// The dedupe key: `subject` (default) is one alert per customer and rule, and per
    /// feedback note or renewal date for the kinds that have one; `month` and `week` add
    /// the period, so a condition that lasts raises a new alert (a new id) each period.
    public enum Dedupe: String, Sendable, CaseIterable { case subject, month, week }

    public init(id: String, kind: Kind, severity: Severity, owner: String? = nil, threshold: Double = 0, windowDays: Int = 0, cooldownDays: Int = 7,
                dedupe: Dedupe = .subject) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.owner = owner
        self.threshold = threshold
        self.windowDays = windowDays
        self.cooldownDays = cooldownDays
        self.dedupe = dedupe
    }

    /// What a workspace gets when csw.json has no `alert_rules`.
    public static let defaults: [AlertRule] = [
        AlertRule(id: "health-critical", kind: .healthBelow, severity: .critical, threshold: 40, cooldownDays: 7),
        AlertRule(id: "health-at-risk", kind: .healthBelow, severity: .high, threshold: 50, cooldownDays: 14),
        AlertRule(id: "health-drop", kind: .healthDrop, severity: .high, threshold: 10, windowDays: 30, cooldownDays: 14),
        AlertRule(id: "declining-trend", kind: .consecutiveDeclines, severity: .medium, cooldownDays: 30),
        AlertRule(id: "nps-detractor", kind: .npsDetractor, severity: .medium, threshold: 6, cooldownDays: 30),
        AlertRule(id: "critical-feedback", kind: .criticalFeedback, severity: .critical, cooldownDays: 3),
        AlertRule(id: "support-surge", kind: .supportTickets, severity: .medium, threshold: 20, cooldownDays: 14),
        AlertRule(id: "renewal-at-risk", kind: .renewalRisk, severity: .high, windowDays: 90, cooldownDays: 14),
        AlertRule(id: "renewal-overdue", kind: .renewalOverdue, severity: .high, windowDays: 0, cooldownDays: 7),
        AlertRule(id: "stale-data", kind: .staleData, severity: .low, windowDays: 45, cooldownDays: 30),
        AlertRule(id: "data-missing", kind: .dataMissing, severity: .medium, cooldownDays: 14),
        AlertRule(id: "feedback-escalation", kind: .feedbackEscalation, severity: .high, threshold: -0.5, windowDays: 30, cooldownDays: 7),
    ]

    /// csw.json's `alert_rules` array (the defaults when absent). Entries that do not make
    /// a rule are reported by `csw validate` (the schema), and skipped here.
    public static func rules(from config: JSONValue?) -> [AlertRule] {
        guard case .array(let items)? = config else { return defaults }
        return items.compactMap { item in
            guard case .object(let o) = item, let id = o["id"]?.stringValue, let kind = o["kind"]?.stringValue.flatMap(Kind.init),
                  let severity = o["severity"]?.stringValue.flatMap(Severity.init) else { return nil }
            let fallback = defaults.first { $0.kind == kind }
            return AlertRule(id: id, kind: kind, severity: severity, owner: o["owner"]?.stringValue,
                             threshold: o["threshold"]?.numberValue?.doubleValue ?? fallback?.threshold ?? 0,
                             windowDays: o["window_days"]?.numberValue?.intValue ?? fallback?.windowDays ?? 0,
                             cooldownDays: o["cooldown_days"]?.numberValue?.intValue ?? fallback?.cooldownDays ?? 7,
                             dedupe: o["dedupe"]?.stringValue.flatMap(Dedupe.init) ?? .subject)
        }
    }
}
