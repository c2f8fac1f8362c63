import CSWCore
/// How health moved: change over 30 and 90 days, the slope over the last six months
/// (points per 30 days, least squares over monthly scores), and an early warning.
public struct HealthTrend: Sendable, Equatable {
    public let change30d: Double?
    public let change90d: Double?
    public let slopePer30d: Double?
    /// "three consecutive declines", "dropped 12.5 in 30 days", or nil.
    public let warning: String?

    /// Months without a score (no data, or not enough fresh data) are gaps: no change is
    /// computed across them and the slope uses only the months that have a score.
    /// The same trend with no early warning (for a customer that has left).
    public var withoutWarning: HealthTrend { HealthTrend(change30d: change30d, change90d: change90d, slopePer30d: slopePer30d, warning: nil) }

    public static func compute(_ customer: CustomerData, asOf: Day, model: ScoringModel, current: Double?) -> HealthTrend {
        func score(_ days: Int) -> Double? {
            let day = asOf.adding(days: -days)
            guard customer.history(upTo: day).count > 0 else { return nil }
            return HealthScore.compute(customer, asOf: day, model: model).score
        }
        // Monthly scores over six months (k = 0 is the as-of date, whose score is `current`).
        var byOffset: [Int: Double] = [:]
        byOffset[0] = current
        for k in 1..<6 { byOffset[30 * k] = score(30 * k) }
        let monthly = (0..<6).reversed().compactMap { k -> (Double, Double)? in
            byOffset[30 * k].map { (Double(-k), $0) }
        }
        var slope: Double?
        if monthly.count >= 3 {
            let n = Double(monthly.count)
            let mx = monthly.reduce(0) { $0 + $1.0 } / n, my = monthly.reduce(0) { $0 + $1.1 } / n
            let sxx = monthly.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }
            let sxy = monthly.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
            slope = sxx > 0 ? HealthScore.round1(sxy / sxx) : nil
        }
        let c30 = current.flatMap { now in byOffset[30].map { HealthScore.round1(now - $0) } }
        let c90 = current.flatMap { now in byOffset[90].map { HealthScore.round1(now - $0) } }
        var warning: String?
        // Four consecutive months, oldest first, with no gap among them.
        let lastFour = [90, 60, 30, 0].compactMap { byOffset[$0] }
        if lastFour.count == 4, zip(lastFour, lastFour.dropFirst()).allSatisfy({ $1 < $0 }) {
            warning = "three consecutive monthly declines"
        } else if let c30, c30 <= -10 {
            warning = "dropped \(String(format: "%.1f", -c30)) points in 30 days"
        }
        return HealthTrend(change30d: c30, change90d: c90, slopePer30d: slope, warning: warning)
    }
}

import Foundation
