import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import Testing

/// The dispute register and mediation through the API and pages: risk at registration, the
/// steps and who may take them, who sees what, printable documents and the figures.
@Suite("Disputes and mediation")
struct DisputeAPITests {
    static func body(type: String = "neighbour", scale: Int = 2, violence: Bool = false, unit: String = "330199001001001",
                     parties: String = #"[{"name":"刘芳","role":"applicant","phone":"13700004444"},{"name":"陈志强","role":"respondent"}]"#) -> String {
        #"{"title":"噪声纠纷","occurred_on":"2026-11-20","place":"幸福里5幢","type_code":"\#(type)","scale":\#(scale),"summary":"夜间装修噪声","unit_code":"\#(unit)","violence_threatened":\#(violence),"parties":\#(parties)}"#
    }

    static func step(_ app: TestApp, _ token: String, _ id: String, _ json: String) async throws -> TestResponse {
        try await app.api(.post, "/api/v1/disputes/\(id)/transitions", token: token, json: json)
    }

    @Test func registrationNumbersAssessesRiskAndStartsTheClock() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let first = try await app.api(.post, "/api/v1/disputes", token: worker, json: Self.body())
            #expect(first.status == .created, "\(first.text)")
            let d = try first.json()
            #expect((d["number"] as? String)?.hasPrefix("TJ") == true && d["status"] as? String == "registered")
            // The demo already holds a neighbour dispute in this grid: repeated within 90 days raises the level.
            #expect(d["risk_level"] as? String == "medium" && (d["risk_reasons"] as? [String]) == ["risk_reason_repeated"])
            #expect(d["due_rule"] as? String == "mediation_limit" && d["due_at"] is String)
            let violent = try await app.api(.post, "/api/v1/disputes", token: worker, json: Self.body(type: "damages", scale: 40, violence: true)).json()
            #expect(violent["risk_level"] as? String == "high")
            #expect((violent["risk_reasons"] as? [String])?.contains("risk_reason_violence") == true)
            func highRisk() async throws -> [String] {
                (try await app.api(.get, "/api/v1/disputes?status=high_risk", token: worker).json()["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            }
            let violentId = try #require(violent["id"] as? String)
            #expect(try await highRisk() == [violentId])
            // It stays on the list while it is open, and leaves it when it closes.
            let mediator = try await app.session("mediator", kind: .api).token
            #expect(try await Self.step(app, mediator, violentId, #"{"action":"assign","body":"people-community"}"#).status == .ok)
            #expect(try await highRisk() == [violentId])
            let referred = try await Self.step(app, mediator, violentId, #"{"action":"refer","outcome":"court","text":"当事人起诉"}"#)
            #expect(referred.status == .ok, "\(referred.text)")
            #expect(try await highRisk() == [])
        }
    }

    @Test func badInputIsRefusedAndNothingIsWritten() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let before = try await app.api(.get, "/api/v1/disputes?status=all", token: worker).json()["total"] as? Int
            for bad in [Self.body(parties: #"[{"name":"刘芳","role":"applicant"}]"#), Self.body(type: "alien"), Self.body(scale: 1),
                        Self.body(unit: "330199001001002"), Self.body(parties: #"[{"name":"刘芳","phone":"123"},{"name":"陈"}]"#),
                        Self.body().replacingOccurrences(of: "2026-11-20", with: "2099-01-01"),
                        Self.body().replacingOccurrences(of: "2026-11-20", with: "2026-02-30")] {
                #expect(try await app.api(.post, "/api/v1/disputes", token: worker, json: bad).status == .unprocessableContent, "\(bad)")
            }
            // Registry links: a resident of the worker's grid is linked; an unknown id is refused.
            #expect(try await app.api(.post, "/api/v1/disputes", token: worker,
                                      json: Self.body(parties: #"[{"name":"刘芳","registry_id":"no-such-resident"},{"name":"陈"}]"#)).status == .unprocessableContent)
            #expect(try await app.api(.get, "/api/v1/disputes?status=all", token: worker).json()["total"] as? Int == before)
            let linked = try await app.api(.post, "/api/v1/disputes", token: worker,
                                           json: Self.body(parties: #"[{"name":"居民","registry_id":"demo-resident-2"},{"name":"陈"}]"#))
            #expect(try linked.status == .created && (linked.json()["parties"] as? [[String: Any]])?.first?["registry_id"] as? String == "demo-resident-2")
        }
    }

    @Test func mediatorsMediateLeadersDecideAndOthersCannot() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let mediator = try await app.session("mediator", kind: .api).token
            let leader = try await app.session("leader", kind: .api).token
            let id = try #require(try await app.api(.post, "/api/v1/disputes", token: worker, json: Self.body()).json()["id"] as? String)
            #expect(try await Self.step(app, worker, id, #"{"action":"assign","body":"people-community"}"#).status == .forbidden)
            #expect(try await Self.step(app, mediator, id, #"{"action":"assign","body":"no-such-body"}"#).status == .unprocessableContent)
            #expect(try await Self.step(app, mediator, id, #"{"action":"agree","text":"x","performance_due":"2099-01-01"}"#).status == .conflict)
            #expect(try await Self.step(app, mediator, id, #"{"action":"escalate","text":"涉及住建、城管两部门"}"#).status == .ok)
            #expect(try await Self.step(app, mediator, id, #"{"action":"decide","body":"trade-property","text":"由物业纠纷调解中心牵头"}"#).status == .forbidden)
            let decided = try await Self.step(app, leader, id, #"{"action":"decide","body":"trade-property","text":"由物业纠纷调解中心牵头"}"#)
            #expect(try decided.status == .ok && decided.json()["escalation_decision"] as? String == "由物业纠纷调解中心牵头")
            #expect(try await Self.step(app, mediator, id, #"{"action":"session","text":"双方到场，同意错峰施工"}"#).status == .ok)
            #expect(try await Self.step(app, mediator, id, #"{"action":"agree","text":"晚8时后停止装修","performance_due":"2020-01-01"}"#).status == .unprocessableContent)
            let agreed = try await Self.step(app, mediator, id, #"{"action":"agree","text":"晚8时后停止装修","performance_due":"2099-01-01"}"#)
            #expect(try agreed.status == .ok && agreed.json()["due_rule"] as? String == "performance_due" && agreed.json()["confirmation_due_at"] is String)
            let detail = try await app.api(.get, "/api/v1/disputes/\(id)", token: leader).json()
            #expect((detail["events"] as? [[String: Any]])?.map { $0["action"] as? String } == ["register", "escalate", "decide", "session", "agree"])
            let audit = try await app.auditActions()
            #expect(audit.contains("dispute.decide") && audit.contains("dispute.view"))
        }
    }

    @Test func eachUnitSeesItsOwnDisputes() async throws {
        try await TestApp.run { app in
            let other = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/disputes/demo-dispute-1", token: other).status == .notFound)
            let listed = try await app.api(.get, "/api/v1/disputes?status=all", token: other).json()["items"] as? [[String: Any]]
            #expect(listed?.isEmpty == true)
            let petition = try await app.session("petition", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/disputes", token: petition).status == .notFound)
        }
    }

    @Test func theAgreementAndTheCaseFilePrintInOrder() async throws {
        try await TestApp.run { app in
            let session = try await app.session("mediator")
            let agreement = try await app.get("/disputes/demo-dispute-2/agreement", as: session)
            #expect(agreement.status == .ok)
            for text in ["人民调解协议书", "幸福里物业公司", "王建华等6户业主", "清理占用车位", "30日内", "人民调解委员会（印章）"] {
                #expect(agreement.text.contains(text), "\(text)")
            }
            #expect(try await app.get("/disputes/demo-dispute-1/agreement", as: session).status == .notFound)
            let file = try await app.get("/disputes/demo-dispute-2/file", as: session).text
            let order = ["调解申请书", "当事人权利义务告知书", "当事人身份情况", "调查材料", "调解笔录", "id=\"agreement\"", "履行情况、回访与司法确认"]
            let positions = order.compactMap { file.range(of: $0)?.lowerBound }
            #expect(positions.count == order.count && positions == positions.sorted())
        }
    }

    @Test func figuresCountByTypeAndUnit() async throws {
        try await TestApp.run { app in
            let leader = try await app.session("leader", kind: .api).token
            let today = Day(date: Date()).description
            let figures = try await app.api(.get, "/api/v1/dispute-figures?from=2000-01-01&to=\(today)", token: leader).json()
            let total = try #require(figures["total"] as? [String: Any])
            #expect(total["found"] as? Int == 2 && total["concluded"] as? Int == 1 && total["agreements"] as? Int == 1)
            #expect(total["success_rate"] as? Double == 1)
            let byType = try #require(figures["by_type"] as? [[String: Any]])
            #expect(Set(byType.compactMap { $0["key"] as? String }) == ["neighbour", "property"])
            #expect(try await app.api(.get, "/api/v1/dispute-figures?from=2026-12-31&to=2026-01-01", token: leader).status == .unprocessableContent)
            let page = try await app.get("/disputes/figures?from=2000-01-01", as: try await app.session("leader"))
            #expect(page.status == .ok && page.text.contains("figures-total") && page.text.contains("100.0%"))
        }
    }

    @Test func pagesRegisterAndMediateWithErrorsOnThePage() async throws {
        try await TestApp.run { app in
            let session = try await app.session("mediator")
            var form = ["title": "宅基地边界纠纷", "type_code": "neighbour", "occurred_on": "2026-11-25", "place": "溪口村", "unit_code": "330199001001001",
                        "summary": "两户因围墙位置争执", "party_name_1": "张三", "party_role_1": "applicant"]
            let refused = try await app.post("/disputes", form: form, as: session)
            #expect(refused.status == .unprocessableContent && refused.text.contains("至少两方当事人") && refused.text.contains("宅基地边界纠纷"))
            form["party_name_2"] = "李四"
            form["party_role_2"] = "respondent"
            let created = try await app.post("/disputes", form: form, as: session)
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let noMinutes = try await app.post(location + "/step", form: ["action": "assign", "body": "people-street", "text": "交街道调委会"], as: session)
            #expect(noMinutes.status == .seeOther)
            let empty = try await app.post(location + "/step", form: ["action": "session", "text": ""], as: session)
            #expect(empty.status == .unprocessableContent && empty.text.contains("请填写笔录"))
            #expect(try await app.get(location, as: session).text.contains("街道（乡镇）人民调解委员会"))
        }
    }

    @Test func administratorsConfigureTypesAndBodies() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin", kind: .api).token
            let mediator = try await app.session("mediator", kind: .api).token
            let type = #"{"code":"education","name_zh":"教育纠纷","name_en":"Education","days":20}"#
            #expect(try await app.api(.post, "/api/v1/dispute-types", token: mediator, json: type).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/dispute-types", token: admin, json: type).status == .created)
            #expect(try await app.api(.post, "/api/v1/dispute-types", token: admin, json: #"{"code":"x","name_zh":"x","name_en":"x","days":200}"#).status == .unprocessableContent)
            let types = try await app.api(.get, "/api/v1/dispute-types", token: mediator).json()["items"] as? [[String: Any]]
            #expect(types?.contains { $0["code"] as? String == "education" && $0["days"] as? Int == 20 } == true)
            #expect(try await app.api(.post, "/api/v1/mediation-bodies", token: admin,
                                      json: #"{"code":"trade-school","name_zh":"校园纠纷调解中心","name_en":"School disputes centre","kind":"trade"}"#).status == .created)
            #expect(try await app.api(.post, "/api/v1/mediation-bodies", token: admin,
                                      json: #"{"code":"trade-labour","name_zh":"劳动争议调解中心","name_en":"Labour","kind":"trade","active":false}"#).status == .created)
            let bodies = try await app.api(.get, "/api/v1/mediation-bodies", token: mediator).json()["items"] as? [[String: Any]]
            #expect(bodies?.contains { $0["code"] as? String == "trade-school" } == true && bodies?.contains { $0["code"] as? String == "trade-labour" } == false)
            // A new type is used at once, with its own limit.
            let worker = try await app.session("gridworker1", kind: .api).token
            let created = try await app.api(.post, "/api/v1/disputes", token: worker, json: Self.body(type: "education")).json()
            let due = try #require((created["due_at"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) })
            #expect(due.timeIntervalSinceNow > 19 * 86_400 && due.timeIntervalSinceNow < 21 * 86_400)
        }
    }
}
