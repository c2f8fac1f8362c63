import CSWAnalytics
import CSWCore
import CSWJSON

/// The workspace as tables for BI tools (`csw export`): customers, metric history,
/// scores, alerts, opportunities, tasks and feedback. Pure: assessed customers in, rows
/// out; the CLI writes them as CSV, JSON Lines or SQLite (docs/INTEGRATIONS.md).
public struct ExportTable: Sendable {
    public enum Kind: String, Sendable { case text, integer, real }

    public struct Column: Sendable {
        public let name: String
        public let kind: Kind
    }

    public enum Value: Sendable, Equatable {
        case null, text(String), integer(Int), real(Double)

        public var json: JSONValue {
            switch self {
            case .null: return .null
            case .text(let s): return .string(s)
            case .integer(let i): return .number(JSONNumber(i))
            case .real(let d): return d.isFinite ? .number(JSONNumber(d)) : .null
            }
        }

        /// The CSV cell: RFC 4180 quoting where needed; null is empty.
        public var csv: String {
            switch self {
            case .null: return ""
            case .integer(let i): return String(i)
            case .real(let d): return JSONWriter.compact(.number(JSONNumber(d.isFinite ? d : 0)))
            case .text(let s):
                guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.hasPrefix(" ") || s.hasSuffix(" ") else { return s }
                return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
            }
        }
    }

    public let name: String
    public let columns: [Column]
    /// Column names that identify a row (the SQLite primary key).
    public let key: [String]
    /// Further indexed columns.
    public let indexes: [String]
    public var rows: [[Value]]

    /// The CSV text: a header line, then one line per row (CRLF-free, UTF-8).
    public var csv: String {
        var out = columns.map(\.name).joined(separator: ",") + "\n"
        for row in rows { out += row.map(\.csv).joined(separator: ",") + "\n" }
        return out
    }

    /// One JSON object per row.
    public var jsonLines: String {
        var out = ""
        for row in rows {
            var o = JSONObject()
            for (c, v) in zip(columns, row) { o[c.name] = v.json }
            out += JSONWriter.compact(.object(o)) + "\n"
        }
        return out
    }
}

/// One customer's rows for every table.
public struct CustomerExport: Sendable {
    public let score: CustomerScore
    public let data: CustomerData
    public let profile: JSONValue?
    public let snapshots: [(date: Day, values: JSONObject)]
    public let alerts: [Alert]
    public let opportunities: [PipelineOpportunity]
    public let tasks: [CustomerTask]
    public let feedback: [FeedbackNote]

    public init(score: CustomerScore, data: CustomerData, profile: JSONValue?, snapshots: [(date: Day, values: JSONObject)], alerts: [Alert],
                opportunities: [PipelineOpportunity], tasks: [CustomerTask], feedback: [FeedbackNote]) {
        self.score = score
        self.data = data
        self.profile = profile
        self.snapshots = snapshots
        self.alerts = alerts
        self.opportunities = opportunities
        self.tasks = tasks
        self.feedback = feedback
    }
}

public enum WorkspaceExport {
    typealias V = ExportTable.Value

    static func t(_ s: String?) -> V { s.map { .text($0) } ?? .null }
    static func r(_ d: Double?) -> V { d.map { .real($0) } ?? .null }

