import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import NIOCore
import Testing

/// Reception days, backlog cases under the five ones with their meetings, the judicial-aid
/// ledger, and what the portal publishes.
@Suite("Petitions: receptions, backlog cases, judicial aid, portal")
struct PetitionCaseworkTests {
    @Test func receptionDaysAreScheduledPublishedAndTheirCasesRecorded() async throws {
        try await TestApp.run { app in
            let officer = try await app.session("petition", kind: .api).token
            let day = Day(dayNumber: Day(date: Date()).dayNumber + 3).description
            let created = try await app.api(.post, "/api/v1/receptions", token: officer,
                                            json: #"{"leader_name":"李华","leader_title":"副县长","day":"\#(day)","hours":"14:00-17:00","place":"县信访接待中心"}"#)
            #expect(created.status == .created, "\(created.text)")
            #expect(try await app.api(.post, "/api/v1/receptions", token: officer,
                                      json: #"{"leader_name":"李华","leader_title":"副县长","day":"2020-01-01","hours":"14:00-17:00","place":"x"}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/receptions", token: officer,
                                      json: #"{"leader_name":"李华","leader_title":"副县长","day":"\#(day)","hours":"afternoon","place":"x"}"#).status == .unprocessableContent)
            let id = try #require(try created.json()["id"] as? String)
            let recorded = try await app.api(.post, "/api/v1/receptions/\(id)/cases", token: officer, json: #"{"petition_id":"demo-petition-1"}"#)
            #expect(try recorded.status == .created && recorded.json()["petition_ids"] as? [String] == ["demo-petition-1"])
            #expect(try await app.api(.post, "/api/v1/receptions/\(id)/cases", token: officer, json: #"{"petition_id":"demo-petition-1"}"#).status == .conflict)
            // Published on the portal, no sign-in needed.
            let portal = try await app.client.execute(uri: "/portal/petitions", method: .get)
            #expect(portal.status == .ok && String(buffer: portal.body).contains("副县长 李华") && String(buffer: portal.body).contains("县长 周明"))
        }
    }

    @Test func backlogCasesNeedAllFiveOnesAndKeepMeetingsAndAid() async throws {
        try await TestApp.run { app in
            let officer = try await app.session("petition", kind: .api).token
            let leader = try await app.session("leader", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/petitions/demo-petition-3/backlog", token: officer,
                                      json: #"{"leader":"周明","team":"县人社局","plan":"督促支付"}"#).status == .unprocessableContent)
            let opened = try await app.api(.post, "/api/v1/petitions/demo-petition-3/backlog", token: officer,
                                           json: #"{"leader":"周明","team":"县人社局","plan":"督促支付","owner":"郑科长"}"#)
            #expect(opened.status == .created, "\(opened.text)")
            #expect(try await app.api(.post, "/api/v1/petitions/demo-petition-3/backlog", token: officer,
                                      json: #"{"leader":"周明","team":"县人社局","plan":"督促支付","owner":"郑科长"}"#).status == .conflict)
            let id = try #require(try opened.json()["id"] as? String)
            let today = Day(date: Date()).description
            let clinic = try await app.api(.post, "/api/v1/backlog-cases/\(id)/meetings", token: officer,
                                           json: #"{"kind":"clinic","held_on":"\#(today)","attendees":"县信访局、县人社局","minutes":"企业已停产","decisions":"启动欠薪保障金"}"#)
            #expect(try clinic.status == .created && (clinic.json()["meetings"] as? [[String: Any]])?.first?["kind"] as? String == "clinic")
            #expect(try await app.api(.post, "/api/v1/backlog-cases/\(id)/aid", token: officer, json: #"{"amount_fen":0,"reason":"困难"}"#).status == .unprocessableContent)
            let aid = try await app.api(.post, "/api/v1/backlog-cases/\(id)/aid", token: officer, json: #"{"amount_fen":300000,"reason":"欠薪期间生活困难"}"#)
            let grant = try #require(try aid.json()["id"] as? String)
            // The office asks; a leader decides, with a note, once.
            #expect(try await app.api(.post, "/api/v1/aid-grants/\(grant)/decision", token: officer, json: #"{"approve":true,"note":"同意"}"#).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/aid-grants/\(grant)/decision", token: leader, json: #"{"approve":true}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/aid-grants/\(grant)/decision", token: leader, json: #"{"approve":true,"note":"同意救助"}"#).status == .ok)
            #expect(try await app.api(.post, "/api/v1/aid-grants/\(grant)/decision", token: leader, json: #"{"approve":false,"note":"x"}"#).status == .conflict)
            let ledger = try await app.api(.get, "/api/v1/aid-ledger", token: leader).json()
            #expect(ledger["approved_fen"] as? Int == 300_000 && (ledger["items"] as? [[String: Any]])?.count == 2 && ledger["total"] as? Int == 2)
            // A page at a time, newest first; the approved total is the whole ledger's.
            let first = try await app.api(.get, "/api/v1/aid-ledger?limit=1", token: leader).json()
            let second = try await app.api(.get, "/api/v1/aid-ledger?limit=1&offset=1", token: leader).json()
            let one = try #require((first["items"] as? [[String: Any]])?.first), two = try #require((second["items"] as? [[String: Any]])?.first)
            #expect(Set([one["id"] as? String, two["id"] as? String]) == Set((ledger["items"] as? [[String: Any]] ?? []).map { $0["id"] as? String }))
            #expect((one["requested_at"] as? String ?? "") >= (two["requested_at"] as? String ?? "") && first["approved_fen"] as? Int == 300_000)
            #expect(second["total"] as? Int == 2 && second["offset"] as? Int == 1 && (second["items"] as? [[String: Any]])?.count == 1)
            #expect(try await app.api(.get, "/api/v1/aid-ledger?limit=0", token: leader).status == .unprocessableContent)
            let resolved = try await app.api(.post, "/api/v1/backlog-cases/\(id)/resolve", token: officer, json: #"{"resolution":"欠薪已全额支付"}"#)
            #expect(try resolved.status == .ok && resolved.json()["status"] as? String == "resolved")
            #expect(try await app.auditActions().contains("aid.approve"))
        }
    }

    @Test func thePortalTracksByNumberAndPhoneAndPublishesTheRate() async throws {
        try await TestApp.run { app in
            let officer = try await app.session("petition", kind: .api).token
            let number = try #require(try await app.api(.get, "/api/v1/petitions/demo-petition-3", token: officer).json()["petition"]
                .flatMap { ($0 as? [String: Any])?["number"] as? String })
            let page = try await app.client.execute(uri: "/portal/petitions", method: .get)
            #expect(String(buffer: page.body).contains("portal-rate-online"))
            let cookie = try #require(page.headers[.setCookie])
            let csrf = try #require(String(buffer: page.body).firstMatch(of: /name="_csrf" value="([^"]+)"/)?.1)
            func track(_ phone: String) async throws -> TestResponse {
                try await app.client.execute(uri: "/portal/petitions", method: .post,
                                             headers: [.contentType: "application/x-www-form-urlencoded", .cookie: String(cookie.split(separator: ";")[0])],
                                             body: ByteBuffer(string: "_csrf=\(csrf)&number=\(number)&phone=\(phone)"))
            }
            let wrong = try await track("13900009999")
            #expect(wrong.status == .unprocessableContent && !String(buffer: wrong.body).contains("petition-status-card"))
            let right = try await track("13900003333")
            #expect(right.status == .ok && String(buffer: right.body).contains("已书面答复") && String(buffer: right.body).contains("欠薪已于本月发放"))
        }
    }

    @Test func backlogWorkOnThePetitionPage() async throws {
        try await TestApp.run { app in
            let officer = try await app.session("petition")
            var five = ["leader": "周明", "team": "县人社局", "plan": "督促支付", "owner": ""]
            let refused = try await app.post("/petitions/demo-petition-3/backlog", form: five, as: officer)
            #expect(refused.status == .unprocessableContent && refused.text.contains("五个一"))
            five["owner"] = "郑科长"
            #expect(try await app.post("/petitions/demo-petition-3/backlog", form: five, as: officer).status == .seeOther)
            #expect(try await app.post("/petitions/demo-petition-3/backlog/aid", form: ["amount": "2,000.505", "reason": "困难"], as: officer).status == .unprocessableContent)
            #expect(try await app.post("/petitions/demo-petition-3/backlog/aid", form: ["amount": "2,000.50", "reason": "困难"], as: officer).status == .seeOther)
            let page = try await app.get("/petitions/demo-petition-3", as: officer).text
            #expect(page.contains("¥2000.50") && page.contains("待审批") && !page.contains("aid-approve-"))
            let leader = try await app.session("leader")
            let leaderPage = try await app.get("/petitions/demo-petition-3", as: leader).text
            let grant = try #require(leaderPage.firstMatch(of: /id="aid-approve-([^"]+)"/)?.1)
            #expect(try await app.post("/petitions/demo-petition-3/backlog/aid-decision", form: ["grant": String(grant), "approve": "1", "note": "同意"], as: leader).status == .seeOther)
            #expect(try await app.get("/petitions/demo-petition-3", as: leader).text.contains("已批准合计 ¥2000.50"))
            let rota = try await app.get("/petitions/rota", as: officer)
            #expect(rota.status == .ok && rota.text.contains("县长 周明"))
        }
    }

    @Test func petitionClassOrdersAreTakenOverFromTheirPage() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let order = try await app.api(.post, "/api/v1/work-orders", token: worker,
                                          json: #"{"channel":"patrol","category_code":"X01","description":"反映征地补偿问题","grid_code":"330199001001001","contact_name":"吴大伯","contact_phone":"13900006543"}"#).json()
            let id = try #require(order["id"] as? String), number = try #require(order["number"] as? String)
            let officer = try await app.session("petition")
            let page = try await app.get("/petitions/handovers", as: officer)
            #expect(page.status == .ok && page.text.contains(number) && page.text.contains("take-\(id)"))
            let taken = try await app.post("/petitions/handovers/\(id)", form: ["unit_code": "330199", "responsible_body": "县自然资源局"], as: officer)
            #expect(taken.status == .seeOther)
            let petition = try await app.get(try #require(taken.headers[.location]), as: officer).text
            #expect(petition.contains("反映征地补偿问题") && petition.contains("吴大伯") && petition.contains("县自然资源局"))
            #expect(!(try await app.get("/petitions/handovers", as: officer).text.contains(number)))
            #expect(try await app.post("/petitions/handovers/\(id)", form: ["responsible_body": "x"], as: officer).status == .conflict)
        }
    }
}
