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
