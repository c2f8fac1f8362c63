import CSWAnalytics
import CSWCore
import CSWJSON

/// The portfolio dashboard's documents: the index (portfolio table, distribution, at-risk
/// list, ARR at risk, renewals, pipeline, workload) and one page per customer with its
/// charts. Pure: reports and numbers in, template documents out.
public enum Dashboard {
    /// One customer as the portfolio table shows it (after anonymisation, if any).
    public struct Row: Sendable {
        public let id: String
        public let name: String
        public let csm: String
        public let tier: String
        public let arr: Double
        /// nil: no score (insufficient data) — the row shows "—" and what is missing.
        public let health: Double?
        public let band: String
        public let coverage: Double?
        public let churn: Double?
        public let renewal: Day?
        public let expansion: Double?
        public let status: String

        /// From a (possibly anonymised) health report document.
        public init(report o: JSONObject) {
            id = o["customer_id"]?.stringValue ?? ""
            name = o["organization_name"]?.stringValue ?? ""
            csm = o["csm"]?.stringValue ?? "unassigned"
            tier = o["tier"]?.stringValue ?? ""
            arr = o["contract_value"]?.numberValue?.doubleValue ?? 0
            health = o["health_score"]?["current_score"]?.numberValue?.doubleValue
            band = o["health_score"]?["band"]?.stringValue ?? ""
            coverage = o["health_score"]?["coverage"]?.numberValue?.doubleValue
            churn = o["retention_analysis"]?["churn_risk"]?.numberValue?.doubleValue
            renewal = o["renewal_date"]?.stringValue.flatMap(Day.init)
            expansion = o["expansion"]?["expansion_potential"]?.numberValue?.doubleValue
            status = o["status"]?.stringValue ?? "active"
        }
    }

    /// The page of one customer: the report document plus its charts.
    public static func customerPage(_ report: JSONObject, churnHistory: [(Day, Double?)], trends: [(Day, usage: Double?, adoption: Double?, nps: Double?)]) -> JSONObject {
        var o = report
        let history = report["health_score"]?["history"]?.items ?? []
        let healthLabels = history.compactMap { $0["date"]?.stringValue.map { String($0.prefix(7)) } }
        let healthValues = history.map { $0["score"]?.numberValue?.doubleValue }
        o["health_chart"] = .string(SVG.lines([("health", "#2f6db5", healthValues)], labels: healthLabels, low: 0, high: 100, title: "Health, last 12 months"))
        o["churn_chart"] = .string(SVG.lines([("churn risk", "#c0392b", churnHistory.map { $0.1.map { $0 * 100 } })], labels: churnHistory.map { String($0.0.description.prefix(7)) },
                                             low: 0, high: 100, title: "Churn risk, last 12 months", unit: "%"))
        let usage: [Double?] = trends.map(\.usage)
        let adoption: [Double?] = trends.map { t -> Double? in t.adoption.map { $0 * 100 } }
        let nps: [Double?] = trends.map { t -> Double? in t.nps.map { $0 * 10 } }
        let series: [(name: String, color: String, values: [Double?])] = [("usage %", "#2f6db5", usage), ("adoption %", "#2e8b57", adoption), ("NPS × 10", "#8e44ad", nps)]
        let months: [String] = trends.map { String($0.0.description.prefix(7)) }
        o["metrics_chart"] = .string(SVG.lines(series, labels: months, low: 0, high: 100, title: "Usage, adoption and NPS"))
        let kpis: [(label: String, value: Double?, target: Double)] = (report["clinical_impact"]?.items ?? []).map { k in
            (label: k["label"]?.stringValue ?? "", value: k["value"]?.numberValue?.doubleValue, target: k["target"]?.numberValue?.doubleValue ?? 0)
        }
        o["kpi_chart"] = .string(SVG.targets(kpis, title: "KPIs against targets"))
        return o
    }

