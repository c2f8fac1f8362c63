import CSWCore
import CSWJSON

/// A customer's score on one side of a comparison, with the ARR it puts at risk.
public struct ScoredSide: Sendable {
    public let score: CustomerScore
    /// contract_value from the profile on that side.
    public let arr: Double

    public init(score: CustomerScore, arr: Double) {
        self.score = score
        self.arr = arr
    }
}

/// How much one measure's points moved between the two sides.
public struct MeasureMove: Sendable, Equatable {
    public let name: String
    public let before: Double
    public let after: Double
    public var delta: Double { HealthScore.round1(after - before) }

    public var json: JSONValue {
        .object(["name": .string(name), "points_before": .number(JSONNumber(before)), "points_after": .number(JSONNumber(after)),
                 "delta": .number(JSONNumber(delta))])
    }
}

/// One changed customer: what changed in its files and what that did to its scores.
public struct CustomerDiff: Sendable {
    public let change: CustomerChange
    public let before: ScoredSide?
    public let after: ScoredSide?

    public init(change: CustomerChange, before: ScoredSide?, after: ScoredSide?) {
        self.change = change
        self.before = before
        self.after = after
    }

    public var organizationName: String? { (after ?? before)?.score.customer.organizationName }

    /// The measures whose points moved, largest move first (at most `limit`).
    public func topMovers(limit: Int = 3) -> [MeasureMove] {
        // Without a score on either side there are no points to compare (not zeros).
        guard before?.score.health.score != nil && after?.score.health.score != nil else { return [] }
        var points: [String: (Double, Double)] = [:]
        var order: [String] = []
        for m in before?.score.health.measures ?? [] {
            order.append(m.name)
            points[m.name] = (m.points, 0)
        }
        for m in after?.score.health.measures ?? [] {
            if points[m.name] == nil { order.append(m.name) }
            points[m.name] = (points[m.name]?.0 ?? 0, m.points)
        }
        let moves = order.map { MeasureMove(name: $0, before: points[$0]!.0, after: points[$0]!.1) }.filter { $0.delta != 0 }
        // Stable: equal moves keep the model's measure order.
        let ranked = moves.enumerated().sorted { a, b in
            abs(a.element.delta) != abs(b.element.delta) ? abs(a.element.delta) > abs(b.element.delta) : a.offset < b.offset
        }
        return ranked.prefix(limit).map(\.element)
    }

    static func atRisk(_ side: ScoredSide?) -> Bool {
        guard let side, side.score.customer.status != "churned" else { return false }
        return side.score.health.band == "at_risk"
    }
}

/// The portfolio line: how many customers changed and what happened to ARR at risk.
public struct DiffSummary: Sendable, Equatable {
    public var changed = 0, added = 0, removed = 0, modified = 0
    /// Customers whose band became at_risk / stopped being at_risk.
    public var intoAtRisk = 0, outOfAtRisk = 0
    /// contract_value of the changed customers in the at_risk band, before and after.
    /// (Unchanged customers add the same to both sides, so this is the portfolio's change.)
    public var arrAtRiskBefore = 0.0, arrAtRiskAfter = 0.0
    public var modelChanged = false

    public init(_ diffs: [CustomerDiff], modelChanged: Bool) {
        self.modelChanged = modelChanged
        changed = diffs.count
        for d in diffs {
            switch d.change.kind {
            case .added: added += 1
            case .removed: removed += 1
            case .modified: modified += 1
            }
            let (was, isNow) = (CustomerDiff.atRisk(d.before), CustomerDiff.atRisk(d.after))
            if !was && isNow { intoAtRisk += 1 }
            if was && !isNow { outOfAtRisk += 1 }
            if was { arrAtRiskBefore += d.before!.arr }
            if isNow { arrAtRiskAfter += d.after!.arr }
        }
    }

    public var json: JSONValue {
        .object(["customers_changed": .number(JSONNumber(changed)), "added": .number(JSONNumber(added)), "removed": .number(JSONNumber(removed)),
                 "modified": .number(JSONNumber(modified)), "moved_into_at_risk": .number(JSONNumber(intoAtRisk)),
                 "moved_out_of_at_risk": .number(JSONNumber(outOfAtRisk)), "arr_at_risk_before": .number(JSONNumber(arrAtRiskBefore)),
                 "arr_at_risk_after": .number(JSONNumber(arrAtRiskAfter)), "model_changed": .bool(modelChanged)])
    }

