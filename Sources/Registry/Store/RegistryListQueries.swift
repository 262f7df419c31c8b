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
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            // A street's or the county's are walked newest end first off the end's index, each one's grid checked inside it;
            // a grid's or community's read by grid and sorted.
            let ends = listColumn("to_on", table: "rentals", indexed: scope.isWalked)
            var builder = builder.from("rentals").where("grid_code", withinWalking: scope)
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
        return (items, try await sql.listTotal(filtered))
    }

    public struct PermitRow: Sendable, Decodable {
        public let id: String, resident_id: String, name: String, id_number: String, grid_code: String, issued_on: String, expires_on: String
    }

    /// Active permits expiring on or before `until`, with their holders; sealed holders only when allowed.
    public func permitsDue(within scope: Scope, until: Day, includeSealed: Bool, limit: Int, offset: Int,
                           on sql: any SQLDatabase) async throws -> (items: [PermitRow], total: Int) {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            var builder = builder.from("residence_permits")
                .join("residents", on: SQLColumn("id", table: "residents"), .equal, SQLColumn("resident_id", table: "residence_permits"))
                .where(SQLColumn("grid_code", table: "residence_permits"), withinWalking: scope)
                .where(SQLColumn("status", table: "residence_permits"), .equal, SQLBind(PermitStatus.active.rawValue))
                .where(SQLColumn("expires_on", table: "residence_permits"), .lessThanOrEqual, SQLBind(until.description))
            if !includeSealed { builder = builder.where(SQLColumn("sealed", table: "residents"), .equal, SQLBind(0)) }
            return builder
        }
        let items = try await filtered(sql.select()
            .column(SQLColumn("id", table: "residence_permits")).column(SQLColumn("resident_id", table: "residence_permits"))
            .column(SQLColumn("name", table: "residents")).column(SQLColumn("id_number", table: "residents"))
            .column(SQLColumn("grid_code", table: "residence_permits")).column(SQLColumn("issued_on", table: "residence_permits"))
            .column(SQLColumn("expires_on", table: "residence_permits")))
            .orderBy(SQLColumn("expires_on", table: "residence_permits")).orderBy(SQLColumn("id", table: "residence_permits"))
            .limit(limit).offset(offset).all(decoding: PermitRow.self)
        return (items, try await sql.listTotal(filtered))
    }
}
