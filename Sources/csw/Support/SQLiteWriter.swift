import CSQLite
import CSWReports
import Glibc

/// Writes export tables into a new SQLite database (the system's libsqlite3): one table
/// per export table with its primary key and indexes, all rows in one transaction.
enum SQLiteWriter {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ tables: [ExportTable], to path: String) throws(Failure) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let db else {
            throw Failure(description: "cannot create \(path)")
        }
        defer { sqlite3_close(db) }
        func exec(_ sql: String) throws(Failure) {
            var message: UnsafeMutablePointer<CChar>?
            if sqlite3_exec(db, sql, nil, nil, &message) != SQLITE_OK {
                let text = message.map { String(cString: $0) } ?? "unknown error"
                sqlite3_free(message)
                throw Failure(description: "\(text) (in: \(sql.prefix(80)))")
            }
        }
        try exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;")
        for table in tables {
            let columns = table.columns.map { c in "\"\(c.name)\" \(c.kind == .integer ? "INTEGER" : c.kind == .real ? "REAL" : "TEXT")" }
            // WITHOUT ROWID: the primary key is the table's own order (rows arrive by customer
            // and date); the other indexes are built after the rows, which is faster.
            try exec("CREATE TABLE \"\(table.name)\" (\(columns.joined(separator: ", ")), PRIMARY KEY (\(table.key.map { "\"\($0)\"" }.joined(separator: ", ")))) WITHOUT ROWID;")
            var statement: OpaquePointer?
            let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
            guard sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO \"\(table.name)\" VALUES (\(placeholders))", -1, &statement, nil) == SQLITE_OK else {
                throw Failure(description: String(cString: sqlite3_errmsg(db)))
            }
            defer { sqlite3_finalize(statement) }
            for row in table.rows {
                for (i, value) in row.enumerated() {
                    let position = Int32(i + 1)
                    switch value {
                    case .null: sqlite3_bind_null(statement, position)
                    case .integer(let n): sqlite3_bind_int64(statement, position, Int64(n))
                    case .real(let d): sqlite3_bind_double(statement, position, d)
                    case .text(let s): sqlite3_bind_text(statement, position, s, -1, csw_sqlite_transient())
                    }
                }
                guard sqlite3_step(statement) == SQLITE_DONE else { throw Failure(description: String(cString: sqlite3_errmsg(db))) }
                sqlite3_reset(statement)
            }
            for index in table.indexes {
                try exec("CREATE INDEX \"\(table.name)_\(index)\" ON \"\(table.name)\" (\"\(index)\");")
            }
        }
        try exec("COMMIT;")
    }
}
