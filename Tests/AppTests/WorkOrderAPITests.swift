import CivicGridApp
import Foundation
import Kernel
import HummingbirdTesting
import KernelTesting
import SQLKit
import WorkOrders
import Testing

@Suite("Work orders: intake and life cycle through the API")
struct WorkOrderAPITests {
    static let lamp = #"{"channel":"patrol","category_code":"A05","description":"幸福里5幢路灯不亮","grid_code":"330199001001001","contact_phone":"13800005678"}"#

    @Test func aRequestGoesFromPatrolToReturnVisit() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let created = try await app.api(.post, "/api/v1/work-orders", token: worker, json: Self.lamp)
            #expect(created.status == .created)
            let order = try created.json()
            let id = try #require(order["id"] as? String)
            #expect((order["number"] as? String)?.count == 14)
            #expect(order["status"] as? String == "registered")
            #expect(order["handling_level"] as? String == "district")
            #expect(order["contact_phone"] as? String == "138****5678")
            #expect((order["seconds_left"] as? Int ?? 0) > 0)

            let clerk = try await app.session("clerk", kind: .api).token
            let handler = try await app.session("handler", kind: .api).token
            func step(_ token: String, _ json: String) async throws -> (Int, [String: Any]) {
                let response = try await app.api(.post, "/api/v1/work-orders/\(id)/transitions", token: token, json: json)
                return (Int(response.status.code), (try? response.json()) ?? [:])
            }
            // The grid worker may take requests but not dispatch them.
            #expect(try await step(worker, #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#).0 == 403)
            #expect(try await step(clerk, #"{"action":"accept"}"#).0 == 409)
            #expect(try await step(clerk, #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#).1["status"] as? String == "dispatched")
            // The department now sees it; it returns it once, then takes it after a second dispatch.
            #expect(try await step(handler, #"{"action":"return","reason":""}"#).0 == 422)
            #expect(try await step(handler, #"{"action":"return","reason":"属供电公司"}"#).1["status"] as? String == "returned")
            #expect(try await step(clerk, #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#).0 == 200)
            #expect(try await step(handler, #"{"action":"accept"}"#).1["status"] as? String == "accepted")
            #expect(try await step(handler, #"{"action":"reply","text":"已更换灯具"}"#).1["status"] as? String == "replied")
            #expect(try await step(clerk, #"{"action":"verify","accepted":false,"reason":"未附照片"}"#).1["status"] as? String == "accepted")
            #expect(try await step(handler, #"{"action":"reply","text":"已更换灯具，附照片"}"#).0 == 200)
            let closed = try await step(clerk, #"{"action":"verify","accepted":true}"#)
            #expect(closed.1["status"] as? String == "closed")
            #expect(closed.1["seconds_left"] == nil)
            let visited = try await step(clerk, #"{"action":"visit","satisfaction":"unsatisfied","text":"第二天又不亮了"}"#)
            #expect(visited.1["status"] as? String == "reopened")
            #expect(visited.1["satisfaction"] as? String == "unsatisfied")

            let detail = try await app.api(.get, "/api/v1/work-orders/\(id)", token: clerk).json()
            let events = (detail["events"] as? [[String: Any]])?.compactMap { $0["action"] as? String }
            #expect(events == ["register", "dispatch", "return", "dispatch", "accept", "reply", "verify", "reply", "verify", "visit"])
            #expect(try await app.auditActions().contains("workorder.visit"))
        }
    }

