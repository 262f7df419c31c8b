import Foundation
import Kernel
import SQLKit

/// The registry's households for other contexts (risk-assessment visits): heads' names masked.
public struct RegistryHouseholds: HouseholdDirectory {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func count(inGrids grids: [String]) async throws -> Int {
        guard !grids.isEmpty else { return 0 }
        return try await database.read { sql in
            try await sql.count { $0.from("households").where("grid_code", .in, grids) }
        }
    }

    public func list(inGrids grids: [String], within scope: Scope, limit: Int, offset: Int) async throws -> (items: [HouseholdEntry], total: Int) {
        let visible = grids.filter(scope.contains)
        guard !visible.isEmpty else { return ([], 0) }
        return try await database.read { sql in
            let items = try await Self.entries(on: sql, limit: limit, offset: offset) {
                $0.where(SQLColumn("grid_code", table: "households"), .in, SQLBind.group(visible))
            }
            return (items, try await sql.count { $0.from("households").where("grid_code", .in, visible) })
        }
    }

    public func households(_ ids: [String]) async throws -> [String: HouseholdEntry] {
        let ids = Array(Set(ids).prefix(1_000))
        guard !ids.isEmpty else { return [:] }
        let items = try await database.read { sql in
            try await Self.entries(on: sql, limit: ids.count, offset: 0) { $0.where(SQLColumn("id", table: "households"), .in, SQLBind.group(ids)) }
        }
        return Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
    }

    /// Households with their member counts and masked heads, by grid and address.
    static func entries(on sql: any SQLDatabase, limit: Int, offset: Int, _ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [HouseholdEntry] {
        struct Head: Decodable { let household_id: String, name: String }
        let rows = try await HouseholdStore().page({ filter($0.from("households")) }, limit: limit, offset: offset, on: sql)
        let heads = rows.isEmpty ? [] : try await sql.select().column(SQLColumn("household_id", table: "household_members"))
            .column(SQLColumn("name", table: "residents")).from("household_members")
            .join("residents", on: SQLColumn("id", table: "residents"), .equal, SQLColumn("resident_id", table: "household_members"))
            .where(SQLColumn("household_id", table: "household_members"), .in, SQLBind.group(rows.map(\.id)))
            .where(SQLColumn("relation", table: "household_members"), .equal, SQLBind("head")).all(decoding: Head.self)
        let names = Dictionary(heads.map { ($0.household_id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return rows.map { HouseholdEntry(id: $0.id, gridCode: $0.gridCode, address: $0.address, head: MaskedName.of(names[$0.id] ?? ""), members: $0.members) }
    }

    public func grid(ofHousehold id: String) async throws -> String? {
        try await database.read { sql in
            try await sql.select().column("grid_code").from("households").where("id", .equal, id).first(decodingColumn: "grid_code", as: String.self)
        }
    }
}
