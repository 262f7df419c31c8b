import CivicGridApp
import Foundation
import HTTPTypes
import Kernel
import Spreadsheets
import NIOCore
import Registry
import Testing
import ZIPFoundation

@Suite("Residents: validation, masking, audit, scope, sealed records")
struct ResidentTests {
    static let grid1 = "330199001001001"

    static func body(id: String, grid: String = grid1, sex: String? = nil, birth: String? = nil, phone: String = "13900001111") -> String {
        var fields = [
            "\"name\":\"测试居民\"", "\"id_number\":\"\(id)\"", "\"current_address\":\"解放路1号\"",
            "\"population_type\":\"floating\"", "\"grid_code\":\"\(grid)\"", "\"phone\":\"\(phone)\"",
        ]
        if let sex { fields.append("\"sex\":\"\(sex)\"") }
        if let birth { fields.append("\"birth_date\":\"\(birth)\"") }
        return "{" + fields.joined(separator: ",") + "}"
    }

    @Test func demoIdentifiersAllPassGB11643() {
        let residents = DemoResidents.make(gridCodes: ["330199001001001", "330199101201001"])
        for resident in residents {
            #expect((try? CitizenID(resident.idNumber))?.sex == resident.sex, "\(resident.idNumber)")
        }
    }

    @Test func registeringValidatesAndMasks() async throws {
        try await TestApp.run { app in
            let token = try await app.session("gridworker1", kind: .api).token
            let created = try await app.api(.post, "/api/v1/residents", token: token, json: Self.body(id: "11010519491231002X", sex: "female", birth: "1949-12-31"))
            #expect(created.status == .created)
            let json = try created.json()
            #expect(json["id_number"] as? String == "1101**********002X")
            #expect(json["phone"] as? String == "139****1111")

            let wrongCheck = try await app.api(.post, "/api/v1/residents", token: token, json: Self.body(id: "110105194912310021"))
            #expect(wrongCheck.status == .unprocessableContent)
            #expect(wrongCheck.text.contains("应为 X"))
            let wrongSex = try await app.api(.post, "/api/v1/residents", token: token, json: Self.body(id: "440524188001010014", sex: "female"))
            #expect(wrongSex.status == .unprocessableContent)
            let wrongBirth = try await app.api(.post, "/api/v1/residents", token: token, json: Self.body(id: "440524188001010014", birth: "1880-01-02"))
            #expect(wrongBirth.status == .unprocessableContent)
            let otherGrid = try await app.api(.post, "/api/v1/residents", token: token, json: Self.body(id: "440524188001010014", grid: "330199001001002"))
            #expect(otherGrid.status == .unprocessableContent)
        }
    }

    @Test func oneIDNumberIsOnePerson() async throws {
        try await TestApp.run { app in
            let token = try await app.session("gridworker1", kind: .api).token
            let first = try await app.api(.post, "/api/v1/residents", token: token, json: Self.body(id: "440524188001010014"))
            let id = try #require(try first.json()["id"] as? String)
            let again = try await app.api(.post, "/api/v1/residents", token: token, json: Self.body(id: "440524188001010014"))
            #expect(again.status == .conflict)
            #expect(again.text.contains("/api/v1/residents/\(id)"))
            // Someone who cannot see the first record learns only that it exists elsewhere.
            let other = try await app.session("gridworker2", kind: .api).token
            let elsewhere = try await app.api(.post, "/api/v1/residents", token: other, json: Self.body(id: "440524188001010014", grid: "330199001001002"))
            #expect(elsewhere.status == .conflict)
            #expect(!elsewhere.text.contains(id))
        }
    }

    @Test func fullViewsAreForPermittedRolesAndAudited() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let full = try await app.api(.get, "/api/v1/residents/demo-resident-2?full=1", token: worker).json()
            #expect((full["id_number"] as? String)?.contains("*") == false)
            #expect(full["masked"] as? Bool == false)
            #expect(try await app.auditActions().contains("resident.view_full"))

