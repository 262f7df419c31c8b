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
        // A search's buildings, bound when they are few: none, and no house holds the text.
        let few: [String]?
        if let q, !q.isEmpty { few = try await PlaceTermIndex.houses.places(holding: q, within: scope, atMost: 200, on: sql) } else { few = nil }
        if few?.isEmpty == true { return ([], 0) }
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            // By the building's code, which begins with its grid's: the range is then read off the (building, unit, number)
            // indexes in list order (by grid, a county's million houses were sorted: about a second), and a building
            // given as the grid filter finds its houses (a grid code never lies inside a building's range).
            var builder = builder.from("houses").where("building_code", within: scope)
            guard let q, !q.isEmpty else {
                if let use { builder = builder.where("use", .equal, use.rawValue) }
                return builder
            }
            // The buildings whose owners' and numbers' terms hold the text, walked in list order, their houses checked.
            if let few {
                builder = builder.where("building_code", .in, few)
            } else if let buildings = PlaceTermIndex.houses.places(holding: q, within: scope) {
                builder = builder.where("building_code", .in, buildings)
            }
            if let use { builder = builder.where(listColumn("use", indexed: false), .equal, SQLBind(use.rawValue)) }
            let pattern = containsPattern(q)
            return builder.where { $0.where(SQLColumn("owner"), .like, SQLBind(pattern)).orWhere(SQLColumn("number"), .like, SQLBind(pattern)) }
        }
        func ordered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder { builder.orderBy("building_code").orderBy("unit").orderBy("number") }
        let searched = q?.isEmpty == false
        let read: SQLSelectBuilder
        if offset > 0, !searched {
            // A deep page walks its offset over the place's keys alone, which the list's index holds (an index-only scan
            // on PostgreSQL, where walking rows read every skipped house: 37–70 ms at p95 for a county's page 10,000 in),
            // and then reads the page's houses by those keys.
            let place = SQLGroupExpression([SQLColumn("building_code"), SQLColumn("unit"), SQLColumn("number")])
            let keys = ordered(filtered(sql.select().columns("building_code", "unit", "number"))).limit(limit).offset(offset)
            read = ordered(sql.select().columns(Self.columns).from("houses").where(place, .in, SQLGroupExpression(keys.select)))
        } else {
            read = ordered(filtered(sql.select().columns(Self.columns))).limit(limit).offset(offset)
        }
        let houses = try await read.all(decoding: Row.self).map(\.house)
        return (houses, try await sql.listTotal(cap: searched ? ListTotal.searchCap : ListTotal.cap, afterReading: houses.count, limit: limit,
                                                offset: offset, filtered))
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
        try await PlaceTermIndex.houses.add(houses.flatMap(\.indexedTexts), on: sql)
    }

    func update(_ h: House, on sql: any SQLDatabase) async throws {
        try await sql.update("houses").set("unit", to: h.unit).set("number", to: h.number).set("use", to: h.use.rawValue)
            .set("area", to: h.area).set("owner", to: h.owner).where("id", .equal, h.id).run()
        try await PlaceTermIndex.houses.add(h.indexedTexts, on: sql)
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
        let tenants = try await sql.select().column("resident_id").from("rental_tenants").where("rental_id", .equal, id)
            .all(decodingColumn: "resident_id", as: String.self)
        try await Self.keepListed(of: tenants, on: sql)
    }

    /// Marks the tenancy of each tenant that ends last (or the same day, the later rental) with its end and grid while
    /// the tenant is a floating resident whose record is not sealed, and no other: what the ended-tenancies list walks.
    /// Called in the transaction of every tenancy written and every resident changed.
    static func keepListed(of tenants: [String], on sql: any SQLDatabase) async throws {
        struct Last: Decodable { let rental_id: String, to_on: String, grid_code: String }
        for tenant in tenants {
            try await sql.update("rental_tenants").set("listed_to", to: SQLLiteral.null).set("listed_grid", to: SQLLiteral.null)
                .where("resident_id", .equal, tenant).where("listed_to", .isNot, SQLLiteral.null).run()
            let followed = try await sql.select().column("id").from("residents").where("id", .equal, tenant)
                .where("population_type", .equal, PopulationType.floating.rawValue).where("sealed", .equal, 0).first() != nil
            guard followed, let last = try await sql.select()
                .column(SQLColumn("rental_id", table: "rental_tenants")).column(SQLColumn("to_on", table: "rentals")).column(SQLColumn("grid_code", table: "rentals"))
                .from("rental_tenants").join("rentals", on: SQLColumn("id", table: "rentals"), .equal, SQLColumn("rental_id", table: "rental_tenants"))
                .where(SQLColumn("resident_id", table: "rental_tenants"), .equal, SQLBind(tenant))
                .orderBy(SQLOrderBy(expression: SQLColumn("to_on", table: "rentals"), direction: SQLDirection.descending))
                .orderBy(SQLOrderBy(expression: SQLColumn("id", table: "rentals"), direction: SQLDirection.descending))
                .limit(1).first(decoding: Last.self) else { continue }
            try await sql.update("rental_tenants").set("listed_to", to: last.to_on).set("listed_grid", to: last.grid_code)
                .where("rental_id", .equal, last.rental_id).where("resident_id", .equal, tenant).run()
        }
    }

    public func insert(_ r: Rental, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "rentals").columns("id", "house_id", "grid_code", "landlord", "from_on", "to_on", "registered", "created_at")
            .values(SQLBind(r.id), SQLBind(r.houseId), SQLBind(r.gridCode), SQLBind(r.landlord), SQLBind(r.fromOn.description),
                    SQLBind(r.toOn.description), SQLBind(r.registered ? 1 : 0), SQLBind(now.epochSeconds))
            .run()
        var tenants = sql.insert(into: "rental_tenants").columns("rental_id", "resident_id")
        for tenant in r.tenantIds { tenants = tenants.values(SQLBind(r.id), SQLBind(tenant)) }
        try await tenants.run()
        try await Self.keepListed(of: r.tenantIds, on: sql)
    }

    public struct EndedTenancy: Sendable, Decodable {
        public let residentId: String, name: String, gridCode: String, houseId: String, toOn: String
    }

    /// Floating residents whose last tenancy ended before `today` (none of theirs runs today or begins later), newest
    /// end first: the people "register on arrival, cancel on departure" asks staff to follow up, each once, listed where
    /// they rented last; sealed records are left out. A page of them and how many (up to the list cap), walked in the
    /// index of the kept last tenancies alone (`keepListed`); names and houses read for the page's rows.
    public func endedTenancies(within scope: Scope, today: Day, limit: Int, offset: Int,
                               on sql: any SQLDatabase) async throws -> (items: [EndedTenancy], total: Int) {
        struct Row: Decodable { let resident_id: String; let rental_id: String; let listed_grid: String; let listed_to: String }
        // Counted in the kept last tenancies' own (partial) index.
        let walked = try await sql.walks("rental_tenants", column: "listed_grid", within: scope) { $0.where("listed_to", .isNot, SQLLiteral.null) }
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            // A street's or the county's walk the ends in order, a grid's or community's (or a street's few) read their own.
            builder.from("rental_tenants").where("listed_grid", within: scope, walked: walked)
                .where(listColumn("listed_to", indexed: walked), .lessThan, SQLBind(today.description))
                .where("listed_to", .isNot, SQLLiteral.null)
        }
        let rows = try await filtered(sql.select().columns("resident_id", "rental_id", "listed_grid", "listed_to"))
            .orderBy(SQLOrderBy(expression: SQLColumn("listed_to"), direction: SQLDirection.descending))
            .orderBy(SQLOrderBy(expression: SQLColumn("rental_id"), direction: SQLDirection.descending))
            .limit(limit).offset(offset).all(decoding: Row.self)
        let total = try await sql.listTotal(afterReading: rows.count, limit: limit, offset: offset, filtered)
        guard !rows.isEmpty else { return ([], total) }
        struct Pair: Decodable { let id: String; let value: String }
        func values(_ column: String, of table: String, for ids: [String]) async throws -> [String: String] {
            Dictionary(try await sql.select().column("id").column(SQLColumn(column), as: "value").from(table).where("id", .in, Array(Set(ids)))
                .all(decoding: Pair.self).map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        let names = try await values("name", of: "residents", for: rows.map(\.resident_id))
        let houses = try await values("house_id", of: "rentals", for: rows.map(\.rental_id))
        let items = rows.map {
            EndedTenancy(residentId: $0.resident_id, name: names[$0.resident_id] ?? "", gridCode: $0.listed_grid, houseId: houses[$0.rental_id] ?? "",
                         toOn: $0.listed_to)
        }
        return (items, total)
    }
}