    /// The index document.
    public static func index(_ rows: [Row], pipeline: PipelineReport, workload: [CSMLoad], asOf: Day, currency: String, anonymized: Bool) -> JSONObject {
        let active = rows.filter { $0.status != "churned" }
        let atRisk = active.filter { $0.band == "at_risk" }.sorted { ($1.churn ?? 0, $0.id) < ($0.churn ?? 0, $1.id) }
        let unscored = active.filter { $0.health == nil }
        let arr = active.reduce(0) { $0 + $1.arr }
        let arrAtRisk = atRisk.reduce(0) { $0 + $1.arr }
        func money(_ x: Double) -> String { HealthReport.money(x, currency) }
        var o = JSONObject()
        o["as_of"] = .string(asOf.description)
        o["anonymized"] = .bool(anonymized)
        o["customer_count"] = .number(JSONNumber(rows.count))
        o["active_count"] = .number(JSONNumber(active.count))
        o["arr_text"] = .string(money(arr))
        o["arr_at_risk_text"] = .string(money(arrAtRisk))
        o["at_risk_count"] = .number(JSONNumber(atRisk.count))
        o["arr_at_risk_share"] = .string(arr > 0 ? ScoreTable.percent(arrAtRisk / arr) : "0.0%")
        var buckets = [Int](repeating: 0, count: 10)
        for r in active { if let h = r.health { buckets[min(9, max(0, Int(saturating: h / 10)))] += 1 } }
        let scored = active.count - unscored.count
        o["distribution_chart"] = .string(SVG.histogram(buckets.enumerated().map { i, c in
            ("\(i * 10)–\(i * 10 + 10)", c, i < 5 ? "#c0392b" : (i < 7 ? "#d9822b" : "#2e8b57"))
        }, title: "Health distribution (\(scored) active customers with a score)"))
        o["insufficient_count"] = .number(JSONNumber(unscored.count))
        o["has_insufficient"] = .bool(!unscored.isEmpty)
        o["insufficient"] = .array(unscored.sorted { $0.id < $1.id }.prefix(25).map { r in
            .object(["id": .string(r.id), "name": .string(r.name), "csm": .string(r.csm),
                     "coverage": .string(r.coverage.map { ScoreTable.fmt($0 * 100, 0) + "%" } ?? "—")])
        })
        o["at_risk"] = .array(atRisk.prefix(25).map { r in
            var a = JSONObject()
            a["id"] = .string(r.id)
            a["name"] = .string(r.name)
            a["health"] = .string(ScoreTable.fmt(r.health))
            a["churn"] = .string(ScoreTable.percent(r.churn))
            a["arr"] = .string(money(r.arr))
            a["csm"] = .string(r.csm)
            a["renewal"] = .string(r.renewal?.description ?? "—")
            return .object(a)
        })
        // Renewals in the next twelve months, by month.
        var months: [String: [Row]] = [:]
        for r in active { if let d = r.renewal, d >= asOf, d - asOf <= 365 { months[String(d.description.prefix(7)), default: []].append(r) } }
        o["renewals"] = .array(months.keys.sorted().map { m in
            let rs = months[m]!.sorted { ($0.renewal!.number, $0.id) < ($1.renewal!.number, $1.id) }
            return .object(["month": .string(m), "count": .number(JSONNumber(rs.count)), "arr": .string(money(rs.reduce(0) { $0 + $1.arr })),
                            "at_risk": .number(JSONNumber(rs.filter { $0.band == "at_risk" }.count)),
                            "customers": .array(rs.prefix(12).map { .object(["id": .string($0.id), "name": .string($0.name), "date": .string($0.renewal!.description), "band": .string($0.band)]) }),
                            "more": rs.count > 12 ? .number(JSONNumber(rs.count - 12)) : .null])
        })
        o["pipeline"] = .object(["has_stages": .bool(!pipeline.byStage.isEmpty), "total": .string(money(pipeline.totalPipelineValue)), "weighted": .string(money(pipeline.weightedPipelineValue)),
                                 "win_rate": .string(pipeline.winRate.map(ScoreTable.percent) ?? "—"),
                                 "stages": .array(pipeline.byStage.map { .object(["stage": .string($0.key), "count": .number(JSONNumber($0.count)),
                                                                                 "amount": .string(money($0.amount)), "weighted": .string(money($0.weighted))]) })])
        o["workload"] = .array(workload.map { w in
            .object(["csm": .string(w.name), "accounts": .number(JSONNumber(w.accounts)), "arr": .string(money(w.arr)), "at_risk": .number(JSONNumber(w.atRisk)),
                     "load": .string(ScoreTable.fmt(w.load, 1)), "capacity": .string(ScoreTable.fmt(w.capacity, 0)), "ratio": .string(ScoreTable.fmt(w.loadRatio, 2))])
        })
        o["rows"] = .array(rows.sorted { ($1.churn ?? -1, $0.id) < ($0.churn ?? -1, $1.id) }.map { r in
            var row = JSONObject()
            row["id"] = .string(r.id)
            row["name"] = .string(r.name)
            row["csm"] = .string(r.csm)
            row["tier"] = .string(r.tier)
            row["arr"] = .number(JSONNumber(r.arr))
            row["arr_text"] = .string(money(r.arr))
            row["health"] = .string(ScoreTable.fmt(r.health))
            row["band"] = .string(r.band)
            row["churn"] = .string(ScoreTable.fmt(r.churn.map { $0 * 100 }))
            row["coverage"] = .string(r.coverage.map { ScoreTable.fmt($0 * 100, 0) + "%" } ?? "—")
            row["renewal"] = .string(r.renewal?.description ?? "")
            row["expansion"] = .string(ScoreTable.fmt(r.expansion))
            return .object(row)
        })
        return o
    }

