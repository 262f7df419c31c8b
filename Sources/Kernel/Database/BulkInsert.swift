import Foundation
import SQLKit
import Synchronization

/// A value in a bulk insert, typed once so the hot path needs no `Encodable` round trip.
public enum BulkValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)
    case null

    public static func text(_ value: String?) -> BulkValue { value.map(BulkValue.text) ?? .null }
}

extension Database {
    /// Inserts `rows` with multi-row INSERTs inside the current `transaction`, leaving out rows
    /// whose `conflictKeys` (a unique index's columns) are already taken (ON CONFLICT DO NOTHING);
    /// returns how many went in. With no `conflictKeys` every row must go in (a clash throws) and
    /// nothing is asked back: one statement per chunk, not two.
    /// On SQLite the statements go straight to the writer connection with typed binds: SQLKit's
    /// per-bind encoding was a third of a bulk import's time there. There, with `conflictKeys`, a
    /// row that clashes with *any* unique index or breaks a NOT NULL is left out (`INSERT OR
    /// IGNORE`), so give rows whose only possible clash is on `conflictKeys` (new ids, checked
    /// values): a multi-row INSERT that can fail half-way keeps a copy of every page it touches
    /// to undo itself, which was a tenth of an import.
    public func insertNew(into table: String, columns: [String], rows: [[BulkValue]], conflictKeys: [String],
                          on sql: any SQLDatabase) async throws -> Int {
        try await backend.insertNew(into: table, columns: columns, rows: rows, conflictKeys: conflictKeys, on: sql)
    }
}

extension DatabaseBackend {
    /// The portable version: SQLKit's builder with ON CONFLICT DO NOTHING RETURNING the key.
    func insertNew(into table: String, columns: [String], rows: [[BulkValue]], conflictKeys: [String],
                   on sql: any SQLDatabase) async throws -> Int {
        guard !conflictKeys.isEmpty else {
            try await sql.insert(into: table, columns: columns, rows: rows)
            return rows.count
        }
        var inserted = 0
        for chunk in rows.chunked(by: BulkStatement.rowsPerStatement(columns: columns.count)) {
            var insert = sql.insert(into: table).columns(columns)
            for row in chunk { insert = insert.values(row.map(\.bind)) }
            inserted += try await insert.ignoringConflicts(with: conflictKeys).returning(SQLColumn(conflictKeys[0])).all().count
        }
        return inserted
    }
}

extension SQLDatabase {
    /// Inserts every row (a clash throws) with multi-row INSERTs whose text is made once per
    /// table, columns, row count and dialect: SQLKit's builder serialized every bind of every
    /// row again, which was a percent of intake's CPU for its audit entries alone.
    public func insert(into table: String, columns: [String], rows: [[BulkValue]]) async throws {
        for chunk in rows.chunked(by: BulkStatement.rowsPerStatement(columns: columns.count)) {
            let text = BulkStatement.text(table: table, columns: columns, count: chunk.count, for: self)
            try await execute(sql: BulkStatement.Prepared(text: text, binds: chunk.flatMap { $0.map(\.value) })) { _ in }
        }
    }
}

enum BulkStatement {
    /// SQLite allows 32,766 bound parameters per statement; PostgreSQL 65,535.
    static func rowsPerStatement(columns: Int) -> Int { max(1, min(1_000, 32_000 / max(columns, 1))) }

    /// Statement texts by dialect, table, columns, conflict keys and row count: those of up to
    /// `keptRows` rows (grouped writes) and of a full chunk (imports). Keeping every count up to a
    /// thousand would hold tens of megabytes per table; any other count is made when asked.
    private static let texts = Mutex<[String: String]>([:])
    static let keptRows = 100

    /// `INSERT INTO t (a, b) VALUES (?, ?), (?, ?) [ON CONFLICT (k) DO NOTHING]` for `count` rows,
    /// in `database`'s dialect (its quotes and placeholders); `INSERT OR IGNORE INTO …` instead when
    /// `ignoringAnyConflict` (SQLite only).
    static func text(table: String, columns: [String], count: Int, conflictKeys: [String] = [], ignoringAnyConflict: Bool = false,
                     for database: any SQLDatabase) -> String {
        let key = [database.dialect.name, table, columns.joined(separator: ","), conflictKeys.joined(separator: ","), String(count),
                   ignoringAnyConflict ? "or ignore" : ""].joined(separator: "\u{1}")
        if let text = texts.withLock({ $0[key] }) { return text }
        var serializer = SQLSerializer(database: database)
        serializer.write(ignoringAnyConflict ? "INSERT OR IGNORE INTO " : "INSERT INTO ")
        SQLIdentifier(table).serialize(to: &serializer)
        serializer.write(" (")
        SQLList(columns.map { SQLIdentifier($0) }).serialize(to: &serializer)
        serializer.write(") VALUES ")
        for row in 0..<count {
            serializer.write(row == 0 ? "(" : ", (")
            for column in 0..<columns.count {
                if column > 0 { serializer.write(", ") }
                database.dialect.bindPlaceholder(at: row * columns.count + column + 1).serialize(to: &serializer)
            }
            serializer.write(")")
        }
        if !conflictKeys.isEmpty, !ignoringAnyConflict {
            serializer.write(" ON CONFLICT (")
            SQLList(conflictKeys.map { SQLIdentifier($0) }).serialize(to: &serializer)
            serializer.write(") DO NOTHING")
        }
        if count <= keptRows || count == rowsPerStatement(columns: columns.count) {
            texts.withLock { $0[key] = serializer.sql }
        }
        return serializer.sql
    }

    /// A whole statement: its text as made above and its binds in order.
    struct Prepared: SQLExpression {
        let text: String
        let binds: [any Encodable & Sendable]

        func serialize(to serializer: inout SQLSerializer) {
            serializer.write(text)
            serializer.binds.append(contentsOf: binds)
        }
    }
}

extension BulkValue {
    /// The value as a statement's bind.
    var value: any Encodable & Sendable {
        switch self {
        case .text(let value): value
        case .integer(let value): value
        case .real(let value): value
        case .null: UntypedNull()
        }
    }

    /// NULL for a column of any type. A `nil` of some optional type is bound on PostgreSQL with that
    /// type (a text NULL into a number column fails); this encodes as a bare nil, which is sent untyped.
    struct UntypedNull: Encodable, Sendable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }

    public var bind: any SQLExpression {
        switch self {
        case .text(let value): SQLBind(value)
        case .integer(let value): SQLBind(value)
        case .real(let value): SQLBind(value)
        case .null: SQLLiteral.null
        }
    }
}
