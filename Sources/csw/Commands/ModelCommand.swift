import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON
import Foundation
import SwiftCSV

struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Fit and evaluate the churn model (L2-regularised logistic regression).",
        subcommands: [ModelFitCommand.self, ModelEvalCommand.self]
    )
}

/// A CSV table with a 0/1 label column.
struct LabelledTable {
    let header: [String]
    let rows: [[String]]
    let labels: [Double]

    static func load(_ path: String, label: String, positive: String) throws -> LabelledTable {
        let err = Terminal.standardError
        var text: String
        do {
            let bytes = try FileSystem.read(path)
            text = String(decoding: bytes, as: UTF8.self)
        } catch {
            err.write("error: \(error)\n")
            throw ExitCode(2)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let delimiter: CSVDelimiter = (text.split(separator: "\n").first.map { $0.filter { $0 == ";" }.count > $0.filter { $0 == "," }.count } ?? false) ? .semicolon : .comma
        let csv: CSV<Enumerated>
        do { csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false) } catch {
            err.write("error: \(path): not a readable CSV file: \(error)\n")
            throw ExitCode(1)
        }
        guard let labelIndex = csv.header.firstIndex(of: label) else {
            err.write("error: \(path) has no column \"\(label)\" (columns: \(csv.header.prefix(12).joined(separator: ", ")))\n")
            throw ExitCode(2)
        }
        let rows = csv.rows.filter { !($0.count == 1 && $0[0].isEmpty) }
        let labels = rows.map { labelIndex < $0.count && $0[labelIndex].trimmingCharacters(in: .whitespaces) == positive ? 1.0 : 0.0 }
        return LabelledTable(header: csv.header, rows: rows, labels: labels)
    }
}

struct ModelFitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Learn churn coefficients from a CSV export (cross-validated).",
        discussion: """
        Text columns are one-hot encoded, numeric columns standardised with the training \
        mean and standard deviation; blank numeric cells take the mean. Prints k-fold \
        cross-validated AUC, Brier score and log loss, and a calibration table, then fits \
        on all rows and writes the model.

        Example:
          csw model fit --csv crm-export.csv --label Churn --positive Yes --ignore customerID --out churn-model.json
        """
    )

    @Option(name: .long, help: ArgumentHelp("The table to learn from (default: the workspace's own history).", valueName: "file.csv")) var csv: String?
    @Option(name: .long, help: "The column that says whether the customer churned.") var label: String?
    @Option(name: .long, help: "The label value that means churned.") var positive: String?
    @Option(name: .long, help: ArgumentHelp("Columns to leave out (ids, free text).", valueName: "col,col")) var ignore: String = ""
    @Option(name: .long, help: ArgumentHelp("Where to write the model (with --csv).", valueName: "model.json")) var out: String?
    @Option(name: .long, help: "L2 penalty (scikit-learn's C = 1/lambda).") var lambda: Double = 1
    @Option(name: .long, help: "Folds for cross-validation.") var folds: Int = 5
    @Flag(name: .long, help: "Without --csv: store the fitted coefficients in csw.json (scoring.churn).") var write = false

    func run() throws {
        guard let csv else {
            try WorkspaceFit(lambda: lambda, folds: folds, write: write).run()
            return
        }
        guard let label, let positive, let out else {
            Terminal.standardError.write("error: with --csv give --label COLUMN, --positive VALUE and --out MODEL.json\n")
            throw ExitCode(2)
        }
        let table = try LabelledTable.load(csv, label: label, positive: positive)
        let skip = Set(ignore.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } + [label])
        let use = table.header.indices.filter { !skip.contains(table.header[$0]) }
        // Cross-validation: deterministic folds by row position.
        var predicted = [Double](repeating: 0, count: table.rows.count)
        for fold in 0..<max(2, folds) {
            let train = table.rows.indices.filter { $0 % max(2, folds) != fold }
            let test = table.rows.indices.filter { $0 % max(2, folds) == fold }
            let encoder = FeatureEncoder(header: table.header, rows: train.map { table.rows[$0] }, use: use)
            let model = LogisticRegression.fit(train.map { encoder.encode(table.rows[$0], header: table.header) }, train.map { table.labels[$0] }, lambda: lambda)
            for i in test { predicted[i] = model.probability(encoder.encode(table.rows[i], header: table.header)) }
        }
        let cv = ClassifierMetrics(predicted: predicted, actual: table.labels)
        let encoder = FeatureEncoder(header: table.header, rows: table.rows, use: use)
        let model = LogisticRegression.fit(table.rows.map { encoder.encode($0, header: table.header) }, table.labels, lambda: lambda)
        var o = JSONObject()
        o["kind"] = .string("csw logistic churn model")
        o["label"] = .string(label)
        o["positive"] = .string(positive)
        o["lambda"] = .number(JSONNumber(lambda))
        o["features"] = encoder.json
        o["intercept"] = .number(JSONNumber(model.intercept))
        o["coefficients"] = .array(model.coefficients.map { .number(JSONNumber($0)) })
        o["cross_validation"] = .object(["folds": .number(JSONNumber(max(2, folds))), "auc": .number(JSONNumber(round(cv.auc))), "brier": .number(JSONNumber(round(cv.brier))),
                                          "log_loss": .number(JSONNumber(round(cv.logLoss))), "n": .number(JSONNumber(cv.n))])
        // A file the user named: written in the folder given, never through a link at its name.
        do { try AtomicFile.write(CanonicalForm.json(.object(o)), to: out, under: AtomicFile.split(out).folder) } catch {
            Terminal.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
        var text = "fitted on \(table.rows.count) rows (\(Int(table.labels.reduce(0, +))) positive), \(encoder.featureNames.count) features, \(model.iterations) Newton steps\n"
        text += "\(max(2, folds))-fold cross-validation: AUC \(fmt(cv.auc)), Brier \(fmt(cv.brier)), log loss \(fmt(cv.logLoss)), accuracy \(fmt(cv.accuracy))\n"
        text += "calibration (cross-validated):\n"
        text += TextTable.render(header: ["  PREDICTED", "CUSTOMERS", "MEAN PREDICTED", "OBSERVED"],
                                 rows: ClassifierMetrics.calibration(predicted: predicted, actual: table.labels).map { ["  " + $0.range, String($0.count), fmt($0.predicted), fmt($0.observed)] },
                                 rightAligned: [1, 2, 3])
        text += "wrote \(out)\n"
        Terminal.standardOutput.write(text)
    }
}

