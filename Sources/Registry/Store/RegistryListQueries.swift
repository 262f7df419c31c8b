import Foundation
import Kernel
import SQLKit

/// The joined rows the unit list pages and their exports show: tenancies with their house, and
/// permits due with their holder.
public struct RegistryListQueries: Sendable {
    public init() {}

    public enum RentalFilter: String, Sendable, CaseIterable {
        case current, ended, unregistered
        public var labelKey: String { "rentals_filter_\(rawValue)" }
    }

    public struct RentalRow: Sendable, Decodable {
        public let id: String, building_code: String, unit: String, number: String, landlord: String
        public let from_on: String, to_on: String, registered: Int64, tenants: Int
    }

    public func rentals(within scope: Scope, filter: RentalFilter?, today: Day, limit: Int, offset: Int,
                        on sql: any SQLDatabase) async throws -> (items: [RentalRow], total: Int) {
        // Counted from the rentals alone (every rental has its house); the page joins the houses of its rows.
        let walked = try await sql.walks("rentals", column: "grid_code", within: scope)
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            // A street's or the county's are walked newest end first off the end's index, each one's grid checked inside it;
            // a grid's or community's (or a street's few) read by grid and sorted.
            let ends = listColumn("to_on", table: "rentals", indexed: walked)
            var builder = builder.from("rentals").where("grid_code", within: scope, walked: walked)
            switch filter {
            case .current?: builder = builder.where(ends, .greaterThanOrEqual, SQLBind(today.description))
            case .ended?: builder = builder.where(ends, .lessThan, SQLBind(today.description))
            // The literal, not a bound value: what lets both databases read the unregistered rentals' own (partial) index.
            case .unregistered?: builder = builder.where(SQLColumn("registered", table: "rentals"), .equal, SQLLiteral.numeric("0"))
            case nil: break
            }
            return builder
        }
        let tenants = SQLSubquery.select { $0.column(SQLFunction("COUNT", args: SQLLiteral.all)).from("rental_tenants")
            .where(SQLColumn("rental_id", table: "rental_tenants"), .equal, SQLColumn("id", table: "rentals")) }
        func newestEndFirst(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            builder.orderBy(SQLOrderBy(expression: SQLColumn("to_on", table: "rentals"), direction: SQLDirection.descending))
                .orderBy(SQLOrderBy(expression: SQLColumn("id", table: "rentals"), direction: SQLDirection.descending))
        }
        // The page's ids walked off the index, then its rows and houses read for those alone (joined while walking,
        // page 201 read 10,050 houses).
        let ids = newestEndFirst(filtered(sql.select().column(SQLColumn("id", table: "rentals")))).limit(limit).offset(offset)
        let items = try await newestEndFirst(sql.select()
            .column(SQLColumn("id", table: "rentals")).column(SQLColumn("building_code", table: "houses"))
            .column(SQLColumn("unit", table: "houses")).column(SQLColumn("number", table: "houses"))
            .column(SQLColumn("landlord", table: "rentals")).column(SQLColumn("from_on", table: "rentals"))
            .column(SQLColumn("to_on", table: "rentals")).column(SQLColumn("registered", table: "rentals"))
            .column(SQLAlias(tenants, as: SQLIdentifier("tenants")))
            .from("rentals").join("houses", on: SQLColumn("id", table: "houses"), .equal, SQLColumn("house_id", table: "rentals"))
            .where(SQLColumn("id", table: "rentals"), .in, SQLGroupExpression(ids.select)))
            .all(decoding: RentalRow.self)
        return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset, filtered))
    }

    public struct PermitRow: Sendable, Decodable {
        public let id: String, resident_id: String, name: String, id_number: String, grid_code: String, issued_on: String, expires_on: String
    }

    /// Active permits expiring on or before `until`, with their holders; sealed holders only when allowed. The page's
    /// permits are walked off their index, then their holders read for those alone.
    public func permitsDue(within scope: Scope, until: Day, includeSealed: Bool, limit: Int, offset: Int,
                           on sql: any SQLDatabase) async throws -> (items: [PermitRow], total: Int) {
        let walked = try await sql.walks("residence_permits", column: "grid_code", within: scope)
        let filtered = PermitStore.due(within: scope, walked: walked, until: until, excludingSealed: !includeSealed)
        struct Permit: Decodable { let id: String, resident_id: String, grid_code: String, issued_on: String, expires_on: String }
        let permits = try await PermitStore.soonestFirst(["id", "resident_id", "grid_code", "issued_on", "expires_on"], limit: limit, offset: offset,
                                                         decoding: Permit.self, where: filtered, on: sql)
        let byId = try await ResidentStore.named(permits.map(\.resident_id), on: sql)
        let items = permits.compactMap { p in
            byId[p.resident_id].map { PermitRow(id: p.id, resident_id: p.resident_id, name: $0.name, id_number: $0.id_number, grid_code: p.grid_code,
                                                issued_on: p.issued_on, expires_on: p.expires_on) }
        }
        return (items, try await sql.listTotal(afterReading: permits.count, limit: limit, offset: offset, filtered))
    }
}
