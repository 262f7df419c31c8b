import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import KernelTesting
import Safety
import SQLKit
import Testing

/// Safety through the API and pages: a patrol hazard to verified rectification, emergencies
/// graded and regraded with their reports upward on the clock, monthly statistics, warnings on
/// the portal and on staff home pages in the area, scope everywhere.
@Suite("Safety: hazards, emergencies and warnings")
struct SafetyAPITests {
    static func json(_ fields: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
    }

    static func code(_ r: TestResponse) throws -> String? { (try r.json()["error"] as? [String: Any])?["code"] as? String }

    @Test func aPatrolHazardIsPutRightAndVerified() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let handler = try await app.session("handler", kind: .api).token
            let other = try await app.session("gridworker2", kind: .api).token
            let body = Self.json(["grid_code": "330199001001001", "place": "幸福里5幢", "kind": "fire", "description": "消防栓无水", "responsible_unit": "物业公司"])
            #expect(try await app.api(.post, "/api/v1/hazards", token: other, json: body).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/hazards", token: handler, json: body).status == .notFound)
            let created = try await app.api(.post, "/api/v1/hazards", token: worker, json: body)
            #expect(created.status == .created)
            let h = try created.json()
            let id = try #require(h["id"] as? String)
            #expect(h["level"] as? String == "general" && h["due_rule"] as? String == "rectify_7d" && (h["number"] as? String)?.hasPrefix("YH") == true)
            #expect(try await app.api(.get, "/api/v1/hazards/\(id)", token: other).status == .notFound)
            let step = "/api/v1/hazards/\(id)/transitions"
            // The grid worker reports and verifies; the department puts it right.
            #expect(try await app.api(.post, step, token: worker, json: #"{"action":"rectify","text":"x"}"#).status == .forbidden)
            #expect(try await app.api(.post, step, token: handler, json: #"{"action":"submit_plan","text":"x","deadline":"2099-01-01"}"#).status == .conflict)
            let rectified = try await app.api(.post, step, token: handler, json: #"{"action":"rectify","text":"消防栓已修复"}"#)
            #expect(try rectified.json()["status"] as? String == "rectified" && (try rectified.json()["due_rule"] as? String) == "verify_5d")
            let closed = try await app.api(.post, step, token: worker, json: #"{"action":"verify","passed":true,"text":"现场出水正常"}"#)
            #expect(try closed.json()["status"] as? String == "closed")
            let history = try await app.api(.get, "/api/v1/hazards/\(id)", token: worker).json()["events"] as? [[String: Any]]
            #expect(history?.compactMap { $0["action"] as? String } == ["report", "rectify", "verify"])
            // A work order becomes a hazard by its number; a number outside scope does not.
            let order = try await app.api(.get, "/api/v1/work-orders?limit=1", token: worker).json()["items"] as? [[String: Any]]
            let number = try #require(order?.first?["number"] as? String)
            var converted = Self.json(["grid_code": "330199001001001", "place": "p", "kind": "road", "level": "major", "description": "d", "responsible_unit": "县交通局",
                                       "work_order_number": number])
            #expect(try await app.api(.post, "/api/v1/hazards", token: worker, json: converted).json()["work_order_number"] as? String == number)
            converted = converted.replacingOccurrences(of: number, with: "19990101-00001")
            #expect(try Self.code(try await app.api(.post, "/api/v1/hazards", token: worker, json: converted)) == "hazard_work_order")
            let quarter = try await app.api(.get, "/api/v1/hazard-statistics?quarter=\(Self.quarter())", token: worker).json()["lines"] as? [[String: Any]]
            #expect(quarter?.first { $0["kind"] as? String == "fire" }?["closed"] as? Int == 1)
            #expect(try await app.api(.get, "/api/v1/hazard-statistics?quarter=2026-Q5", token: worker).status == .unprocessableContent)
        }
    }

    static func quarter() -> String {
        let day = Day(date: Date())
        return "\(day.year)-Q\((day.month - 1) / 3 + 1)"
    }

