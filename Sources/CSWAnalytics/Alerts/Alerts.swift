import CSWCore
import CSWJSON

/// An alert: a rule whose condition holds for a customer as of a date.
public struct Alert: Sendable, Equatable {
    public enum State: String, Sendable { case open, acknowledged, snoozed }

    /// Stable: the same customer, rule and condition (dedupe key) give the same id.
    public let id: String
    public let customerID: String
    public let organizationName: String
    public let rule: String
    public let kind: AlertRule.Kind
    public let severity: Severity
    public let owner: String
    public let due: Day
    /// "health 38.2 is below 40", with the values that triggered it.
    public let reason: String
    /// What makes two firings the same alert (a feedback file, a renewal date; "" for one per rule).
    public let dedupeKey: String
    public var state: State = .open
    /// The acknowledgement or snooze that applies (who, when, note or until).
    public var stateNote: String?

    public var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["customer_id"] = .string(customerID)
        o["organization_name"] = .string(organizationName)
        o["rule"] = .string(rule)
        o["kind"] = .string(kind.rawValue)
        o["severity"] = .string(severity.rawValue)
        o["owner"] = .string(owner)
        o["due"] = .string(due.description)
        o["reason"] = .string(reason)
        o["state"] = .string(state.rawValue)
        o["state_note"] = stateNote.map(JSONValue.string) ?? .null
        return .object(o)
    }

    static func id(customer: String, rule: String, dedupeKey: String) -> String {
        "A-" + FNV1a.hex16("\(customer)|\(rule)|\(dedupeKey)")
    }
}

/// What a customer looks like to the alert rules.
public struct AlertInput: Sendable {
    public let data: CustomerData
    public let score: CustomerScore
    public let feedback: [FeedbackNote]

    public init(data: CustomerData, score: CustomerScore, feedback: [FeedbackNote]) {
        self.data = data
        self.score = score
        self.feedback = feedback
    }
}

/// Evaluates alert rules (pure: values in, alerts out).
public enum AlertEvaluator {
    /// Every alert that holds as of `asOf`, open; `AlertState.apply` then marks the
    /// acknowledged and snoozed ones.
    public static func evaluate(_ input: AlertInput, rules: [AlertRule], asOf: Day, model: ScoringModel) -> [Alert] {
        guard input.data.status != "churned" else { return [] }
        var out: [Alert] = []
        for rule in rules {
            for firing in fires(rule, input, asOf: asOf, model: model) {
                let key = dedupeKey(firing.key, rule.dedupe, asOf)
                out.append(Alert(id: Alert.id(customer: input.data.id, rule: rule.id, dedupeKey: key), customerID: input.data.id,
                                 organizationName: input.data.organizationName, rule: rule.id, kind: rule.kind, severity: rule.severity,
                                 owner: rule.owner ?? input.data.csm ?? "unassigned", due: asOf.adding(days: rule.severity.dueDays),
                                 reason: firing.reason, dedupeKey: key))
            }
        }
        return out.sorted { ($1.severity, $0.customerID, $0.rule) < ($0.severity, $1.customerID, $1.rule) }
    }

    /// The subject key, with the period appended for `month` and `week` rules.
    static func dedupeKey(_ subject: String, _ dedupe: AlertRule.Dedupe, _ day: Day) -> String {
        switch dedupe {
        case .subject: return subject
        case .month: return subject + "@" + day.description.prefix(7)
        case .week: return subject + "@w" + String((day.number + 3) / 7)  // weeks start on Monday
        }
    }

