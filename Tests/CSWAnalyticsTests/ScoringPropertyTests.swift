import CSWCore
import CSWJSON
import Testing
@testable import CSWAnalytics

/// Properties every score must have, over generated customers.
@Suite struct ScoringPropertyTests {
    static let model = ScoringModel.defaults(kpiTargets: Dictionary(uniqueKeysWithValues: WorkspaceConfig.defaultKPITargets))
    static let asOf = Day("2025-11-15")!

    static func customer(_ index: Int, months: Int = 12, tweak: ((inout [String: Double]) -> Void)? = nil) -> CustomerData {
        let generator = DemoGenerator(customers: 60, months: months, seed: 11)
        var files = generator.customerFiles(index)
        if let tweak, let i = files.firstIndex(where: { $0.path.hasSuffix("metrics.jsonl") }) {
            var lines: [String] = []
            for record in JSONLines.parse(files[i].bytes).records {
                guard case .object(var o) = record.document.value else { continue }
                if o["date"]?.stringValue == "2025-11-01" {
                    var values: [String: Double] = [:]
                    for (k, v) in o { if let d = v.numberValue?.doubleValue { values[k] = d } }
                    tweak(&values)
                    for (k, v) in values { o[k] = .number(JSONNumber(v)) }
                }
                lines.append(JSONWriter.line(.object(o)))
            }
            files[i] = (files[i].path, Array(lines.map { $0 + "\n" }.joined().utf8))
        }
        let entries: [CustomerFolder.Entry] = files.map { .file(path: String($0.path.split(separator: "/").dropFirst(2).joined(separator: "/")), bytes: $0.bytes) }
        return CustomerData(folder: CustomerFolder(name: generator.customerID(index), entries: entries))!
    }

    @Test(arguments: 0..<24)
    func pointsAddUpToTheScoreAndWeightsRenormalise(index: Int) {
        let result = HealthScore.compute(Self.customer(index), asOf: Self.asOf, model: Self.model)
        guard let score = result.score else { Issue.record("a generated customer with a year of monthly data has a score"); return }
        let sum = result.measures.reduce(0) { $0 + $1.points }
        #expect(abs(sum - score) < 1e-9, "points \(sum) vs score \(score)")
        let weights = result.measures.reduce(0) { $0 + $1.weight }
        #expect(abs(weights - 1) < 0.01, "weights of the measures with data sum to 1: \(weights)")
        #expect(result.measures.filter { $0.missingRule == "omit" }.allSatisfy { $0.weight == 0 && $0.points == 0 })
        #expect((0...100).contains(score))
        #expect(result.coverage >= result.minimumCoverage)
    }

    @Test(arguments: ["usage_percentage", "user_adoption_rate", "engagement_level", "nps_score", "roi_percentage", "compliance_score"])
    func improvingOneMeasureNeverLowersHealth(measure: String) {
        for index in 0..<12 {
            let base = HealthScore.compute(Self.customer(index), asOf: Self.asOf, model: Self.model).score ?? -1
            let better = HealthScore.compute(Self.customer(index) { $0[measure] = ($0[measure] ?? 0) * 1.2 + 0.05 }, asOf: Self.asOf, model: Self.model).score ?? -1
            #expect(base >= 0 && better >= base, "\(measure) up, health \(base) → \(better) for customer \(index)")
        }
        // A lower-is-better measure: fewer tickets never lowers health.
        for index in 0..<12 {
            let base = HealthScore.compute(Self.customer(index), asOf: Self.asOf, model: Self.model).score ?? -1
            let better = HealthScore.compute(Self.customer(index) { $0["support_ticket_volume"] = max(0, ($0["support_ticket_volume"] ?? 0) - 5) }, asOf: Self.asOf, model: Self.model).score ?? -1
            #expect(base >= 0 && better >= base)
        }
    }

