import CSWAnalytics
import CSWCore
import CSWJSON

/// Everything a customer health report is made from (values only; the CLI gathers them).
public struct CustomerReportInput: Sendable {
    public let score: CustomerScore
    public let data: CustomerData
    public let model: ScoringModel
    public let alerts: [Alert]
    public let tasks: [CustomerTask]
    public let feedback: [FeedbackNote]
    public let opportunities: [Opportunity]
    public let pipeline: [PipelineOpportunity]
    public let enhancements: [EnhancementDemand]
    public let risk: RetentionRisk
    public let kpiTargets: [String: Double]
    public let currency: String
    public let asOf: Day

    public init(score: CustomerScore, data: CustomerData, model: ScoringModel, alerts: [Alert], tasks: [CustomerTask], feedback: [FeedbackNote],
                opportunities: [Opportunity], pipeline: [PipelineOpportunity], enhancements: [EnhancementDemand], risk: RetentionRisk,
                kpiTargets: [String: Double], currency: String, asOf: Day) {
        self.score = score
        self.data = data
        self.model = model
        self.alerts = alerts
        self.tasks = tasks
        self.feedback = feedback
        self.opportunities = opportunities
        self.pipeline = pipeline
        self.enhancements = enhancements
        self.risk = risk
        self.kpiTargets = kpiTargets
        self.currency = currency
        self.asOf = asOf
    }
}

/// The framework's customer health report (`generate_customer_health_report`): its
/// JSON uses the framework's names — `executive_summary`, `health_score.current_score`,
/// `retention_analysis.churn_risk` — and carries display strings beside the numbers for
/// the templates. Pure: the same input gives the same bytes.
public enum HealthReport {
    /// The KPIs of csw.json's kpi_targets that metrics.jsonl records, in this order.
    static let kpiOrder = ["clinical_outcome_improvement", "clinical_efficiency_gain", "cost_reduction", "compliance_score", "staff_satisfaction",
                           "patient_satisfaction", "roi_percentage", "implementation_success_rate", "patient_safety_events"]

