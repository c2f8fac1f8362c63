@testable import CSWCore
import CSWJSON
import Testing
@testable import CSWAnalytics

/// Any metric — built in or custom — can be a weighted health measure and a churn factor,
/// and it adds exactly its points.
@Suite struct CustomMeasureTests {
    static let targets = Dictionary(uniqueKeysWithValues: WorkspaceConfig.defaultKPITargets)
    static let asOf = Day("2025-11-15")!

    static func config(_ json: String) -> JSONValue { try! JSONDocument.parse(Array(json.utf8)).get().value }

    static let sepsisModel = ScoringModel.defaults(kpiTargets: targets).configured(
        by: config(#"{"measures": {"sepsis_alerts_reviewed": {"weight": 10, "poor": 0, "good": 1000}}}"#), customMetrics: ["sepsis_alerts_reviewed"])

    /// Generated customer `index`, its last snapshot carrying `sepsis_alerts_reviewed`
    /// (nil: without it), read for `model`.
    static func customer(_ index: Int, sepsis: Double?, model: ScoringModel, also extra: [String: Double] = [:]) -> CustomerData {
        let generator = DemoGenerator(customers: 60, months: 12, seed: 11)
        var files = generator.customerFiles(index)
        let i = files.firstIndex { $0.path.hasSuffix("metrics.jsonl") }!
        var lines: [String] = []
        for record in JSONLines.parse(files[i].bytes).records {
            guard case .object(var o) = record.document.value else { continue }
            if o["date"]?.stringValue == "2025-11-01" {
                if let sepsis { o["sepsis_alerts_reviewed"] = .number(JSONNumber(sepsis)) }
                for (k, v) in extra { o[k] = .number(JSONNumber(v)) }
            }
            lines.append(JSONWriter.line(.object(o)))
        }
        files[i] = (files[i].path, Array(lines.map { $0 + "\n" }.joined().utf8))
        let entries: [CustomerFolder.Entry] = files.map { .file(path: String($0.path.split(separator: "/").dropFirst(2).joined(separator: "/")), bytes: $0.bytes) }
        return CustomerData(folder: CustomerFolder(name: generator.customerID(index), entries: entries), extraMetrics: model.extraMetrics)!
    }

    /// Every generated customer but the churned pattern (whose data stops months earlier).
    @Test(arguments: (0..<24).filter { $0 % DemoGenerator.Pattern.allCases.count != DemoGenerator.Pattern.churned.rawValue })
    func aCustomMetricAddsExactlyItsPoints(index: Int) throws {
        let model = Self.sepsisModel
        var generator = SystemRandomNumberGenerator()
        let (v1, v2) = (Double(Int.random(in: 0...1200, using: &generator)), Double(Int.random(in: 0...1200, using: &generator)))
        let a = HealthScore.compute(Self.customer(index, sepsis: v1, model: model), asOf: Self.asOf, model: model)
        let b = HealthScore.compute(Self.customer(index, sepsis: v2, model: model), asOf: Self.asOf, model: model)
        let (sa, sb) = (try #require(a.score), try #require(b.score))
        let (ma, mb) = (try #require(a.measures.first { $0.name == "sepsis_alerts_reviewed" }), try #require(b.measures.first { $0.name == "sepsis_alerts_reviewed" }))
        // Its points are its share of the weight times its 0–100 score.
        #expect(ma.raw == v1 && ma.score == min(100, v1 / 10))
        let total = a.measures.filter { $0.isFresh }.reduce(0.0) { $0 + $1.modelShare }
        #expect(abs(ma.weight - HealthScore.round3(ma.modelShare / total)) < 1e-9)
        // (weight is shown to 0.001 and points to 0.1, so they agree to within 0.1)
        #expect(abs(ma.points - ma.weight * (ma.score ?? 0)) <= 0.1 + 1e-9)
        // Changing only the custom metric moves the score by exactly the change in its points.
        #expect(abs((sb - sa) - (mb.points - ma.points)) < 1e-9, "\(v1) → \(v2): score \(sa) → \(sb), points \(ma.points) → \(mb.points)")
        #expect(abs(a.measures.reduce(0) { $0 + $1.points } - sa) < 1e-9)
        // Without the metric the measure is left out, and the score is the default model's.
        let without = HealthScore.compute(Self.customer(index, sepsis: nil, model: model), asOf: Self.asOf, model: model)
        let defaults = ScoringModel.defaults(kpiTargets: Self.targets)
        #expect(without.score == HealthScore.compute(Self.customer(index, sepsis: nil, model: defaults), asOf: Self.asOf, model: defaults).score)
        #expect(without.measures.first { $0.name == "sepsis_alerts_reviewed" }?.missingRule == "omit")
    }

    @Test func aBuiltInMetricBecomesAMeasureAndAChurnFactor() throws {
        let model = ScoringModel.defaults(kpiTargets: Self.targets).configured(by: Self.config(
            #"{"measures": {"executive_engagement": {"weight": 5, "poor": 0.3, "good": 0.9}}, "churn": {"coefficients": {"executive_engagement": -1.5}}}"#))
        let data = Self.customer(0, sepsis: nil, model: model, also: ["executive_engagement": 0.8])
        let score = CustomerScore.compute(data, asOf: Self.asOf, model: model, kpiTargets: Self.targets)
        let engagement = try #require(data.history(upTo: Self.asOf).last?.values[slot: model.slot(of: "executive_engagement")])
        #expect(engagement == 0.8)
        #expect(score.health.measures.contains { $0.name == "executive_engagement" && $0.raw == engagement && $0.weight > 0 })
        let factor = try #require(score.churn.factors.first { $0.name == "executive_engagement" })
        #expect(factor.value == HealthScore.round3(engagement) && factor.contribution == HealthScore.round3(-1.5 * engagement))
        // The factor moves the probability the way its coefficient says.
        let plain = CustomerScore.compute(data, asOf: Self.asOf, model: ScoringModel.defaults(kpiTargets: Self.targets), kpiTargets: Self.targets)
        #expect((score.churn.probability ?? 1) < (plain.churn.probability ?? 0))
        #expect(model.version != ScoringModel.defaults(kpiTargets: Self.targets).version, "the configured model names itself")
    }

    /// The names csw validate accepts (CSWCore) are the model's.
    @Test func theValidatorsNamesAreTheModels() {
        let model = ScoringModel.defaults(kpiTargets: Self.targets)
        #expect(model.measures.map(\.name) == ScoringRules.builtInMeasures)
        #expect(ChurnCoefficients.factorOrder == ScoringRules.churnFactors)
        #expect(Set(ChurnCoefficients.defaults.coefficients.keys) == Set(ScoringRules.churnFactors))
        #expect(Set(CustomerData.MetricValues.names).isSubset(of: ScoringRules.builtInMetrics))
        // Every numeric or yes/no property of the snapshot schema, and nothing else.
        let schema = try! JSONDocument.parse(Array(EmbeddedSchemaFiles.files.first { $0.name == "metric-snapshot.schema.json" }!.text.utf8)).get().value
        guard case .object(let properties)? = schema["properties"] else { Issue.record("no properties"); return }
        let numeric = properties.filter { ["number", "integer", "boolean"].contains($0.1["type"]?.stringValue ?? "") }.map(\.0)
        #expect(Set(numeric) == Set(ScoringRules.builtInMetrics))
    }
}
