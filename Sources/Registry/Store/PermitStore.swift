import Foundation
import Kernel
import SQLKit

/// SQL for residence permits. Days are stored as ISO text, which sorts as dates do.
public struct PermitStore: Sendable {
    public init() {}

    static let columns = ["id", "resident_id", "grid_code", "basis", "issued_on", "expires_on", "status", "cancelled_on", "cancel_reason"]

    struct Row: Decodable {
        let id: String, resident_id: String, grid_code: String, basis: String, issued_on: String, expires_on: String, status: String
        let cancelled_on: String?, cancel_reason: String?

        var permit: ResidencePermit? {
            guard let issued = Day(issued_on), let expires = Day(expires_on) else { return nil }
            return ResidencePermit(id: id, residentId: resident_id, gridCode: grid_code, basis: PermitBasis(rawValue: basis) ?? .home,
                                   issuedOn: issued, expiresOn: expires, status: PermitStatus(rawValue: status) ?? .active,
                                   cancelledOn: cancelled_on.flatMap { Day($0) }, cancelReason: cancel_reason)
        }
    }

    public func find(id: String, on sql: any SQLDatabase) async throws -> ResidencePermit? {
        try await sql.select().columns(Self.columns).from("residence_permits").where("id", .equal, id).first(decoding: Row.self)?.permit
    }

    public func active(residentId: String, on sql: any SQLDatabase) async throws -> ResidencePermit? {
        try await sql.select().columns(Self.columns).from("residence_permits").where("resident_id", .equal, residentId)
            .where("status", .equal, PermitStatus.active.rawValue).first(decoding: Row.self)?.permit
    }

    /// Active permits in scope expiring on or before `until`, soonest first.
    public func expiring(within scope: Scope, until: Day, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [ResidencePermit], total: Int) {
        let filtered = Self.due(within: scope, walked: try await sql.walks("residence_permits", column: "grid_code", within: scope), until: until,
                                excludingSealed: false)
        let rows = try await Self.soonestFirst(Self.columns, limit: limit, offset: offset, decoding: Row.self, where: filtered, on: sql)
        return (rows.compactMap(\.permit), try await sql.listTotal(afterReading: rows.count, limit: limit, offset: offset, filtered))
    }

    /// The permits due: a street's or the county's walked soonest first off their own (partial) index, each one's grid and
    /// holder checked inside it; a community's or grid's read by grid and sorted. Without sealed holders, when asked, by the
    /// few sealed residents' ids (read off the register's type and sealed index), not by each holder's row.
    static func due(within scope: Scope, walked: Bool, until: Day, excludingSealed: Bool) -> (SQLSelectBuilder) -> SQLSelectBuilder {
        { builder in
            // The literal, not a bound value: what lets both databases read the index kept for active permits. A grid's expiry
            // put so that no index takes it: SQLite walked that index's whole county for a grid's deep page.
            let builder = builder.from("residence_permits").where("grid_code", within: scope, walked: walked)
                .where(SQLColumn("status"), .equal, SQLLiteral.string(PermitStatus.active.rawValue))
                .where(listColumn("expires_on", indexed: walked), .lessThanOrEqual, SQLBind(until.description))
            guard excludingSealed else { return builder }
            return builder.where(SQLColumn("resident_id"), .notIn, ResidentStore.sealedIds)
        }
    }

    /// A page of the permits `filtered` selects by (expiry, id), a deep page's offset walked over the ids alone.
    static func soonestFirst<Row: Decodable>(_ columns: [String], limit: Int, offset: Int, decoding: Row.Type,
                                             where filtered: (SQLSelectBuilder) -> SQLSelectBuilder, on sql: any SQLDatabase) async throws -> [Row] {
        try await sql.page(of: "residence_permits", columns: columns, orderedBy: "expires_on", after: nil, limit: limit, offset: offset, decoding: Row.self,
                           where: filtered)
    }

    public func insert(_ p: ResidencePermit, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "residence_permits").columns(Self.columns)
            .values(SQLBind(p.id), SQLBind(p.residentId), SQLBind(p.gridCode), SQLBind(p.basis.rawValue), SQLBind(p.issuedOn.description),
                    SQLBind(p.expiresOn.description), SQLBind(p.status.rawValue), SQLBind(p.cancelledOn?.description), SQLBind(p.cancelReason))
            .run()
    }

    public func update(_ p: ResidencePermit, on sql: any SQLDatabase) async throws {
        try await sql.update("residence_permits")
            .set("expires_on", to: p.expiresOn.description).set("status", to: p.status.rawValue)
            .set("cancelled_on", to: p.cancelledOn?.description).set("cancel_reason", to: p.cancelReason)
            .where("id", .equal, p.id).run()
    }

    public func arrivedOn(residentId: String, on sql: any SQLDatabase) async throws -> Day? {
        try await sql.select().column("arrived_on").from("residents").where("id", .equal, residentId)
            .first()?.decode(column: "arrived_on", as: String?.self).flatMap { Day($0) }
    }

    public func setArrivedOn(_ day: Day, residentId: String, on sql: any SQLDatabase) async throws {
        try await sql.update("residents").set("arrived_on", to: day.description).where("id", .equal, residentId).run()
    }
}
