import Foundation
import Kernel
import SQLKit

/// SQL for who works at which organisation.
public struct EmployeeStore: Sendable {
    public init() {}

    public struct Employee: Sendable, Equatable {
        public let residentId: String, name: String, idNumber: String, gridCode: String, position: String
        public let sinceOn: String, untilOn: String?
    }

    func insert(organisationId: String, residentId: String, position: String, since: Day, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "organisation_employees").columns("organisation_id", "resident_id", "position", "since_on", "until_on")
            .values(SQLBind(organisationId), SQLBind(residentId), SQLBind(position), SQLBind(since.description), SQLBind(String?.none)).run()
    }

    func exists(organisationId: String, residentId: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.count { $0.from("organisation_employees").where("organisation_id", .equal, organisationId).where("resident_id", .equal, residentId) } > 0
    }

    /// Ends the employment; false when there was no current one.
    func end(organisationId: String, residentId: String, on day: Day, on sql: any SQLDatabase) async throws -> Bool {
        guard try await sql.count({ $0.from("organisation_employees").where("organisation_id", .equal, organisationId)
            .where("resident_id", .equal, residentId).where("until_on", .is, SQLLiteral.null) }) > 0 else { return false }
        try await sql.update("organisation_employees").set("until_on", to: day.description)
            .where("organisation_id", .equal, organisationId).where("resident_id", .equal, residentId).run()
        return true
    }

    /// The organisation's employees; sealed records only when `includeSealed`.
    func list(organisationId: String, includeSealed: Bool, on sql: any SQLDatabase) async throws -> [Employee] {
        struct Row: Decodable { let resident_id: String, name: String, id_number: String, grid_code: String, position: String, since_on: String, until_on: String? }
        var query = sql.select()
            .column(SQLColumn("resident_id", table: "organisation_employees")).column(SQLColumn("name", table: "residents"))
            .column(SQLColumn("id_number", table: "residents")).column(SQLColumn("grid_code", table: "residents"))
            .column(SQLColumn("position", table: "organisation_employees")).column(SQLColumn("since_on", table: "organisation_employees"))
            .column(SQLColumn("until_on", table: "organisation_employees"))
            .from("organisation_employees")
            .join("residents", on: SQLColumn("id", table: "residents"), .equal, SQLColumn("resident_id", table: "organisation_employees"))
            .where(SQLColumn("organisation_id", table: "organisation_employees"), .equal, SQLBind(organisationId))
        if !includeSealed { query = query.where(SQLColumn("sealed", table: "residents"), .equal, SQLBind(0)) }
        return try await query.orderBy(SQLColumn("since_on", table: "organisation_employees")).all(decoding: Row.self).map {
            Employee(residentId: $0.resident_id, name: $0.name, idNumber: $0.id_number, gridCode: $0.grid_code, position: $0.position,
                     sinceOn: $0.since_on, untilOn: $0.until_on)
        }
    }
}