            let leader = try await app.session("leader", kind: .api).token
            let masked = try await app.api(.get, "/api/v1/residents/demo-resident-2", token: leader).json()
            #expect((masked["id_number"] as? String)?.contains("**********") == true)
            #expect(try await app.api(.get, "/api/v1/residents/demo-resident-2?full=1", token: leader).status == .notFound)
        }
    }

    @Test func residentsAreScopedToTheCallersJurisdiction() async throws {
        try await TestApp.run { app in
            let worker2 = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/residents/demo-resident-2", token: worker2).status == .notFound)
            let list = try await app.api(.get, "/api/v1/residents", token: worker2).json()
            let items = try #require(list["items"] as? [[String: Any]])
            #expect(!items.isEmpty)
            #expect(items.allSatisfy { ($0["grid_code"] as? String) == "330199001001002" })
            #expect(items.allSatisfy { ($0["id_number"] as? String)?.contains("**********") == true })
        }
    }

    @Test func searchByFullIDNumberOnlyForPermittedRoles() async throws {
        try await TestApp.run { app in
            let target = try #require(DemoResidents.make(gridCodes: [Self.grid1])[1].idNumber)
            let worker = try await app.session("gridworker1", kind: .api).token
            let found = try await app.api(.get, "/api/v1/residents?q=\(target)", token: worker).json()
            #expect(found["total"] as? Int == 1)
            let supervisor = try await app.session("supervisor", kind: .api).token
            let none = try await app.api(.get, "/api/v1/residents?q=\(target)", token: supervisor).json()
            #expect(none["total"] as? Int == 0)
        }
    }

    @Test func sealedMinorsRecordsStaySealed() async throws {
        try await TestApp.run { app in
            let leader = try await app.session("leader", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/residents/demo-resident-1", token: leader).status == .notFound)
            let listed = try await app.api(.get, "/api/v1/residents?grid=\(Self.grid1)&limit=500", token: leader).json()
            let ids = (listed["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(!ids.contains("demo-resident-1"))
            #expect(ids.contains("demo-resident-2"))
            // The social worker of that street may see it (the demo one works in 溪南街道, so make one in 城关).
            let social = Staff(id: "sw-chengguan", username: "sw_cg", displayName: "城关社工", role: .socialWorker, unitCode: "330199001")
            _ = try await app.services.accounts.seedAccount(social, password: "longenough")
            let session = try await app.services.database.transaction { sql in
                try await SessionStore().create(staffId: "sw-chengguan", kind: .api, now: Date(), on: sql)
            }
            #expect(try await app.api(.get, "/api/v1/residents/demo-resident-1", token: session.token).status == .ok)
        }
    }
}

@Suite("Resident pages")
struct ResidentPageTests {
    @Test func gridPageCountsPeopleAndListIsMasked() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1")
            let grid = try await app.get("/units/330199001001001", as: worker)
            #expect(grid.text.contains("实有人口 4"))  // five demo residents, one sealed
            let list = try await app.get("/units/330199001001001/residents", as: worker)
            #expect(list.status == .ok)
            #expect(list.text.contains("**********"))
            #expect(!list.text.contains(DemoResidents.make(gridCodes: ["330199001001001"])[1].idNumber))
        }
    }

    @Test func revealingAFullNumberIsAPostAndIsAudited() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1")
            let full = DemoResidents.make(gridCodes: ["330199001001001"])[1].idNumber
            let page = try await app.get("/residents/demo-resident-2", as: worker)
            #expect(!page.text.contains(full))
            #expect(page.text.contains("显示完整号码"))
            #expect(try await app.post("/residents/demo-resident-2/reveal", form: [:], as: worker, withCSRF: false).status == .forbidden)
            let revealed = try await app.post("/residents/demo-resident-2/reveal", form: [:], as: worker)
            #expect(revealed.text.contains(full))
            #expect(try await app.auditActions().contains("resident.view_full"))
            let leader = try await app.session("leader")
            #expect(!(try await app.get("/residents/demo-resident-2", as: leader).text.contains("显示完整号码")))
        }
    }
}

@Suite("Organisations")
struct OrganisationTests {
    static func body(code: String, grid: String = "330199001001001") -> String {
        #"{"name":"云溪县幸福里物业服务有限公司","credit_code":"\#(code)","kind":"enterprise","legal_representative":"周明","address":"解放路8号","grid_code":"\#(grid)"}"#
    }