    public static func build(_ r: CustomerReportInput) -> JSONObject {
        let s = r.score, d = r.data, day = r.asOf
        let history = d.history(upTo: day)
        func latest(_ name: String) -> (Double, Day)? {
            guard let snap = history.last(where: { $0.values[name] != nil }) else { return nil }
            return (snap.values[name]!, snap.date)
        }
        var o = JSONObject()
        o["customer_id"] = .string(d.id)
        o["organization_name"] = .string(d.organizationName)
        o["as_of"] = .string(day.description)
        o["tier"] = .string(d.tier)
        o["status"] = .string(s.customer.status)
        o["csm"] = d.csm.map(JSONValue.string) ?? .null
        o["contract_value"] = .number(JSONNumber(d.contractValue))
        o["contract_value_text"] = .string(money(d.contractValue, r.currency))
        o["renewal_date"] = d.renewal.map { .string($0.description) } ?? .null
        o["renewal_in_days"] = d.renewal.map { .number(JSONNumber($0 - day)) } ?? .null
        o["model_version"] = .string(s.modelVersion)

        // Health
        var health = JSONObject()
        health["current_score"] = s.effectiveHealth.map { .number(JSONNumber($0)) } ?? .null
        health["current_score_text"] = .string(ScoreTable.fmt(s.effectiveHealth))
        health["computed_score"] = s.health.score.map { .number(JSONNumber($0)) } ?? .null
        health["computed_score_text"] = .string(ScoreTable.fmt(s.health.score))
        health["coverage"] = .number(JSONNumber(s.health.coverage))
        health["coverage_text"] = .string(ScoreTable.fmt(s.health.coverage * 100, 0) + "%")
        health["insufficient_data"] = .bool(s.health.score == nil)
        health["missing_measures"] = .array(s.health.missingMeasures.map { .string($0.name) })
        health["band"] = .string(s.health.band)
        health["band_text"] = .string(bandText(s.health.band))
        health["trend_30d"] = s.trend.change30d.map { .number(JSONNumber($0)) } ?? .null
        health["trend_30d_text"] = .string(ScoreTable.signed(s.trend.change30d))
        health["trend_90d"] = s.trend.change90d.map { .number(JSONNumber($0)) } ?? .null
        health["trend_90d_text"] = .string(ScoreTable.signed(s.trend.change90d))
        health["early_warning"] = s.trend.warning.map(JSONValue.string) ?? .null
        if s.overrideActive, let ov = s.customer.override {
            health["override"] = .object(["score": .number(JSONNumber(ov.score)), "author": .string(ov.author), "reason": .string(ov.reason),
                                          "expires": .string(ov.expires.description)])
        }
        health["measures"] = .array(s.health.measures.map { m in
            .object(["name": .string(m.name), "raw": m.raw.map { .number(JSONNumber(($0 * 1000).rounded() / 1000)) } ?? .null,
                     "raw_text": .string(m.raw.map { ScoreTable.fmt($0, 2) } ?? "—"), "score": m.score.map { .number(JSONNumber($0)) } ?? .null,
                     "weight_percent": .string(ScoreTable.percent(m.weight)), "points": .number(JSONNumber(m.points)), "fresh": .bool(m.isFresh)])
        })
        health["history"] = .array(monthlyHealth(d, asOf: day, model: r.model).map { .object(["date": .string($0.0.description), "score": $0.1.map { .number(JSONNumber($0)) } ?? .null]) })
        o["health_score"] = .object(health)

        // Retention
        var retention = JSONObject()
        retention["churn_risk"] = s.churn.probability.map { .number(JSONNumber(($0 * 10000).rounded() / 10000)) } ?? .null
        retention["churn_risk_text"] = .string(ScoreTable.percent(s.churn.probability))
        retention["risk_level"] = .string(r.risk.level)
        retention["has_drivers"] = .bool(!r.risk.drivers.isEmpty)
        retention["drivers"] = .array(r.risk.drivers.prefix(5).map { .object(["factor": .string($0.name), "contribution": .number(JSONNumber(($0.contribution * 1000).rounded() / 1000))]) })
        retention["recommended_playbooks"] = .array(r.risk.recommendations.map {
            .object(["playbook": .string($0.playbook.name), "title": .string($0.playbook.title), "because": .string($0.because)])
        })
        retention["lifetime_value"] = s.lifetimeValue.map { .number(JSONNumber($0)) } ?? .null
        retention["lifetime_value_text"] = .string(s.lifetimeValue.map { money($0, r.currency) } ?? "—")
        o["retention_analysis"] = .object(retention)

        // Expansion
        let openPipeline = r.pipeline.filter(\.isOpen)
        let expected = r.opportunities.reduce(0) { $0 + $1.expectedValue }
        o["expansion"] = .object([
            "expansion_potential": s.expansionPotential.map { .number(JSONNumber($0)) } ?? .null,
            "expected_value_text": .string(money(expected, r.currency)),
            "opportunities": .array(r.opportunities.map { op in
                .object(["type": .string(op.type), "product": op.product.map(JSONValue.string) ?? .null, "estimated_value": .number(JSONNumber(op.estimatedValue)),
                         "estimated_value_text": .string(money(op.estimatedValue, r.currency)), "probability_text": .string(ScoreTable.percent(op.probability)),
                         "expected_value": .number(JSONNumber(op.expectedValue)), "evidence": .string(op.evidence.joined(separator: "; "))])
            }),
            "pipeline": .array(openPipeline.map { p in
                .object(["id": .string(p.id), "type": .string(p.type), "product": p.product.map(JSONValue.string) ?? .null, "amount": .number(JSONNumber(p.amount)),
                         "amount_text": .string(money(p.amount, r.currency)), "stage": .string(p.stage), "expected_close": .string(p.expectedClose.description)])
            }),
        ])

        // Clinical impact against the KPI targets
        var kpis: [JSONValue] = []
        var met = 0, below: [String] = [], recorded = 0
        for name in kpiOrder {
            guard let target = r.kpiTargets[name] else { continue }
            let value = latest(name)
            var status = "not recorded"
            if let (v, _) = value {
                recorded += 1
                let meets = WorkspaceConfig.lowerIsBetterKPIs.contains(name) ? v <= target : v >= target
                if meets { met += 1; status = "met" } else { status = "below"; below.append("\(label(name)) \(ScoreTable.fmt(v)) vs \(ScoreTable.fmt(target))") }
            }
            kpis.append(.object(["kpi": .string(name), "label": .string(label(name)), "value": value.map { .number(JSONNumber($0.0)) } ?? .null,
                                 "value_text": .string(value.map { ScoreTable.fmt($0.0) } ?? "—"), "target": .number(JSONNumber(target)),
                                 "target_text": .string(ScoreTable.fmt(target)), "status": .string(status), "met": .bool(status == "met"),
                                 "as_of": value.map { .string($0.1.description) } ?? .null]))
        }
        o["clinical_impact"] = .array(kpis)

        // Feedback
        let recent = r.feedback.filter { n in n.date.map { day - $0 >= 0 && day - $0 < 180 } ?? false }
        let mean = recent.isEmpty ? nil : ((recent.map(\.sentiment.score).reduce(0, +) / Double(recent.count)) * 1000).rounded() / 1000
        let trend = SentimentTrend.compute(customerID: d.id, r.feedback, asOf: day)
        let highlights = r.feedback.filter { $0.date.map { $0 <= day } ?? false }.sorted { ($0.date!.number, $0.path) > ($1.date!.number, $1.path) }.prefix(5)
        var feedback = JSONObject()
        feedback["notes_180d"] = .number(JSONNumber(recent.count))
        feedback["mean_sentiment"] = mean.map { .number(JSONNumber($0)) } ?? .null
        feedback["mean_sentiment_text"] = .string(mean.map { ScoreTable.signed($0, 2) } ?? "—")
        feedback["sentiment_trend"] = .string(trend.direction)
        feedback["highlights"] = .array(highlights.map { (n: FeedbackNote) -> JSONValue in
            var h = JSONObject()
            h["date"] = .string(n.date!.description)
            h["type"] = .string(n.type ?? "")
            h["summary"] = .string(n.summary)
            h["sentiment"] = .number(JSONNumber(n.sentiment.score))
            h["sentiment_text"] = .string(ScoreTable.signed(n.sentiment.score, 2) + " " + n.sentiment.label.rawValue)
            return .object(h)
        })
        feedback["enhancements"] = .array(r.enhancements.map { (e: EnhancementDemand) -> JSONValue in
            .object(["id": .string(e.enhancement.id), "title": .string(e.enhancement.title), "status": .string(e.enhancement.status)])
        })
        o["feedback"] = .object(feedback)

        // Alerts and tasks
        let openAlerts = r.alerts.filter { $0.state == .open }
        o["alerts"] = .array(openAlerts.map { a in
            .object(["id": .string(a.id), "rule": .string(a.rule), "severity": .string(a.severity.rawValue), "due": .string(a.due.description), "reason": .string(a.reason)])
        })
        let openTasks = r.tasks.filter { $0.status == "open" }.sorted { ($0.due.number, $0.id) < ($1.due.number, $1.id) }
        o["tasks"] = .array(openTasks.map { t in
            .object(["id": .string(t.id), "title": .string(t.title), "owner": .string(t.owner), "due": .string(t.due.description),
                     "overdue": .bool(t.due < day)])
        })

        o["executive_summary"] = .string(summary(r, kpisMet: met, kpisRecorded: recorded, below: below, openAlerts: openAlerts, openTasks: openTasks.count,
                                                 expected: expected, feedbackMean: mean, feedbackCount: recent.count))
        // executive_summary first, as the framework prints it
        var ordered = JSONObject()
        ordered["executive_summary"] = o["executive_summary"]!
        for (k, v) in o where k != "executive_summary" { ordered[k] = v }
        return ordered
    }