    @Test func emergenciesAreGradedReportedUpwardAndRegraded() async throws {
        try await TestApp.run { app in
            let supervisor = try await app.session("supervisor", kind: .api).token
            let occurred = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-1_800))
            let body = Self.json(["category": "accident", "type": "fire", "title": "仓库火灾", "occurred_at": occurred, "place": "城东仓库", "unit_code": "330199001",
                                  "deaths": 2, "serious_injuries": 9, "direct_loss_yuan": 9_999_999])
            let created = try await app.api(.post, "/api/v1/emergencies", token: supervisor, json: body)
            #expect(created.status == .created)
            var e = try created.json()
            let id = try #require(e["id"] as? String)
            #expect(e["grade"] as? String == "general" && e["grade_rule"] as? String == "below" && e["required_reports"] as? [String] == ["county"])
            // Three deaths: larger, and now the city must be told too.
            e = try await app.api(.patch, "/api/v1/emergencies/\(id)", token: supervisor, json: #"{"deaths":3}"#).json()
            #expect(e["grade"] as? String == "larger" && e["grade_rule"] as? String == "deaths>=3" && e["required_reports"] as? [String] == ["county", "city"])
            #expect(try await app.api(.post, "/api/v1/emergencies/\(id)/reports", token: supervisor, json: #"{"level":"city"}"#).status == .conflict)
            e = try await app.api(.post, "/api/v1/emergencies/\(id)/reports", token: supervisor, json: #"{"level":"county","note":"电话报告"}"#).json()
            #expect((e["reports"] as? [[String: Any]])?.first?["late"] as? Bool == false && e["report_due_level"] as? String == "city")
            #expect(try await app.api(.post, "/api/v1/emergencies/\(id)/reports", token: supervisor, json: #"{"level":"county"}"#).status == .conflict)
            #expect(try await app.api(.post, "/api/v1/emergencies/\(id)/reports", token: supervisor, json: #"{"level":"province"}"#).status == .conflict)
            // A fire's figures close after 7 days.
            try await app.services.database.transaction { sql in
                _ = try await sql.update("emergencies").set("occurred_at", to: Date().addingTimeInterval(-8 * 86_400).epochSeconds).where("id", .equal, id).run()
            }
            #expect(try Self.code(try await app.api(.patch, "/api/v1/emergencies/\(id)", token: supervisor, json: #"{"deaths":4}"#)) == "emergency_update_closed")
            // Social-security events are graded by hand, and only they are.
            let unrest = Self.json(["category": "social_security", "type": "mass_incident", "title": "t", "occurred_at": occurred, "place": "p", "unit_code": "330199001"])
            #expect(try Self.code(try await app.api(.post, "/api/v1/emergencies", token: supervisor, json: unrest)) == "emergency_grade")
            let graded = unrest.replacingOccurrences(of: "\"unit_code\"", with: "\"grade\":\"larger\",\"unit_code\"")
            #expect(try await app.api(.post, "/api/v1/emergencies", token: supervisor, json: graded).json()["grade_rule"] as? String == "by_hand")
            let bad = body.replacingOccurrences(of: "\"deaths\":2", with: "\"deaths\":-5")
            #expect(try Self.code(try await app.api(.post, "/api/v1/emergencies", token: supervisor, json: bad)) == "emergency_figures")
            let worker2 = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/emergencies/\(id)", token: worker2).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/emergencies/demo-emergency-1", token: worker2).status == .notFound)