    @Test func creditCodesAreCheckedAndUnique() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let created = try await app.api(.post, "/api/v1/organisations", token: clerk, json: Self.body(code: "91350100M000100Y43"))
            #expect(created.status == .created)
            let wrong = try await app.api(.post, "/api/v1/organisations", token: clerk, json: Self.body(code: "91350100M000100Y44"))
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("末位应为 3"))
            #expect(try await app.api(.post, "/api/v1/organisations", token: clerk, json: Self.body(code: "91350100M000100Y43")).status == .conflict)
            // The clerk's community does not include 溪南街道.
            #expect(try await app.api(.post, "/api/v1/organisations", token: clerk, json: Self.body(code: "91110000600037341L", grid: "330199002001001")).status == .unprocessableContent)
            // Theirs plus the demo's property-management company.
            let mine = try await app.api(.get, "/api/v1/organisations", token: clerk).json()
            #expect(mine["total"] as? Int == 2)
            let elsewhere = try await app.session("socialworker", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/organisations", token: elsewhere).json()["total"] as? Int == 0)
            #expect(try await app.auditActions().contains("organisation.create"))
        }
    }
}

@Suite("Households")
struct HouseholdTests {
    @Test func householdsNeedOneHeadAndFeedTheSizingGuide() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let noHead = #"{"grid_code":"330199001001001","address":"解放路1号","members":[{"resident_id":"demo-resident-2","relation":"spouse"}]}"#
            #expect(try await app.api(.post, "/api/v1/households", token: worker, json: noHead).status == .unprocessableContent)
            let otherGrid = #"{"grid_code":"330199001001001","address":"解放路1号","members":[{"resident_id":"demo-resident-7","relation":"head"}]}"#
            #expect(try await app.api(.post, "/api/v1/households", token: worker, json: otherGrid).status == .unprocessableContent)
            let good = #"{"grid_code":"330199001001001","address":"解放路1号","members":[{"resident_id":"demo-resident-2","relation":"head"},{"resident_id":"demo-resident-3","relation":"spouse"}]}"#
            #expect(try await app.api(.post, "/api/v1/households", token: worker, json: good).status == .created)
            let again = #"{"grid_code":"330199001001001","address":"解放路2号","members":[{"resident_id":"demo-resident-3","relation":"head"}]}"#
            #expect(try await app.api(.post, "/api/v1/households", token: worker, json: again).status == .conflict)
            // Theirs plus the demo household: registered households now drive the grid's sizing note.
            let list = try await app.api(.get, "/api/v1/households", token: worker).json()
            #expect(list["total"] as? Int == 2)
            #expect(((list["items"] as? [[String: Any]])?.map { $0["members"] as? Int }) == [2, 2])
            let page = try await app.get("/units/330199001001001", as: try await app.session("gridworker1"))
            #expect(page.text.contains("2 户（指导标准约 250 户）"))
            let other = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/households", token: other).json()["total"] as? Int == 0)
        }
    }
}

@Suite("Residence permits")
struct PermitTests {
    static func day(_ text: String) -> Day { Day(text)! }

    @Test func sixMonthsOneYearAndTheRenewalWindow() {
        #expect(PermitRules.eligibleFrom(arrivedOn: Self.day("2026-05-31")) == Self.day("2026-11-30"))
        #expect(PermitRules.eligibleFrom(arrivedOn: Self.day("2025-08-31")) == Self.day("2026-02-28"))
        #expect(PermitRules.expiry(from: Self.day("2024-02-29")) == Self.day("2025-02-28"))
        let permit = ResidencePermit(id: "p", residentId: "r", gridCode: "g", basis: .job, issuedOn: Self.day("2026-01-15"),
                                     expiresOn: Self.day("2027-01-15"), status: .active)
        #expect(PermitRules.renewalOpens(for: permit) == Self.day("2026-12-16"))
        #expect(!PermitRules.isDueForRenewal(permit, today: Self.day("2026-12-15")))
        #expect(PermitRules.isDueForRenewal(permit, today: Self.day("2026-12-16")))
    }

    @Test func issueRenewAndCancelThroughTheAPI() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let today = Day(date: Date())
            // demo-resident-2 already holds demo-permit-1.
            let twice = #"{"resident_id":"demo-resident-2","basis":"job"}"#
            #expect(try await app.api(.post, "/api/v1/residence-permits", token: worker, json: twice).status == .conflict)

