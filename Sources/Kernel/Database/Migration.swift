import Foundation
import SQLKit

/// One numbered schema step of one context. Released migrations are never edited, only added.
public struct Migration: Sendable {
    public let id: String
    public let apply: @Sendable (any SQLDatabase, DatabaseKind) async throws -> Void

    public init(_ id: String, apply: @escaping @Sendable (any SQLDatabase, DatabaseKind) async throws -> Void) {
        self.id = id
        self.apply = apply
    }
}

public enum Migrator {
    /// Applies the migrations not yet recorded, each in its own transaction, in the given order.
    /// Returns the ids applied now.
    @discardableResult
    public static func migrate(_ database: Database, _ migrations: [Migration]) async throws -> [String] {
        try await database.transaction { sql in
            try await sql.create(table: "schema_migrations")
                .ifNotExists()
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("applied_at", type: .bigint, .notNull)
                .run()
        }
        var applied: [String] = []
        let kind = database.kind
        for migration in migrations {
            let done = try await PostgresBackend.$unlimited.withValue(true) { try await database.transaction { sql in
                if kind == .postgres {
                    // An index over millions of rows may take longer than a request's statement limit.
                    try await sql.raw("SET LOCAL statement_timeout = 0").run()
                    // Two servers starting together must not both apply the same step.
                    try await sql.raw("SELECT pg_advisory_xact_lock(7710001)").run()
                }
                let exists = try await sql.select().column("id").from("schema_migrations")
                    .where("id", .equal, migration.id).first() != nil
                if exists { return false }
                try await migration.apply(sql, kind)
                try await sql.insert(into: "schema_migrations")
                    .columns("id", "applied_at")
                    .values(SQLBind(migration.id), SQLBind(Int64(Date().timeIntervalSince1970)))
                    .run()
                return true
            } }
            if done { applied.append(migration.id) }
        }
        return applied
    }
}

extension DatabaseKind {
    /// 64-bit float column: PostgreSQL's REAL is only 32 bits, too coarse for coordinates.
    public var doubleType: SQLDataType { .custom(SQLRaw("DOUBLE PRECISION")) }

    /// Code columns compare byte-wise so a code prefix is an index range on both databases.
    public var codeType: SQLDataType {
        switch self {
        case .sqlite: .text
        case .postgres: .custom(SQLRaw("TEXT COLLATE \"C\""))
        }
    }
}

extension SQLDatabase {
    /// Drops index `name` of `table` and creates it again over `columns`: how a migration widens an index it keeps the name of.
    public func rebuild(index name: String, on table: String, _ columns: [String]) async throws {
        try await drop(index: name).run()
        var create = self.create(index: name).on(table)
        for column in columns { create = create.column(column) }
        try await create.run()
    }

    /// Creates index `name` of `table` over `columns` holding only the rows where `column` is not NULL (a partial
    /// index, which both databases use for a query that says the same).
    public func create(index name: String, on table: String, _ columns: [String], whereNotNull column: String) async throws {
        try await create(index: name, on: table, columns.map { SQLColumn($0) }, whereNotNull: column)
    }

    /// The same over expressions (a street's prefix of a code, `Scope.prefix(of:length:)`); every row when `column` is nil.
    public func create(index name: String, on table: String, _ columns: [any SQLExpression], whereNotNull column: String? = nil) async throws {
        let create = self.create(index: name).on(table)
        for column in columns { create.column(column) }
        if let column { create.createIndex.predicate = SQLBinaryExpression(SQLColumn(column), .isNot, SQLLiteral.null) }
        try await create.run()
    }

    /// On PostgreSQL, statistics of the county and street prefixes of `table`'s code `column`: without them it takes a
    /// county's `substr(column, 1, 6)` for 0.5 % of the rows and sorts them whole rather than walking the list's index
    /// (30,000 emergencies: 94–192 ms at p95 for the county's list, 41–61 with them). SQLite needs nothing.
    public func createPrefixStatistics(on table: String, column: String, kind: DatabaseKind) async throws {
        guard kind == .postgres else { return }
        for (level, length) in [("county", 6), ("street", 9)] {
            let name = "\(table)_\(level)", prefix = "substr(\(column), 1, \(length))"
            try await raw("CREATE STATISTICS \(unsafeRaw: name) ON (\(unsafeRaw: prefix)) FROM \(unsafeRaw: table)").run()
        }
        try await raw("ANALYZE \(unsafeRaw: table)").run()
    }

    /// On PostgreSQL, statistics of each of `table`'s `columns` as a list compares it when no index is to answer it
    /// (`listColumn(_:indexed: false)`): without them the planner takes such a comparison to keep 0.5 % of the rows and,
    /// expecting less than a page, reads the whole range the list's index gives and sorts it rather than walking that
    /// index in order (a street's open orders of one category, 581 of 7,524: 8 ms read and sorted, 0.5 ms walked).
    public func createListColumnStatistics(on table: String, columns: [String], kind: DatabaseKind) async throws {
        guard kind == .postgres else { return }
        for column in columns {
            try await raw("CREATE STATISTICS \(ident: "\(table)_\(column)_listed") ON (\(listColumn(column, indexed: false))) FROM \(ident: table)").run()
        }
        try await raw("ANALYZE \(ident: table)").run()
    }
}
