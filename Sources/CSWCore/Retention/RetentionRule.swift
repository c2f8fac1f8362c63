import CSWJSON

/// One rule of csw.json's `retention` list: what it covers and how old an item must be
/// before `csw retention apply` removes it (docs/FORMAT.md, docs/SECURITY.md "Data retention").
///
/// ```json
/// {"name": "call-notes-3y", "covers": "notes", "kinds": ["call"], "older_than": "3y"}
/// ```
public struct RetentionRule: Sendable, Equatable {
    /// What a rule can cover; each is a kind of file or entry of the workspace.
    public enum Covers: String, Sendable, CaseIterable {
        /// customers/<ID>/feedback/*.md, dated by front matter `date`.
        case feedback
        /// customers/<ID>/notes/*.md, dated by `date`; `kinds` narrows by front matter `kind`.
        case notes
        /// customers/<ID>/reviews/*.md, dated by `date`.
        case reviews
        /// Lines of customers/<ID>/tasks.jsonl, dated by `done_at` (else `due`); `status`
        /// narrows them (default: done and skipped).
        case tasks
        /// Team members of profile.json with a `left_on` date (people who left the customer's team).
        case contacts
        /// Lines of the untracked .csw/delivered.jsonl (notifications delivered by csw run), dated by `at`.
        case notifications

        /// Words for the plan: "feedback notes", "tasks", …
        public var noun: String {
            switch self {
            case .feedback: return "feedback notes"
            case .notes: return "account notes"
            case .reviews: return "business-review notes"
            case .tasks: return "tasks"
            case .contacts: return "contacts who left the team"
            case .notifications: return "delivered notifications"
            }
        }
    }

    public let name: String
    public let covers: Covers
    /// How old an item must be; nil only for contacts (then: as soon as they left).
    public let olderThan: RetentionAge?
    /// notes: the front matter kinds covered (empty: every note).
    public let kinds: [String]
    /// tasks: the statuses covered.
    public let statuses: [String]
    /// Where the rule is written in csw.json.
    public let location: SourceLocation

    public init(name: String, covers: Covers, olderThan: RetentionAge?, kinds: [String] = [], statuses: [String] = RetentionRule.closedStatuses,
                location: SourceLocation = SourceLocation(line: 1, column: 1, offset: 0)) {
        self.name = name
        self.covers = covers
        self.olderThan = olderThan
        self.kinds = kinds
        self.statuses = statuses
        self.location = location
    }

    /// Task statuses a rule covers when it names none.
    public static let closedStatuses = ["done", "skipped"]
    /// Note kinds (note.schema.json).
    public static let noteKinds = ["meeting", "call", "email", "internal", "escalation", "other"]
    /// Task statuses (task.schema.json).
    public static let taskStatuses = ["open", "done", "skipped"]
    /// At most this many rules, so a pulled csw.json cannot make a plan unbounded in rules.
    public static let maxRules = 100

    /// The day before which an item is old enough ("older than 3y" on 2025-12-15: before
    /// 2022-12-15); `today` itself for a contacts rule without an age. nil when `today` is
    /// not a date.
    public func cutoff(today: String) -> String? {
        guard let olderThan else { return Day.exactly(today).map { _ in today } }
        return olderThan.cutoff(today: today)
    }

    /// "feedback notes older than 3y (dated before 2022-12-15)".
    public func limitText(today: String) -> String {
        let before = cutoff(today: today) ?? "?"
        var what = covers.noun
        if covers == .notes && !kinds.isEmpty { what = kinds.joined(separator: ", ") + " notes" }
        if covers == .tasks { what = statuses.joined(separator: " or ") + " tasks" }
        if covers == .contacts && olderThan == nil { return "\(what) (left on or before \(before))" }
        return "\(what) older than \(olderThan?.text ?? "0d") (dated before \(before))"
    }
}
