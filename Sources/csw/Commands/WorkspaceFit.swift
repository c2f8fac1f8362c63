import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWGit
import CSWJSON

/// `csw model fit` on the workspace itself: customers that churned (as they looked 90
/// days before churning) against those that stayed (as they look at their latest
/// snapshot), over the churn factors of docs/SCORING.md.
struct WorkspaceFit {
    let lambda: Double
    let folds: Int
    let write: Bool

    func run() throws {
        let err = Terminal.standardError
        let workspace = try Workspace.open()
        let validator = try workspace.validator()
        let model = ScoringModel.defaults(kpiTargets: validator.config.kpiTargets)
        var rows: [[Double]] = []
        var labels: [Double] = []
        for entry in try workspace.reader.customerEntries() where entry.type == .directory && CustomerID(entry.name) != nil {
            guard let folder = try? workspace.reader.readCustomer(entry.name), let data = CustomerData(folder: folder),
                  let last = data.snapshots.last?.date else { continue }
            let churned = data.status == "churned"
            let asOf = churned ? last.adding(days: -90) : last
            guard !data.history(upTo: asOf).isEmpty else { continue }
            let live = CustomerData.asActive(data)
            let score = CustomerScore.compute(live, asOf: asOf, model: model, kpiTargets: validator.config.kpiTargets)
            // Without a score there are no factors to learn from (too little fresh data then).
            guard !score.churn.factors.isEmpty else { continue }
            rows.append(score.churn.factors.map(\.value))
            labels.append(churned ? 1 : 0)
        }
        let positives = Int(labels.reduce(0, +))
        guard positives >= 1 && positives < labels.count else {
            err.write("error: the workspace needs churned and retained customers to learn from (found \(positives) churned of \(labels.count))\n")
            throw ExitCode(1)
        }
        let k = min(max(2, folds), labels.count)
        var predicted = [Double](repeating: 0, count: labels.count)
        for fold in 0..<k {
            let train = labels.indices.filter { $0 % k != fold }
            let fitted = LogisticRegression.fit(train.map { rows[$0] }, train.map { labels[$0] }, lambda: lambda)
            for i in labels.indices where i % k == fold { predicted[i] = fitted.probability(rows[i]) }
        }
        let cv = ClassifierMetrics(predicted: predicted, actual: labels)
        let fitted = LogisticRegression.fit(rows, labels, lambda: lambda)
        let names = ChurnCoefficients.factorOrder
        var text = "fitted on \(labels.count) customers (\(positives) churned), λ = \(lambda)\n"
        text += "\(k)-fold cross-validation: AUC \(fmt(cv.auc)), Brier \(fmt(cv.brier)), log loss \(fmt(cv.logLoss))\n"
        text += TextTable.render(header: ["  FACTOR", "FITTED", "DEFAULT"],
                                 rows: [["  intercept", fmt(fitted.intercept), fmt(ChurnCoefficients.defaults.intercept)]]
                                     + zip(names, fitted.coefficients).map { ["  " + $0.0, fmt($0.1), fmt(ChurnCoefficients.defaults.coefficients[$0.0] ?? 0)] },
                                 rightAligned: [1, 2])
        if labels.count < 50 {
            text += "note: \(labels.count) customers is little to learn from; the defaults may serve better until the history grows\n"
        }
        Terminal.standardOutput.write(text)
        guard write else { return }
        let lock = try workspace.lock()
        defer { withExtendedLifetime(lock) {} }
        guard case .object(var config) = try JSONDocument.parse(try workspace.read("csw.json")).get().value else { return }
        var scoring = JSONObject()
        if case .object(let existing)? = config["scoring"] { scoring = existing }
        var coefficients = JSONObject()
        for (name, c) in zip(names, fitted.coefficients) { coefficients[name] = .number(JSONNumber(round(c))) }
        let revision = (try? GitRepository.open(at: workspace.root))?.resolve("HEAD")?.hex
        scoring["churn"] = .object([
            "intercept": .number(JSONNumber(round(fitted.intercept))),
            "coefficients": .object(coefficients),
            "fitted": .object(["date": .string(MetricsAddCommand.today()), "revision": revision.map(JSONValue.string) ?? .null,
                               "customers": .number(JSONNumber(labels.count)), "churned": .number(JSONNumber(positives)),
                               "lambda": .number(JSONNumber(lambda)), "cv_auc": .number(JSONNumber(round(cv.auc))),
                               "cv_brier": .number(JSONNumber(round(cv.brier)))]),
        ])
        config["scoring"] = .object(scoring)
        do { try AtomicFile.write(CanonicalForm.json(.object(config)), to: workspace.reader.path("csw.json"), under: workspace.root) } catch {
            err.write("error: \(error)\n")
            throw ExitCode(2)
        }
        err.write("stored the coefficients in csw.json (scoring.churn); csw score now uses them\n")
    }
}
