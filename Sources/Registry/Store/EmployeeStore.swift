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

    /// A page of the organisation's employees, longest employed first (ties by resident): walked and counted off
    /// `organisation_employees_list` alone, sealed people left out by the few sealed ids unless `includeSealed`, and only the
    /// page's people read. Joined to every employee's row, a factory of 10,000 took 120–670 ms a page.
    func list(organisationId: String, includeSealed: Bool, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Employee], total: Int) {
        struct Link: Decodable { let resident_id: String, position: String, since_on: String, until_on: String? }
        func filtered(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
            let query = query.from("organisation_employees").where("organisation_id", .equal, organisationId)
            return includeSealed ? query : query.where(SQLColumn("resident_id"), .notIn, ResidentStore.sealedIds)
        }
        let links = try await sql.page(of: "organisation_employees", columns: ["resident_id", "position", "since_on", "until_on"],
                                       orderedBy: [("since_on", .ascending), ("resident_id", .ascending)], limit: limit, offset: offset, decoding: Link.self,
                                       keyedBy: \.resident_id, narrowedBy: { $0.where("organisation_id", .equal, organisationId) }, where: filtered)
        let byId = try await ResidentStore.named(links.map(\.resident_id), on: sql)
        let items = links.compactMap { l in
            byId[l.resident_id].map {
                Employee(residentId: l.resident_id, name: $0.name, idNumber: $0.id_number, gridCode: $0.grid_code, position: l.position, sinceOn: l.since_on,
                         untilOn: l.until_on)
            }
        }
        return (items, try await sql.listTotal(afterReading: links.count, limit: limit, offset: offset, filtered))
    }
}
