import CSWCore
import Testing
@testable import CSWAnalytics

@Suite struct FitTests {
    /// At the fitted coefficients the penalised log-likelihood's gradient is zero.
    @Test func newtonReachesTheOptimum() {
        var rng = SplitMixLite(seed: 42)
        var x: [[Double]] = [], y: [Double] = []
        for _ in 0..<400 {
            let a = rng.normal(), b = rng.normal()
            let p = 1 / (1 + _exp(-(0.5 + 1.5 * a - 2 * b)))
            x.append([a, b])
            y.append(rng.uniform() < p ? 1 : 0)
        }
        let model = LogisticRegression.fit(x, y, lambda: 1)
        var gradient = [0.0, 0.0, 0.0]
        for (row, label) in zip(x, y) {
            let r = model.probability(row) - label
            gradient[0] += r
            gradient[1] += r * row[0]
            gradient[2] += r * row[1]
        }
        gradient[1] += model.coefficients[0]
        gradient[2] += model.coefficients[1]
        #expect(gradient.allSatisfy { abs($0) < 1e-6 }, "gradient \(gradient)")
        #expect(model.coefficients[0] > 0.8 && model.coefficients[1] < -1.2, "recovers the signs and sizes: \(model.coefficients)")
    }

    @Test func aucByRanksWithTies() {
        #expect(ClassifierMetrics(predicted: [0.1, 0.4, 0.35, 0.8], actual: [0, 0, 1, 1]).auc == 0.75)
        #expect(ClassifierMetrics(predicted: [0.5, 0.5], actual: [0, 1]).auc == 0.5)
        let m = ClassifierMetrics(predicted: [0.9, 0.2], actual: [1, 0])
        #expect(m.accuracy == 1 && abs(m.brier - 0.025) < 1e-12)
    }

    @Test func encoderStandardisesImputesAndOneHots() {
        let header = ["plan", "seats", "id"]
        let rows = [["basic", "10", "a"], ["pro", "30", "b"], ["pro", "", "c"]]
        let encoder = FeatureEncoder(header: header, rows: rows, use: [0, 1])
        #expect(encoder.featureNames == ["plan=basic", "plan=pro", "seats"])
        #expect(encoder.encode(["pro", "30", "x"], header: header) == [0, 1, 1])
        #expect(encoder.encode(["gold", "", "x"], header: header) == [0, 0, 0], "unseen category and blank number encode as zeros")
        let reread = FeatureEncoder(json: encoder.json)!
        #expect(reread.encode(["basic", "10", ""], header: header) == encoder.encode(["basic", "10", ""], header: header))
    }

    @Test func choleskySolves() {
        let x = LogisticRegression.solve([4, 2, 2, 3], [2, 1], 2)!
        #expect(abs(x[0] - 0.5) < 1e-12 && abs(x[1]) < 1e-12)
        #expect(LogisticRegression.solve([0, 0, 0, 0], [1, 1], 2) == nil)
    }
}

/// Uniform and roughly normal draws on top of CSWCore's SplitMix64 (deterministic).
struct SplitMixLite {
    var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }
    mutating func uniform() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
    mutating func normal() -> Double {
        var s = 0.0
        for _ in 0..<12 { s += uniform() }
        return s - 6
    }
}