    /// "3 customers changed (1 added, 2 modified); 1 moved into at risk; ARR at risk $0 → $210,000".
    public var line: String {
        var parts: [String] = []
        var kinds: [String] = []
        if added > 0 { kinds.append("\(added) added") }
        if removed > 0 { kinds.append("\(removed) removed") }
        if modified > 0 { kinds.append("\(modified) modified") }
        parts.append("\(changed) customer\(changed == 1 ? "" : "s") changed" + (kinds.isEmpty ? "" : " (" + kinds.joined(separator: ", ") + ")"))
        parts.append("\(intoAtRisk) moved into at risk" + (outOfAtRisk > 0 ? ", \(outOfAtRisk) out of it" : ""))
        parts.append("ARR at risk \(Money.format(arrAtRiskBefore)) → \(Money.format(arrAtRiskAfter))")
        if modelChanged { parts.append("the scoring model changed") }
        return parts.joined(separator: "; ")
    }
}

/// Renders a comparison for people (text) and scripts (JSON).
public enum DiffReport {
    public static func json(from: String, to: String, asOf: Day, diffs: [CustomerDiff], comparison: WorkspaceComparison, summary: DiffSummary) -> JSONValue {
        func num(_ x: Double?) -> JSONValue { x.map { .number(JSONNumber($0)) } ?? .null }
        var o = JSONObject()
        o["from"] = .string(from)
        o["to"] = .string(to)
        o["as_of"] = .string(asOf.description)
        o["customers"] = .array(diffs.map { d in
            var c = JSONObject()
            c["customer_id"] = .string(d.change.customerID)
            c["organization_name"] = d.organizationName.map(JSONValue.string) ?? .null
            c["change"] = .string(d.change.kind.rawValue)
            c["fields"] = .array(d.change.fields.map(\.json))
            c["metrics"] = .array(d.change.metrics.map(\.json))
            c["documents"] = .array(d.change.documents.map(\.json))
            c["other_files"] = .array(d.change.otherFiles.map { .object(["path": .string($0.path), "change": .string($0.kind.rawValue)]) })
            c["health_before"] = num(d.before?.score.health.score)
            c["health_after"] = num(d.after?.score.health.score)
            c["band_before"] = d.before.map { .string($0.score.health.band) } ?? .null
            c["band_after"] = d.after.map { .string($0.score.health.band) } ?? .null
            c["churn_before"] = num(d.before?.score.churn.probability)
            c["churn_after"] = num(d.after?.score.churn.probability)
            c["expansion_before"] = num(d.before?.score.expansionPotential)
            c["expansion_after"] = num(d.after?.score.expansionPotential)
            c["top_movers"] = .array(d.topMovers().map(\.json))
            return .object(c)
        })
        o["settings"] = .array(comparison.settings.map(\.json))
        o["other_files"] = .array(comparison.otherFiles.map { .object(["path": .string($0.path), "change": .string($0.kind.rawValue)]) })
        o["summary"] = summary.json
        return .object(o)
    }