    @Test func missingMeasuresAreLeftOutAndSaidSo() {
        let sparse = Self.customer(0) { values in
            for key in ["roi_percentage", "compliance_score", "clinical_outcome_improvement"] { values[key] = nil }
        }
        // With 3 of 9 measures missing in the latest snapshot, the latest-value measures fall
        // back to the older snapshots; drop them from the model to see re-normalisation.
        var model = Self.model
        model.measures.removeAll { ["user_adoption_rate"].contains($0.name) }
        let result = HealthScore.compute(sparse, asOf: Self.asOf, model: model)
        #expect(abs(result.measures.reduce(0) { $0 + $1.weight } - 1) < 0.01)
        let none = CustomerData(folder: CustomerFolder(name: "X", entries: [.file(path: "profile.json", bytes: Array(#"{"customer_id": "X", "contract_value": 1}"#.utf8))]))!
        let empty = HealthScore.compute(none, asOf: Self.asOf, model: Self.model)
        #expect(empty.score == nil && empty.band == "insufficient_data" && empty.coverage == 0)
        #expect(empty.measures.allSatisfy { $0.missingRule == "omit" })
    }

    @Test func sameInputsSameBytes() {
        let a = CustomerScore.compute(Self.customer(3), asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        let b = CustomerScore.compute(Self.customer(3), asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        #expect(JSONWriter().bytes(a.json) == JSONWriter().bytes(b.json))
    }

    @Test func churnRisesWithRiskAndLifetimeValueFallsWithChurn() {
        let calm = Self.customer(DemoGenerator.Pattern.healthy.rawValue)
        let worried = Self.customer(DemoGenerator.Pattern.healthy.rawValue) { $0["roi_concerns"] = 1; $0["competitive_pressure"] = 0.9 }
        let p1 = CustomerScore.compute(calm, asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        let p2 = CustomerScore.compute(worried, asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        let (c1, c2) = (p1.churn.probability ?? -1, p2.churn.probability ?? -1)
        #expect(c1 >= 0 && c2 > c1)
        #expect((p2.lifetimeValue ?? -1) < (p1.lifetimeValue ?? -1))
        let logit = Self.model.churn.intercept + p1.churn.factors.reduce(0) { $0 + $1.coefficient * $1.value }
        #expect(abs(1 / (1 + _exp(-logit)) - c1) < 0.002, "the factors explain the probability")
        #expect(LifetimeValue.compute(arr: 100_000, churnProbability: 0.2, model: Self.model) == (100_000 * 0.75 * 1.1 / 0.3).rounded())
    }

    @Test func patternsScoreAsTheirStoriesSay() {
        func score(_ p: DemoGenerator.Pattern) -> CustomerScore {
            CustomerScore.compute(Self.customer(p.rawValue, months: 24), asOf: Self.asOf, model: Self.model, kpiTargets: [:])
        }
        #expect(score(.healthy).health.band == "healthy")
        #expect((score(.decliningAfterChampionLeft).health.score ?? 999) < (score(.healthy).health.score ?? -1))
        #expect((score(.expansionReady).expansionPotential ?? -1) > (score(.decliningAfterChampionLeft).expansionPotential ?? 999))
        #expect(score(.churned).churn.probability == 1)
    }

    /// `--record` stores a digest of the inputs: it must tell any edit apart, including a
    /// byte moved from one file to the next, and never depend on anything but the bytes.
    @Test func inputsDigestTellsEveryEditApart() {
        let profile = Array(#"{"customer_id": "X", "contract_value": 1}"#.utf8)
        let metrics = Array("{\"date\": \"2025-11-01\", \"usage_percentage\": 80.5}\n".utf8)
        let base = CustomerData.digest([profile, metrics, []])
        #expect(base == CustomerData.digest([profile, metrics, []]))
        var seen: Set<String> = [base]
        for i in metrics.indices {
            var edited = metrics
            edited[i] ^= 0x01
            seen.insert(CustomerData.digest([profile, edited, []]))
        }
        #expect(seen.count == metrics.count + 1, "every one-byte edit gives a new digest")
        #expect(CustomerData.digest([profile + [metrics[0]], Array(metrics.dropFirst()), []]) != base, "moving a byte between files changes it")
        #expect(CustomerData.digest([profile, metrics, [0x7B, 0x7D]]) != base, "an override changes it")
    }
}

func _exp(_ x: Double) -> Double {
    var result = 1.0, term = 1.0
    for n in 1..<60 { term *= x / Double(n); result += term }
    return result
}

/// csw history's pure parts.
@Suite struct ScoreHistoryTests {
    @Test func eachDateBelongsToTheVersionThatFirstRecordedIt() {
        let v1 = Array("{\"date\": \"2025-09-01\"}\n{\"date\": \"2025-10-01\"}\n".utf8)
        let v2 = Array("{\"date\": \"2025-09-01\", \"usage_percentage\": 1}\n{\"date\": \"2025-10-01\"}\n{\"date\": \"2025-11-01\"}\n".utf8)
        let v3 = Array("{\"date\": \"2025-10-01\"}\n{\"date\": \"2025-11-01\"}\nnot json\n{\"date\": \"2025-12-01\"}\n".utf8)
        let result = ScoreHistory.introductions([nil, v1, v2, v3])
        #expect(result.map(\.date.description) == ["2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01"])
        #expect(result.map(\.version) == [1, 1, 2, 3], "an edit to an old snapshot does not move it to a later commit")
    }

    @Test func sparklineUsesAFixedScale() {
        #expect(ScoreHistory.sparkline([0, 12.5, 50, 99.9, 100]) == "▁▂▅██")
        #expect(ScoreHistory.sparkline([50, nil, 50]) == "▅ ▅", "a date without a score is a gap")
        #expect(ScoreHistory.sparkline([]) == "")
    }
}

/// Alert rules as values.
@Suite struct AlertRuleTests {
    @Test func idsAreStableAndTellConditionsApart() {
        let a = Alert.id(customer: "CH_003", rule: "health-at-risk", dedupeKey: "")
        #expect(a == Alert.id(customer: "CH_003", rule: "health-at-risk", dedupeKey: ""))
        #expect(a.count == 18 && a.hasPrefix("A-"))
        #expect(a != Alert.id(customer: "CH_003", rule: "health-critical", dedupeKey: ""))
        #expect(a != Alert.id(customer: "HOSP_001", rule: "health-at-risk", dedupeKey: ""))
        #expect(Alert.id(customer: "X", rule: "r", dedupeKey: "feedback/a.md") != Alert.id(customer: "X", rule: "r", dedupeKey: "feedback/b.md"))
    }

    @Test func rulesFromConfigFallBackPerKindAndSkipWhatIsNotARule() throws {
        let config = try JSONDocument.parse(#"[{"id": "drop", "kind": "health_drop", "severity": "critical"}, {"id": "x", "kind": "nonsense", "severity": "low"}, {"id": "nps", "kind": "nps_detractor", "severity": "low", "threshold": 4}]"#).get().value
        let rules = AlertRule.rules(from: config)
        #expect(rules.map(\.id) == ["drop", "nps"])
        #expect(rules[0].threshold == 10 && rules[0].windowDays == 30, "a missing threshold takes the kind's default")
        #expect(rules[1].threshold == 4)
        #expect(AlertRule.rules(from: nil) == AlertRule.defaults)
        #expect(Severity.critical > Severity.high && Severity.low < Severity.medium)
    }
}

/// Book-of-business balancing, over generated books.
@Suite struct WorkloadPropertyTests {
    static func book(_ seed: UInt64) -> (accounts: [WorkloadAccount], roster: [Workload.Roster]) {
        var rng = SplitMix64(seed: seed)
        let csms = (0..<Int(rng.next() % 5 + 2)).map { Workload.Roster(id: "csm\($0)", name: "CSM \($0)", capacity: Double(rng.next() % 12 + 3)) }
        let tiers = ["strategic", "enterprise", "mid_market", "smb"]
        let accounts = (0..<Int(rng.next() % 40 + 1)).map { i in
            WorkloadAccount(customerID: String(format: "C_%03d", i), csm: csms[Int(rng.next() % UInt64(csms.count))].id, tier: tiers[Int(rng.next() % 4)],
                            arr: Double(rng.next() % 900_000), atRisk: rng.next() % 4 == 0, renewalWithin90d: rng.next() % 5 == 0, weights: WorkloadWeights())
        }
        return (accounts, csms)
    }

    static func highest(_ accounts: [WorkloadAccount], _ roster: [Workload.Roster]) -> Double {
        Workload.loads(accounts, roster: roster).map(\.loadRatio).max() ?? 0
    }

    @Test(arguments: 0..<200)
    func rebalancingNeverRaisesTheHighestRatioNorExceedsTheMoves(seed: Int) {
        let (accounts, roster) = Self.book(UInt64(seed))
        let n = seed % 6
        for keep in [false, true] {
            let moves = Workload.rebalance(accounts, roster: roster, maxMoves: n, keepStrategic: keep, weights: WorkloadWeights())
            #expect(moves.count <= n)
            let after = Workload.apply(moves, to: accounts, weights: WorkloadWeights())
            #expect(Self.highest(after, roster) <= Self.highest(accounts, roster) + 1e-9)
            if !moves.isEmpty { #expect(Self.highest(after, roster) < Self.highest(accounts, roster), "every move is there to lower it") }
            if keep { #expect(moves.allSatisfy { m in accounts.first { $0.customerID == m.customerID }!.tier != "strategic" }) }
            #expect(Set(moves.map(\.customerID)).count == moves.count, "an account moves at most once")
            #expect(after.reduce(0) { $0 + $1.load } - accounts.reduce(0) { $0 + $1.load } < 1e-9, "moving keeps the total load")
        }
    }

    @Test func loadsAddUpPerCSM() {
        let w = WorkloadWeights()
        #expect(w.load(tier: "mid_market", arr: 0, atRisk: false) == 1)
        #expect(w.load(tier: "strategic", arr: 1_000_000, atRisk: true) == 2 + 1 + 0.5)
        let (accounts, roster) = Self.book(7)
        let loads = Workload.loads(accounts, roster: roster)
        #expect(abs(loads.reduce(0) { $0 + $1.load } - accounts.reduce(0) { $0 + $1.load }) < 1e-9)
        #expect(loads.reduce(0) { $0 + $1.accounts } == accounts.count)
    }
}

/// The expansion pipeline's figures.
@Suite struct PipelinePropertyTests {
    @Test(arguments: 0..<50)
    func weightedValueIsTheSumOfAmountTimesStageProbability(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let day = Day("2025-11-15")!
        let items = (0..<Int(rng.next() % 30)).map { i in
            PipelineOpportunity(id: "O-\(i)", customerID: "C_\(rng.next() % 5)", type: "cross_sell", product: nil, amount: Double(rng.next() % 500_000),
                                stage: PipelineOpportunity.stages[Int(rng.next() % 6)], owner: "csm\(rng.next() % 3)", expectedClose: day, created: day)
        }
        let report = PipelineReport(items, segments: [:])
        let open = items.filter { !["won", "lost"].contains($0.stage) }
        let expected = open.reduce(0.0) { $0 + $1.amount * PipelineOpportunity.stageProbability[$1.stage]! }
        #expect(abs(report.weightedPipelineValue - expected) < 1e-6)
        #expect(abs(report.totalPipelineValue - open.reduce(0) { $0 + $1.amount }) < 1e-6)
        #expect(abs(report.byStage.reduce(0) { $0 + $1.weighted } - expected) < 1e-6, "the stages add up to the whole")
        #expect(abs(report.byOwner.reduce(0) { $0 + $1.weighted } - expected) < 1e-6, "so do the owners")
        let won = items.filter { $0.stage == "won" }.count, lost = items.filter { $0.stage == "lost" }.count
        #expect(report.winRate == (won + lost > 0 ? Double(won) / Double(won + lost) : nil))
    }
}