    /// Churn risk at the end of each quarter of the last year (oldest first); nil where
    /// there was no estimate (no data, or not enough for a health score).
    public static func churnHistory(_ d: CustomerData, asOf: Day, model: ScoringModel, points: Int = 5) -> [(Day, Double?)] {
        var out: [(Day, Double?)] = []
        for k in stride(from: points - 1, through: 0, by: -1) {
            let date = asOf.adding(days: -91 * k)
            guard !d.history(upTo: date).isEmpty else { out.append((date, nil)); continue }
            let health = HealthScore.compute(d, asOf: date, model: model).score
            let trend = HealthTrend.compute(d, asOf: date, model: model, current: health)
            out.append((date, ChurnModel.compute(d, asOf: date, health: health, trend: trend, model: model).probability))
        }
        return Array(out.drop { $0.1 == nil && d.history(upTo: $0.0).isEmpty })
    }

    /// Usage, adoption and NPS in each of the twelve calendar months up to the as-of date
    /// (the month's last snapshot); a month without a snapshot has no values, so the chart
    /// shows a gap rather than a line drawn through it.
    public static func trends(_ d: CustomerData, asOf: Day) -> [(Day, usage: Double?, adoption: Double?, nps: Double?)] {
        let history = d.history(upTo: asOf)
        var byMonth: [String: CustomerData.Snapshot] = [:]
        for s in history.suffix(400) { byMonth[String(s.date.description.prefix(7))] = s }
        var out: [(Day, usage: Double?, adoption: Double?, nps: Double?)] = []
        var month = asOf.minus(months: 11).firstOfMonth
        while month <= asOf {
            let s = byMonth[String(month.description.prefix(7))]
            out.append((s?.date ?? month, s?.values["usage_percentage"], s?.values["user_adoption_rate"], s?.values["nps_score"]))
            month = month.adding(days: 32).firstOfMonth
        }
        return out
    }
}

extension JSONValue {
    /// The elements of an array (nil for anything else).
    var items: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
}