    /// Plain sentences a VP can read, from the numbers alone.
    static func summary(_ r: CustomerReportInput, kpisMet: Int, kpisRecorded: Int, below: [String], openAlerts: [Alert], openTasks: Int,
                        expected: Double, feedbackMean: Double?, feedbackCount: Int) -> String {
        let s = r.score, d = r.data
        var out: [String] = []
        var first: String
        if s.health.band == ScoringModel.churnedBand {
            first = "\(d.organizationName) has churned"
        } else if let health = s.effectiveHealth {
            first = "\(d.organizationName) is \(bandText(s.health.band)) with a health score of \(ScoreTable.fmt(health))"
        } else {
            let collect = s.health.missingMeasures.prefix(3).map { $0.name.replacing("_", with: " ") }.joined(separator: ", ")
            first = "\(d.organizationName) has no health score: fresh data covers \(ScoreTable.fmt(s.health.coverage * 100, 0))% of the model "
                + "(\(ScoreTable.fmt(s.health.minimumCoverage * 100, 0))% needed); collect \(collect)"
        }
        if s.health.score != nil, let change = s.trend.change30d {
            first += abs(change) < 0.05 ? ", unchanged over 30 days" : ", \(change > 0 ? "up" : "down") \(ScoreTable.fmt(abs(change))) points over 30 days"
        }
        out.append(first + ".")
        if let warning = s.trend.warning { out.append("Early warning: \(warning).") }
        let drivers = r.risk.drivers.filter { $0.contribution > 0 }.prefix(2).map { $0.name.replacing("_", with: " ") }
        if let churn = s.churn.probability {
            out.append("Churn risk is \(r.risk.level) at \(ScoreTable.percent(churn))" + (drivers.isEmpty ? "." : ", driven by \(drivers.joined(separator: " and ")).") )
        }
        if let renewal = d.renewal {
            let days = renewal - r.asOf
            out.append(days >= 0 ? "The contract (\(money(d.contractValue, r.currency)) a year) renews on \(renewal), in \(days) days."
                                 : "The contract (\(money(d.contractValue, r.currency)) a year) was due for renewal on \(renewal).")
        }
        if kpisRecorded > 0 {
            let shown = below.prefix(3).joined(separator: ", ") + (below.count > 3 ? " and \(below.count - 3) more" : "")
            out.append("\(kpisMet) of \(kpisRecorded) clinical KPIs \(kpisMet == 1 ? "meets its" : "meet their") target\(kpisMet == 1 ? "" : "s")" + (below.isEmpty ? "." : "; below target: \(shown).") )
        } else {
            out.append("No clinical KPI has been recorded yet.")
        }
        if openAlerts.isEmpty {
            out.append("There are no open alerts" + (openTasks > 0 ? " and \(openTasks) open task\(openTasks == 1 ? "" : "s")." : "."))
        } else {
            let top = openAlerts.map(\.severity).max()!
            out.append("\(openAlerts.count) open alert\(openAlerts.count == 1 ? "" : "s") (highest: \(top.rawValue)) and \(openTasks) open task\(openTasks == 1 ? "" : "s") need attention.")
        }
        if !r.opportunities.isEmpty, let potential = s.expansionPotential {
            out.append("Expansion potential is \(ScoreTable.fmt(potential)) of 100, with \(r.opportunities.count) opportunit\(r.opportunities.count == 1 ? "y" : "ies") worth \(money(expected, r.currency)) expected.")
        }
        if let mean = feedbackMean {
            let tone = mean >= Sentiment.positiveFrom ? "positive" : (mean <= Sentiment.negativeFrom ? "negative" : "mixed")
            out.append("Feedback over the last 180 days is \(tone) (\(feedbackCount) note\(feedbackCount == 1 ? "" : "s"), mean sentiment \(ScoreTable.signed(mean, 2))).")
        }
        return out.joined(separator: " ")
    }

