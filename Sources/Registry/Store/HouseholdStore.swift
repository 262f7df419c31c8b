import Foundation
import Kernel
import SQLKit

/// SQL for households and their members.
public struct HouseholdStore: Sendable {
    public init() {}

    public func insert(_ household: Household, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "households").columns("id", "grid_code", "address", "created_at")
            .values(SQLBind(household.id), SQLBind(household.gridCode), SQLBind(household.address), SQLBind(now.epochSeconds)).run()
        var insert = sql.insert(into: "household_members").columns("resident_id", "household_id", "relation")
        for member in household.members {
            insert = insert.values(SQLBind(member.residentId), SQLBind(household.id), SQLBind(member.relation.rawValue))
        }
        try await insert.run()
        try await PlaceTermIndex.households.add(household.indexedTexts, on: sql)
    }

    public func find(id: String, on sql: any SQLDatabase) async throws -> Household? {
        struct Row: Decodable { let id: String; let grid_code: String; let address: String }
        struct Member: Decodable { let resident_id: String; let relation: String }
        guard let row = try await sql.select().columns("id", "grid_code", "address").from("households").where("id", .equal, id)
            .first(decoding: Row.self) else { return nil }
        let members = try await sql.select().columns("resident_id", "relation").from("household_members").where("household_id", .equal, id)
            .orderBy("resident_id").all(decoding: Member.self)
            .map { Household.Member(residentId: $0.resident_id, relation: Relation(rawValue: $0.relation) ?? .other) }
        return Household(id: row.id, gridCode: row.grid_code, address: row.address, members: members.sorted { ($0.relation != .head ? 1 : 0) < ($1.relation != .head ? 1 : 0) })
    }

    func addMember(_ residentId: String, relation: Relation, to householdId: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "household_members").columns("resident_id", "household_id", "relation")
            .values(SQLBind(residentId), SQLBind(householdId), SQLBind(relation.rawValue)).run()
    }

    func removeMember(_ residentId: String, from householdId: String, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "household_members").where("resident_id", .equal, residentId).where("household_id", .equal, householdId).run()
    }

    func setRelation(_ relation: Relation, of residentId: String, on sql: any SQLDatabase) async throws {
        try await sql.update("household_members").set("relation", to: relation.rawValue).where("resident_id", .equal, residentId).run()
    }

    /// New address and grid for the household and every member.
    func move(_ household: Household, on sql: any SQLDatabase) async throws {
        try await sql.update("households").set("address", to: household.address).set("grid_code", to: household.gridCode)
            .where("id", .equal, household.id).run()
        try await PlaceTermIndex.households.add(household.indexedTexts, on: sql)
        let ids = household.members.map(\.residentId)
        guard !ids.isEmpty else { return }
        // The building belonged to the old grid.
        try await sql.update("residents").set("grid_code", to: household.gridCode).set("building_code", to: SQLLiteral.null)
            .where("id", .in, ids).run()
        try await ResidentSearchIndex().reindex(ids, on: sql)
    }

    /// Residents among `ids` who already belong to a household.
    public func alreadyHoused(_ ids: [String], on sql: any SQLDatabase) async throws -> [String] {
        try await sql.select().column("resident_id").from("household_members").where("resident_id", .in, ids)
            .all(decodingColumn: "resident_id", as: String.self)
    }

    public struct Summary: Sendable {
        public let id: String, gridCode: String, address: String, members: Int
    }

    /// A page of households in list order (grid, address, id) with their total counted up to the cap (a search's
    /// sooner). An address is searched through the grids whose households' addresses hold its terms.
    public func list(within scope: Scope, address: String? = nil, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Summary], total: Int) {
        let text = address.flatMap { $0.isEmpty ? nil : $0 }
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            let builder = builder.from("households").where("grid_code", within: scope)
            guard let text else { return builder }
            let grids = PlaceTermIndex.households.places(holding: text, within: scope)
            return (grids.map { builder.where("grid_code", .in, $0) } ?? builder).where(SQLColumn("address"), .like, SQLBind(containsPattern(text)))
        }
        let households = try await page(filtered, limit: limit, offset: offset, on: sql)
        return (households, try await sql.listTotal(cap: text == nil ? ListTotal.cap : ListTotal.searchCap, afterReading: households.count, limit: limit,
                                                    offset: offset, filtered))
    }

    /// The households `filtered` selects from the households table, a page in list order: their ids walked off
    /// `households_place`, then their rows and members counted for the page alone (grouping every household of a
    /// county with its members before the first page took seconds at millions).
    func page(_ filtered: (SQLSelectBuilder) -> SQLSelectBuilder, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> [Summary] {
        struct Row: Decodable { let id: String; let grid_code: String; let address: String }
        struct Count: Decodable { let household_id: String; let n: Int }
        let rows = try await filtered(sql.select().columns("id", "grid_code", "address")).orderBy("grid_code").orderBy("address").orderBy("id")
            .limit(limit).offset(offset).all(decoding: Row.self)
        guard !rows.isEmpty else { return [] }
        let counts = try await sql.select().column("household_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("household_members").where("household_id", .in, rows.map(\.id)).groupBy("household_id").all(decoding: Count.self)
        let members = Dictionary(counts.map { ($0.household_id, $0.n) }, uniquingKeysWith: { a, _ in a })
        return rows.map { Summary(id: $0.id, gridCode: $0.grid_code, address: $0.address, members: members[$0.id] ?? 0) }
    }

    public func count(within scope: Scope, on sql: any SQLDatabase) async throws -> Int {
        try await sql.count { $0.from("households").where("grid_code", within: scope) }
    }
}
