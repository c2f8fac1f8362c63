import CSQLite
import CSWReports
import Glibc

/// Writes export tables into a new SQLite database (the system's libsqlite3) as their
/// rows arrive: one table per export table with its primary key, all rows in one
/// transaction, the other indexes built at the end (faster than keeping them up to date).
final class SQLiteWriter {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let db: OpaquePointer
    private var statements: [OpaquePointer?] = []
    private let tables: [ExportTable]

    /// Creates the database at `path` and its tables (no rows yet).
    init(path: String, tables: [ExportTable]) throws(Failure) {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW, nil) == SQLITE_OK, let handle else {
            sqlite3_close(handle)
            throw Failure(description: "cannot create \(path)")
        }
        db = handle
        self.tables = tables
        // A new file no one else opens until it is moved into place: no journal, no syncs,
        // no locking; large pages make a shallow tree for millions of metric rows.
        try exec("PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536; BEGIN;")
        for table in tables {
            let columns = table.columns.map { c in "\"\(c.name)\" \(c.kind == .integer ? "INTEGER" : c.kind == .real ? "REAL" : "TEXT")" }
            // WITHOUT ROWID: the primary key is the table's own order (rows arrive by customer
            // and date).
            try exec("CREATE TABLE \"\(table.name)\" (\(columns.joined(separator: ", ")), PRIMARY KEY (\(table.key.map { "\"\($0)\"" }.joined(separator: ", ")))) WITHOUT ROWID;")
            var statement: OpaquePointer?
            let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
            guard sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO \"\(table.name)\" VALUES (\(placeholders))", -1, &statement, nil) == SQLITE_OK else {
                throw Failure(description: String(cString: sqlite3_errmsg(db)))
            }
            statements.append(statement)
        }
    }

    deinit {
        for statement in statements { sqlite3_finalize(statement) }
        sqlite3_close(db)
    }

    private func exec(_ sql: String) throws(Failure) {
        var message: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(db, sql, nil, nil, &message) != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw Failure(description: "\(text) (in: \(sql.prefix(80)))")
        }
    }

    /// Inserts the rows each table holds now.
    func insert(_ current: [ExportTable]) throws(Failure) {
        for (t, table) in current.enumerated() {
            let statement = statements[t]
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
                let rc = sqlite3_step(statement)
                sqlite3_reset(statement)
                guard rc == SQLITE_DONE else { throw Failure(description: String(cString: sqlite3_errmsg(db))) }
            }
        }
    }

    /// Builds the secondary indexes and commits.
    func finish() throws(Failure) {
        for table in tables {
            for index in table.indexes {
                try exec("CREATE INDEX \"\(table.name)_\(index)\" ON \"\(table.name)\" (\"\(index)\");")
            }
        }
        try exec("COMMIT;")
    }
}
