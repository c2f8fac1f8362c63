import CSWCore

/// Renders scores for people: a table (riskiest first unless sorted otherwise), an
/// explanation per customer, and CSV.
public enum ScoreTable {
    public static func fmt(_ x: Double, _ digits: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (x * scale).rounded()
        // Integer digits for everything a report shows (the dashboard formats millions of
        // numbers); the same text as the Double path below, "-0.0" included.
        if abs(scaled) < 1e15 && digits <= 6 {
            let negative = scaled.sign == .minus
            let units = Int(abs(scaled))
            if digits == 0 { return (negative && units != 0 ? "-" : "") + String(units) }
            let p = Int(scale)
            let fraction = String(units % p)
            return (negative ? "-" : "") + String(units / p) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        let v = scaled / scale
        // Huge, infinite or NaN values (from numbers validate reports) as Swift writes them.
        var s = digits == 0 && v.isFinite && abs(v) < 0x1p63 ? String(Int(v)) : String(v)
        if !v.isFinite || s.contains("e") { return s }
        if digits > 0, let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
        } else if digits > 0 {
            s += "." + String(repeating: "0", count: digits)
        }
        return s
    }

    public static func signed(_ x: Double?, _ digits: Int = 1) -> String {
        guard let x else { return "—" }
        let text = fmt(x, digits)
        // a value that rounds to zero is written 0.0, not -0.0 or +0.0
        if text.allSatisfy({ $0 == "0" || $0 == "." || $0 == "-" }) { return text.hasPrefix("-") ? String(text.dropFirst()) : text }
        return (x > 0 ? "+" : "") + text
    }

    public static func percent(_ p: Double) -> String { fmt(p * 100) + "%" }

    public static func table(_ scores: [CustomerScore], band: (String) -> String = { $0 }) -> String {
        let header = ["CUSTOMER", "ORGANIZATION", "HEALTH", "OVERRIDE", "BAND", "30D", "CHURN", "EXPANSION", "LIFETIME VALUE", "WARNING"]
        let rows = scores.map { s in
            [s.customer.id, s.customer.organizationName, fmt(s.health.score), overrideText(s), band(s.customer.status == "churned" ? "churned" : s.health.band),
             signed(s.trend.change30d), percent(s.churn.probability), fmt(s.expansionPotential), Money.format(s.lifetimeValue), s.trend.warning ?? ""]
        }
        return TextTable.render(header: header, rows: rows, rightAligned: [2, 5, 6, 7, 8])
    }

    static func overrideText(_ s: CustomerScore) -> String {
        guard let o = s.customer.override else { return "" }
        return s.overrideActive ? "\(fmt(o.score)) by \(o.author) until \(o.expires)" : "expired \(o.expires)"
    }

    /// Each measure's raw value, score, weight and points, then each churn factor.
    public static func explain(_ s: CustomerScore) -> String {
        var out = "\(s.customer.id) \(TerminalText.visible(s.customer.organizationName)) — health \(fmt(s.health.score)) (\(s.health.band)) as of \(s.asOf), model \(s.modelVersion)\n"
        let rows = s.health.measures.map { m in
            [m.name, m.raw.map { fmt($0, 2) } ?? "—", m.score.map { fmt($0) } ?? "—", fmt(m.weight * 100) + "%", fmt(m.points), m.missingRule.map { "missing: \($0)" } ?? ""]
        }
        out += TextTable.render(header: ["  MEASURE", "RAW", "SCORE", "WEIGHT", "POINTS", ""], rows: rows.map { ["  " + $0[0]] + $0.dropFirst() }, rightAligned: [1, 2, 3, 4])
        out += "  = \(fmt(s.health.score)) points (the sum of the rounded points)\n"
        if let o = s.customer.override {
            out += TerminalText.visible(s.overrideActive
                ? "  override: \(fmt(o.score)) by \(o.author) until \(o.expires) — \(o.reason) (computed \(fmt(s.health.score)))"
                : "  override by \(o.author) expired on \(o.expires) — no longer applied (was \(fmt(o.score)): \(o.reason))") + "\n"
        }
        if let warning = s.trend.warning { out += "  early warning: \(warning)\n" }
        out += "  trend: 30 days \(signed(s.trend.change30d)), 90 days \(signed(s.trend.change90d)), slope \(signed(s.trend.slopePer30d)) per 30 days\n"
        if s.churn.factors.isEmpty {
            out += "  churn: the customer has churned\n"
        } else {
            out += "  churn probability \(percent(s.churn.probability)) = logistic(intercept + contributions):\n"
            let factors = s.churn.factors.filter { $0.contribution != 0 }.sorted { abs($0.contribution) > abs($1.contribution) }
            out += TextTable.render(header: ["    FACTOR", "VALUE", "COEFFICIENT", "CONTRIBUTION"],
                                    rows: factors.map { ["    " + $0.name, fmt($0.value, 2), fmt($0.coefficient, 2), signed($0.contribution, 2)] },
                                    rightAligned: [1, 2, 3])
        }
        out += "  expansion potential \(fmt(s.expansionPotential)), lifetime value \(Money.format(s.lifetimeValue))\n"
        return out
    }

    public static func csv(_ scores: [CustomerScore]) -> String {
        var out = "customer_id,organization_name,health_score,band,trend_30d,churn_probability,expansion_potential,lifetime_value,model_version\n"
        for s in scores {
            // Text cells through CSVCell (neutralised against formula injection); numbers as numbers.
            out += "\(CSVCell.text(s.customer.id)),\(CSVCell.text(s.customer.organizationName, quoted: true)),\(fmt(s.health.score)),\(CSVCell.text(s.health.band)),"
                + "\(s.trend.change30d.map { fmt($0) } ?? ""),\(fmt(s.churn.probability, 3)),\(fmt(s.expansionPotential)),\(fmt(s.lifetimeValue, 0)),\(CSVCell.text(s.modelVersion))\n"
        }
        return out
    }
}

import Foundation
