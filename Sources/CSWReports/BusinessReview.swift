import CSWAnalytics
import CSWCore
import CSWJSON

/// A business review prepared from the workspace: the framework's review data (clinical
/// ROI) and the sections a review needs, with marked places for the CSM's own words.
/// Pure and deterministic: the same input gives the same bytes.
public struct BusinessReview: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case annual, quarterly, executive

        public var frontMatterType: String { rawValue + "_business_review" }
        public var title: String {
            switch self {
            case .annual: return "Annual business review"
            case .quarterly: return "Quarterly business review"
            case .executive: return "Executive business review"
            }
        }
        /// The period a review covers when none is given.
        public var defaultDays: Int {
            switch self {
            case .annual: return 365
            case .quarterly: return 91
            case .executive: return 182
            }
        }
    }

    public let kind: Kind
    /// The review meeting's date (front matter `date`).
    public let date: Day
    public let from: Day
    public let to: Day
    public let report: CustomerReportInput
    /// metrics.jsonl's snapshots as written (for review data csw does not score:
    /// time_saved_hours, projected_savings), oldest first.
    public let snapshots: [(date: Day, values: JSONObject)]
    public let loadedHourlyCost: Double
    /// Enhancements not shipped or declined, for the roadmap (the customer's own requests first).
    public let openEnhancements: [Enhancement]

    public init(kind: Kind, date: Day, from: Day, to: Day, report: CustomerReportInput, snapshots: [(date: Day, values: JSONObject)],
                loadedHourlyCost: Double, openEnhancements: [Enhancement]) {
        self.kind = kind
        self.date = date
        self.from = from
        self.to = to
        self.report = report
        self.snapshots = snapshots
        self.loadedHourlyCost = loadedHourlyCost
        self.openEnhancements = openEnhancements
    }

    /// reviews/DATE-annual-business-review.md
    public var fileName: String { "\(date)-\(kind.frontMatterType.replacing("_", with: "-")).md" }

    /// The front matter, written by csw so that it always matches the review schema.
    public var frontMatter: String {
        var lines = ["---", "date: \(date)", "type: \(kind.frontMatterType)", "status: planned"]
        if let csm = report.data.csm { lines.append("author: \(csm)") }
        lines.append("period: \(from)..\(to)")
        lines.append("tags: [prepared-by-csw]")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    func inPeriod(_ day: Day) -> Bool { day >= from && day <= to }

    /// The document the review template is filled from.
    public func document() -> JSONObject {
        let r = report, d = r.data, currency = r.currency
        let base = HealthReport.build(r)
        let period = snapshots.filter { inPeriod($0.date) }
        func number(_ v: JSONObject, _ name: String) -> Double? { v[name]?.numberValue?.doubleValue }
        func first(_ name: String) -> Double? { period.first { number($0.values, name) != nil }.flatMap { number($0.values, name) } }
        func last(_ name: String) -> Double? { period.last { number($0.values, name) != nil }.flatMap { number($0.values, name) } }
        func mean(_ name: String) -> Double? {
            let xs = period.compactMap { number($0.values, name) }
            return xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
        }
        func sum(_ name: String) -> Double? {
            let xs = period.compactMap { number($0.values, name) }
            return xs.isEmpty ? nil : xs.reduce(0, +)
        }
        func fmt(_ x: Double?, _ digits: Int = 1) -> String { x.map { ScoreTable.fmt($0, digits) } ?? "not recorded" }
        func pct(_ x: Double?) -> String { x.map { ScoreTable.fmt($0 * 100) + "%" } ?? "not recorded" }
        func money(_ x: Double?) -> String { x.map { HealthReport.money($0, currency) } ?? "not recorded" }

        var o = JSONObject()
        o["review_title"] = .string(kind.title)
        o["review_type"] = .string(kind.frontMatterType)
        o["customer_id"] = .string(d.id)
        o["organization_name"] = .string(d.organizationName)
        o["date"] = .string(date.description)
        o["period_from"] = .string(from.description)
        o["period_to"] = .string(to.description)
        o["as_of"] = .string(r.asOf.description)
        o["csm"] = d.csm.map(JSONValue.string) ?? .null
        o["executive_summary"] = base["executive_summary"]!

        // Clinical ROI: the framework's review data
        let days = Double(to - from + 1)
        let periodCost = d.contractValue * min(days, 365) / 365
        let hours = sum("time_saved_hours")
        let timeValue = hours.map { $0 * loadedHourlyCost }
        var savings = last("projected_savings").map { $0 * min(days, 365) / 365 }
        var savingsSource = "projected_savings in metrics.jsonl, prorated to the period"
        if savings == nil, let roi = last("roi_percentage") {
            savings = periodCost * (1 + roi / 100)
            savingsSource = "estimated from roi_percentage \(ScoreTable.fmt(roi))%"
        } else if savings == nil {
            savingsSource = "not recorded: add projected_savings to metrics.jsonl"
        }
        let total = (savings ?? 0) + (timeValue ?? 0)
        let roi: Double? = (savings != nil || timeValue != nil) && periodCost > 0 ? (total - periodCost) / periodCost * 100 : nil
        var roiObject = JSONObject()
        roiObject["contract_value"] = .number(JSONNumber(d.contractValue))
        roiObject["contract_value_text"] = .string(money(d.contractValue))
        roiObject["period_cost_text"] = .string(money(periodCost))
        roiObject["clinical_outcome_improvement"] = last("clinical_outcome_improvement").map { .number(JSONNumber($0)) } ?? .null
        roiObject["clinical_outcome_improvement_text"] = .string(last("clinical_outcome_improvement").map { ScoreTable.fmt($0) + "%" } ?? "not recorded")
        roiObject["user_adoption_rate"] = last("user_adoption_rate").map { .number(JSONNumber($0)) } ?? .null
        roiObject["user_adoption_rate_text"] = .string(pct(last("user_adoption_rate")))
        roiObject["support_ticket_volume"] = mean("support_ticket_volume").map { .number(JSONNumber(($0 * 10).rounded() / 10)) } ?? .null
        roiObject["support_ticket_volume_text"] = .string(fmt(mean("support_ticket_volume")))
        roiObject["projected_savings"] = savings.map { .number(JSONNumber($0.rounded())) } ?? .null
        roiObject["projected_savings_text"] = .string(money(savings))
        roiObject["projected_savings_source"] = .string(savingsSource)
        roiObject["time_saved_hours"] = hours.map { .number(JSONNumber($0)) } ?? .null
        roiObject["time_saved_hours_text"] = .string(fmt(hours, 0))
        roiObject["loaded_hourly_cost_text"] = .string(money(loadedHourlyCost))
        roiObject["time_value_text"] = .string(money(timeValue))
        roiObject["total_value_text"] = .string(money(savings == nil && timeValue == nil ? nil : total))
        roiObject["roi_percent"] = roi.map { .number(JSONNumber(($0 * 10).rounded() / 10)) } ?? .null
        roiObject["roi_percent_text"] = .string(roi.map { ScoreTable.fmt($0) + "%" } ?? "not enough data")
        o["roi"] = .object(roiObject)

        o["clinical_impact"] = base["clinical_impact"]!
        o["health_score"] = base["health_score"]!
        o["retention_analysis"] = base["retention_analysis"]!

        o["adoption"] = .object([
            "usage_start": .string(fmt(first("usage_percentage"))), "usage_end": .string(fmt(last("usage_percentage"))),
            "adoption_start": .string(pct(first("user_adoption_rate"))), "adoption_end": .string(pct(last("user_adoption_rate"))),
            "active_users_start": .string(fmt(first("active_users"), 0)), "active_users_end": .string(fmt(last("active_users"), 0)),
            "engagement_end": .string(fmt(last("engagement_level"), 2)),
        ])
        o["support"] = .object([
            "tickets_mean": .string(fmt(mean("support_ticket_volume"))), "tickets_start": .string(fmt(first("support_ticket_volume"), 0)),
            "tickets_end": .string(fmt(last("support_ticket_volume"), 0)), "critical_tickets": .string(fmt(sum("critical_tickets"), 0)),
        ])
        o["outcomes"] = .object([
            "improvement_start": .string(fmt(first("clinical_outcome_improvement"))), "improvement_end": .string(fmt(last("clinical_outcome_improvement"))),
            "trend": .string(period.last { $0.values["clinical_outcome_trend"]?.stringValue != nil }?.values["clinical_outcome_trend"]?.stringValue ?? "not recorded"),
            "efficiency_end": .string(fmt(last("clinical_efficiency_gain"))), "cost_reduction_end": .string(fmt(last("cost_reduction"))),
        ])
        o["nps"] = .object(["start": .string(fmt(first("nps_score"))), "end": .string(fmt(last("nps_score")))])
        let notes = r.feedback.filter { $0.date.map(inPeriod) ?? false }.sorted { ($0.date!.number, $0.path) > ($1.date!.number, $1.path) }
        o["feedback_highlights"] = .array(notes.prefix(6).map { n in
            .object(["date": .string(n.date!.description), "type": .string(n.type ?? ""), "summary": .string(n.summary),
                     "sentiment_text": .string(ScoreTable.signed(n.sentiment.score, 2) + " " + n.sentiment.label.rawValue)])
        })
        o["executive_engagement"] = .string(fmt(last("executive_engagement"), 2))
        let asked = Set(r.enhancements.map(\.enhancement.id))
        let roadmap = openEnhancements.sorted { (asked.contains($0.id) ? 0 : 1, $0.id) < (asked.contains($1.id) ? 0 : 1, $1.id) }
        o["roadmap"] = .array(roadmap.map { e in
            .object(["id": .string(e.id), "title": .string(e.title), "status": .string(e.status.replacing("_", with: " ")), "asked": .bool(asked.contains(e.id))])
        })
        o["next_steps"] = .array(nextSteps().map(JSONValue.string))
        return o
    }

    /// Recommended next steps, in order: open alerts, the first recommended playbook,
    /// the renewal, the best expansion opportunity.
    func nextSteps() -> [String] {
        let r = report
        var steps: [String] = []
        for a in r.alerts.filter({ $0.state == .open }).prefix(3) { steps.append("Resolve the \(a.severity.rawValue) alert \(a.rule): \(a.reason) (due \(a.due)).") }
        if let first = r.risk.recommendations.first { steps.append("Run the \(first.playbook.title) playbook (\(first.because)).") }
        if let renewal = r.data.renewal, renewal >= r.asOf { steps.append("Agree the renewal plan before \(renewal) (\(renewal - r.asOf) days).") }
        if let best = r.opportunities.max(by: { $0.expectedValue < $1.expectedValue }) {
            steps.append("Explore \(best.type.replacing("_", with: " "))\(best.product.map { " of \($0)" } ?? ""): \(HealthReport.money(best.estimatedValue, r.currency)) at \(ScoreTable.percent(best.probability)).")
        }
        if steps.isEmpty { steps.append("Confirm the goals for the next period with the executive sponsor.") }
        return steps
    }
}

