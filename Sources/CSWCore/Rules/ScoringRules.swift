import CSWJSON

/// The names csw.json's `scoring` section may use, and the check that it uses only them
/// (CSW0901): a misspelt measure would otherwise change the model version and nothing
/// else. The lists are the scoring model's (CSWAnalytics checks they match).
public enum ScoringRules {
    /// The built-in health measures, in the model's order.
    public static let builtInMeasures = ["usage_percentage", "user_adoption_rate", "engagement_level", "nps_score", "support_ticket_volume",
                                         "clinical_outcome_improvement", "roi_percentage", "compliance_score", "patient_safety_events",
                                         "staff_satisfaction", "feedback_sentiment"]

    /// The built-in churn factors, in output order.
    public static let churnFactors = ["health_gap", "trend_30d", "nps_detractor", "support_load", "renewal_within_90d", "tenure_years",
                                      "roi_concerns", "competitive_pressure", "workflow_adoption_gap", "staff_satisfaction_gap", "outcomes_declining"]

    /// The numeric (and yes/no) metrics of the snapshot schema: what a measure or a churn
    /// factor can read, beside the workspace's custom metrics.
    public static let builtInMetrics = ["usage_percentage", "clinical_outcome_improvement", "user_adoption_rate", "support_ticket_volume", "nps_score",
                                        "engagement_level", "clinical_efficiency_gain", "cost_reduction", "compliance_score", "staff_satisfaction",
                                        "patient_satisfaction", "roi_percentage", "implementation_success_rate", "workflow_adoption",
                                        "competitive_pressure", "roi_concerns", "executive_engagement", "active_users", "critical_tickets",
                                        "time_saved_hours", "projected_savings", "patient_safety_events"]

    /// Every name in `scoring` that is not a measure, metric or factor, with a suggestion.
    /// `root` is csw.json, already checked against its schema.
    public static func check(_ root: JSONNode, path: String) -> [Diagnostic] {
        guard let scoring = root["scoring"], scoring.kind == .object else { return [] }
        let custom = (root["custom_metrics"]?.members ?? JSONNode.Members.empty).map(\.name)
        let metrics = builtInMetrics + custom.filter { !builtInMetrics.contains($0) }
        var measures = builtInMeasures
        var out: [Diagnostic] = []
        func report(_ node: JSONNode, _ message: String, _ note: String) {
            out.append(Diagnostic(.unknownScoringName, path, at: node.location, message, notes: [note]))
        }
        // scoring.measures: each a metric; a new one needs its scale.
        for member in scoring["measures"]?.members ?? JSONNode.Members.empty {
            let name = member.name
            guard metrics.contains(name) || name == "feedback_sentiment" else {
                let guess = RetentionRules.closest(name, in: metrics)
                report(member.key, "scoring.measures.\(name): there is no metric \"\(name)\"",
                       guess.map { "did you mean \"\($0)\"?" } ?? "a measure reads a metric: a built-in one or one declared in custom_metrics (docs/FORMAT.md)")
                continue
            }
            if !builtInMeasures.contains(name) {
                measures.append(name)
                if member.value["poor"] == nil || member.value["good"] == nil {
                    report(member.key, "scoring.measures.\(name): a new measure needs \"poor\" and \"good\" (the values that score 0 and 100)",
                           "for example {\"weight\": 5, \"poor\": 0, \"good\": 100}")
                }
            }
            if let poor = member.value["poor"]?.doubleValue, let good = member.value["good"]?.doubleValue, poor == good {
                report(member.key, "scoring.measures.\(name): poor and good are both \(member.value["poor"]!.rawText): nothing scores between them",
                       "give the value that scores 0 and the value that scores 100")
            }
        }
        func checkMeasureNames(_ object: JSONNode?, _ label: String) {
            for member in object?.members ?? JSONNode.Members.empty where !measures.contains(member.name) {
                let name = member.name
                if metrics.contains(name) {
                    report(member.key, "\(label).\(name): \(name) is a metric but not a health measure",
                           "give it a scale to make it one: \"measures\": {\"\(name)\": {\"weight\": 5, \"poor\": …, \"good\": …}}")
                } else {
                    let guess = RetentionRules.closest(name, in: measures) ?? RetentionRules.closest(name, in: metrics)
                    report(member.key, "\(label).\(name): there is no measure \"\(name)\"",
                           guess.map { "did you mean \"\($0)\"?" } ?? "the measures are " + measures.joined(separator: ", "))
                }
            }
        }
        checkMeasureNames(scoring["weights"], "scoring.weights")
        checkMeasureNames(scoring["freshness"], "scoring.freshness")
        checkMeasureNames(scoring["missing"], "scoring.missing")
        for segment in scoring["segments"]?.members ?? JSONNode.Members.empty {
            checkMeasureNames(segment.value, "scoring.segments.\(segment.name)")
        }
        for (i, cap) in (scoring["caps"]?.elements.map { $0 } ?? []).enumerated() {
            if let name = cap["metric"]?["name"], let text = name.stringValue, !metrics.contains(text) {
                let guess = RetentionRules.closest(text, in: metrics)
                out.append(Diagnostic(.unknownScoringName, path, at: name.location, "scoring.caps[\(i)].metric.name: there is no metric \"\(text)\"",
                                      notes: [guess.map { "did you mean \"\($0)\"?" } ?? "a cap reads a built-in metric or one declared in custom_metrics"]))
            }
        }
        for member in scoring["churn"]?["coefficients"]?.members ?? JSONNode.Members.empty
        where !churnFactors.contains(member.name) && !metrics.contains(member.name) {
            let guess = RetentionRules.closest(member.name, in: churnFactors) ?? RetentionRules.closest(member.name, in: metrics)
            report(member.key, "scoring.churn.coefficients.\(member.name): there is no churn factor or metric \"\(member.name)\"",
                   guess.map { "did you mean \"\($0)\"?" } ?? "the factors are " + churnFactors.joined(separator: ", ") + "; a metric's name also works")
        }
        return out.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
