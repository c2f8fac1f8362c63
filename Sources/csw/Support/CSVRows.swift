import CSWCore
import Foundation
import SwiftCSV

/// A CSV file read with SwiftCSV (quoted fields with commas, quotes and line breaks; a
/// UTF-8 byte-order mark; `;` when the header has more of them than commas), each record
/// with the line it starts on, for file:line messages. A field that csw's own export
/// neutralised against formula injection (`'=…`) reads without that `'` (`CSVCell.read`).
struct CSVRows {
    struct Row {
        let line: Int
        let fields: [String]
    }

    let header: [String]
    let rows: [Row]
    /// Fields are separated by `;` (as spreadsheets write CSV where a comma is the
    /// decimal mark).
    let semicolons: Bool

    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    init(_ bytes: [UInt8]) throws {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" }
        semicolons = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count
        let delimiter: CSVDelimiter = semicolons ? .semicolon : .comma
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false)
        } catch {
            throw Unreadable(description: "not a readable CSV file: \(error)")
        }
        header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        // A record starts one line after the previous one ended: one line per record plus
        // the line breaks inside its quoted fields.
        var line = 2 + csv.header.reduce(0) { $0 + $1.filter(\.isNewline).count }
        var rows: [Row] = []
        for fields in csv.rows {
            if !(fields.count == 1 && fields[0].isEmpty) && !fields.isEmpty { rows.append(Row(line: line, fields: fields.map(CSVCell.read))) }
            line += 1 + fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
        }
        self.rows = rows
    }
}
