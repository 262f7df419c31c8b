import Foundation
import SQLKit

/// A context's county settings kept as one JSON row (`id`, `body`, `updated_by`, `updated_at`)
/// of its own table: read with the defaults when absent or unreadable, written whole.
public struct SettingsRow<Value: Codable & Sendable>: Sendable {
    let table: String
    let id = "county"

    public init(table: String) {
        self.table = table
    }

    public func load(orDefault fallback: Value, on sql: any SQLDatabase) async throws -> Value {
        guard let body = try await sql.select().column("body").from(table).where("id", .equal, id).first(decodingColumn: "body", as: String.self),
              let value = try? JSONDecoder().decode(Value.self, from: Data(body.utf8)) else { return fallback }
        return value
    }

    public func save(_ value: Value, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws {
        let body = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        try await sql.insert(into: table).columns("id", "body", "updated_by", "updated_at")
            .values(SQLBind(id), SQLBind(body), SQLBind(staffId), SQLBind(now.epochSeconds))
            .onConflict(with: ["id"]) { $0.set(excludedValueOf: "body").set(excludedValueOf: "updated_by").set(excludedValueOf: "updated_at") }.run()
    }
}
