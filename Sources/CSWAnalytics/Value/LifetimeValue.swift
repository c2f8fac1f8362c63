/// Customer lifetime value: ARR × gross margin × Σ over future years of the chance the
/// customer is still there, discounted: LTV = ARR × m × (1 + d) / (d + p), with p the
/// annual churn probability and d the discount rate (payments at the start of each year).
public enum LifetimeValue {
    /// nil when there is no churn estimate.
    public static func compute(arr: Double, churnProbability p: Double?, model: ScoringModel) -> Double? {
        guard let p else { return nil }
        guard p < 1 else { return 0 }
        let d = model.discountRate
        return (arr * model.grossMargin * (1 + d) / (d + max(p, 0.001))).rounded()
    }
}
