import CivicGridApp
import Foundation
import Grids
import HTTPTypes
import Kernel
import Testing

@Suite("Jurisdiction pages and API")
struct JurisdictionTests {
    static let grid1 = "330199001001001"
    static let grid2 = "330199001001002"

    @Test func gridPageShowsMapTeamAndSizing() async throws {
        try await TestApp.run { app in
            let page = try await app.get("/units/\(Self.grid1)", as: try await app.session("gridworker1"))
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg class=\"map\""))
            #expect(page.text.contains("网格长"))
            #expect(page.text.contains("指导标准约 250 户") || page.text.contains("超过约 250 户"))
        }
    }

    @Test func gridWorkerCannotReachAnotherGrid() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1")
            #expect(try await app.get("/units/\(Self.grid2)", as: worker).status == .notFound)
            #expect(try await app.get("/units/330199001001", as: worker).status == .notFound)
            let token = try await app.session("gridworker1", kind: .api).token
            let other = try await app.api(.get, "/api/v1/grids/\(Self.grid2)", token: token)
            #expect(other.status == .notFound)
            #expect(try await app.api(.get, "/api/v1/grids/999999999999999", token: token).status == .notFound)
            let list = try await app.api(.get, "/api/v1/grids", token: token).json()
            #expect(list["total"] as? Int == 1)
        }
    }

    @Test func gridListIsPagedAndScoped() async throws {
        try await TestApp.run { app in
            let leader = try await app.session("leader", kind: .api).token
            let page = try await app.api(.get, "/api/v1/grids?limit=7&offset=7", token: leader).json()
            #expect(page["total"] as? Int == 60)
            #expect((page["items"] as? [Any])?.count == 7)
            // Pages past the first (codes walked first, rows read by code) hold the whole list, in code order.
            let whole = try #require(try await app.api(.get, "/api/v1/grids?limit=100", token: leader).json()["items"] as? [[String: Any]]).compactMap { $0["code"] as? String }
            #expect(whole.count == 60 && whole == whole.sorted())
            #expect(try await CursorPagingTests.walkByOffset(app, "/api/v1/grids", token: leader, limit: 7, key: "code") == whole)
            let street = try await app.session("street_sup", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/grids", token: street).json()["total"] as? Int == 20)
            let filtered = try await app.api(.get, "/api/v1/grids?community=330199002001", token: street).json()
            #expect(filtered["total"] as? Int == 0)
            let bad = try await app.api(.get, "/api/v1/grids?limit=0", token: street)
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test func gridDetailCarriesItsPolygonAsGeoJSON() async throws {
        try await TestApp.run { app in
            let token = try await app.session("gridworker1", kind: .api).token
            let detail = try await app.api(.get, "/api/v1/grids/\(Self.grid1)", token: token).json()
            let polygon = try #require(detail["polygon"] as? [String: Any])
            #expect(polygon["type"] as? String == "Polygon")
            #expect(((polygon["coordinates"] as? [Any])?.first as? [Any])?.count == 7)
            #expect((detail["team"] as? [Any])?.isEmpty == false)
        }
    }

    @Test func locateFindsTheGridOfAPointWithinScope() async throws {
        try await TestApp.run { app in
            let grid = try #require(try await app.services.grids.unit(Self.grid1))
            let inside = try #require(grid.polygon?.interiorPoint)
            let leader = try await app.session("leader", kind: .api).token
            let found = try await app.api(.get, "/api/v1/locate?lon=\(inside.lon)&lat=\(inside.lat)", token: leader).json()
            #expect((found["grid"] as? [String: Any])?["code"] as? String == Self.grid1)
            let other = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/locate?lon=\(inside.lon)&lat=\(inside.lat)", token: other).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/locate?lon=0&lat=0", token: leader).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/locate?lon=abc&lat=1", token: leader).status == .unprocessableContent)
            #expect(try await app.api(.get, "/api/v1/locate?lon=200&lat=1", token: leader).status == .unprocessableContent)
            #expect(try await app.api(.get, "/api/v1/locate?lat=1", token: leader).status == .unprocessableContent)
        }
    }

    @Test func adminOutlineUploadsAreValidatedAndAudited() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin")
            let before = try await app.services.grids.unit(Self.grid1)
            let base = ["name": "幸福里社区第1网格", "settlement": "urban", "households": "180"]

            var form = base
            form["polygon"] = #"{"type":"Polygon","coordinates":[[[120,30],[120.1,30]"#
            let malformed = try await app.post("/admin/units/\(Self.grid1)/edit", form: form, as: admin)
            #expect(malformed.status == .unprocessableContent)
            #expect(malformed.text.contains("GeoJSON 格式不正确"))

            form["polygon"] = #"{"type":"Polygon","coordinates":[[[120,30],[120.02,30.02],[120.02,30],[120,30.02],[120,30]]]}"#
            let bowtie = try await app.post("/admin/units/\(Self.grid1)/edit", form: form, as: admin)
            #expect(bowtie.status == .unprocessableContent)
            #expect(bowtie.text.contains("自相交"))

            // Grid 2's outline overlaps grid 1's.
            form["polygon"] = GeoJSON.text(try #require(try await app.services.grids.unit(Self.grid2)?.polygon))
            let overlap = try await app.post("/admin/units/\(Self.grid1)/edit", form: form, as: admin)
            #expect(overlap.status == .unprocessableContent)
            #expect(overlap.text.contains("重叠"))
            #expect(try await app.services.grids.unit(Self.grid1) == before)

            form["polygon"] = nil
            form["households"] = "320"
            let saved = try await app.post("/admin/units/\(Self.grid1)/edit", form: form, as: admin)
            #expect(saved.status == .seeOther)
            #expect(try await app.services.grids.unit(Self.grid1)?.households == 320)
            #expect(try await app.services.grids.unit(Self.grid1)?.isOversized == true)
            #expect(try await app.auditActions().contains("unit.update"))
        }
    }

    @Test func formsWithoutCSRFChangeNothing() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin")
            let response = try await app.post("/admin/units/\(Self.grid1)/edit", form: ["name": "改名", "settlement": "urban"], as: admin, withCSRF: false)
            #expect(response.status == .forbidden)
            #expect(try await app.services.grids.unit(Self.grid1)?.name == "幸福里社区第1网格")
        }
    }

    @Test func oversizedBodiesAreRefused() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin")
            let huge = String(repeating: "x", count: 3 << 20)
            let response = try await app.post("/admin/units/\(Self.grid1)/edit", form: ["name": "x", "polygon": huge], as: admin)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("过大"))
        }
    }

    @Test func childCodesMustNestUnderTheirParent() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin")
            let community = "330199001001"
            let wrong = try await app.post("/admin/units/\(community)/new", form: ["code": "330199002001009", "name": "新网格", "settlement": "urban"], as: admin)
            #expect(wrong.status == .unprocessableContent)
            let taken = try await app.post("/admin/units/\(community)/new", form: ["code": Self.grid1, "name": "新网格", "settlement": "urban"], as: admin)
            #expect(taken.status == .conflict || taken.status == .unprocessableContent)
            let made = try await app.post("/admin/units/\(community)/new", form: ["code": "330199001001009", "name": "新网格", "settlement": "urban", "households": "10"], as: admin)
            #expect(made.status == .seeOther)
            #expect(try await app.services.grids.unit("330199001001009")?.parentCode == community)
        }
    }

    @Test func staffAccountsAreCreatedInsideTheAdministratorsScopeOnly() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin")
            let form = ["username": "newworker", "display_name": "新网格员", "role": "grid_worker", "position": "informant",
                        "unit_code": "330100000000", "password": "longenough", "active": "on"]
            let outside = try await app.post("/admin/staff/new", form: form, as: admin)
            #expect(outside.status == .unprocessableContent)
            var good = form
            good["unit_code"] = "330199002003002"
            #expect(try await app.post("/admin/staff/new", form: good, as: admin).status == .seeOther)
            #expect(try await app.post("/admin/staff/new", form: good, as: admin).status == .conflict)
            let login = try await app.api(.post, "/api/v1/auth/token", token: nil, json: #"{"username":"newworker","password":"longenough"}"#)
            #expect(login.status == .created)
            #expect(try await app.auditActions().contains("staff.create"))
        }
    }

    @Test func healthAndMetrics() async throws {
        try await TestApp.run(configure: { $0.transport.metricsToken = "metrics-token-for-tests" }) { app in
            let health = try await app.get("/healthz")
            #expect(health.status == .ok)
            #expect(try health.json()["status"] as? String == "ok")
            let scrape: HTTPFields = [.authorization: "Bearer metrics-token-for-tests"]
            let metrics = try await app.client.execute(uri: "/metrics", method: .get, headers: scrape)
            #expect(metrics.status == .ok)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
            // Counted by route template, not by raw URL.
            #expect(metrics.text.contains("/healthz"))
            _ = try await app.get("/units/330199", as: try await app.session("leader"))
            #expect(String(buffer: try await app.client.execute(uri: "/metrics", method: .get, headers: scrape).body).contains("/units/{code}"))
        }
    }

    @Test func auditChainStaysIntactThroughUse() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin")
            _ = try await app.get("/admin/audit", as: admin)
            _ = try await app.api(.post, "/api/v1/auth/token", token: nil, json: #"{"username":"admin","password":"wrong"}"#)
            let verdict = try await app.services.database.read { try await AuditLog().verify(on: $0) }
            guard case .intact(let n) = verdict else {
                Issue.record("expected an intact chain, got \(verdict)")
                return
            }
            #expect(n >= 3)
            #expect(try await app.auditActions().contains("audit.view"))
        }
    }
}

@Suite("Demo county")
struct DemoCountyTests {
    @Test func loadingTheDemoTwiceAddsNothing() async throws {
        try await TestApp.run { app in
            func counts() async throws -> (staff: Int, grids: Int) {
                let token = try await app.session("admin", kind: .api).token
                let grids = try await app.api(.get, "/api/v1/grids", token: token).json()["total"] as? Int ?? -1
                let staff = try await app.services.database.read { sql in
                    try await StaffStore().list(within: Scope(rootCode: "330199"), limit: 1, offset: 0, on: sql).total
                }
                return (staff, grids)
            }
            let before = try await counts()
            let created = try await DemoSeed.load(app.services)
            let after = try await counts()
            #expect(created == 0)
            #expect(before == after)
            #expect(after.grids == 60)
            #expect(after.staff == DemoSeed.accounts.count)
        }
    }

    @Test func demoGridWorkersLeadTheirOwnGridTeams() async throws {
        try await TestApp.run { app in
            let page = try await app.get("/units/330199001001001", as: try await app.session("gridworker1"))
            #expect(page.text.contains("陈晓燕"))
        }
    }
}
