import Foundation
import SQLKit

/// A record's history (`work_order_events`, `petition_events`, …): one row per step with the
/// status before and after, its note and who took it, read back in order.
public struct StepLog: Sendable {
    public let table: String
    /// The column naming the record (`petition_id`).
    public let parentColumn: String

    public init(table: String, parentColumn: String) {
        self.table = table
        self.parentColumn = parentColumn
    }

    public struct Entry: Sendable, Decodable {
        public let action: String, from_status: String?, to_status: String, note: String?, actor_id: String?, at: Int64
    }

    /// The history table and its index, for a record kept in `parentTable`. Released migrations
    /// call this: never change what it creates (SchemaUpgradeTests fails if it does); add a migration.
    public func createTable(referencing parentTable: String, on sql: any SQLDatabase) async throws {
        try await sql.create(table: table)
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column(parentColumn, type: .text, .notNull, .references(parentTable, "id"))
            .column("action", type: .text, .notNull)
            .column("from_status", type: .text)
            .column("to_status", type: .text, .notNull)
            .column("note", type: .text)
            .column("actor_id", type: .text)
            .column("at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "\(table)_\(parentColumn)").on(table).column(parentColumn).column("at").run()
    }

    public func add(_ parent: String, action: String, from: String?, to: String, note: String?, actorId: String?, at now: Date,
                    on sql: any SQLDatabase) async throws {
        try await sql.insert(into: table).columns("id", parentColumn, "action", "from_status", "to_status", "actor_id", "note", "at")
            .values(SQLBind(RecordID.make(now: now)), SQLBind(parent), SQLBind(action), SQLBind(from), SQLBind(to), SQLBind(actorId), SQLBind(note),
                    SQLBind(now.epochSeconds))
            .run()
    }

    public func entries(of parent: String, on sql: any SQLDatabase) async throws -> [Entry] {
        try await sql.select().columns("action", "from_status", "to_status", "note", "actor_id", "at").from(table)
            .where(parentColumn, .equal, parent).orderBy("at").orderBy("id").all(decoding: Entry.self)
    }
}
