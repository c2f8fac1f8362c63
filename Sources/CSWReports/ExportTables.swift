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
    }

    public let name: String
    public let columns: [Column]
    /// Column names that identify a row (the SQLite primary key).
    public let key: [String]
    /// Further indexed columns.
    public let indexes: [String]
    public var rows: [[Value]]

    /// The CSV header line.
    public var csvHeader: [UInt8] { Array((columns.map(\.name).joined(separator: ",") + "\n").utf8) }

    /// Appends the rows as CSV lines (RFC 4180 quoting, UTF-8, no CR) to `out`; a text cell
    /// a spreadsheet would evaluate as a formula is neutralised (`CSVCell`).
    public func appendCSV(to out: inout [UInt8]) {
        for row in rows {
            for (i, value) in row.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                switch value {
                case .null: break
                case .integer(let n): out.append(contentsOf: String(n).utf8)
                case .real(let d): out.append(contentsOf: JSONWriter.compact(.number(JSONNumber(d.isFinite ? d : 0))).utf8)
                case .text(let text): CSVCell.append(text, to: &out)
                }
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends the rows as JSON Lines, one object per row.
    public func appendJSONLines(to out: inout [UInt8]) {
        for row in rows {
            var o = JSONObject()
            for (c, v) in zip(columns, row) { o.appendUnique(c.name, v.json) }
            out.append(contentsOf: JSONWriter.compact(.object(o)).utf8)
            out.append(UInt8(ascii: "\n"))
        }
    }
}

/// One customer's rows for every table.
public struct CustomerExport: Sendable {
    public let score: CustomerScore
    public let data: CustomerData
    public let profile: JSONValue?
    /// metrics.jsonl as one document whose root is the array of snapshots
    /// (`JSONLines.parseAll`); its values become metric rows without a JSONValue tree.
    public let metrics: JSONNode?
    public let alerts: [Alert]
    public let opportunities: [PipelineOpportunity]
    public let tasks: [CustomerTask]
    public let feedback: [FeedbackNote]

    public init(score: CustomerScore, data: CustomerData, profile: JSONValue?, metrics: JSONNode?, alerts: [Alert],
                opportunities: [PipelineOpportunity], tasks: [CustomerTask], feedback: [FeedbackNote]) {
        self.score = score
        self.data = data
        self.profile = profile
        self.metrics = metrics
        self.alerts = alerts
        self.opportunities = opportunities
        self.tasks = tasks
        self.feedback = feedback
    }
}

/// The workspace as seven tables, built a batch of customers at a time so a writer can
/// stream them (10,000 customers' 4.8 million metric rows never sit in memory together).
public struct WorkspaceExport {
    typealias V = ExportTable.Value

    /// The tables with their columns, keys and indexes; `rows` holds the rows of the
    /// customers added to this value (a batch: the CLI starts a new one per batch).
    public private(set) var tables: [ExportTable]
    let asOf: Day
    let anonymizer: Anonymizer?
    /// Metric names by the hash of their bytes: one String per name, not per value.
    private var names: [UInt64: String] = [:]

    public init(asOf: Day, anonymizer: Anonymizer? = nil) {
        self.asOf = asOf
        self.anonymizer = anonymizer
        func col(_ spec: String) -> [ExportTable.Column] {
            spec.split(separator: " ").map { part in
                let bits = part.split(separator: ":")
                return ExportTable.Column(name: String(bits[0]), kind: bits.count > 1 ? (bits[1] == "i" ? .integer : .real) : .text)
            }
        }
        tables = [
            ExportTable(name: "customers", columns: col("customer_id organization_name tier status organization_type segment_name size_category clinical_specialty geographic_region csm_assigned primary_contact email contract_start contract_end renewal_date contract_value:r"),
                        key: ["customer_id"], indexes: ["csm_assigned", "tier", "status"], rows: []),
            ExportTable(name: "metrics", columns: col("customer_id date metric value:r value_text source"), key: ["customer_id", "date", "metric"], indexes: ["metric", "date"], rows: []),
            ExportTable(name: "scores", columns: col("customer_id as_of health_score:r band coverage:r churn_probability:r expansion_potential:r lifetime_value:r trend_30d:r trend_90d:r early_warning override_score:r model_version"),
                        key: ["customer_id", "as_of"], indexes: ["band"], rows: []),
            ExportTable(name: "alerts", columns: col("alert_id customer_id rule kind severity owner due state reason"), key: ["alert_id"], indexes: ["customer_id", "severity", "state"], rows: []),
            ExportTable(name: "opportunities", columns: col("opportunity_id customer_id type product amount:r stage owner expected_close created closed"),
                        key: ["opportunity_id"], indexes: ["customer_id", "stage"], rows: []),
            ExportTable(name: "tasks", columns: col("task_id customer_id title owner due status source campaign created"), key: ["task_id"], indexes: ["customer_id", "status", "owner"], rows: []),
            ExportTable(name: "feedback", columns: col("customer_id path date channel type score:r severity status enhancement tags sentiment:r sentiment_label summary"),
                        key: ["customer_id", "path"], indexes: ["date", "type"], rows: []),
        ]
    }

    static func t(_ s: String?) -> V { s.map { .text($0) } ?? .null }
    static func r(_ d: Double?) -> V { d.map { .real($0) } ?? .null }

    /// Adds one customer's rows to every table (add customers in id order for a sorted
    /// export); `anonymizer` replaces names, ids and emails and withholds free text.
    public mutating func add(_ c: CustomerExport) {
        let t = Self.t, r = Self.r
        let anonymizer = self.anonymizer
        let free = anonymizer == nil ? nil : Anonymizer.withheld
        func s(_ x: String?) -> V { t(x.map { anonymizer?.scrub($0) ?? $0 }) }
        func freeText(_ x: String?) -> V { x.map { _ in free.map(V.text) ?? .text(x!) } ?? .null }
        let d = c.data, p = c.profile
        let seg = p?["segment"]
        let id = s(d.id)
        tables[0].rows.append([id, s(d.organizationName), t(d.tier), t(c.score.customer.status), t(d.organizationType), t(seg?["segment_name"]?.stringValue),
                               t(seg?["size_category"]?.stringValue), t(d.specialty), t(seg?["geographic_region"]?.stringValue), s(d.csm),
                               s(p?["primary_contact"]?.stringValue), s(p?["email"]?.stringValue), t(p?["contract_start"]?.stringValue),
                               t(p?["contract_end"]?.stringValue), t(p?["renewal_date"]?.stringValue), .real(d.contractValue)])
        addMetrics(c.metrics, id: id)
        let sc = c.score
        tables[2].rows.append([id, .text(asOf.description), r(sc.effectiveHealth), .text(sc.health.band), .real(sc.health.coverage), r(sc.churn.probability),
                               r(sc.expansionPotential), r(sc.lifetimeValue), r(sc.trend.change30d), r(sc.trend.change90d), t(sc.trend.warning),
                               r(sc.overrideActive ? sc.customer.override?.score : nil), .text(sc.modelVersion)])
        for a in c.alerts {
            tables[3].rows.append([.text(a.id), id, .text(a.rule), .text(a.kind.rawValue), .text(a.severity.rawValue), s(a.owner), .text(a.due.description),
                                   .text(a.state.rawValue), freeText(a.reason)])
        }
        for o in c.opportunities {
            tables[4].rows.append([.text(o.id), id, .text(o.type), t(o.product), .real(o.amount), .text(o.stage), s(o.owner),
                                   .text(o.expectedClose.description), .text(o.created.description), t(o.closed?.description)])
        }
        for k in c.tasks {
            tables[5].rows.append([.text(k.id), id, freeText(k.title), s(k.owner), .text(k.due.description), .text(k.status), .text(k.source), t(k.campaign),
                                   .text(k.created.description)])
        }
        for f in c.feedback {
            tables[6].rows.append([id, .text("customers/\(anonymizer?.scrub(d.id) ?? d.id)/" + (anonymizer == nil ? f.path : "feedback/" + String(f.path.split(separator: "/").last?.prefix(10) ?? ""))),
                                   t(f.date?.description), t(f.channel), t(f.type), r(f.score), t(f.severity), t(f.status), t(f.enhancement),
                                   .text(f.tags.joined(separator: ";")), .real(f.sentiment.score), .text(f.sentiment.label.rawValue), freeText(f.summary)])
        }
    }

    /// One row per customer, date and metric, snapshots in date order, read from the
    /// document's nodes (numbers as doubles, true/false as 1/0 with the word, text as text).
    private mutating func addMetrics(_ metrics: JSONNode?, id: V) {
        guard let metrics else { return }
        var snapshots: [(date: String, node: JSONNode)] = []
        for record in metrics.elements {
            if let date = record["date"]?.stringValue, Day(date) != nil { snapshots.append((date, record)) }
        }
        snapshots.sort { $0.date < $1.date }
        for (date, record) in snapshots {
            let source = Self.t(record["source"]?.stringValue)
            record.forEachMember { key, value in
                if Self.equals(key, "date") || Self.equals(key, "source") || Self.equals(key, "note") { return }
                var number: V = .null, text: V = .null
                switch value.kind {
                case .number: number = value.doubleValue.map(V.real) ?? .null
                case .bool:
                    let b = value.boolValue ?? false
                    number = .real(b ? 1 : 0)
                    text = .text(b ? "true" : "false")
                case .string: text = Self.t(value.stringValue)
                default: return
                }
                tables[1].rows.append([id, .text(date), .text(name(key)), number, text, source])
            }
        }
    }

    private mutating func name(_ key: UnsafeBufferPointer<UInt8>) -> String {
        let hash = FNV1a.hash(key)
        if let known = names[hash], known.utf8.elementsEqual(key) { return known }
        let text = String(decoding: key, as: UTF8.self)
        names[hash] = text
        return text
    }

    private static func equals(_ key: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        key.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }
}