    /// One block per customer, then settings and the summary line. `style` colours a word
    /// ("added", "removed", a band) on a terminal. Names, paths and values from the files
    /// show control characters escaped (`TerminalText`), one line each.
    public static func text(from: String, to: String, asOf: Day, diffs: [CustomerDiff], comparison: WorkspaceComparison, summary: DiffSummary,
                            style: (String) -> String = { $0 }) -> String {
        var out = "\(from) → \(to), scored as of \(asOf)\n"
        if diffs.isEmpty && comparison.settings.isEmpty && comparison.otherFiles.isEmpty {
            return out + "no changes\n"
        }
        for d in diffs {
            out += "\n" + TerminalText.visible(d.change.customerID) + "  " + style(d.change.kind.rawValue) + (d.organizationName.map { " (\(TerminalText.visible($0)))" } ?? "") + "\n"
            if d.change.profileUnreadable { out += "  profile    not valid JSON on one side (csw validate explains)\n" }
            if d.change.kind == .modified {
                for (k, f) in d.change.fields.enumerated() { out += (k == 0 ? "  profile    " : "             ") + TerminalText.visible(f.display) + "\n" }
            }
            if d.change.metricsUnreadable { out += "  metrics    has lines that are not dated snapshots on one side (csw validate explains)\n" }
            if d.change.kind == .modified {
                for (k, m) in d.change.metrics.enumerated() {
                    out += (k == 0 ? "  metrics    " : "             ") + TerminalText.visible(snapshotLine(m)) + "\n"
                }
            } else if let first = d.change.metrics.first, let last = d.change.metrics.last {
                // A whole history arrived or left: one line.
                let n = d.change.metrics.count
                out += "  metrics    \(d.change.kind == .added ? "+" : "-")\(n) snapshot\(n == 1 ? "" : "s") (\(first.date)\(n > 1 ? " … " + last.date : ""))\n"
            }
            for (k, doc) in d.change.documents.enumerated() {
                let sign = doc.kind == .added ? "+" : (doc.kind == .removed ? "-" : "~")
                out += (k == 0 ? "  documents  " : "             ") + "\(sign) \(doc.type) \(TerminalText.visible(doc.path))" + (doc.title.map { " — \(TerminalText.visible($0))" } ?? "") + "\n"
            }
            for (k, f) in d.change.otherFiles.enumerated() {
                out += (k == 0 ? "  files      " : "             ") + "\(TerminalText.visible(f.path)) \(f.kind.rawValue)\n"
            }
            out += "  health     " + side(d.before, style) + " → " + side(d.after, style)
            if let b = d.before?.score.health.score, let a = d.after?.score.health.score {
                out += " (" + ScoreTable.signed(HealthScore.round1(a - b)) + ")"
            }
            let movers = d.topMovers()
            if !movers.isEmpty {
                out += ": " + movers.map { "\($0.name) \(ScoreTable.signed($0.delta))" }.joined(separator: ", ")
            }
            out += "\n"
            out += "  churn      " + (d.before.map { ScoreTable.percent($0.score.churn.probability) } ?? "—") + " → "
                + (d.after.map { ScoreTable.percent($0.score.churn.probability) } ?? "—")
            out += "   expansion " + (d.before.map { ScoreTable.fmt($0.score.expansionPotential) } ?? "—") + " → "
                + (d.after.map { ScoreTable.fmt($0.score.expansionPotential) } ?? "—") + "\n"
        }
        if !comparison.settings.isEmpty {
            out += "\nsettings (csw.json)\n"
            for f in comparison.settings { out += "  " + TerminalText.visible(f.display) + "\n" }
        }
        if !comparison.otherFiles.isEmpty {
            out += "\nother files\n"
            for f in comparison.otherFiles { out += "  \(TerminalText.visible(f.path)) \(f.kind.rawValue)\n" }
        }
        return out + "\n" + summary.line + "\n"
    }

    static func side(_ s: ScoredSide?, _ style: (String) -> String) -> String {
        guard let s else { return "—" }
        return ScoreTable.fmt(s.score.health.score) + " " + style(s.score.health.band)
    }

    /// "+ 2025-12-01 usage_percentage 71.2, nps_score 6, …" or "~ 2025-11-01 usage_percentage 70.1 → 64".
    static func snapshotLine(_ m: SnapshotChange) -> String {
        func value(_ v: JSONValue?) -> String { MergeConflict.display(v) }
        switch m.kind {
        case .added, .removed:
            let shown = m.fields.prefix(4).map { "\($0.field) \(value(m.kind == .added ? $0.new : $0.old))" }
            return (m.kind == .added ? "+ " : "- ") + m.date + " " + shown.joined(separator: ", ") + (m.fields.count > 4 ? ", …" : "")
        case .changed:
            return "~ " + m.date + " " + m.fields.map { "\($0.field) \(value($0.old)) → \(value($0.new))" }.joined(separator: ", ")
        }
    }
}
