import CSWReports
import Glibc

/// One file per table in a staging folder, written through a buffer as rows arrive.
final class TableFiles {
    private var descriptors: [Int32] = []
    private var buffers: [[UInt8]] = []
    private let paths: [String]
    private let csv: Bool

    init(folder: SafeFolder, shown: String, tables: [ExportTable], csv: Bool) throws(FileSystem.IOError) {
        self.csv = csv
        paths = tables.map { "\(shown)/\($0.name).\(csv ? "csv" : "jsonl")" }
        for table in tables {
            descriptors.append(try folder.create("\(table.name).\(csv ? "csv" : "jsonl")"))
            buffers.append(csv ? table.csvHeader : [])
        }
    }

    deinit { for fd in descriptors { Glibc.close(fd) } }

    func append(_ tables: [ExportTable]) throws(FileSystem.IOError) {
        for (i, table) in tables.enumerated() where !table.rows.isEmpty {
            if csv { table.appendCSV(to: &buffers[i]) } else { table.appendJSONLines(to: &buffers[i]) }
            if buffers[i].count > 1 << 20 { try flush(i) }
        }
    }

    private func flush(_ i: Int) throws(FileSystem.IOError) {
        let failure = FileSystem.writeAll(buffers[i], to: descriptors[i])
        if let failure { throw FileSystem.IOError(path: paths[i], reason: "cannot write the file: \(failure)") }
        buffers[i].removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and closes every file.
    func close() throws(FileSystem.IOError) {
        for i in descriptors.indices { try flush(i) }
        for fd in descriptors { Glibc.close(fd) }
        descriptors = []
    }
}