func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
func fmt(_ x: Double) -> String { String(format: "%.4f", x) }

struct ModelEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a fitted model on a CSV table.",
        discussion: """
        Example:
          csw model eval --csv holdout.csv --label Churn --positive Yes --model churn-model.json --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("The table to evaluate on.", valueName: "file.csv")) var csv: String
    @Option(name: .long, help: "The column that says whether the customer churned.") var label: String
    @Option(name: .long, help: "The label value that means churned.") var positive: String
    @Option(name: .long, help: ArgumentHelp("A model written by csw model fit.", valueName: "model.json")) var model: String
    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json")) var format: OutputFormat = .text

    func run() throws {
        let err = Terminal.standardError
        guard let bytes = try? FileSystem.read(model), let root = try? JSONDocument.parse(bytes).get().value,
              let features = root["features"].flatMap(FeatureEncoder.init(json:)),
              let intercept = root["intercept"]?.numberValue?.doubleValue, case .array(let cs)? = root["coefficients"]
        else {
            err.write("error: \(model) is not a model written by 'csw model fit'\n")
            throw ExitCode(2)
        }
        let fitted = LogisticRegression(intercept: intercept, coefficients: cs.compactMap { $0.numberValue?.doubleValue }, iterations: 0)
        let table = try LabelledTable.load(csv, label: label, positive: positive)
        let predicted = table.rows.map { fitted.probability(features.encode($0, header: table.header)) }
        let m = ClassifierMetrics(predicted: predicted, actual: table.labels)
        switch format {
        case .json:
            Terminal.standardOutput.write(JSONWriter().string(.object(["n": .number(JSONNumber(m.n)), "auc": .number(JSONNumber(round(m.auc))),
                                                                       "brier": .number(JSONNumber(round(m.brier))), "log_loss": .number(JSONNumber(round(m.logLoss))),
                                                                       "accuracy": .number(JSONNumber(round(m.accuracy)))])))
        case .text:
            Terminal.standardOutput.write("\(m.n) rows: AUC \(fmt(m.auc)), Brier \(fmt(m.brier)), log loss \(fmt(m.logLoss)), accuracy \(fmt(m.accuracy))\n")
        }
    }
}
