import CSWCore
import CSWJSON

/// One row of `csw history`: a metrics date, the score as of that date, and the commit
/// that recorded the snapshot (nil: not committed yet).
public struct HistoryRow: Sendable {
    public let date: Day
    public let score: CustomerScore
    public let commit: String?
    /// The model differs from the previous row's: a move here may be the model, not the customer.
    public let modelChanged: Bool

    public init(date: Day, score: CustomerScore, commit: String?, modelChanged: Bool) {
        self.date = date
        self.score = score
        self.commit = commit
        self.modelChanged = modelChanged
    }
}

/// A customer's health and churn over time, scored date by date.
public enum ScoreHistory {
    /// Which version first recorded each snapshot date. `versions` are oldest first, each
    /// with its metrics.jsonl (nil: absent); unreadable lines are skipped. Returns the
    /// dates in order, each with the index of the version that introduced it.
    public static func introductions(_ versions: [[UInt8]?]) -> [(date: Day, version: Int)] {
        var seen = Set<Day>()
        var out: [(date: Day, version: Int)] = []
        for (i, metrics) in versions.enumerated() {
            guard let metrics else { continue }
            for record in JSONLines.parse(metrics).records {
                guard let day = record.document.root["date"]?.stringValue.flatMap(Day.init), seen.insert(day).inserted else { continue }
                out.append((day, i))
            }
        }
        return out.sorted { $0.date < $1.date }
    }

    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value on a fixed 0–100 scale (so two customers' lines compare).
    /// A date without a score is a space: the line has a gap, not a made-up value.
    public static func sparkline(_ values: [Double?]) -> String {
        String(values.map { v in v.map { blocks[min(7, max(0, Int(saturating: ($0 / 100 * 8).rounded(.down))))] } ?? " " })
    }

    public static func json(_ rows: [HistoryRow]) -> JSONValue {
        .array(rows.map { r in
            .object(["date": .string(r.date.description), "health_score": r.score.health.score.map { .number(JSONNumber($0)) } ?? .null,
                     "band": .string(r.score.health.band), "coverage": .number(JSONNumber(r.score.health.coverage)),
                     "churn_probability": r.score.churn.probability.map { .number(JSONNumber($0)) } ?? .null, "commit": r.commit.map(JSONValue.string) ?? .null,
                     "model_changed": .bool(r.modelChanged), "model_version": .string(r.score.modelVersion)])
        })
    }

    public static func csv(_ rows: [HistoryRow]) -> String {
        "date,health_score,band,churn_probability,commit,model_changed,model_version\n" + rows.map { r in
            "\(r.date),\(r.score.health.score.map { ScoreTable.fmt($0) } ?? ""),\(CSVCell.text(r.score.health.band)),\(r.score.churn.probability.map { ScoreTable.fmt($0, 3) } ?? ""),\(r.commit ?? ""),\(r.modelChanged),\(CSVCell.text(r.score.modelVersion))"
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }

    /// A table, one row per date; `sparkline` adds the health line above it (on a terminal).
    public static func text(_ rows: [HistoryRow], customer: String, sparkline showSparkline: Bool, band: (String) -> String = { $0 }) -> String {
        guard let first = rows.first, let last = rows.last else { return "\(customer): no metrics snapshots in that range\n" }
        var out = "\(customer) \(TerminalText.visible(first.score.customer.organizationName)) — health and churn per metrics date, \(first.date) … \(last.date)\n"
        if showSparkline { out += "health " + sparkline(rows.map(\.score.health.score)) + "\n" }
        let table = rows.map { r in
            [r.date.description, ScoreTable.fmt(r.score.health.score), band(r.score.health.band), ScoreTable.percent(r.score.churn.probability),
             r.commit.map { String($0.prefix(7)) } ?? "(uncommitted)", r.modelChanged ? "model changed: \(r.score.modelVersion)" : ""]
        }
        out += TextTable.render(header: ["DATE", "HEALTH", "BAND", "CHURN", "COMMIT", ""], rows: table, rightAligned: [1, 3])
        if rows.contains(where: \.modelChanged) {
            out += "A row marked \"model changed\" is scored with a different csw.json scoring model than the row before: part of that move is the model, not the customer.\n"
        }
        return out
    }
}
