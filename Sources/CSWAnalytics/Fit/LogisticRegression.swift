import Foundation

/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted
/// least squares). The intercept is not penalised. Pure: matrices in, coefficients out.
public struct LogisticRegression: Sendable, Equatable {
    public let intercept: Double
    public let coefficients: [Double]
    public let iterations: Int

    public init(intercept: Double, coefficients: [Double], iterations: Int) {
        self.intercept = intercept
        self.coefficients = coefficients
        self.iterations = iterations
    }

    /// Fits y (0/1) on rows of X. `lambda` is the L2 penalty (½·λ·‖β‖² added to the
    /// negative log-likelihood, like scikit-learn's C = 1/λ).
    public static func fit(_ x: [[Double]], _ y: [Double], lambda: Double = 1, maxIterations: Int = 100, tolerance: Double = 1e-10) -> LogisticRegression {
        let n = x.count, p = (x.first?.count ?? 0) + 1
        var beta = [Double](repeating: 0, count: p)
        var iterations = 0
        for iteration in 1...maxIterations {
            iterations = iteration
            // Gradient g and Hessian H of the penalised negative log-likelihood.
            var g = [Double](repeating: 0, count: p)
            var h = [Double](repeating: 0, count: p * p)
            var row = [Double](repeating: 1, count: p)
            for i in 0..<n {
                for j in 1..<p { row[j] = x[i][j - 1] }
                var eta = 0.0
                for j in 0..<p { eta += beta[j] * row[j] }
                let mu = 1 / (1 + exp(-eta))
                let w = max(mu * (1 - mu), 1e-12)
                let r = mu - y[i]
                for j in 0..<p {
                    g[j] += r * row[j]
                    let wj = w * row[j]
                    for k in j..<p { h[j * p + k] += wj * row[k] }
                }
            }
            for j in 0..<p { for k in 0..<j { h[j * p + k] = h[k * p + j] } }
            for j in 1..<p {
                g[j] += lambda * beta[j]
                h[j * p + j] += lambda
            }
            guard let step = solve(h, g, p) else { break }
            var change = 0.0
            for j in 0..<p {
                beta[j] -= step[j]
                change = max(change, abs(step[j]))
            }
            if change < tolerance { break }
        }
        return LogisticRegression(intercept: beta[0], coefficients: Array(beta.dropFirst()), iterations: iterations)
    }

    public func probability(_ row: [Double]) -> Double {
        var eta = intercept
        for (c, v) in zip(coefficients, row) { eta += c * v }
        return 1 / (1 + exp(-eta))
    }

    /// Solves A·x = b for symmetric positive definite A (Cholesky); nil when singular.
    static func solve(_ a: [Double], _ b: [Double], _ n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 1e-300 else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        var z = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = b[i]
            for k in 0..<i { sum -= l[i * n + k] * z[k] }
            z[i] = sum / l[i * n + i]
        }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = z[i]
            for k in (i + 1)..<n { sum -= l[k * n + i] * x[k] }
            x[i] = sum / l[i * n + i]
        }
        return x
    }
}

/// How well predicted probabilities match outcomes.
public struct ClassifierMetrics: Sendable, Equatable {
    public let n: Int
    public let auc: Double
    public let brier: Double
    public let logLoss: Double
    public let accuracy: Double

    public init(predicted p: [Double], actual y: [Double]) {
        n = p.count
        var brier = 0.0, logLoss = 0.0, correct = 0
        for (pi, yi) in zip(p, y) {
            brier += (pi - yi) * (pi - yi)
            let c = min(max(pi, 1e-15), 1 - 1e-15)
            logLoss -= yi * log(c) + (1 - yi) * log(1 - c)
            if (pi >= 0.5 ? 1.0 : 0.0) == yi { correct += 1 }
        }
        self.brier = n > 0 ? brier / Double(n) : 0
        self.logLoss = n > 0 ? logLoss / Double(n) : 0
        self.accuracy = n > 0 ? Double(correct) / Double(n) : 0
        self.auc = Self.auc(p, y)
    }

    /// Area under the ROC curve by ranks (Mann–Whitney), ties counted half.
    static func auc(_ p: [Double], _ y: [Double]) -> Double {
        let order = p.indices.sorted { p[$0] < p[$1] }
        var ranks = [Double](repeating: 0, count: p.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && p[order[j + 1]] == p[order[i]] { j += 1 }
            let rank = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = rank }
            i = j + 1
        }
        let positives = y.filter { $0 == 1 }.count, negatives = y.count - positives
        guard positives > 0 && negatives > 0 else { return 0.5 }
        let sum = zip(ranks, y).filter { $0.1 == 1 }.reduce(0) { $0 + $1.0 }
        return (sum - Double(positives * (positives + 1)) / 2) / Double(positives * negatives)
    }

    /// Ten bins by predicted probability: mean predicted against observed rate.
    public static func calibration(predicted p: [Double], actual y: [Double], bins: Int = 10) -> [(range: String, count: Int, predicted: Double, observed: Double)] {
        var out: [(String, Int, Double, Double)] = []
        for b in 0..<bins {
            let lo = Double(b) / Double(bins), hi = Double(b + 1) / Double(bins)
            let idx = p.indices.filter { p[$0] >= lo && (p[$0] < hi || (b == bins - 1 && p[$0] <= hi)) }
            guard !idx.isEmpty else { continue }
            let mp = idx.reduce(0) { $0 + p[$1] } / Double(idx.count)
            let my = idx.reduce(0) { $0 + y[$1] } / Double(idx.count)
            out.append((String(format: "%.1f–%.1f", lo, hi), idx.count, mp, my))
        }
        return out
    }
}
