import SQLKit

/// Receipt numbers counted per day: PREFIX + YYYYMMDD + "-" + five digits (XF20261201-00007).
/// The day's counter row is upserted, and so locked, in the caller's transaction: numbers are
/// unique across processes and, within a day, in order.
public struct DailyNumbers: Sendable {
    public let table: String
    public let prefix: String

    public init(table: String, prefix: String) {
        self.table = table
        self.prefix = prefix
    }

    /// The counter table: one row per day. Released migrations call this: never change what it
    /// creates (SchemaUpgradeTests fails if it does); add a migration.
    public func createTable(on sql: any SQLDatabase) async throws {
        try await sql.create(table: table)
            .column("day", type: .text, .primaryKey(autoIncrement: false))
            .column("n", type: .bigint, .notNull)
            .run()
    }

    /// Reserves the next `count` numbers of `day`, once for a whole group.
    public func next(_ count: Int, on day: Day, sql: any SQLDatabase) async throws -> [String] {
        let key = day.description.replacingOccurrences(of: "-", with: "")
        let last = try await sql.insert(into: table).columns("day", "n").values(SQLBind(key), SQLBind(count))
            .onConflict(with: ["day"]) { $0.set(SQLColumn("n"), to: SQLBinaryExpression(SQLColumn("n", table: table), .add, SQLBind(count))) }
            .returning("n").first()?.decode(column: "n", as: Int.self) ?? count
        return (last - count + 1...last).map { n in prefix + key + "-" + String(repeating: "0", count: max(0, 5 - String(n).count)) + String(n) }
    }

    public func next(on day: Day, sql: any SQLDatabase) async throws -> String {
        try await next(1, on: day, sql: sql)[0]
    }
}