    @Test func whoSeesWhichOrders() async throws {
        try await TestApp.run { app in
            let worker2 = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/work-orders/demo-order-1", token: worker2).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/work-orders", token: worker2).json()["total"] as? Int == 0)
            let worker1 = try await app.session("gridworker1", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/work-orders?status=registered", token: worker1).json()["total"] as? Int == 1)
            // The housing bureau sees what was dispatched to the bureau, nothing else: not the
            // street-light order still waiting for dispatch, though it names the bureau as its usual unit.
            let handler = try await app.session("handler", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/work-orders", token: handler).json()["total"] as? Int == 0)
            let clerk = try await app.session("clerk", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: clerk,
                                      json: #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#).status == .ok)
            #expect(try await app.api(.get, "/api/v1/work-orders", token: handler).json()["total"] as? Int == 1)
            let other = #"{"channel":"window","category_code":"A01","description":"楼道堆物","grid_code":"330199001001001"}"#
            #expect(try await app.api(.post, "/api/v1/work-orders", token: worker1, json: other).status == .created)
            #expect(try await app.api(.get, "/api/v1/work-orders", token: handler).json()["total"] as? Int == 1)
            #expect(try await app.api(.get, "/api/v1/work-orders", token: worker1).json()["total"] as? Int == 2)
            // Open lists of a street or wider keep to the caller's streets (the open-deadline path).
            for (user, sees) in [("street_sup", true), ("socialworker", false), ("supervisor", true), ("clerk", true), ("gridworker2", false)] {
                for tab in ["open", "overdue", "supervised", "registered"] {
                    let page = try await app.get("/work-orders?tab=\(tab)", as: try await app.session(user)).text
                    let expected = sees && tab == "open"  // dispatched above: no longer waiting in "registered"
                    #expect(page.contains("/work-orders/demo-order-1") == expected, "\(user) \(tab)")
                    // The API offers the same views and shows the same orders.
                    let api = try await app.api(.get, "/api/v1/work-orders?view=\(tab)", token: try await app.session(user, kind: .api).token).json()
                    let ids = (api["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    #expect(ids.contains("demo-order-1") == expected, "API \(user) \(tab)")
                }
            }
            let both = try await app.api(.get, "/api/v1/work-orders?view=open&status=registered", token: worker1)
            #expect(try both.status == .unprocessableContent && both.errorField() == "view")
            #expect(try await app.api(.get, "/api/v1/work-orders?view=to_dispatch", token: worker1).status == .unprocessableContent)
            // Leaders read; they do not take requests.
            let leader = try await app.session("leader", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/work-orders", token: leader, json: other).status == .notFound)
        }
    }

    @Test func badRequestsAreRefusedAndNothingIsWritten() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            func refused(_ json: String, _ text: String? = nil) async throws {
                let response = try await app.api(.post, "/api/v1/work-orders", token: worker, json: json)
                #expect(response.status == .unprocessableContent, "\(json)")
                if let text { #expect(response.text.contains(text), "\(response.text)") }
            }
            try await refused(#"{"channel":"patrol","category_code":"Z99","description":"x","grid_code":"330199001001001"}"#, "Z99")
            try await refused(#"{"channel":"patrol","category_code":"A","description":"x","grid_code":"330199001001001"}"#)
            try await refused(#"{"channel":"pigeon","category_code":"A01","description":"x","grid_code":"330199001001001"}"#)
            try await refused(#"{"channel":"patrol","category_code":"A01","description":"\#(String(repeating: "长", count: 4_001))","grid_code":"330199001001001"}"#, "4000")
            try await refused(#"{"channel":"patrol","category_code":"A01","description":"x"}"#, "位置")
            try await refused(#"{"channel":"patrol","category_code":"A01","description":"x","lon":181,"lat":30}"#)
            try await refused(#"{"channel":"patrol","category_code":"A01","description":"x","lon":0.5,"lat":0.5}"#, "不在任何网格")
            try await refused(#"{"channel":"patrol","category_code":"A01","description":"x","grid_code":"330199001001002"}"#)
            try await refused(#"{"channel":"patrol","category_code":"A01","description":"x","grid_code":"330199001001001","contact_phone":"12345"}"#)
            #expect(try await app.api(.get, "/api/v1/work-orders", token: worker).json()["total"] as? Int == 1)
        }
    }

    @Test func numbersCountUpWithinTheDay() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let a = try await app.api(.post, "/api/v1/work-orders", token: worker, json: Self.lamp).json()["number"] as? String
            let b = try await app.api(.post, "/api/v1/work-orders", token: worker, json: Self.lamp).json()["number"] as? String
            let (na, nb) = (try #require(a), try #require(b))
            #expect(na.prefix(9) == nb.prefix(9))
            #expect(Int(nb.suffix(5))! == Int(na.suffix(5))! + 1)
        }
    }
}

@Suite("Work orders: grouped intake")
struct GroupedIntakeTests {
    /// Many orders at once share transactions, yet each gets its own number, all are stored with
    /// their register event, and the audit chain stays intact.
    @Test func concurrentIntakeNumbersEveryOrderOnce() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for i in 0..<300 {
                    group.addTask {
                        let json = #"{"channel":"patrol","category_code":"A01","description":"楼道堆物 \#(i)","grid_code":"330199001001001"}"#
                        let response = try await app.api(.post, "/api/v1/work-orders", token: worker, json: json)
                        return try #require(response.json()["number"] as? String)
                    }
                }
                var all: [String] = []
                for try await number in group { all.append(number) }
                return all
            }
            #expect(Set(numbers).count == 300)
            let serials = numbers.map { Int($0.suffix(5))! }.sorted()
            // Demo order 1 took the day's first number; the 300 follow it without a gap.
            #expect(serials.first == 2 && serials.last == 301)
            let stored = try await app.services.database.read { sql in
                (try await sql.count { $0.from("work_orders") }, try await sql.count { $0.from("work_order_events").where("action", .equal, "register") })
            }
            #expect(stored.0 == 301 && stored.1 == 301)
            let verdict = try await app.services.database.read { try await AuditLog().verify(on: $0) }
            guard case .intact = verdict else { Issue.record("audit chain: \(verdict)"); return }
            #expect(try await app.auditActions().filter { $0 == "workorder.create" }.count == 300)
        }
    }
}

@Suite("Work orders: staff pages")
struct WorkOrderPageTests {
    @Test func theClerkDispatchesAndTheBureauRepliesFromThePages() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk")
            let list = try await app.get("/work-orders?tab=registered", as: clerk)
            #expect(list.status == .ok)
            #expect(list.text.contains("/work-orders/demo-order-1") && list.text.contains("剩余"))
            let page = try await app.get("/work-orders/demo-order-1", as: clerk).text
            #expect(page.contains("id=\"step-dispatch\"") && !page.contains("id=\"step-accept\""))
            #expect(try await app.post("/work-orders/demo-order-1/step", form: ["action": "dispatch", "unit": "县住房和城乡建设局"], as: clerk).status == .seeOther)

            let handler = try await app.session("handler")
            let mine = try await app.get("/work-orders/demo-order-1", as: handler).text
            #expect(mine.contains("id=\"step-accept\"") && mine.contains("id=\"step-return\"") && !mine.contains("id=\"step-dispatch\""))
            let noReason = try await app.post("/work-orders/demo-order-1/step", form: ["action": "return", "reason": ""], as: handler)
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("form-error"))
            #expect(try await app.post("/work-orders/demo-order-1/step", form: ["action": "accept"], as: handler).status == .seeOther)
            #expect(try await app.post("/work-orders/demo-order-1/step", form: ["action": "reply", "text": "已修复"], as: handler).status == .seeOther)
            // A step out of order is refused in place; a forged form is refused outright.
            let twice = try await app.post("/work-orders/demo-order-1/step", form: ["action": "accept"], as: handler)
            #expect(twice.status == .conflict)
            #expect(try await app.post("/work-orders/demo-order-1/step", form: ["action": "accept"], as: handler, withCSRF: false).status == .forbidden)
            let history = try await app.get("/work-orders/demo-order-1", as: clerk).text
            #expect(history.contains("已答复待核查") && history.contains("已修复") && history.contains("id=\"step-close\""))
        }
    }
}

@Suite("Resident portal")
struct PortalTests {
    /// An anonymous form post with the double-submit token, as the portal page sends it.
    static func post(_ app: TestApp, _ path: String, _ fields: [String: String]) async throws -> TestResponse {
        var form = fields
        form["_csrf"] = "portal-token"
        // Each portal form shown carries a fresh one-time token.
        if path == "/portal", form["submission"] == nil { form["submission"] = Secrets.randomToken() }
        return try await app.post(path, form: form, as: nil, withCSRF: false, extraCookies: "cg_csrf=portal-token")
    }

    @Test func aResidentFilesTracksAndRates() async throws {
        try await TestApp.run { app in
            #expect(try await app.get("/portal").text.contains("id=\"portal-form\""))
            let filed = try await Self.post(app, "/portal", ["category": "A05", "description": "小区门口路灯不亮", "address": "幸福里北门", "phone": "13900007777"])
            #expect(filed.status == .created)
            let number = try #require(filed.text.firstMatch(of: /receipt-number">(\d{8}-\d{5})</)?.1).description

            // Wrong phone and unknown number answer alike.
            let wrong = try await Self.post(app, "/portal/track", ["number": number, "phone": "13900000000"])
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("没有找到"))
            #expect(try await Self.post(app, "/portal/track", ["number": "20990101-00001", "phone": "13900007777"]).status == .unprocessableContent)
            let tracked = try await Self.post(app, "/portal/track", ["number": number, "phone": "13900007777"])
            #expect(tracked.status == .ok && tracked.text.contains("已受理登记"))
            #expect(!tracked.text.contains("rate-form"))

            // Unlocated, it waits at the county: the county supervisor routes it; the bureau handles it.
            let supervisor = try await app.session("supervisor", kind: .api).token
            let list = try await app.api(.get, "/api/v1/work-orders?status=registered", token: supervisor).json()
            let id = try #require((list["items"] as? [[String: Any]])?.first { $0["number"] as? String == number }?["id"] as? String)
            let handler = try await app.session("handler", kind: .api).token
            // Placed in its grid first: then the community's clerk and grid worker see it too.
            let clerk = try await app.session("clerk", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/work-orders/\(id)", token: clerk).status == .notFound)
            let page = try await app.get("/work-orders/\(id)", as: try await app.session("supervisor"))
            #expect(page.text.contains("id=\"step-route\""))
            let route = #"{"action":"route","grid_code":"330199001001001"}"#
            #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/transitions", token: supervisor, json: #"{"action":"route","grid_code":"330199999"}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/transitions", token: supervisor, json: route).status == .ok)
            #expect(try await app.api(.get, "/api/v1/work-orders/\(id)", token: clerk).status == .ok)
            for (token, json) in [(supervisor, #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#), (handler, #"{"action":"accept"}"#),
                                  (handler, #"{"action":"reply","text":"已更换灯泡"}"#), (supervisor, #"{"action":"verify","accepted":true}"#)] {
                #expect(try await app.api(.post, "/api/v1/work-orders/\(id)/transitions", token: token, json: json).status == .ok, "\(json)")
            }
            let closed = try await Self.post(app, "/portal/track", ["number": number, "phone": "13900007777"])
            #expect(closed.text.contains("已更换灯泡") && closed.text.contains("rate-form") && !closed.text.contains("属供电"))
            let rated = try await Self.post(app, "/portal/rate", ["number": number, "phone": "13900007777", "satisfaction": "satisfied"])
            #expect(rated.text.contains("已回访") && rated.text.contains("portal-rated"))
            let disputed = try await Self.post(app, "/portal/dispute", ["number": number, "phone": "13900007777", "reason": "又坏了"])
            #expect(disputed.text.contains("已重新启动"))
            #expect(try await app.auditActions().contains("workorder.resident_dispute"))
        }
    }

    @Test func badOrForgedPortalFormsAreRefused() async throws {
        try await TestApp.run { app in
            let noPhone = try await Self.post(app, "/portal", ["category": "A05", "description": "x", "address": "y"])
            #expect(noPhone.status == .unprocessableContent && noPhone.text.contains("手机号"))
            let tooLong = try await Self.post(app, "/portal", ["category": "A05", "description": String(repeating: "长", count: 4_001), "address": "y", "phone": "13900007777"])
            #expect(tooLong.status == .unprocessableContent)
            let forged = try await app.post("/portal", form: ["category": "A05", "description": "x", "phone": "13900007777", "_csrf": "a"], as: nil,
                                            withCSRF: false, extraCookies: "cg_csrf=b")
            #expect(forged.status == .forbidden)
            let stale = try await Self.post(app, "/portal", ["category": "A05", "description": "x", "address": "y", "phone": "13900007777", "submission": ""])
            #expect(stale.status == .unprocessableContent && stale.text.contains("刷新"))
            let supervisor = try await app.session("supervisor", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/work-orders", token: supervisor).json()["total"] as? Int == 1)
        }
    }

    @Test func aReplayedFormGetsTheFirstReceiptNotASecondOrder() async throws {
        try await TestApp.run { app in
            let form = ["category": "A01", "description": "楼道堆物", "address": "幸福里3幢", "phone": "13900006666", "submission": Secrets.randomToken()]
            let first = try await Self.post(app, "/portal", form)
            let again = try await Self.post(app, "/portal", form)
            let number = first.text.firstMatch(of: /receipt-number">(\d{8}-\d{5})</)?.1
            #expect(first.status == .created && number != nil)
            #expect(again.text.firstMatch(of: /receipt-number">(\d{8}-\d{5})</)?.1 == number)
            let supervisor = try await app.session("supervisor", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/work-orders", token: supervisor).json()["total"] as? Int == 2)
        }
    }

    @Test func oneNumberFilesAtMostTheDailyLimit() async throws {
        // Ten from one address would meet the per-address limit first; this test is about the phone.
        try await TestApp.run(configure: { $0.publicLimits.portalPerAddress = RateLimit("portal_address", limit: 100, per: 3600) }) { app in
            for i in 0..<WorkOrderService.portalDailyLimit {
                let filed = try await Self.post(app, "/portal", ["category": "A01", "description": "第\(i)件", "address": "幸福里", "phone": "13900005555"])
                #expect(filed.status == .created)
            }
            let refused = try await Self.post(app, "/portal", ["category": "A01", "description": "再一件", "address": "幸福里", "phone": "13900005555"])
            #expect(refused.status == .tooManyRequests && refused.text.contains("12345"))
            // Another number is not affected.
            #expect(try await Self.post(app, "/portal", ["category": "A01", "description": "另一件", "address": "幸福里", "phone": "13900004444"]).status == .created)
        }
    }
}

@Suite("Work orders: concurrent steps")
struct WorkOrderRaceTests {
    @Test func twoDispatchersAtOnceOneWins() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let supervisor = try await app.session("supervisor", kind: .api).token
            let json = #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#
            async let a = app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: clerk, json: json)
            async let b = app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: supervisor, json: json)
            let codes = try await [a.status.code, b.status.code].sorted()
            #expect(codes == [200, 409])
            let events = try await app.api(.get, "/api/v1/work-orders/demo-order-1", token: clerk).json()["events"] as? [[String: Any]]
            #expect(events?.filter { $0["action"] as? String == "dispatch" }.count == 1)
        }
    }
}

@Suite("Supervision notices")
struct SupervisionTests {
    /// After its first, a sweep reads only what came due since the last (a minute's worth, not every overdue case there is);
    /// a due time put in the past by another path is found when the whole window is read again, every five minutes.
    @Test func aSweepReadsWhatCameDueSinceTheLastAndTheWholeWindowNowAndThen() async throws {
        try await TestApp.run { app in
            let clock = ManualClock(Date())
            let sweeper = DeadlineSweeper(clocks: [WorkOrderSupervision.clock()], database: app.services.database, clock: clock)
            try await sweeper.sweep()
            func kinds() async throws -> [String] {
                try await app.services.database.read { sql in
                    try await sql.select().column("kind").from("case_notices").where("case_id", .equal, "demo-order-1").orderBy("kind")
                        .all(decodingColumn: "kind", as: String.self)
                }
            }
            #expect(try await kinds().isEmpty)
            // As an order imported with its history would be: due two days ago, never swept.
            let past = clock.now().addingTimeInterval(-2 * 86_400).epochSeconds
            try await app.services.database.transaction { sql in
                try await sql.update("work_orders").set("open_due", to: past).set("due_at", to: past).where("id", .equal, "demo-order-1").run()
            }
            clock.advance(by: 60)
            try await sweeper.sweep()
            #expect(try await kinds().isEmpty)
            clock.advance(by: 4 * 60)
            try await sweeper.sweep()
            #expect(try await kinds() == ["escalated", "overdue"])
        }
    }

    @Test func nearDueOverdueAndEscalationEachOnceEvenWithTwoSweepers() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let order = try await app.api(.get, "/api/v1/work-orders/demo-order-1", token: clerk).json()["order"] as? [String: Any]
            let dueText = try #require(order?["due_at"] as? String)
            let due = try #require(ISO8601DateFormatter().date(from: dueText))
            let clock = ManualClock(due.addingTimeInterval(-3600))
            // Two server processes, each with its own connections, sweeping the same database at the same moment.
            let other = try await TestDatabase.secondProcess()
            let a = DeadlineSweeper(clocks: [WorkOrderSupervision.clock()], database: app.services.database, clock: clock)
            let b = DeadlineSweeper(clocks: [WorkOrderSupervision.clock()], database: other, clock: clock)
            async let first = a.sweep()
            async let second = b.sweep()
            #expect(try await first + second == 1)
            #expect(try await a.sweep() == 0)
            clock.advance(by: 2 * 3600)
            #expect(try await a.sweep() == 1)  // overdue
            clock.advance(by: 25 * 3600)
            async let third = a.sweep()
            async let fourth = b.sweep()
            #expect(try await third + fourth == 1)  // escalated one level up
            await other.shutdown()
            let notices = try await app.api(.get, "/api/v1/supervision-notices", token: clerk).json()["items"] as? [[String: Any]]
            #expect(Set(notices?.compactMap { $0["kind"] as? String } ?? []) == ["near_due", "overdue", "escalated"])
            // Level 1 goes to the street over the grid, the escalation to the county.
            let addressed = Dictionary(uniqueKeysWithValues: (notices ?? []).compactMap { n in (n["kind"] as? String).map { ($0, n["addressed_to"] as? String) } })
            #expect(addressed == ["near_due": "330199001", "overdue": "330199001", "escalated": "330199"])
            // The order's page lists them; the supervised tab shows the order.
            let page = try await app.get("/work-orders/demo-order-1", as: try await app.session("supervisor")).text
            #expect(page.contains("升级督办") && page.contains("督办对象 330199"))
            let supervised = try await app.get("/work-orders?tab=supervised", as: try await app.session("supervisor")).text
            #expect(supervised.contains("/work-orders/demo-order-1"))
            // Other grids see nothing; the bureau sees the notices about its orders.
            let worker2 = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/supervision-notices", token: worker2).json()["total"] as? Int == 0)
            // The bureau hears of them once the order is theirs: not while it waits for dispatch.
            let handler = try await app.session("handler", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/supervision-notices", token: handler).json()["total"] as? Int == 0)
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: clerk,
                                      json: #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#).status == .ok)
            #expect(try await app.api(.get, "/api/v1/supervision-notices", token: handler).json()["total"] as? Int == 3)
            // Returned, it is still the bureau's until dispatched elsewhere; then its notices go with it.
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: handler,
                                      json: #"{"action":"return","reason":"属法律援助"}"#).status == .ok)
            #expect(try await app.api(.get, "/api/v1/supervision-notices", token: handler).json()["total"] as? Int == 3)
            #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: clerk,
                                      json: #"{"action":"dispatch","unit":"法律援助中心"}"#).status == .ok)
            #expect(try await app.api(.get, "/api/v1/supervision-notices", token: handler).json()["total"] as? Int == 0)
            let held = try await app.services.database.read { sql in
                try await sql.select().column("handling_unit").from("case_notices").where("case_id", .equal, "demo-order-1")
                    .all(decodingColumn: "handling_unit", as: String?.self)
            }
            #expect(held.count == 3 && held.allSatisfy { $0 == "法律援助中心" })
        }
    }
}