    /// Health at the end of each of the last twelve months (oldest first), as the model
    /// sees it then; nil for a month without a score (no data, or too little fresh data),
    /// so a chart shows the gap.
    public static func monthlyHealth(_ d: CustomerData, asOf: Day, model: ScoringModel, months: Int = 12) -> [(Day, Double?)] {
        var points: [(Day, Double?)] = []
        for k in stride(from: months - 1, through: 0, by: -1) {
            let date = asOf.adding(days: -30 * k)
            guard !d.history(upTo: date).isEmpty else { points.append((date, nil)); continue }
            points.append((date, HealthScore.compute(d, asOf: date, model: model).score))
        }
        // Months before the first data are not a gap but the time before the customer: left out.
        return Array(points.drop { $0.1 == nil && d.history(upTo: $0.0).isEmpty })
    }

    static func bandText(_ band: String) -> String {
        switch band {
        case "healthy": return "healthy"
        case "watch": return "on watch"
        case ScoringModel.insufficientBand: return "without enough data for a score"
        case ScoringModel.churnedBand: return "churned"
        default: return "at risk"
        }
    }

    /// "clinical_outcome_improvement" → "Clinical outcome improvement"
    static func label(_ name: String) -> String {
        if name == "roi_percentage" { return "ROI" }
        let words = name.replacing("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    public static func money(_ value: Double, _ currency: String) -> String {
        (currency == "USD" ? "$" : currency + " ") + Money.format(value)
    }
}

