import CivicGridApp
import Foundation
import Kernel
import Testing

@Suite("Organisations: editing and employees (谁用工谁负责)")
struct OrganisationEmployeeTests {
    @Test func theEmployerRecordsWhoWorksThere() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let path = "/api/v1/organisations/demo-organisation-1/employees"
            let start = try await app.api(.get, path, token: clerk).json()
            let first = try #require((start["items"] as? [[String: Any]])?.first)
            #expect(first["resident_id"] as? String == "demo-resident-3")
            #expect((first["id_number"] as? String)?.contains("**********") == true)

            let hire = #"{"resident_id":"demo-resident-2","position":"门卫","since_on":"2026-03-01"}"#
            #expect(try await app.api(.post, path, token: clerk, json: hire).status == .created)
            #expect(try await app.api(.post, path, token: clerk, json: hire).status == .conflict)
            #expect(try await app.api(.post, path, token: clerk, json: #"{"resident_id":"demo-resident-2","position":" ","since_on":"2026-03-01"}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, path, token: clerk, json: #"{"resident_id":"demo-resident-4","position":"门卫","since_on":"2099-01-01"}"#).status == .unprocessableContent)
            // Someone from another street cannot be recorded by this community's clerk.
            #expect(try await app.api(.post, path, token: clerk, json: #"{"resident_id":"demo-resident-300","position":"门卫","since_on":"2026-03-01"}"#).status == .unprocessableContent)

            let leave = #"{"until_on":"2026-11-01"}"#
            #expect(try await app.api(.post, path + "/demo-resident-2/leave", token: clerk, json: leave).status == .noContent)
            #expect(try await app.api(.post, path + "/demo-resident-2/leave", token: clerk, json: leave).status == .unprocessableContent)
            let after = try await app.api(.get, path, token: clerk).json()
            let left = (after["items"] as? [[String: Any]])?.first { $0["resident_id"] as? String == "demo-resident-2" }
            #expect(left?["until_on"] as? String == "2026-11-01")
            let actions = try await app.auditActions()
            #expect(actions.contains("organisation.employee_add") && actions.contains("organisation.employee_leave"))

            // Other jurisdictions do not see the organisation at all.
            let elsewhere = try await app.session("socialworker", kind: .api).token
            #expect(try await app.api(.get, path, token: elsewhere).status == .notFound)
        }
    }

    struct Person: Decodable { let id: String, sealed: Int }

    static func people(_ database: Database) async throws -> [Person] {
        try await database.read {
            try await $0.select().columns("id", "sealed").from("residents").orderBy("sealed", .descending).orderBy("id").limit(140).all(decoding: Person.self)
        }
    }

    /// A firm's employees a page at a time, longest employed first with ties by resident, sealed ones left out for whoever may
    /// not see them, in the API and on the organisation's page.
    @Test func aLargeEmployersStaffComePageByPage() async throws {
        try await TestApp.run { app in
            let database = app.services.database
            let people = try await Self.people(database)
            let rows = people.enumerated().map { i, p -> [BulkValue] in
                [.text("demo-organisation-1"), .text(p.id), .text("工人"), .text("2025-0\(1 + i % 4)-01"), .null]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "organisation_employees", columns: ["organisation_id", "resident_id", "position", "since_on", "until_on"],
                                                 rows: rows, conflictKeys: ["organisation_id", "resident_id"], on: sql)
            }
            let held = try await database.read { sql in
                try await sql.select().columns("resident_id", "since_on").from("organisation_employees").where("organisation_id", .equal, "demo-organisation-1")
                    .all(decoding: Held.self)
            }
            let sealed = Set(people.filter { $0.sealed != 0 }.map(\.id))
            let expected = held.filter { !sealed.contains($0.resident_id) }.sorted { ($0.since_on, $0.resident_id) < ($1.since_on, $1.resident_id) }.map(\.resident_id)
            // Sealed people among them, whom the county supervisor may not see.
            #expect(expected.count > 100 && !sealed.isEmpty && held.contains { sealed.contains($0.resident_id) })
            let clerk = try await app.session("supervisor", kind: .api).token
            let path = "/api/v1/organisations/demo-organisation-1/employees"
            #expect(try await CursorPagingTests.walkByOffset(app, path, token: clerk, limit: 7, key: "resident_id") == expected)
            #expect(try await app.api(.get, path + "?limit=5", token: clerk).json()["total"] as? Int == expected.count)
            let page = try await app.get("/organisations/demo-organisation-1?page=2", as: try await app.session("supervisor"))
            #expect(page.status == .ok && page.text.contains("page=1") && page.text.contains("page=3") && page.text.contains(String(expected.count)), "\(page.text.prefix(300))")
        }
    }

    struct Held: Decodable { let resident_id: String, since_on: String }

    @Test func editsAreCheckedLikeNewRegistrations() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let path = "/api/v1/organisations/demo-organisation-1"
            let renamed = try await app.api(.patch, path, token: clerk, json: #"{"name":"幸福里物业","address":"幸福里2号"}"#)
            #expect(renamed.status == .ok)
            #expect(try renamed.json()["name"] as? String == "幸福里物业")
            #expect(try await app.api(.patch, path, token: clerk, json: #"{"credit_code":"91350100M000100Y44"}"#).status == .unprocessableContent)
            #expect(try await app.api(.patch, path, token: clerk, json: #"{"grid_code":"330199002001001"}"#).status == .unprocessableContent)
            #expect(try await app.api(.patch, path, token: clerk, json: #"{"kind":"club"}"#).status == .unprocessableContent)
            #expect(try await app.auditActions().contains("organisation.update"))
        }
    }
}