            // A newly arrived floating resident must wait six months.
            let arrived = try await app.api(.post, "/api/v1/residents", token: worker, json: ResidentTests.body(id: "440524188001010014")).json()
            let id = try #require(arrived["id"] as? String)
            let recent = today.adding(months: -2).description
            let early = try await app.api(.post, "/api/v1/residence-permits", token: worker,
                                          json: #"{"resident_id":"\#(id)","basis":"home","arrived_on":"\#(recent)"}"#)
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("居住未满六个月"))
            let longAgo = today.adding(months: -7).description
            let issued = try await app.api(.post, "/api/v1/residence-permits", token: worker,
                                           json: #"{"resident_id":"\#(id)","basis":"home","arrived_on":"\#(longAgo)"}"#)
            #expect(issued.status == .created)
            let permit = try issued.json()
            #expect(permit["expires_on"] as? String == PermitRules.expiry(from: today).description)
            let permitId = try #require(permit["id"] as? String)

            let renewEarly = try await app.api(.post, "/api/v1/residence-permits/\(permitId)/renew", token: worker)
            #expect(renewEarly.status == .unprocessableContent)
            let noReason = try await app.api(.post, "/api/v1/residence-permits/\(permitId)/cancel", token: worker, json: #"{"reason":" "}"#)
            #expect(noReason.status == .unprocessableContent)
            let cancelled = try await app.api(.post, "/api/v1/residence-permits/\(permitId)/cancel", token: worker, json: #"{"reason":"迁出本县"}"#)
            #expect(try cancelled.json()["status"] as? String == "cancelled")
            #expect(try await app.api(.post, "/api/v1/residence-permits/\(permitId)/renew", token: worker).status == .unprocessableContent)
            #expect(try await app.auditActions().contains("permit.cancel"))

            // Registered residents do not get permits; other grids' workers cannot touch this one.
            let other = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/residence-permits/demo-permit-1/renew", token: other).status == .notFound)
        }
    }

    @Test func dueListShowsPermitsInTheirRenewalWindow() async throws {
        try await TestApp.run { app in
            let leader = try await app.session("leader", kind: .api).token
            let due = try await app.api(.get, "/api/v1/residence-permits/due", token: leader).json()
            let expected = PermitRules.isDueForRenewal(
                ResidencePermit(id: "demo-permit-1", residentId: "demo-resident-2", gridCode: "", basis: .job, issuedOn: Day("2025-12-10")!,
                                expiresOn: Day("2026-12-10")!, status: .active), today: Day(date: Date()))
            #expect((due["total"] as? Int) == (expected ? 1 : 0))
            let other = try await app.session("gridworker3", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/residence-permits/due", token: other).json()["total"] as? Int == 0)
        }
    }
}

@Suite("Houses and rentals")
struct HouseTests {
    @Test func housesRentalsAndEndedTenancies() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let house = #"{"building_code":"330199001001001002","unit":"2","number":"502","use":"residential","area":76.3,"owner":"周明"}"#
            let created = try await app.api(.post, "/api/v1/houses", token: worker, json: house)
            #expect(created.status == .created)
            #expect(try await app.api(.post, "/api/v1/houses", token: worker, json: house).status == .conflict)
            let elsewhere = #"{"building_code":"330199001001002001","number":"1","use":"residential","area":50,"owner":"x"}"#
            #expect(try await app.api(.post, "/api/v1/houses", token: worker, json: elsewhere).status == .unprocessableContent)
            let houseId = try #require(try created.json()["id"] as? String)

            // A floating tenant whose tenancy ended last month, and who has no other tenancy, is listed.
            let tenant = try await app.api(.post, "/api/v1/residents", token: worker, json: ResidentTests.body(id: "440524188001010014")).json()
            let tenantId = try #require(tenant["id"] as? String)
            let today = Day(date: Date())
            let rental = #"{"landlord":"周明","tenant_ids":["\#(tenantId)"],"from_on":"\#(today.adding(months: -13))","to_on":"\#(today.adding(months: -1))","registered":true}"#
            #expect(try await app.api(.post, "/api/v1/houses/\(houseId)/rentals", token: worker, json: rental).status == .created)
            let backwards = #"{"landlord":"周明","tenant_ids":["\#(tenantId)"],"from_on":"2026-05-01","to_on":"2026-04-01"}"#
            #expect(try await app.api(.post, "/api/v1/houses/\(houseId)/rentals", token: worker, json: backwards).status == .unprocessableContent)
            let ended = try await app.api(.get, "/api/v1/rentals/ended", token: worker).json()
            let ids = (ended["items"] as? [[String: Any]] ?? []).compactMap { $0["resident_id"] as? String }
            #expect(ids.contains(tenantId))
            #expect(!ids.contains("demo-resident-2"))  // the demo tenancy still runs

            // Each tenant once, with the tenancy that ended last, newest end first; one with a tenancy running today is not listed.
            func rent(_ ids: [String], from: Day, to: Day) async throws -> HTTPResponse.Status {
                let quoted = ids.map { "\"\($0)\"" }.joined(separator: ",")
                return try await app.api(.post, "/api/v1/houses/\(houseId)/rentals", token: worker,
                                         json: #"{"landlord":"周明","tenant_ids":[\#(quoted)],"from_on":"\#(from)","to_on":"\#(to)","registered":true}"#).status
            }
            #expect(try await rent([tenantId], from: today.adding(months: -25), to: today.adding(months: -14)) == .created)
            let movedOn = try #require(try await app.api(.post, "/api/v1/residents", token: worker, json: ResidentTests.body(id: "440524188001010022")).json()["id"] as? String)
            let alsoEnded = try #require(try await app.api(.post, "/api/v1/residents", token: worker, json: ResidentTests.body(id: "440524188001010030")).json()["id"] as? String)
            #expect(try await rent([movedOn, alsoEnded], from: today.adding(months: -6), to: today.adding(months: -2)) == .created)
            #expect(try await rent([movedOn], from: today.adding(months: -2), to: today.adding(months: 10)) == .created)
            // One whose next tenancy is agreed but begins next month has not left.
            let returning = try #require(try await app.api(.post, "/api/v1/residents", token: worker, json: ResidentTests.body(id: "440524188001010049")).json()["id"] as? String)
            #expect(try await rent([returning], from: today.adding(months: -8), to: today.adding(months: -3)) == .created)
            #expect(try await rent([returning], from: today.adding(months: 1), to: today.adding(months: 13)) == .created)
            struct Ended: Decodable, Equatable { let resident_id: String, to_on: String }
            struct Page: Decodable { let items: [Ended], total: Int }
            func endedPage(_ query: String = "") async throws -> Page {
                try JSONDecoder().decode(Page.self, from: Data(try await app.api(.get, "/api/v1/rentals/ended" + query, token: worker).text.utf8))
            }
            let all = try await endedPage()
            #expect(all.items.filter { [tenantId, movedOn, alsoEnded, returning].contains($0.resident_id) }
                    == [Ended(resident_id: tenantId, to_on: today.adding(months: -1).description), Ended(resident_id: alsoEnded, to_on: today.adding(months: -2).description)])
            #expect(all.total == all.items.count && Set(all.items.map(\.resident_id)).count == all.items.count)
            // Paged by the database: the second of the list alone, and the same total.
            let second = try await endedPage("?limit=1&offset=1")
            #expect(second.items == Array(all.items.dropFirst().prefix(1)) && second.total == all.total)

            let other = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/houses/\(houseId)/rentals", token: other, json: rental).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/houses", token: other).json()["total"] as? Int == 0)
        }
    }
}

@Suite("Resident export")
struct ResidentExportTests {
    @Test func exportIsAMaskedWorkbookAndIsAudited() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1")
            let response = try await app.get("/units/330199001001001/residents.xlsx", as: worker)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == XLSXWriter.contentType)
            let archive = try Archive(data: Data(buffer: response.body), accessMode: .read)
            let entry = try #require(archive["xl/worksheets/sheet1.xml"])
            var xml = Data()
            _ = try archive.extract(entry) { xml.append($0) }
            let text = String(decoding: xml, as: UTF8.self)
            let demo = DemoResidents.make(gridCodes: ["330199001001001"])
            #expect(text.contains("公民身份号码"))
            #expect(text.contains(CitizenID.mask(demo[1].idNumber)))
            #expect(!text.contains(demo[1].idNumber))
            #expect(!text.contains(demo[0].birthDate.description))  // the sealed minor (born 2010) is left out
            #expect(try await app.auditActions().contains("resident.export"))
            #expect(try await app.get("/units/330199001001002/residents.xlsx", as: worker).status == .notFound)
        }
    }
}