            // The month's figures, as JSON, a page and a workbook.
            let month = String(Day(date: Date()).description.prefix(7))
            let stats = try await app.api(.get, "/api/v1/emergency-statistics?month=\(month)", token: supervisor).json()
            let total = stats["total"] as? [String: Any]
            #expect((total?["events"] as? Int ?? 0) >= 3 && stats["same_month_last_year"] is [String: Any])
            #expect(try await app.api(.get, "/api/v1/emergency-statistics?month=2026-13", token: supervisor).status == .unprocessableContent)
            let session = try await app.session("supervisor")
            let page = try await app.get("/emergency-statistics?month=\(month)", as: session).text
            #expect(page.contains("事故灾难 · 较大") && page.contains("去年同月"))
            let xlsx = try await app.get("/emergency-statistics?month=\(month)&format=xlsx", as: session)
            #expect(xlsx.headers[.contentType]?.contains("spreadsheetml") == true && xlsx.body.readableBytes > 1_000)
        }
    }

    /// The month's statistics are summed in the database: they must say what the events listed say, late reports included.
    /// Every scope walked, as a city's, and read by place, as a street or county holding few rows.
    @Test(arguments: [0, ListWalk.few]) func theMonthsStatisticsAddUpTheEventsOfTheMonthAndOwingComesSoonestDueFirst(walkingFrom few: Int) async throws {
        try await TestApp.run(walkingFrom: few) { app in
            let supervisor = try await app.session("supervisor", kind: .api).token
            let formatter = ISO8601DateFormatter()
            for (hours, deaths) in [(5.0, 1), (3.0, 0), (0.5, 4)] {
                let at = formatter.string(from: Date().addingTimeInterval(-hours * 3_600))
                let body = Self.json(["category": "accident", "type": "traffic", "title": "车祸", "occurred_at": at, "learned_at": at, "place": "环城路",
                                      "unit_code": "330199001", "deaths": deaths])
                let id = try #require(try await app.api(.post, "/api/v1/emergencies", token: supervisor, json: body).json()["id"] as? String)
                // Those learned of hours ago are reported to the county late (due within the hour).
                if hours > 1 { #expect(try await app.api(.post, "/api/v1/emergencies/\(id)/reports", token: supervisor, json: #"{"level":"county"}"#).status == .created) }
            }
            let month = String(Day(date: Date()).description.prefix(7))
            let items = try await app.api(.get, "/api/v1/emergencies?status=all&limit=500", token: supervisor).json()["items"] as? [[String: Any]] ?? []
            let listed = items.filter { ($0["occurred_at"] as? String)?.hasPrefix(month) == true }
            let total = try await app.api(.get, "/api/v1/emergency-statistics?month=\(month)", token: supervisor).json()["total"] as? [String: Any]
            #expect(total?["events"] as? Int == listed.count && listed.count >= 3)
            #expect(total?["deaths"] as? Int == listed.reduce(0) { $0 + ($1["deaths"] as? Int ?? 0) })
            let late = listed.reduce(0) { $0 + ($1["late_reports"] as? Int ?? 0) }
            #expect(total?["late_reports"] as? Int == late && late >= 2)
            let owing = try await app.api(.get, "/api/v1/emergencies?status=owing", token: supervisor).json()["items"] as? [[String: Any]] ?? []
            let due = owing.compactMap { $0["report_due_at"] as? String }
            #expect(due.count == owing.count && owing.count >= 2 && due == due.sorted())
        }
    }

    @Test func theCrashStillOwingItsCityReportIsSupervised() async throws {
        try await TestApp.run { app in
            // The demo crash was reported to the county 1.5 hours ago: the city is owed within 2 hours of it.
            let sweeper = DeadlineSweeper(clocks: [SafetySupervision.reports], database: app.services.database, clock: ManualClock(Date().addingTimeInterval(3_600)))
            #expect(try await sweeper.sweep() == 1)
            let notices = try await app.notices("emergency", "demo-emergency-1")
            #expect(notices.map(\.kind) == ["overdue"] && notices.first?.clock == "report_city")
        }
    }

    @Test func warningsShowOnThePortalAndOnHomePagesInTheirArea() async throws {
        try await TestApp.run { app in
            #expect(try await app.get("/portal").text.contains("城关街道暴雨橙色预警"))
            #expect(try await app.get("/home", as: try await app.session("gridworker1")).text.contains("城关街道暴雨橙色预警"))
            #expect(try await app.get("/home", as: try await app.session("leader")).text.contains("城关街道暴雨橙色预警"))
            #expect(!(try await app.get("/home", as: try await app.session("gridworker3")).text.contains("城关街道暴雨橙色预警")))
            let leader = try await app.session("leader", kind: .api).token
            let street = try await app.session("street_sup", kind: .api).token
            let ends = ISO8601DateFormatter().string(from: Date().addingTimeInterval(6 * 3_600))
            let outside = Self.json(["level": 2, "kind": "大风", "title": "t", "units": ["330199002"], "ends_at": ends])
            #expect(try Self.code(try await app.api(.post, "/api/v1/warnings", token: street, json: outside)) == "warning_unit")
            let red = Self.json(["level": 1, "kind": "台风", "title": "溪南街道台风红色预警", "message": "停课停工", "units": ["330199002"], "ends_at": ends])
            let issued = try await app.api(.post, "/api/v1/warnings", token: leader, json: red)
            #expect(try issued.status == .created && issued.json()["colour"] as? String == "red")
            #expect(try await app.get("/home", as: try await app.session("socialworker")).text.contains("溪南街道台风红色预警"))
            let id = try #require(try issued.json()["id"] as? String)
            #expect(try await app.api(.post, "/api/v1/warnings/\(id)/lift", token: street).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/warnings/\(id)/lift", token: leader).status == .ok)
            #expect(try await app.api(.post, "/api/v1/warnings/\(id)/lift", token: leader).status == .conflict)
            #expect(!(try await app.get("/portal").text.contains("溪南街道台风红色预警")))
        }
    }

    @Test func repeatViolationRulesProposeMeasuresForAPersonToDecide() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let supervisor = try await app.session("supervisor", kind: .api).token
            let path = "/api/v1/venues/demo-venue-1/inspections"
            // Out of hours, a second finding within the year after the demo's minors: revocation proposed, the rule named.
            let second = try await app.api(.post, path, token: worker, json: #"{"findings":"凌晨1时仍在营业","violations":["out_of_hours"]}"#)
            #expect(second.status == .created)
            var proposals = try second.json()["proposals"] as? [[String: Any]]
            #expect(proposals?.map { $0["rule"] as? String } == ["cafe_twice_in_a_year"] && proposals?.first?["measure"] as? String == "revoke_licence")
            // Three minors at once: revocation by its own rule too; one or two would be a suspension.
            let three = try await app.api(.post, path, token: worker, json: #"{"findings":"发现3名未成年人","violations":["admitting_minors"],"minors":3}"#)
            proposals = try three.json()["proposals"] as? [[String: Any]]
            #expect(Set(proposals?.compactMap { $0["rule"] as? String } ?? []) == ["cafe_twice_in_a_year", "cafe_three_minors"])
            #expect(try await app.api(.post, path, token: worker, json: #"{"findings":"x","violations":["fire_safety"],"minors":2}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, path, token: worker, json: #"{"findings":"x","violations":["smoking"]}"#).status == .unprocessableContent)
            // A fresh café with one or two minors: 30 days' suspension.
            let cafe = try await app.api(.post, "/api/v1/venues", token: worker,
                                         json: #"{"name":"蓝海网吧","kind":"internet_cafe","grid_code":"330199001001001","address":"幸福路20号"}"#).json()
            let cafeId = try #require(cafe["id"] as? String)
            let first = try await app.api(.post, "/api/v1/venues/\(cafeId)/inspections", token: worker,
                                          json: #"{"findings":"1名未成年人","violations":["admitting_minors"],"minors":1}"#).json()
            #expect((first["proposals"] as? [[String: Any]])?.map { $0["measure"] as? String } == ["suspend_30d"])
            // A person decides; the grid worker may not.
            let detail = try await app.api(.get, "/api/v1/venues/demo-venue-1", token: supervisor).json()
            let proposal = try #require((detail["proposals"] as? [[String: Any]])?.first?["id"] as? String)
            let decision = #"{"proposal_id":"\#(proposal)","accept":true,"note":"报县文广旅局依法吊销"}"#
            #expect(try await app.api(.post, "/api/v1/venues/demo-venue-1/decisions", token: worker, json: decision).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/venues/demo-venue-1/decisions", token: supervisor, json: decision).status == .ok)
            #expect(try await app.api(.post, "/api/v1/venues/demo-venue-1/decisions", token: supervisor, json: decision).status == .conflict)
            let page = try await app.get("/venues/demo-venue-1", as: try await app.session("supervisor")).text
            #expect(page.contains("网吧一年内两次接纳未成年人或超时营业") && page.contains("已采纳"))
            #expect(try await app.api(.get, "/api/v1/venues/demo-venue-1", token: try await app.session("gridworker2", kind: .api).token).status == .notFound)
        }
    }

    @Test func agreementsAreSignedYearlyInspectedAndAssessedOnce() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let year = Day(date: Date()).year
            let again = Self.json(["organisation_id": "demo-organisation-1", "grid_code": "330199001001001", "year": year, "signed_on": Day(date: Date()).description,
                                   "signatory": "王经理", "terms": "x"])
            #expect(try Self.code(try await app.api(.post, "/api/v1/safety-agreements", token: worker, json: again)) == "agreement_signed")
            let unknown = again.replacingOccurrences(of: "demo-organisation-1", with: "demo-organisation-9")
            #expect(try await app.api(.post, "/api/v1/safety-agreements", token: worker, json: unknown).status == .unprocessableContent)
            let records = "/api/v1/safety-agreements/demo-agreement-1/records"
            let today = Day(date: Date()).description
            #expect(try await app.api(.post, records, token: worker, json: Self.json(["kind": "inspection", "on": today, "findings": "消防通道畅通", "passed": true])).status == .created)
            #expect(try await app.api(.post, records, token: worker, json: Self.json(["kind": "assessment", "on": today, "findings": "考核合格", "passed": true])).status == .created)
            #expect(try await app.api(.post, records, token: worker, json: Self.json(["kind": "assessment", "on": today, "findings": "x", "passed": true])).status == .conflict)
            let list = try await app.api(.get, "/api/v1/safety-agreements?year=\(year)", token: worker).json()["items"] as? [[String: Any]]
            #expect((list?.first?["records"] as? [[String: Any]])?.count == 2)
            #expect(try await app.api(.get, "/api/v1/safety-agreements", token: try await app.session("gridworker2", kind: .api).token).json()["total"] as? Int == 0)
        }
    }

    @Test func agreementAndQuarterPagesShowTheirRecords() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1")
            let page = try await app.get("/safety-agreements", as: worker).text
            #expect(page.contains("落实消防安全主体责任") && page.contains("id=\"agreement-form\""))
            let today = Day(date: Date()).description
            let recorded = try await app.post("/safety-agreements/demo-agreement-1/records",
                                              form: ["kind": "inspection", "on": today, "findings": "灭火器过期2具", "passed": "0"], as: worker)
            #expect(recorded.status == .seeOther)
            #expect(try await app.get("/safety-agreements", as: worker).text.contains("灭火器过期2具"))
            let refused = try await app.post("/safety-agreements", form: ["organisation_id": "demo-organisation-1", "grid_code": "330199001001001",
                                                                           "year": String(Day(date: Date()).year), "signed_on": today, "signatory": "x", "terms": "y"], as: worker)
            #expect(refused.status == .conflict && refused.text.contains("id=\"form-error\""))
            let quarter = try await app.get("/hazard-statistics", as: worker).text
            #expect(quarter.contains("消防") && quarter.contains("id=\"hazard-stats-total\""))
            #expect(try await app.get("/hazard-statistics?quarter=2026-Q9", as: worker).status == .unprocessableContent)
            #expect(try await app.get("/safety-agreements", as: try await app.session("gridworker2")).text.contains("落实消防安全主体责任") == false)
        }
    }

    @Test func aPatrolPhotoIsCheckedByItsBytesAndShownOnlyInScope() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
            func body(_ photo: String) -> String {
                Self.json(["grid_code": "330199001001001", "place": "p", "kind": "gas", "description": "d", "responsible_unit": "u", "photo_base64": photo])
            }
            // A script named photo.png is not a photo; nor is anything over 2 MB.
            let script = Data("<script>alert(1)</script>".utf8).base64EncodedString()
            #expect(try Self.code(try await app.api(.post, "/api/v1/hazards", token: worker, json: body(script))) == "hazard_photo")
            let huge = Data([0xFF, 0xD8, 0xFF] + [UInt8](repeating: 0, count: HazardPhoto.maxBytes)).base64EncodedString()
            #expect(try Self.code(try await app.api(.post, "/api/v1/hazards", token: worker, json: body(huge))) == "hazard_photo")
            let created = try await app.api(.post, "/api/v1/hazards", token: worker, json: body(png))
            let id = try #require(try created.json()["id"] as? String)
            let photo = try await app.get("/hazards/\(id)/photo", as: try await app.session("gridworker1"))
            #expect(photo.status == .ok && photo.headers[.contentType] == "image/png" && photo.body.readableBytes == 70)
            #expect(try await app.get("/hazards/\(id)/photo", as: try await app.session("gridworker2")).status == .notFound)
            #expect(try await app.get("/hazards/\(id)", as: try await app.session("gridworker1")).text.contains("id=\"hazard-photo\""))
        }
    }
}
