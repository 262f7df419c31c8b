import CivicGridApp
import Foundation
import Kernel
import Registry
import Testing

@Suite("Residents: editing and moving")
struct ResidentEditTests {
    @Test func changesAreValidatedScopedAndAudited() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let changed = try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker,
                                            json: #"{"phone":"13912345678","current_address":"解放路9号"}"#)
            #expect(changed.status == .ok)
            let json = try changed.json()
            #expect(json["phone"] as? String == "139****5678")
            #expect(json["current_address"] as? String == "解放路9号")
            let audit = try await app.services.database.read { sql in
                try await AuditLog().page(action: "resident.update", actor: nil, limit: 5, offset: 0, on: sql).items
            }
            #expect(audit.first?.detail == "phone,current_address")

            #expect(try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker, json: #"{"phone":"123"}"#).status == .unprocessableContent)
            #expect(try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker, json: #"{"population_type":"martian"}"#).status == .unprocessableContent)
            // A grid worker cannot move someone out of their grid; the community clerk can.
            let move = #"{"grid_code":"330199001001002"}"#
            #expect(try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker, json: move).status == .unprocessableContent)
            let clerk = try await app.session("clerk", kind: .api).token
            let moved = try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: clerk, json: move)
            #expect(moved.status == .ok)
            // Now outside the worker's grid: not found, before the body is even read.
            #expect(try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker, json: "{").status == .notFound)
            #expect(try await app.api(.get, "/api/v1/residents/demo-resident-2", token: worker).status == .notFound)
            // Only roles the law names may seal a record.
            #expect(try await app.api(.patch, "/api/v1/residents/demo-resident-3", token: worker, json: #"{"sealed":true}"#).status == .unprocessableContent)
        }
    }

    @Test func anIDNumberCorrectionKeepsOnePersonPerNumber() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let other = try await app.api(.get, "/api/v1/residents/demo-resident-3?full=1", token: worker).json()
            let taken = try #require(other["id_number"] as? String)
            let clash = try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker, json: #"{"id_number":"\#(taken)"}"#)
            #expect(clash.status == .conflict)
            #expect(clash.text.contains("/api/v1/residents/demo-resident-3"))
            let fixed = try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker, json: #"{"id_number":"11010519491231002X"}"#)
            #expect(fixed.status == .ok)
            // Sex and birth date follow the corrected number.
            #expect(try fixed.json()["birth_date"] as? String == "1949-12-31")
            #expect(try fixed.json()["sex"] as? String == "female")
        }
    }

    @Test func aHouseholdMemberMovesOnlyWithTheHousehold() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let household = #"{"grid_code":"330199001001001","address":"解放路1号","members":[{"resident_id":"demo-resident-2","relation":"head"},{"resident_id":"demo-resident-3","relation":"spouse"}]}"#
            #expect(try await app.api(.post, "/api/v1/households", token: clerk, json: household).status == .created)
            let move = try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: clerk, json: #"{"grid_code":"330199001001002"}"#)
            #expect(move.status == .unprocessableContent)
            #expect(move.text.contains("同属一户"))
        }
    }

    @Test func theEditPageSavesAndShowsErrorsInPlace() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1")
            let api = try await app.session("gridworker1", kind: .api).token
            #expect(try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: api, json: #"{"phone":"13912345678"}"#).status == .ok)
            let page = try await app.get("/residents/demo-resident-2/edit", as: worker)
            #expect(page.status == .ok)
            #expect(!page.text.contains("13912345678"), "the phone is not prefilled in full")
            #expect(page.text.contains("139****5678"))
            let form = ["name": "新名字", "ethnicity": "汉族", "registered_address": "浙江省", "current_address": "解放路3号",
                        "population_type": "floating", "grid_code": "330199001001001"]
            let saved = try await app.post("/residents/demo-resident-2/edit", form: form, as: worker)
            #expect(saved.status == .seeOther)
            #expect(try await app.get("/residents/demo-resident-2?saved=1", as: worker).text.contains("新名字"))
            var bad = form
            bad["grid_code"] = "330199001001002"
            let refused = try await app.post("/residents/demo-resident-2/edit", form: bad, as: worker)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("form-error"))
            // Leaders see people but do not edit them.
            #expect(try await app.get("/residents/demo-resident-2/edit", as: try await app.session("leader")).status == .notFound)
        }
    }

    @Test func aClerkRegistersSomeoneFromThePage() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk")
            let form = try await app.get("/units/330199001001/residents/new", as: clerk)
            #expect(form.status == .ok)
            #expect(form.text.contains("id=\"id_number\""))
            var fields = ["name": "新来的", "id_number": "11010519491231002X", "ethnicity": "汉族", "phone": "13900002222",
                          "registered_address": "北京市", "current_address": "幸福里3号", "population_type": "floating",
                          "grid_code": "330199001001002"]
            let created = try await app.post("/units/330199001001/residents/new", form: fields, as: clerk)
            #expect(created.status == .seeOther)
            let page = try await app.get(try #require(created.headers[.location]), as: clerk)
            #expect(page.text.contains("新来的") && page.text.contains("1949-12-31") && page.text.contains("已保存"))
            let again = try await app.post("/units/330199001001/residents/new", form: fields, as: clerk)
            #expect(again.status == .conflict)
            #expect(again.text.contains("form-error") && again.text.contains("新来的"))
            fields["id_number"] = "110105194912310021"
            let wrong = try await app.post("/units/330199001001/residents/new", form: fields, as: clerk)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("应为 X"))
            // A grid worker registers only into their own grid.
            let worker = try await app.session("gridworker1")
            #expect(try await app.get("/units/330199001001002/residents/new", as: worker).status == .notFound)
        }
    }
}
