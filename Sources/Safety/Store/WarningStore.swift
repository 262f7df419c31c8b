import Foundation
import Kernel
import SQLKit

/// SQL for warnings and the units they cover.
public struct WarningStore: Sendable {
    public init() {}

    struct Row: Decodable {
        let id: String, level: Int, kind: String, title: String, message: String, starts_at: Int64, ends_at: Int64, lifted_at: Int64?
        let issued_by: String?, created_at: Int64
    }

    func insert(_ w: SafetyWarning, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "warnings").columns("id", "level", "kind", "title", "message", "starts_at", "ends_at", "lifted_at", "issued_by", "created_at")
            .values(SQLBind(w.id), SQLBind(w.level.rawValue), SQLBind(w.kind), SQLBind(w.title), SQLBind(w.message), SQLBind(w.startsAt.epochSeconds),
                    SQLBind(w.endsAt.epochSeconds), SQLBind(w.liftedAt?.epochSeconds), SQLBind(w.issuedBy), SQLBind(w.createdAt.epochSeconds)).run()
        var units = sql.insert(into: "warning_units").columns("warning_id", "unit_code")
        for unit in w.units { units = units.values(SQLBind(w.id), SQLBind(unit)) }
        try await units.run()
    }

    /// Lifts a warning not yet lifted; false otherwise.
    func lift(id: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("warnings").set("lifted_at", to: now.epochSeconds).where("id", .equal, id).where("lifted_at", .is, SQLLiteral.null)
            .returning("id").all().count == 1
    }

    /// Warnings that had not ended by `since`, newest first, with their units.
    func current(since: Date, limit: Int, on sql: any SQLDatabase) async throws -> [SafetyWarning] {
        let rows = try await sql.select().columns("id", "level", "kind", "title", "message", "starts_at", "ends_at", "lifted_at", "issued_by", "created_at")
            .from("warnings").where("ends_at", .greaterThan, since.epochSeconds).orderBy("starts_at", .descending).orderBy("id").limit(limit)
            .all(decoding: Row.self)
        return try await withUnits(rows, on: sql)
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> SafetyWarning? {
        let rows = try await sql.select().columns("id", "level", "kind", "title", "message", "starts_at", "ends_at", "lifted_at", "issued_by", "created_at")
            .from("warnings").where("id", .equal, id).all(decoding: Row.self)
        return try await withUnits(rows, on: sql).first
    }

    func withUnits(_ rows: [Row], on sql: any SQLDatabase) async throws -> [SafetyWarning] {
        guard !rows.isEmpty else { return [] }
        struct U: Decodable { let warning_id: String, unit_code: String }
        let units = Dictionary(grouping: try await sql.select().columns("warning_id", "unit_code").from("warning_units")
            .where("warning_id", .in, rows.map(\.id)).orderBy("unit_code").all(decoding: U.self), by: \.warning_id)
        return rows.map { r in
            SafetyWarning(id: r.id, level: WarningLevel(rawValue: r.level) ?? .blue, kind: r.kind, title: r.title, message: r.message,
                          units: units[r.id]?.map(\.unit_code) ?? [], startsAt: Date(epochSeconds: r.starts_at), endsAt: Date(epochSeconds: r.ends_at),
                          liftedAt: r.lifted_at.map(Date.init(epochSeconds:)), issuedBy: r.issued_by, createdAt: Date(epochSeconds: r.created_at))
        }
    }
}
