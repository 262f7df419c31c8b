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
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            builder.from("residence_permits").where("grid_code", withinWalking: scope)
                .where("status", .equal, PermitStatus.active.rawValue).where("expires_on", .lessThanOrEqual, until.description)
        }
        let items = try await filtered(sql.select().columns(Self.columns)).orderBy("expires_on").orderBy("id").limit(limit).offset(offset)
            .all(decoding: Row.self).compactMap(\.permit)
        return (items, try await sql.listTotal(filtered))
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
