import Foundation
import Kernel
import SQLKit

/// SQL for houses, rentals and their tenants.
public struct HouseStore: Sendable {
    public init() {}

    static let columns = ["id", "grid_code", "building_code", "unit", "number", "use", "area", "owner"]

    struct Row: Decodable {
        let id: String, grid_code: String, building_code: String, unit: String, number: String, use: String, area: Double, owner: String

        var house: House {
            House(id: id, gridCode: grid_code, buildingCode: building_code, unit: unit, number: number,
                  use: HouseUse(rawValue: use) ?? .other, area: area, owner: owner)
        }
    }

    public func find(id: String, on sql: any SQLDatabase) async throws -> House? {
        try await sql.select().columns(Self.columns).from("houses").where("id", .equal, id).first(decoding: Row.self)?.house
    }

    public func exists(buildingCode: String, unit: String, number: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("houses").where("building_code", .equal, buildingCode)
            .where("unit", .equal, unit).where("number", .equal, number).first() != nil
    }

    public func list(within scope: Scope, use: HouseUse? = nil, q: String? = nil, limit: Int, offset: Int,
                     on sql: any SQLDatabase) async throws -> (items: [House], total: Int) {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            var builder = builder.from("houses").where("grid_code", within: scope)
            if let use { builder = builder.where("use", .equal, use.rawValue) }
            if let q, !q.isEmpty {
                let pattern = containsPattern(q)
                builder = builder.where { $0.where(SQLColumn("owner"), .like, SQLBind(pattern)).orWhere(SQLColumn("number"), .like, SQLBind(pattern)) }
            }
            return builder
        }
        let items = try await filtered(sql.select().columns(Self.columns)).orderBy("building_code").orderBy("unit").orderBy("number")
            .limit(limit).offset(offset).all(decoding: Row.self).map(\.house)
        return (items, try await sql.count(filtered))
    }

    static let insertColumns = columns + ["created_at"]

    /// A house as the values of `insertColumns`.
    static func bulkRow(_ h: House, at now: Date) -> [BulkValue] {
        [.text(h.id), .text(h.gridCode), .text(h.buildingCode), .text(h.unit), .text(h.number), .text(h.use.rawValue), .real(h.area),
         .text(h.owner), .integer(Int(now.epochSeconds))]
    }

    public func insert(_ houses: [House], at now: Date, on sql: any SQLDatabase) async throws {
        for chunk in houses.chunked(by: 500) {
            var insert = sql.insert(into: "houses").columns(Self.insertColumns)
            for h in chunk { insert = insert.values(Self.bulkRow(h, at: now).map(\.bind)) }
            try await insert.run()
        }
    }

    func update(_ h: House, on sql: any SQLDatabase) async throws {
        try await sql.update("houses").set("unit", to: h.unit).set("number", to: h.number).set("use", to: h.use.rawValue)
            .set("area", to: h.area).set("owner", to: h.owner).where("id", .equal, h.id).run()
    }

    struct RentalRow: Decodable {
        let id: String, house_id: String, grid_code: String, landlord: String, from_on: String, to_on: String, registered: Int64
    }

    func rentals(where column: String, equals value: String, on sql: any SQLDatabase) async throws -> [Rental] {
        let rows = try await sql.select().columns("id", "house_id", "grid_code", "landlord", "from_on", "to_on", "registered").from("rentals")
            .where(SQLIdentifier(column), .equal, SQLBind(value)).orderBy("from_on").all(decoding: RentalRow.self)
        var rentals: [Rental] = []
        for row in rows {
            let tenants = try await sql.select().column("resident_id").from("rental_tenants").where("rental_id", .equal, row.id)
                .orderBy("resident_id").all(decodingColumn: "resident_id", as: String.self)
            rentals.append(Rental(id: row.id, houseId: row.house_id, gridCode: row.grid_code, landlord: row.landlord, tenantIds: tenants,
                                  fromOn: Day(row.from_on) ?? Day(year: 1900, month: 1, day: 1), toOn: Day(row.to_on) ?? Day(year: 1900, month: 1, day: 1),
                                  registered: row.registered != 0))
        }
        return rentals
    }

    func endRental(_ id: String, on day: Day, on sql: any SQLDatabase) async throws {
        try await sql.update("rentals").set("to_on", to: day.description).where("id", .equal, id).run()
    }

    public func insert(_ r: Rental, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "rentals").columns("id", "house_id", "grid_code", "landlord", "from_on", "to_on", "registered", "created_at")
            .values(SQLBind(r.id), SQLBind(r.houseId), SQLBind(r.gridCode), SQLBind(r.landlord), SQLBind(r.fromOn.description),
                    SQLBind(r.toOn.description), SQLBind(r.registered ? 1 : 0), SQLBind(now.epochSeconds))
            .run()
        var tenants = sql.insert(into: "rental_tenants").columns("rental_id", "resident_id")
        for tenant in r.tenantIds { tenants = tenants.values(SQLBind(r.id), SQLBind(tenant)) }
        try await tenants.run()
    }

    public struct EndedTenancy: Sendable, Decodable {
        public let residentId: String, name: String, gridCode: String, houseId: String, toOn: String
    }

    /// Floating residents whose tenancy ended before `today` and who have no tenancy running on
    /// that day, each once with the last tenancy of theirs in scope that ended, oldest end first:
    /// the people "register on arrival, cancel on departure" asks staff to follow up. A page of
    /// them and how many there are (up to the list cap), found by the tenants' own index, never by
    /// reading every tenancy of the city.
    public func endedTenancies(within scope: Scope, today: Day, limit: Int, offset: Int,
                               on sql: any SQLDatabase) async throws -> (items: [EndedTenancy], total: Int) {
        struct Row: Decodable { let resident_id: String; let name: String; let grid_code: String; let house_id: String; let to_on: String }
        let day = SQLBind(today.description), tenant = SQLColumn("resident_id", table: "rental_tenants")
        let rental = { (name: String) in SQLColumn(name, table: "rentals") }, other = { (name: String) in SQLColumn(name, table: "r") }
        /// No other tenancy of the same tenant (`r` its rental) such that `condition`: a probe of the tenant's own index.
        func noOtherTenancy(_ condition: (any SQLSubqueryClauseBuilder) -> any SQLSubqueryClauseBuilder) -> SQLExists {
            SQLExists(SQLSubquery.select { sub in
                condition(sub.column(SQLLiteral.numeric("1")).from(SQLAlias(SQLIdentifier("rental_tenants"), as: SQLIdentifier("t")))
                    .join(SQLAlias(SQLIdentifier("rentals"), as: SQLIdentifier("r")), on: other("id"), .equal, SQLColumn("rental_id", table: "t"))
                    .where(SQLColumn("resident_id", table: "t"), .equal, tenant))
            }, negated: true)
        }
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            builder.from("rental_tenants")
                .join("rentals", on: rental("id"), .equal, SQLColumn("rental_id", table: "rental_tenants"))
                .join("residents", on: SQLColumn("id", table: "residents"), .equal, tenant)
                .where(rental("grid_code"), within: scope)
                // Read from the rentals in scope: SQLite otherwise walked every floating resident's type index (2 million at 10M, 1.2 s).
                .where(listColumn("population_type", table: "residents", indexed: false), .equal, SQLBind(PopulationType.floating.rawValue))
                .where(SQLColumn("sealed", table: "residents"), .equal, SQLBind(0))
                .where(rental("to_on"), .lessThan, day)
                // None running today...
                .where(noOtherTenancy { $0.where(other("to_on"), .greaterThanOrEqual, day).where(other("from_on"), .lessThanOrEqual, day) })
                // ...and none in scope that ended later (or the same day, a later rental): each tenant once, with the last.
                .where(noOtherTenancy { sub in
                    sub.where(other("grid_code"), within: scope).where(other("to_on"), .lessThan, day).where(group: { later in
                        later.where(other("to_on"), .greaterThan, rental("to_on"))
                            .orWhere(group: { $0.where(other("to_on"), .equal, rental("to_on")).where(other("id"), .greaterThan, rental("id")) })
                    })
                })
        }
        let rows = try await filtered(sql.select()
            .column(tenant).column(SQLColumn("name", table: "residents"))
            .column(rental("grid_code")).column(rental("house_id")).column(rental("to_on")))
            .orderBy(rental("to_on")).orderBy(rental("id"))
            .limit(limit).offset(offset).all(decoding: Row.self)
        let items = rows.map { EndedTenancy(residentId: $0.resident_id, name: $0.name, gridCode: $0.grid_code, houseId: $0.house_id, toOn: $0.to_on) }
        return (items, try await sql.listTotal(filtered))
    }
}