    /// The rule's condition at `asOf`: one (dedupe key, reason) per distinct firing.
    static func fires(_ rule: AlertRule, _ input: AlertInput, asOf: Day, model: ScoringModel) -> [(key: String, reason: String)] {
        let data = input.data
        let history = data.history(upTo: asOf)
        func fmt(_ x: Double) -> String { ScoreTable.fmt(x) }
        func latest(_ name: String) -> (Double, Day)? {
            guard let s = history.last(where: { $0.values[name] != nil }) else { return nil }
            return (s.values[name]!, s.date)
        }
        // Health as of asOf: the score's own when evaluating its date, else recomputed.
        let health = asOf == input.score.asOf ? input.score.health : HealthScore.compute(data, asOf: asOf, model: model)
        switch rule.kind {
        case .healthBelow:
            guard !history.isEmpty, let score = health.score, score < rule.threshold else { return [] }
            return [("", "health \(fmt(score)) is below \(fmt(rule.threshold))")]
        case .healthDrop:
            let before = asOf.adding(days: -rule.windowDays)
            guard !data.history(upTo: before).isEmpty, let now = health.score,
                  let then = HealthScore.compute(data, asOf: before, model: model).score, then - now >= rule.threshold else { return [] }
            return [("", "health fell \(fmt(then - now)) points in \(rule.windowDays) days (\(fmt(then)) → \(fmt(now)))")]
        case .consecutiveDeclines:
            let trend = asOf == input.score.asOf ? input.score.trend : HealthTrend.compute(data, asOf: asOf, model: model, current: health.score)
            guard trend.warning == "three consecutive monthly declines" else { return [] }
            return [("", "health declined three months in a row")]
        case .npsDetractor:
            guard let (nps, date) = latest("nps_score"), nps <= rule.threshold else { return [] }
            return [("", "NPS \(fmt(nps)) on \(date) is at or below \(fmt(rule.threshold))")]
        case .supportTickets:
            guard let (tickets, date) = latest("support_ticket_volume"), tickets > rule.threshold else { return [] }
            return [("", "\(fmt(tickets)) support tickets on \(date), above \(fmt(rule.threshold))")]
        case .renewalRisk:
            // Not on a missing number: without a health score the data-missing alert says what to collect.
            guard let renewal = data.renewal(asOf: asOf), renewal - asOf >= 0, renewal - asOf <= rule.windowDays, let score = health.score, health.band != "healthy" else { return [] }
            return [(renewal.description, "renewal on \(renewal) (\(renewal - asOf) days) with health \(fmt(score)) (\(health.band))")]
        case .renewalOverdue:
            guard let due = data.overdueRenewal(asOf: asOf), asOf - due > rule.windowDays else { return [] }
            return [(due.description, "renewal date \(due) passed \(asOf - due) days ago with no outcome recorded; "
                     + "record it: csw renewal record \(data.id) --renewed --term-end YYYY-MM-DD (or --churned)")]
        case .staleData:
            guard let last = history.last?.date else {
                return [("", "no metrics recorded yet")]
            }
            guard asOf - last > rule.windowDays else { return [] }
            return [("", "no metrics since \(last) (\(asOf - last) days)")]
        case .dataMissing:
            guard health.score == nil else { return [] }
            let collect = health.missingMeasures.prefix(4).map { m in
                "\(m.name) (\(m.lastSeen.map { "last \($0)" } ?? "never recorded"))"
            }.joined(separator: ", ")
            let more = health.missingMeasures.count > 4 ? " and \(health.missingMeasures.count - 4) more" : ""
            return [("", "no health score: fresh data covers \(fmt(health.coverage * 100))% of the model, \(fmt(health.minimumCoverage * 100))% needed; collect \(collect)\(more)")]
        case .criticalFeedback:
            return input.feedback.filter { $0.severity == "critical" && $0.isOpen && ($0.date.map { $0 <= asOf } ?? true) }.map { f in
                (f.path, "critical feedback \(f.path) (\(f.status ?? "no status"))")
            }
        case .feedbackEscalation:
            let strategic = data.tier == "strategic"
            guard strategic || health.band == "at_risk" else { return [] }
            let who = strategic ? "a strategic customer" : "an at-risk customer (health \(health.score.map(fmt) ?? "—"))"
            return input.feedback.filter { f in
                guard f.isOpen, let date = f.date, date <= asOf, asOf - date <= rule.windowDays else { return false }
                return f.severity == "critical" || f.sentiment.score <= rule.threshold
            }.map { f in
                let why = f.severity == "critical" ? "critical feedback" : "strongly negative feedback (sentiment \(ScoreTable.signed(f.sentiment.score, 2)): "
                    + f.sentiment.drivers.filter { $0.weight < 0 }.prefix(3).map(\.term).joined(separator: ", ") + ")"
                return (f.path, "\(why) \(f.path) from \(who)")
            }
        }
    }

