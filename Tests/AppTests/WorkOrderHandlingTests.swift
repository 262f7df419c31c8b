import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import KernelTesting
import NIOCore
import Testing
import WorkOrders

/// Around the main line: extensions, co-handling, duplicates and merging, bulk dispatch, the petition hand-over.
@Suite("Work orders: extensions, co-handling, merging, bulk dispatch, petitions")
struct WorkOrderHandlingTests {
    static func step(_ app: TestApp, _ token: String, _ id: String, _ json: String) async throws -> (Int, [String: Any]) {
        let response = try await app.api(.post, "/api/v1/work-orders/\(id)/transitions", token: token, json: json)
        return (Int(response.status.code), (try? response.json()) ?? [:])
    }

    static func take(_ app: TestApp, _ token: String, category: String = "A01", description: String = "楼道堆物") async throws -> [String: Any] {
        let json = #"{"channel":"patrol","category_code":"\#(category)","description":"\#(description)","grid_code":"330199001001001"}"#
        let response = try await app.api(.post, "/api/v1/work-orders", token: token, json: json)
        #expect(response.status == .created, "\(response.text)")
        return try response.json()
    }

    @Test func extensionsAreAskedApprovedAndCounted() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let handler = try await app.session("handler", kind: .api).token
            let supervisor = try await app.session("supervisor", kind: .api).token
            let ask = #"{"working_days":5,"reason":"需采购灯具"}"#
            // Not before the order reaches the unit.
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions", token: clerk, json: ask).status == .conflict)
            #expect(try await Self.step(app, clerk, "demo-order-1", #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#).0 == 200)
            let before = try #require(try await app.api(.get, "/api/v1/work-orders/demo-order-1", token: clerk).json()["order"] as? [String: Any])
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions", token: handler, json: #"{"working_days":31,"reason":"x"}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions", token: handler, json: #"{"working_days":5,"reason":" "}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions", token: handler, json: ask).status == .created)
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions", token: handler, json: ask).status == .conflict)
            // The window clerk dispatches but does not grant time; supervisors do.
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions/decision", token: clerk, json: #"{"approve":true}"#).status == .notFound)
            let granted = try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions/decision", token: supervisor, json: #"{"approve":true}"#)
            #expect(granted.status == .ok)
            let after = try granted.json()
            #expect(after["extensions"] as? Int == 1)
            let formatter = ISO8601DateFormatter()
            let oldText = try #require(before["due_at"] as? String), newText = try #require(after["due_at"] as? String)
            let oldDue = try #require(formatter.date(from: oldText)), newDue = try #require(formatter.date(from: newText))
            #expect(newDue.timeIntervalSince(oldDue) >= 5 * 86_400)
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions/decision", token: supervisor, json: #"{"approve":true}"#).status == .conflict)
            // A second request may be refused, with a reason.
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions", token: handler, json: ask).status == .created)
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions/decision", token: supervisor, json: #"{"approve":false}"#).status == .unprocessableContent)
            let refused = try await app.api(.post, "/api/v1/work-orders/demo-order-1/extensions/decision", token: supervisor, json: #"{"approve":false,"note":"不属特殊情况"}"#)
            #expect(try refused.status == .ok && refused.json()["extensions"] as? Int == 1)
            let detail = try await app.api(.get, "/api/v1/work-orders/demo-order-1", token: clerk).json()
            #expect((detail["extensions"] as? [[String: Any]])?.map { $0["status"] as? String } == ["approved", "refused"])
            #expect(try await app.auditActions().contains("workorder.extension_approve"))
        }
    }

    @Test func coHandlingUnitsAnswerBeforeTheLead() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let clerk = try await app.session("clerk", kind: .api).token
            let handler = try await app.session("handler", kind: .api).token
            let id = try #require(try await Self.take(app, worker)["id"] as? String)
            #expect(try await app.api(.get, "/api/v1/work-orders/\(id)", token: handler).status == .notFound)
            #expect(try await Self.step(app, clerk, id, #"{"action":"dispatch","unit":"幸福里社区服务中心"}"#).0 == 200)
            #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/co-handlers", token: clerk, json: #"{"unit":"幸福里社区服务中心"}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/co-handlers", token: handler, json: #"{"unit":"县住房和城乡建设局"}"#).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/co-handlers", token: clerk, json: #"{"unit":"县住房和城乡建设局"}"#).status == .created)
            #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/co-handlers", token: clerk, json: #"{"unit":"县住房和城乡建设局"}"#).status == .conflict)
            // The bureau now sees the order, in its list too, but cannot act as the lead.
            #expect(try await app.api(.get, "/api/v1/work-orders/\(id)", token: handler).status == .ok)
            let listed = try await app.api(.get, "/api/v1/work-orders", token: handler).json()["items"] as? [[String: Any]]
            #expect(listed?.contains { $0["id"] as? String == id } == true)
            #expect(try await Self.step(app, handler, id, #"{"action":"accept"}"#).0 == 403)
            #expect(try await Self.step(app, clerk, id, #"{"action":"accept"}"#).0 == 200)
            let early = try await Self.step(app, clerk, id, #"{"action":"reply","text":"已清理"}"#)
            #expect(early.0 == 409)
            #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/co-reply", token: handler, json: #"{"text":"楼道灯已修复"}"#).status == .ok)
            #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/co-reply", token: handler, json: #"{"text":"再答一次"}"#).status == .forbidden)
            #expect(try await Self.step(app, clerk, id, #"{"action":"reply","text":"已清理，楼道灯已修复"}"#).0 == 200)
            let detail = try await app.api(.get, "/api/v1/work-orders/\(id)", token: clerk).json()
            #expect((detail["co_handlers"] as? [[String: Any]])?.first?["reply"] as? String == "楼道灯已修复")
        }
    }

    @Test func duplicatesAreSuggestedAndMerged() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let clerk = try await app.session("clerk", kind: .api).token
            let first = try await Self.take(app, worker, description: "5幢楼道堆放杂物")
            let second = try await Self.take(app, worker, description: "5幢楼道又被堆满")
            let other = try await Self.take(app, worker, category: "A02", description: "开具居住证明")
            let (firstId, secondId) = (try #require(first["id"] as? String), try #require(second["id"] as? String))
            let suggested = try await app.api(.get, "/api/v1/work-orders/\(secondId)/duplicates", token: clerk).json()["items"] as? [[String: Any]]
            #expect(suggested?.compactMap { $0["id"] as? String } == [firstId])
            #expect(!(suggested ?? []).contains { $0["id"] as? String == other["id"] as? String })
            let page = try await app.get("/work-orders/\(secondId)", as: try await app.session("clerk")).text
            #expect(page.contains("疑似重复工单") && page.contains("/work-orders/\(firstId)") && page.contains("id=\"step-merge\""))

            #expect(try await Self.step(app, clerk, secondId, #"{"action":"merge","into":"\#(secondId)"}"#).0 == 422)
            #expect(try await Self.step(app, clerk, secondId, #"{"action":"merge","into":"nope"}"#).0 == 422)
            #expect(try await Self.step(app, worker, secondId, #"{"action":"merge","into":"\#(first["number"] as! String)"}"#).0 == 403)
            let merged = try await Self.step(app, clerk, secondId, #"{"action":"merge","into":"\#(first["number"] as! String)"}"#)
            #expect(merged.0 == 200 && merged.1["status"] as? String == "merged" && merged.1["merged_into"] as? String == first["number"] as? String)
            #expect(merged.1["seconds_left"] == nil)
            // Nothing merges into a finished order; the merged one no longer counts as a duplicate.
            #expect(try await Self.step(app, clerk, other["id"] as! String, #"{"action":"merge","into":"\#(second["number"] as! String)"}"#).0 == 422)
            #expect((try await app.api(.get, "/api/v1/work-orders/\(firstId)/duplicates", token: clerk).json()["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func bulkDispatchReportsEachOrder() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let clerk = try await app.session("clerk", kind: .api).token
            let a = try #require(try await Self.take(app, worker)["id"] as? String)
            let b = try #require(try await Self.take(app, worker)["id"] as? String)
            #expect(try await Self.step(app, clerk, b, #"{"action":"dispatch","unit":"幸福里社区服务中心"}"#).0 == 200)
            let json = #"{"ids":["\#(a)","\#(b)","demo-order-1","nope"],"unit":"幸福里社区服务中心"}"#
            #expect(try await app.api(.post, "/api/v1/work-orders/dispatch", token: worker, json: json).status == .notFound)
            let results = try await app.api(.post, "/api/v1/work-orders/dispatch", token: clerk, json: json).json()["items"] as? [[String: Any]]
            let byId = Dictionary(uniqueKeysWithValues: (results ?? []).map { ($0["id"] as! String, $0) })
            #expect(byId[a]?["status"] as? String == "dispatched" && byId["demo-order-1"]?["status"] as? String == "dispatched")
            #expect(byId[b]?["error"] is String && byId["nope"]?["error"] is String)
            #expect(try await app.api(.post, "/api/v1/work-orders/dispatch", token: clerk, json: #"{"ids":[],"unit":"x"}"#).status == .unprocessableContent)

            // The same from the work list, by checkboxes.
            let c = try #require(try await Self.take(app, worker)["id"] as? String)
            let session = try await app.session("clerk")
            let list = try await app.get("/work-orders?tab=registered", as: session).text
            #expect(list.contains("name=\"ids\" value=\"\(c)\"") && list.contains("id=\"bulk-dispatch\""))
            let body = "ids=\(c)&unit=%E5%B9%B8%E7%A6%8F%E9%87%8C%E7%A4%BE%E5%8C%BA%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83&_csrf=\(session.csrf)"
            let response = try await app.client.execute(uri: "/work-orders/dispatch?tab=registered", method: .post,
                                                         headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "cg_session=\(session.token)"],
                                                         body: ByteBuffer(string: body))
            #expect(response.status == .ok && String(buffer: response.body).contains("已派遣 1 件"))
        }
    }

    @Test func petitionsWaitAtTheHandOverPointUntilTaken() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let order = try await Self.take(app, worker, category: "X01", description: "反映征地补偿问题")
            let id = try #require(order["id"] as? String)
            #expect(order["handling_unit"] as? String == "信访")
            let petition = try await app.session("petition", kind: .api).token
            let waiting = try await app.api(.get, "/api/v1/petition-handovers", token: petition).json()
            #expect((waiting["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            #expect(try await app.api(.get, "/api/v1/petition-handovers", token: worker).status == .notFound)
            // Taken over without re-typing: the order's text and contact become the petition's, the order closes as handed over.
            let taken = try await app.api(.post, "/api/v1/petition-handovers/\(id)/take", token: petition, json: #"{"responsible_body":"县自然资源局"}"#)
            #expect(taken.status == .created, "\(taken.text)")
            let created = try taken.json()
            #expect(created["work_order_id"] as? String == id && created["matter"] as? String == "反映征地补偿问题")
            #expect(created["status"] as? String == "registered" && created["due_rule"] as? String == "acceptance_15d")
            #expect((created["number"] as? String)?.hasPrefix("XF") == true && created["responsible_body"] as? String == "县自然资源局")
            let handed = try await app.api(.get, "/api/v1/work-orders/\(id)", token: petition).json()["order"] as? [String: Any]
            #expect(handed?["status"] as? String == "handed_over")
            #expect(try await app.api(.post, "/api/v1/petition-handovers/\(id)/take", token: petition, json: "{}").status == .conflict)
            #expect(try await app.api(.get, "/api/v1/petition-handovers", token: petition).json()["total"] as? Int == 0)
            // Other classes never reach the hand-over point.
            let lamp = try #require(try await Self.take(app, worker)["id"] as? String)
            #expect(try await app.api(.post, "/api/v1/petition-handovers/\(lamp)/take", token: petition, json: "{}").status == .conflict)
            let all = try await app.api(.get, "/api/v1/petitions?status=all", token: petition).json()["items"] as? [[String: Any]] ?? []
            #expect(all.contains { $0["work_order_id"] as? String == id } && !all.contains { $0["work_order_id"] as? String == lamp })
        }
    }
}

