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

    /// A number that may be missing (no score on insufficient data): "—".
    public static func fmt(_ x: Double?, _ digits: Int = 1) -> String { x.map { fmt($0, digits) } ?? "—" }
    public static func percent(_ p: Double?) -> String { p.map(percent) ?? "—" }

    public static func table(_ scores: [CustomerScore], band: (String) -> String = { $0 }) -> String {
        let header = ["CUSTOMER", "ORGANIZATION", "HEALTH", "OVERRIDE", "BAND", "30D", "CHURN", "EXPANSION", "LIFETIME VALUE", "WARNING"]
        let rows = scores.map { s in
            [s.customer.id, s.customer.organizationName, fmt(s.health.score), overrideText(s), band(s.health.band),
             signed(s.trend.change30d), percent(s.churn.probability), fmt(s.expansionPotential), s.lifetimeValue.map(Money.format) ?? "—", warning(s)]
        }
        return TextTable.render(header: header, rows: rows, rightAligned: [2, 5, 6, 7, 8])
    }

    /// The WARNING cell: what is missing when there is no score, else the trend's early
    /// warning, else a note when fresh data covers only part of the model.
    static func warning(_ s: CustomerScore) -> String {
        // A customer that has left is not warned about (nor asked for data).
        if s.health.band == ScoringModel.churnedBand { return "" }
        if s.health.score == nil {
            return s.health.measures.isEmpty ? "no scoring measures" : "insufficient data: " + s.coverageText + ", missing " + missingList(s.health)
        }
        if let cap = s.health.caps.first(where: { $0.limit <= (s.health.uncapped ?? 0) }) { return "capped at \(fmt(cap.limit)): \(cap.id)" }
        if let w = s.trend.warning { return w }
        return s.health.coverage < 1 ? s.coverageText : ""
    }

    /// "usage_percentage, nps_score +3 more": the largest missing measures first.
    static func missingList(_ h: HealthResult, limit: Int = 2) -> String {
        let names = h.missingMeasures.map(\.name)
        return names.prefix(limit).joined(separator: ", ") + (names.count > limit ? " +\(names.count - limit) more" : "")
    }

    static func overrideText(_ s: CustomerScore) -> String {
        guard let o = s.customer.override else { return "" }
        return s.overrideActive ? "\(fmt(o.score)) by \(o.author) until \(o.expires)" : "expired \(o.expires)"
    }

    /// Each measure's raw value, score, weight and points, then each churn factor.
    public static func explain(_ s: CustomerScore) -> String {
        let h = s.health
        var out = "\(s.customer.id) \(TerminalText.visible(s.customer.organizationName)) — health \(fmt(h.score)) (\(h.band)) as of \(s.asOf), model \(s.modelVersion)\n"
        let rows = h.measures.map { m in
            [m.name, m.raw.map { fmt($0, 2) } ?? "—", m.score.map { fmt($0) } ?? "—", h.score == nil ? "—" : fmt(m.weight * 100) + "%",
             h.score == nil ? "—" : fmt(m.points), fmt(m.modelShare * 100) + "%",
             m.isFresh ? "" : "missing: \(m.missingRule!) — " + (m.lastSeen.map { "last \($0), " } ?? "never recorded, ") + "fresh for \(m.freshDays) days"]
        }
        out += TextTable.render(header: ["  MEASURE", "RAW", "SCORE", "WEIGHT", "POINTS", "OF MODEL", ""], rows: rows.map { ["  " + $0[0]] + $0.dropFirst() },
                                rightAligned: [1, 2, 3, 4, 5])
        out += "  coverage: fresh data covers \(fmt(h.coverage * 100))% of the model's weight (minimum \(fmt(h.minimumCoverage * 100))%)\n"
        if let score = h.score, let uncapped = h.uncapped, score < uncapped {
            out += "  = \(fmt(uncapped)) points (the sum of the rounded points), capped at \(fmt(score))\n"
        } else if let score = h.score {
            out += "  = \(fmt(score)) points (the sum of the rounded points)\n"
        } else if h.band == ScoringModel.churnedBand {
            out += "  = no health score: the customer has churned\n"
        } else {
            out += "  = no health score: insufficient data; collect " + TerminalText.visible(h.missingMeasures.map(\.name).joined(separator: ", ")) + "\n"
        }
        for cap in h.caps {
            out += "  cap \(cap.id): " + TerminalText.visible(cap.reason) + " — health at most \(fmt(cap.limit))\n"
        }
        if let o = s.customer.override {
            out += TerminalText.visible(s.overrideActive
                ? "  override: \(fmt(o.score)) by \(o.author) until \(o.expires) — \(o.reason) (computed \(fmt(h.score)))"
                : "  override by \(o.author) expired on \(o.expires) — no longer applied (was \(fmt(o.score)): \(o.reason))") + "\n"
        }
        if let warning = s.trend.warning { out += "  early warning: \(warning)\n" }
        out += "  trend: 30 days \(signed(s.trend.change30d)), 90 days \(signed(s.trend.change90d)), slope \(signed(s.trend.slopePer30d)) per 30 days\n"
        if let p = s.churn.probability, !s.churn.factors.isEmpty {
            out += "  churn probability \(percent(p)) = logistic(intercept + contributions):\n"
            let factors = s.churn.factors.filter { $0.contribution != 0 }.sorted { abs($0.contribution) > abs($1.contribution) }
            out += TextTable.render(header: ["    FACTOR", "VALUE", "COEFFICIENT", "CONTRIBUTION"],
                                    rows: factors.map { ["    " + $0.name, fmt($0.value, 2), fmt($0.coefficient, 2), signed($0.contribution, 2)] },
                                    rightAligned: [1, 2, 3])
        } else if s.churn.probability == nil {
            out += "  churn: not estimated without a health score\n"
        } else {
            out += "  churn: the customer has churned\n"
        }
        out += "  expansion potential \(fmt(s.expansionPotential)), lifetime value \(s.lifetimeValue.map(Money.format) ?? "—")\n"
        return out
    }

    public static func csv(_ scores: [CustomerScore]) -> String {
        var out = "customer_id,organization_name,health_score,band,coverage,trend_30d,churn_probability,expansion_potential,lifetime_value,model_version\n"
        for s in scores {
            // Text cells through CSVCell (neutralised against formula injection); numbers as numbers.
            // A missing number is an empty cell (not "—"), so spreadsheets read the column as numbers.
            func cell(_ x: Double?, _ digits: Int = 1) -> String { x.map { fmt($0, digits) } ?? "" }
            out += "\(CSVCell.text(s.customer.id)),\(CSVCell.text(s.customer.organizationName, quoted: true)),\(cell(s.health.score)),\(CSVCell.text(s.health.band)),\(fmt(s.health.coverage, 3)),"
                + "\(cell(s.trend.change30d)),\(cell(s.churn.probability, 3)),\(cell(s.expansionPotential)),\(cell(s.lifetimeValue, 0)),\(CSVCell.text(s.modelVersion))\n"
        }
        return out
    }
}

import Foundation
