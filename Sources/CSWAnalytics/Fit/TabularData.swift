import CSWJSON
import Foundation

/// A table for fitting: columns become features. Numeric columns (every non-blank cell a
/// number) are standardised with the training mean and standard deviation, blank cells
/// imputed with the training mean (so they add nothing); text columns are one-hot encoded
/// with one column per category seen in training (unseen categories encode as all zeros).
public struct FeatureEncoder: Sendable {
    public struct Column: Sendable {
        public let name: String
        public let numeric: Bool
        public let mean: Double
        public let std: Double
        public let categories: [String]
    }

    public let columns: [Column]

    public var featureNames: [String] {
        columns.flatMap { c in c.numeric ? [c.name] : c.categories.map { "\(c.name)=\($0)" } }
    }

    public init(header: [String], rows: [[String]], use: [Int]) {
        var columns: [Column] = []
        for index in use {
            let cells = rows.map { index < $0.count ? $0[index].trimmingCharacters(in: .whitespaces) : "" }
            let nonBlank = cells.filter { !$0.isEmpty }
            let numbers = nonBlank.compactMap(Double.init)
            if !nonBlank.isEmpty && numbers.count == nonBlank.count {
                let mean = numbers.reduce(0, +) / Double(numbers.count)
                let variance = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, numbers.count))
                columns.append(Column(name: header[index], numeric: true, mean: mean, std: variance > 0 ? variance.squareRoot() : 1, categories: []))
            } else {
                columns.append(Column(name: header[index], numeric: false, mean: 0, std: 1, categories: Array(Set(cells)).sorted()))
            }
        }
        self.columns = columns
    }

    public init(columns: [Column]) { self.columns = columns }

    public func encode(_ row: [String], header: [String]) -> [Double] {
        var out: [Double] = []
        for column in columns {
            let index = header.firstIndex(of: column.name)
            let cell = index.map { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : "" } ?? ""
            if column.numeric {
                out.append(Double(cell).map { ($0 - column.mean) / column.std } ?? 0)
            } else {
                for category in column.categories { out.append(cell == category ? 1 : 0) }
            }
        }
        return out
    }

    public var json: JSONValue {
        .array(columns.map { c in
            c.numeric
                ? .object(["name": .string(c.name), "kind": .string("numeric"), "mean": .number(JSONNumber(c.mean)), "std": .number(JSONNumber(c.std))])
                : .object(["name": .string(c.name), "kind": .string("category"), "categories": .array(c.categories.map { .string($0) })])
        })
    }

    public init?(json: JSONValue) {
        guard case .array(let items) = json else { return nil }
        var columns: [Column] = []
        for item in items {
            guard let name = item["name"]?.stringValue else { return nil }
            if item["kind"]?.stringValue == "numeric" {
                columns.append(Column(name: name, numeric: true, mean: item["mean"]?.numberValue?.doubleValue ?? 0,
                                      std: item["std"]?.numberValue?.doubleValue ?? 1, categories: []))
            } else {
                guard case .array(let cats)? = item["categories"] else { return nil }
                columns.append(Column(name: name, numeric: false, mean: 0, std: 1, categories: cats.compactMap(\.stringValue)))
            }
        }
        self.columns = columns
    }
}