@Suite("Work orders: configuring the category tree")
struct CategoryConfigurationTests {
    @Test func administratorsAddChangeAndRetireCategories() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin", kind: .api).token
            let supervisor = try await app.session("supervisor", kind: .api).token
            let worker = try await app.session("gridworker1", kind: .api).token
            let manhole = #"{"code":"A06","parent_code":"A","name_zh":"井盖缺失","name_en":"Missing manhole cover","request_class":"administrative","handling_level":"district","handling_unit":"县住房和城乡建设局"}"#
            #expect(try await app.api(.post, "/api/v1/work-order-categories", token: supervisor, json: manhole).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/work-order-categories", token: admin, json: manhole).status == .created)
            let listed = try await app.api(.get, "/api/v1/work-order-categories", token: worker).json()["items"] as? [[String: Any]]
            #expect(listed?.contains { $0["code"] as? String == "A06" && $0["handling_level"] as? String == "district" } == true)
            let order = #"{"channel":"patrol","category_code":"A06","description":"井盖丢失","grid_code":"330199001001001"}"#
            let taken = try await app.api(.post, "/api/v1/work-orders", token: worker, json: order)
            #expect(try taken.status == .created && taken.json()["handling_unit"] as? String == "县住房和城乡建设局")
            // A leaf stays under a class of its own kind; codes and names are checked.
            for bad in [manhole.replacingOccurrences(of: #""parent_code":"A""#, with: #""parent_code":"X""#),
                        manhole.replacingOccurrences(of: #""code":"A06""#, with: #""code":"a-6""#),
                        manhole.replacingOccurrences(of: #""name_zh":"井盖缺失""#, with: #""name_zh":" ""#),
                        manhole.replacingOccurrences(of: #""handling_level":"district""#, with: #""handling_level":"galaxy""#)] {
                #expect(try await app.api(.post, "/api/v1/work-order-categories", token: admin, json: bad).status == .unprocessableContent, "\(bad)")
            }
            // Retired: gone from the tree and from intake; orders filed under it keep it.
            let retire = manhole.replacingOccurrences(of: "}", with: #","active":false}"#)
            #expect(try await app.api(.post, "/api/v1/work-order-categories", token: admin, json: retire).status == .created)
            #expect(try await app.api(.post, "/api/v1/work-orders", token: worker, json: order).status == .unprocessableContent)
            #expect(try await app.auditActions().filter { $0 == "workorder.category" }.count == 2)
        }
    }
}

@Suite("Work orders: the order page's side forms")
struct WorkOrderSideFormTests {
    @Test func extensionsCoHandlingAndMergeFromThePage() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk")
            let handler = try await app.session("handler")
            let supervisor = try await app.session("supervisor")
            #expect(try await app.post("/work-orders/demo-order-1/step", form: ["action": "dispatch", "unit": "县住房和城乡建设局"], as: clerk).status == .seeOther)

            // The bureau asks for more time; a bad number of days is refused in place.
            let page = try await app.get("/work-orders/demo-order-1", as: handler).text
            #expect(page.contains("id=\"step-extension\"") && !page.contains("id=\"step-extension-approve\""))
            let bad = try await app.post("/work-orders/demo-order-1/extension", form: ["working_days": "40", "reason": "x"], as: handler)
            #expect(bad.status == .unprocessableContent && bad.text.contains("form-error"))
            #expect(try await app.post("/work-orders/demo-order-1/extension", form: ["working_days": "3", "reason": "需协调供电公司"], as: handler).status == .seeOther)
            let asked = try await app.get("/work-orders/demo-order-1", as: supervisor).text
            #expect(asked.contains("id=\"step-extension-approve\"") && asked.contains("需协调供电公司") && asked.contains("待审批"))
            #expect(try await app.post("/work-orders/demo-order-1/extension-decision", form: ["approve": "1"], as: supervisor).status == .seeOther)
            #expect(try await app.get("/work-orders/demo-order-1", as: clerk).text.contains("已批准"))
            // The clerk may not decide; the form is not shown and a forged post is refused.
            #expect(try await app.post("/work-orders/demo-order-1/extension-decision", form: ["approve": "1"], as: clerk).status == .forbidden)

            // Co-handling: the clerk brings in the community centre; its answer comes before the lead's.
            #expect(try await app.post("/work-orders/demo-order-1/co-handlers", form: ["unit": "幸福里社区服务中心"], as: clerk).status == .seeOther)
            #expect(try await app.post("/work-orders/demo-order-1/step", form: ["action": "accept"], as: handler).status == .seeOther)
            let early = try await app.post("/work-orders/demo-order-1/step", form: ["action": "reply", "text": "已修复"], as: handler)
            #expect(early.status == .conflict && early.text.contains("幸福里社区服务中心"))
            let clerkPage = try await app.get("/work-orders/demo-order-1", as: clerk).text
            #expect(clerkPage.contains("id=\"step-co-reply\"") && clerkPage.contains("待答复"))
            #expect(try await app.post("/work-orders/demo-order-1/co-reply", form: ["text": "已通知物业配合"], as: clerk).status == .seeOther)
            #expect(try await app.post("/work-orders/demo-order-1/step", form: ["action": "reply", "text": "已修复"], as: handler).status == .seeOther)
            let history = try await app.get("/work-orders/demo-order-1", as: supervisor).text
            #expect(history.contains("已通知物业配合") && history.contains("已答复待核查"))
        }
    }
}
