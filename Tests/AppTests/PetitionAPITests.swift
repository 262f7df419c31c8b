import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import Testing

/// The petition register through its API and pages: numbers and clocks, the chain with its
/// refusals, who may take which step, who may see what, and the published response rate.
@Suite("Petitions")
struct PetitionAPITests {
    static let letter = #"{"channel":"letter","petitioner_name":"周国平","petitioner_phone":"13900005555","headcount":3,"matter":"村道塌陷无人修复","demands":"要求尽快修复村道","unit_code":"330199001001","responsible_body":"县交通运输局"}"#

    static func step(_ app: TestApp, _ token: String, _ id: String, _ json: String) async throws -> TestResponse {
        try await app.api(.post, "/api/v1/petitions/\(id)/transitions", token: token, json: json)
    }

    @Test func registeredPetitionsGetANumberAndTheAcceptanceClock() async throws {
        try await TestApp.run { app in
            let officer = try await app.session("petition", kind: .api).token
            let created = try await app.api(.post, "/api/v1/petitions", token: officer, json: Self.letter)
            #expect(created.status == .created, "\(created.text)")
            let p = try created.json()
            #expect((p["number"] as? String)?.hasPrefix("XF") == true)
            #expect(p["status"] as? String == "registered" && p["due_rule"] as? String == "acceptance_15d")
            #expect(p["petitioner_phone"] as? String != "13900005555")  // masked in answers
            let dueText = try #require(p["due_at"] as? String)
            let due = try #require(ISO8601DateFormatter().date(from: dueText))
            let seconds = try #require(p["seconds_left"] as? Int)
            #expect(seconds > 14 * 86_400 && seconds <= 16 * 86_400)
            #expect(due > Date())
            #expect(try await app.auditActions().contains("petition.create"))
            // Linked to the registry where the petitioner is known.
            let linked = try await app.api(.post, "/api/v1/petitions", token: officer,
                                           json: Self.letter.replacingOccurrences(of: #""headcount":3"#, with: #""headcount":3,"petitioner_registry_id":"demo-resident-2""#))
            #expect(try linked.status == .created && linked.json()["petitioner_registry_id"] as? String == "demo-resident-2")
        }
    }

    @Test func badInputIsRefusedAndNothingIsWritten() async throws {
        try await TestApp.run { app in
            let officer = try await app.session("petition", kind: .api).token
            let before = try await app.api(.get, "/api/v1/petitions?status=all", token: officer).json()["total"] as? Int
            for bad in [Self.letter.replacingOccurrences(of: "村道塌陷无人修复", with: " "),
                        Self.letter.replacingOccurrences(of: "13900005555", with: "12345"),
                        Self.letter.replacingOccurrences(of: "330199001001", with: "330199999999"),
                        Self.letter.replacingOccurrences(of: #""letter""#, with: #""fax""#),
                        Self.letter.replacingOccurrences(of: #""headcount":3"#, with: #""headcount":0"#),
                        Self.letter.replacingOccurrences(of: "村道塌陷无人修复", with: String(repeating: "塌", count: 4_001)),
                        Self.letter.replacingOccurrences(of: #""headcount":3"#, with: #""headcount":3,"petitioner_registry_id":"nobody""#)] {
                #expect(try await app.api(.post, "/api/v1/petitions", token: officer, json: bad).status == .unprocessableContent)
            }
            #expect(try await app.api(.get, "/api/v1/petitions?status=all", token: officer).json()["total"] as? Int == before)
            // A grid worker neither registers nor sees petitions.
            let worker = try await app.session("gridworker1", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/petitions", token: worker, json: Self.letter).status == .notFound)
        }
    }

    @Test func theChainRefusesMissingReasonsLongExtensionsAndTheWrongRole() async throws {
        try await TestApp.run { app in
            let officer = try await app.session("petition", kind: .api).token
            let supervisor = try await app.session("supervisor", kind: .api).token
            let leader = try await app.session("leader", kind: .api).token
            let id = try #require(try await app.api(.post, "/api/v1/petitions", token: officer, json: Self.letter).json()["id"] as? String)
            #expect(try await Self.step(app, officer, id, #"{"action":"accept","text":" "}"#).status == .unprocessableContent)
            #expect(try await Self.step(app, officer, id, #"{"action":"reply","text":"答复"}"#).status == .conflict)
            #expect(try await Self.step(app, officer, id, #"{"action":"fly","text":"x"}"#).status == .unprocessableContent)
            // Leaders read; they do not take the steps.
            #expect(try await Self.step(app, leader, id, #"{"action":"accept","text":"受理"}"#).status == .forbidden)
            let accepted = try await Self.step(app, officer, id, #"{"action":"accept","text":"属本机关职责，予以受理"}"#)
            #expect(try accepted.status == .ok && accepted.json()["due_rule"] as? String == "handling_60d")
            // The office cannot grant itself time; a supervisor approves, 30 days at most in all.
            #expect(try await Self.step(app, officer, id, #"{"action":"extend","days":10,"text":"需现场勘查"}"#).status == .forbidden)
            #expect(try await Self.step(app, supervisor, id, #"{"action":"extend","days":31,"text":"需现场勘查"}"#).status == .unprocessableContent)
            let extended = try await Self.step(app, supervisor, id, #"{"action":"extend","days":20,"text":"需现场勘查"}"#)
            #expect(try extended.status == .ok && extended.json()["due_rule"] as? String == "handling_extended" && extended.json()["extension_days"] as? Int == 20)
            #expect(try await Self.step(app, supervisor, id, #"{"action":"extend","days":11,"text":"仍需勘查"}"#).status == .unprocessableContent)
            let replied = try await Self.step(app, officer, id, #"{"action":"reply","text":"已安排修复，预计本月完工"}"#)
            #expect(try replied.status == .ok && replied.json()["due_rule"] as? String == "review_window_30d")
            let detail = try await app.api(.get, "/api/v1/petitions/\(id)", token: leader).json()
            #expect((detail["events"] as? [[String: Any]])?.map { $0["action"] as? String } == ["register", "accept", "extend", "reply"])
            let audit = try await app.auditActions()
            #expect(audit.contains("petition.extend") && audit.contains("petition.view"))
        }
    }

    @Test func eachOfficeSeesItsOwnJurisdiction() async throws {
        try await TestApp.run { app in
            let officer = try await app.session("petition", kind: .api).token
            let street = try await app.session("street_sup", kind: .api).token
            // Registered at the county itself: not the street's to see.
            let county = Self.letter.replacingOccurrences(of: #""unit_code":"330199001001""#, with: #""unit_code":"330199""#)
            let id = try #require(try await app.api(.post, "/api/v1/petitions", token: officer, json: county).json()["id"] as? String)
            #expect(try await app.api(.get, "/api/v1/petitions/\(id)", token: street).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/petitions/demo-petition-1", token: street).status == .ok)
            let listed = try await app.api(.get, "/api/v1/petitions?status=all", token: street).json()["items"] as? [[String: Any]] ?? []
            #expect(!listed.isEmpty && listed.allSatisfy { ($0["unit_code"] as? String)?.hasPrefix("330199001") == true })
        }
    }

    @Test func theResponseRateCountsRepliesOnTimeAndShowsOnlineOnItsOwn() async throws {
        try await TestApp.run { app in
            let leader = try await app.session("leader", kind: .api).token
            // Demo: an online petition unanswered past its limit, an online one answered late, a letter answered on time.
            let rate = try await app.api(.get, "/api/v1/petition-response-rate", token: leader).json()
            let overall = try #require(rate["overall"] as? [String: Any])
            #expect(overall["due"] as? Int == 3 && overall["on_time"] as? Int == 1)
            let channels = try #require(rate["by_channel"] as? [[String: Any]])
            let online = try #require(channels.first { $0["key"] as? String == "online" })
            #expect(online["due"] as? Int == 2 && online["on_time"] as? Int == 0 && online["rate"] as? Double == 0)
            let visit = try #require(channels.first { $0["key"] as? String == "visit" })
            #expect(visit["due"] as? Int == 0 && visit["rate"] is NSNull)
            // The page shows it too, online on its own row.
            let page = try await app.get("/petitions", as: try await app.session("leader"))
            #expect(page.status == .ok && page.text.contains("id=\"rate-online\"") && page.text.contains("33.33%"))
            // And on the dashboard of those who may see petitions, not of those who may not.
            let home = try await app.get("/home", as: try await app.session("leader"))
            #expect(home.text.contains("home-petition-rate") && home.text.contains("33.33%"))
            #expect(!(try await app.get("/home", as: try await app.session("gridworker1")).text.contains("home-petition-rate")))
        }
    }

    @Test func pagesRegisterAndStepWithErrorsShownOnThePage() async throws {
        try await TestApp.run { app in
            let session = try await app.session("petition")
            var form = ["channel": "visit", "petitioner_name": "", "petitioner_phone": "13900006666", "headcount": "1", "matter": "噪声",
                        "demands": "停止施工", "unit_code": "330199001001", "responsible_body": "县生态环境局"]
            let refused = try await app.post("/petitions", form: form, as: session)
            #expect(refused.status == .unprocessableContent && refused.text.contains("请填写信访人姓名") && refused.text.contains("县生态环境局"))
            form["petitioner_name"] = "吴女士"
            let created = try await app.post("/petitions", form: form, as: session)
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let page = try await app.get(location, as: session)
            #expect(page.status == .ok && page.text.contains("待决定受理") && page.text.contains("15日内决定是否受理"))
            let noReason = try await app.post(location + "/step", form: ["action": "accept", "text": ""], as: session)
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("每个决定都须写明理由"))
            #expect(try await app.post(location + "/step", form: ["action": "accept", "text": "予以受理"], as: session).status == .seeOther)
            #expect(try await app.get(location, as: session).text.contains("办理中"))
        }
    }
}