    /// Whether the condition behind `alert` stopped holding at some metrics date after
    /// `since` and before `asOf` (so an acknowledged alert that holds again fires again).
    public static func clearedBetween(_ alert: Alert, since: Day, asOf: Day, input: AlertInput, rules: [AlertRule], model: ScoringModel) -> Day? {
        guard let rule = rules.first(where: { $0.id == alert.rule }) else { return nil }
        for snapshot in input.data.snapshots where snapshot.date > since && snapshot.date < asOf {
            if !fires(rule, input, asOf: snapshot.date, model: model).contains(where: { dedupeKey($0.key, rule.dedupe, asOf) == alert.dedupeKey }) {
                return snapshot.date
            }
        }
        return nil
    }
}

/// Acknowledgements and snoozes, kept in customers/<ID>/alerts.json so teammates see
/// them after a sync: `{"A-…": {"state": "acknowledged", "by": "…", "at": "YYYY-MM-DD",
/// "note": "…"}, "A-…": {"state": "snoozed", "by": "…", "at": "…", "until": "YYYY-MM-DD"}}`.
public struct AlertState: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let state: Alert.State
        public let by: String
        public let at: Day
        public let note: String?
        public let until: Day?

        public init(state: Alert.State, by: String, at: Day, note: String?, until: Day?) {
            self.state = state
            self.by = by
            self.at = at
            self.note = note
            self.until = until
        }
    }

    public var entries: [String: Entry] = [:]

    public init(entries: [String: Entry] = [:]) { self.entries = entries }

    /// Reads alerts.json (entries that do not parse are skipped; csw validate reports them).
    public init(bytes: [UInt8]?) {
        guard let bytes, case .object(let o)? = try? JSONDocument.parse(bytes).get().value else { return }
        for (id, value) in o {
            guard case .object(let e) = value, let state = e["state"]?.stringValue.flatMap(Alert.State.init),
                  let at = e["at"]?.stringValue.flatMap(Day.init) else { continue }
            entries[id] = Entry(state: state, by: e["by"]?.stringValue ?? "", at: at, note: e["note"]?.stringValue,
                                until: e["until"]?.stringValue.flatMap(Day.init))
        }
    }

    public var json: JSONValue {
        var o = JSONObject()
        for id in entries.keys.sorted() {
            let e = entries[id]!
            var v = JSONObject()
            v["state"] = .string(e.state.rawValue)
            v["by"] = .string(e.by)
            v["at"] = .string(e.at.description)
            if let note = e.note { v["note"] = .string(note) }
            if let until = e.until { v["until"] = .string(until.description) }
            o[id] = .object(v)
        }
        return .object(o)
    }

    /// Marks each alert acknowledged or snoozed where that still applies: a snooze until
    /// its date; an acknowledgement until the condition clears and returns.
    public func apply(_ alerts: [Alert], input: AlertInput, rules: [AlertRule], asOf: Day, model: ScoringModel) -> [Alert] {
        alerts.map { alert in
            var a = alert
            guard let e = entries[alert.id] else { return a }
            switch e.state {
            case .snoozed:
                if let until = e.until, asOf <= until {
                    a.state = .snoozed
                    a.stateNote = "snoozed by \(e.by) until \(until)"
                }
            case .acknowledged:
                if let cleared = AlertEvaluator.clearedBetween(alert, since: e.at, asOf: asOf, input: input, rules: rules, model: model) {
                    a.stateNote = "acknowledged by \(e.by) on \(e.at); cleared on \(cleared) and back since"
                } else {
                    a.state = .acknowledged
                    a.stateNote = "acknowledged by \(e.by) on \(e.at)" + (e.note.map { ": \($0)" } ?? "")
                }
            case .open:
                break
            }
            return a
        }
    }
}
