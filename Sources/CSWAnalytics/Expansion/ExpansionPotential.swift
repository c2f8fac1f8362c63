import CSWCore
/// Expansion potential 0–100: usage near licensed capacity (35), health (25), NPS (15),
/// outcomes above target (15), and timing — renewal 60 to 240 days out (10).
public enum ExpansionPotential {
    /// nil without a health score (insufficient data); 0 for a churned customer.
    public static func compute(_ customer: CustomerData, asOf: Day, health: Double?, model: ScoringModel, kpiTargets: [String: Double]) -> Double? {
        guard customer.status != "churned" else { return 0 }
        guard let health else { return nil }
        let history = customer.history(upTo: asOf)
        func latest(_ name: String) -> Double? { history.last(where: { $0.values[name] != nil })?.values[name] }
        func ramp(_ x: Double?, _ lo: Double, _ hi: Double) -> Double {
            guard let x else { return 0 }
            return min(1, max(0, (x - lo) / (hi - lo)))
        }
        var points = 35 * ramp(latest("usage_percentage"), 70, 95)
        points += 25 * ramp(health, 60, 90)
        points += 15 * ramp(latest("nps_score"), 6, 9.5)
        let target = kpiTargets["clinical_outcome_improvement"] ?? 15
        points += 15 * ramp(latest("clinical_outcome_improvement"), target * 0.8, target * 1.3)
        if let renewal = customer.renewal {
            let days = renewal - asOf
            points += (60...240).contains(days) ? 10 : 0
        }
        return HealthScore.round1(points)
    }
}