    /// The seven tables, rows in customer-id order; `anonymizer` replaces names, ids and
    /// emails and withholds free text.
    public static func tables(_ customers: [CustomerExport], asOf: Day, anonymizer: Anonymizer? = nil) -> [ExportTable] {
        func col(_ spec: String) -> [ExportTable.Column] {
            spec.split(separator: " ").map { part in
                let bits = part.split(separator: ":")
                return ExportTable.Column(name: String(bits[0]), kind: bits.count > 1 ? (bits[1] == "i" ? .integer : .real) : .text)
            }
        }
        var customersTable = ExportTable(name: "customers", columns: col("customer_id organization_name tier status organization_type segment_name size_category clinical_specialty geographic_region csm_assigned primary_contact email contract_start contract_end renewal_date contract_value:r"),
                                         key: ["customer_id"], indexes: ["csm_assigned", "tier", "status"], rows: [])
        var metrics = ExportTable(name: "metrics", columns: col("customer_id date metric value:r value_text source"), key: ["customer_id", "date", "metric"], indexes: ["metric", "date"], rows: [])
        var scores = ExportTable(name: "scores", columns: col("customer_id as_of health_score:r band churn_probability:r expansion_potential:r lifetime_value:r trend_30d:r trend_90d:r early_warning override_score:r model_version"),
                                 key: ["customer_id", "as_of"], indexes: ["band"], rows: [])
        var alerts = ExportTable(name: "alerts", columns: col("alert_id customer_id rule kind severity owner due state reason"), key: ["alert_id"], indexes: ["customer_id", "severity", "state"], rows: [])
        var opportunities = ExportTable(name: "opportunities", columns: col("opportunity_id customer_id type product amount:r stage owner expected_close created closed"),
                                        key: ["opportunity_id"], indexes: ["customer_id", "stage"], rows: [])
        var tasks = ExportTable(name: "tasks", columns: col("task_id customer_id title owner due status source campaign created"), key: ["task_id"], indexes: ["customer_id", "status", "owner"], rows: [])
        var feedback = ExportTable(name: "feedback", columns: col("customer_id path date channel type score:r severity status enhancement tags sentiment:r sentiment_label summary"),
                                   key: ["customer_id", "path"], indexes: ["date", "type"], rows: [])
        let free = anonymizer == nil ? nil : Anonymizer.withheld
        func s(_ x: String?) -> V { t(x.map { anonymizer?.scrub($0) ?? $0 }) }
        func freeText(_ x: String?) -> V { x.map { _ in free.map(V.text) ?? .text(x!) } ?? .null }
        for c in customers.sorted(by: { $0.data.id < $1.data.id }) {
            let d = c.data, p = c.profile
            let seg = p?["segment"]
            customersTable.rows.append([s(d.id), s(d.organizationName), t(d.tier), t(c.score.customer.status), t(d.organizationType), t(seg?["segment_name"]?.stringValue),
                                        t(seg?["size_category"]?.stringValue), t(d.specialty), t(seg?["geographic_region"]?.stringValue), s(d.csm),
                                        s(p?["primary_contact"]?.stringValue), s(p?["email"]?.stringValue), t(p?["contract_start"]?.stringValue),
                                        t(p?["contract_end"]?.stringValue), t(p?["renewal_date"]?.stringValue), .real(d.contractValue)])
            for snap in c.snapshots {
                for (name, value) in snap.values where name != "date" && name != "source" && name != "note" {
                    var number: V = .null, text: V = .null
                    switch value {
                    case .number(let n): number = .real(n.doubleValue)
                    case .bool(let b): number = .real(b ? 1 : 0); text = .text(b ? "true" : "false")
                    case .string(let str): text = .text(str)
                    default: continue
                    }
                    metrics.rows.append([s(d.id), .text(snap.date.description), .text(name), number, text, t(snap.values["source"]?.stringValue)])
                }
            }
            let sc = c.score
            scores.rows.append([s(d.id), .text(asOf.description), .real(sc.effectiveHealth), .text(sc.health.band), .real(sc.churn.probability),
                                .real(sc.expansionPotential), .real(sc.lifetimeValue), r(sc.trend.change30d), r(sc.trend.change90d), t(sc.trend.warning),
                                r(sc.overrideActive ? sc.customer.override?.score : nil), .text(sc.modelVersion)])
            for a in c.alerts {
                alerts.rows.append([.text(a.id), s(d.id), .text(a.rule), .text(a.kind.rawValue), .text(a.severity.rawValue), s(a.owner), .text(a.due.description),
                                    .text(a.state.rawValue), freeText(a.reason)])
            }
            for o in c.opportunities {
                opportunities.rows.append([.text(o.id), s(d.id), .text(o.type), t(o.product), .real(o.amount), .text(o.stage), s(o.owner),
                                           .text(o.expectedClose.description), .text(o.created.description), t(o.closed?.description)])
            }
            for k in c.tasks {
                tasks.rows.append([.text(k.id), s(d.id), freeText(k.title), s(k.owner), .text(k.due.description), .text(k.status), .text(k.source), t(k.campaign),
                                   .text(k.created.description)])
            }
            for f in c.feedback {
                feedback.rows.append([s(d.id), .text("customers/\(anonymizer?.scrub(d.id) ?? d.id)/" + (anonymizer == nil ? f.path : "feedback/" + String(f.path.split(separator: "/").last?.prefix(10) ?? ""))),
                                      t(f.date?.description), t(f.channel), t(f.type), r(f.score), t(f.severity), t(f.status), t(f.enhancement),
                                      .text(f.tags.joined(separator: ";")), .real(f.sentiment.score), .text(f.sentiment.label.rawValue), freeText(f.summary)])
            }
        }
        return [customersTable, metrics, scores, alerts, opportunities, tasks, feedback]
    }
}
