import Foundation
import Kernel
import SQLKit

/// SQL for residents' points: accounts with their balance, the ledger, the services' catalogue.
public struct PointStore: Sendable {
    public init() {}

    struct AccountRow: Decodable {
        let resident_id: String, unit_code: String, balance: Int, card_issued_at: Int64?, opened_at: Int64
        var account: PointAccount {
            PointAccount(residentId: resident_id, unitCode: unit_code, balance: balance, cardIssuedAt: card_issued_at.map(Date.init(epochSeconds:)),
                         openedAt: Date(epochSeconds: opened_at))
        }
    }

    static let accountColumns = ["resident_id", "unit_code", "balance", "card_issued_at", "opened_at"]

    func account(_ residentId: String, on sql: any SQLDatabase) async throws -> PointAccount? {
        try await sql.select().columns(Self.accountColumns).from("point_accounts").where("resident_id", .equal, residentId).first(decoding: AccountRow.self)?.account
    }

    /// The account whose card carries this code and phone (both kept only as hashes).
    func account(cardHash: String, phoneHash: String, on sql: any SQLDatabase) async throws -> PointAccount? {
        try await sql.select().columns(Self.accountColumns).from("point_accounts").where("card_hash", .equal, cardHash).where("phone_hash", .equal, phoneHash)
            .first(decoding: AccountRow.self)?.account
    }

    func accounts(within scope: Scope, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [PointAccount], total: Int) {
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder { b.from("point_accounts").where("unit_code", within: scope) }
        let items = try await sql.page(of: "point_accounts", columns: Self.accountColumns, orderedBy: [("unit_code", .ascending), ("resident_id", .ascending)],
                                       limit: limit, offset: offset, decoding: AccountRow.self, keyedBy: \.resident_id, where: filtered).map(\.account)
        return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset, filtered))
    }

    func open(_ residentId: String, unitCode: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "point_accounts").columns("resident_id", "unit_code", "balance", "opened_at")
            .values(SQLBind(residentId), SQLBind(unitCode), SQLBind(0), SQLBind(now.epochSeconds)).ignoringConflicts(with: ["resident_id"]).run()
    }

    func setCard(_ residentId: String, cardHash: String, phoneHash: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("point_accounts").set("card_hash", to: cardHash).set("phone_hash", to: phoneHash).set("card_issued_at", to: now.epochSeconds)
            .where("resident_id", .equal, residentId).run()
    }

    enum Posted { case posted, duplicate, insufficient }

    /// Adds the entry, then moves the balance. A report credited already is `duplicate` (the
    /// unique key decides); spending below nothing is `insufficient` (the guarded update decides,
    /// however many redemptions arrive at once) and the caller's transaction must roll back.
    func post(_ e: PointEntry, onceKey: String?, on sql: any SQLDatabase) async throws -> Posted {
        guard try await sql.insert(into: "point_entries")
            .columns("id", "resident_id", "delta", "kind", "ref", "hours_tenths", "note", "once_key", "entered_by", "entered_at")
            .values(SQLBind(e.id), SQLBind(e.residentId), SQLBind(e.delta), SQLBind(e.kind.rawValue), SQLBind(e.ref), SQLBind(e.hours.map { Int(($0 * 10).rounded()) }), SQLBind(e.note),
                    SQLBind(onceKey), SQLBind(e.enteredBy), SQLBind(e.enteredAt.epochSeconds))
            .ignoringConflicts(with: ["once_key"]).returning("id").all().count == 1 else { return .duplicate }
        var update = sql.update("point_accounts").set(SQLIdentifier("balance"), to: SQLBinaryExpression(SQLIdentifier("balance"), .add, SQLBind(e.delta)))
            .where("resident_id", .equal, e.residentId)
        if e.delta < 0 { update = update.where("balance", .greaterThanOrEqual, -e.delta) }
        return try await update.returning("resident_id").all().count == 1 ? .posted : .insufficient
    }

    struct EntryRow: Decodable {
        let id: String, resident_id: String, delta: Int, kind: String, ref: String?, hours_tenths: Int?, note: String, entered_by: String?, entered_at: Int64
    }

    func entries(_ residentId: String, limit: Int, on sql: any SQLDatabase) async throws -> [PointEntry] {
        try await sql.select().columns("id", "resident_id", "delta", "kind", "ref", "hours_tenths", "note", "entered_by", "entered_at").from("point_entries")
            .where("resident_id", .equal, residentId).orderBy("entered_at", .descending).orderBy("id", .descending).limit(limit).all(decoding: EntryRow.self)
            .map { PointEntry(id: $0.id, residentId: $0.resident_id, delta: $0.delta, kind: PointKind(rawValue: $0.kind) ?? .volunteer, ref: $0.ref, hours: $0.hours_tenths.map { Double($0) / 10 },
                              note: $0.note, enteredBy: $0.entered_by, enteredAt: Date(epochSeconds: $0.entered_at)) }
    }

    // MARK: catalogue

    struct ServiceRow: Decodable {
        let id: String, unit_code: String, name: String, cost: Int, active: Int
        var service: PointService { PointService(id: id, unitCode: unit_code, name: name, cost: cost, active: active != 0) }
    }

    func services(units: [String], on sql: any SQLDatabase) async throws -> [PointService] {
        guard !units.isEmpty else { return [] }
        return try await sql.select().columns("id", "unit_code", "name", "cost", "active").from("point_services").where("unit_code", .in, units)
            .orderBy("cost").orderBy("id").limit(500).all(decoding: ServiceRow.self).map(\.service)
    }

    func services(within scope: Scope, on sql: any SQLDatabase) async throws -> [PointService] {
        try await sql.select().columns("id", "unit_code", "name", "cost", "active").from("point_services").where("unit_code", within: scope)
            .orderBy("unit_code").orderBy("cost").orderBy("id").limit(500).all(decoding: ServiceRow.self).map(\.service)
    }

    func service(_ id: String, on sql: any SQLDatabase) async throws -> PointService? {
        try await sql.select().columns("id", "unit_code", "name", "cost", "active").from("point_services").where("id", .equal, id)
            .first(decoding: ServiceRow.self)?.service
    }

    func insert(_ s: PointService, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "point_services").columns("id", "unit_code", "name", "cost", "active", "created_by", "created_at")
            .values(SQLBind(s.id), SQLBind(s.unitCode), SQLBind(s.name), SQLBind(s.cost), SQLBind(s.active ? 1 : 0), SQLBind(staffId), SQLBind(now.epochSeconds)).run()
    }
}
