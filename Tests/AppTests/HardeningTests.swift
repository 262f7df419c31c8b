import CivicGridApp
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kernel
import NIOCore
import Registry
import Testing

/// Issue 11: requests an attacker or a careless user sends. Each test failed on the main it was
/// written against (the overflow ones by stopping the test process).
@Suite("Hardening: hostile numbers, sealing, dispatch, registering elsewhere")
struct HardeningTests {
    /// Values no handler may do arithmetic on unchecked, nor answer with a 5xx.
    static let hostileQuery = [
        "page=9223372036854775807", "offset=9223372036854775807", "limit=9223372036854775807", "lon=nan", "lat=inf",
        "from=99999-99-99", "to=0000-00-00", "status=%00", "q=%27%22%3C%3E", "type=%FF", "days=-9223372036854775808",
        "start_date=9999-99-99T99:99:99Z", "end_date=x", "full=1", "tab=../../", "category=%25", "number=%25%25",
    ].joined(separator: "&")

    static func signedIn(_ app: TestApp, _ username: String, _ path: String, method: HTTPRequest.Method = .get, body: String? = nil) async throws -> TestResponse {
        let isAPI = path.hasPrefix("/api/")
        let session = try await app.session(username, kind: isAPI ? .api : .web)
        var headers: HTTPFields = [:]
        if isAPI { headers[.authorization] = "Bearer \(session.token)" } else { headers[.cookie] = "cg_session=\(session.token)" }
        if let body { headers[.contentType] = isAPI ? "application/json" : "application/x-www-form-urlencoded" }
        return try await app.client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    @Test func everyReadAnswersHostileNumbersWithoutA5xx() async throws {
        try await TestApp.run { app in
            let reads = app.table.rules.filter { $0.method == .get }
            #expect(reads.count > 40)
            for rule in reads {
                let path = AuthorisationMatrixTests.concretePath(rule) + "?" + Self.hostileQuery
                for username in ["admin", "handler", "gridworker1"] {
                    let response = try await Self.signedIn(app, username, path)
                    #expect(response.status.code < 500, "\(rule) as \(username) answered \(response.status.code)")
                }
            }
        }
    }

    @Test func pagesAndOffsetsBeyondTheEndAre422() async throws {
        try await TestApp.run { app in
            let page = try await Self.signedIn(app, "supervisor", "/work-orders?page=9223372036854775807")
            #expect(page.status == .unprocessableContent)
            let offset = try await Self.signedIn(app, "handler", "/api/v1/work-orders?offset=9223372036854775807")
            #expect(offset.status == .unprocessableContent)
            #expect(try offset.json()["error"].flatMap { ($0 as? [String: Any])?["code"] as? String } == "bad_offset")
            #expect(try await Self.signedIn(app, "handler", "/api/v1/work-orders?offset=\(ListTotal.cap)").status == .ok)
            // Deeper than lists count is refused rather than walked (a second of a core at the county's millions).
            #expect(try await Self.signedIn(app, "handler", "/api/v1/work-orders?offset=\(ListTotal.cap + 1)").status == .unprocessableContent)
            #expect(try await Self.signedIn(app, "supervisor", "/work-orders?page=\(ListTotal.cap / 50 + 2)").status == .unprocessableContent)
            #expect(try await Self.signedIn(app, "supervisor", "/audit?page=0").status.code < 500)
        }
    }

    @Test func amountsAndDaysAreBoundedBeforeArithmetic() async throws {
        try await TestApp.run { app in
            // 17 digits of yuan once overflowed `yuan * 100` in the aid form and stopped the process.
            let session = try await app.session("petition")
            let aid = try await app.post("/petitions/demo-petition-2/backlog/aid", form: ["amount": "92233720368547758.07", "reason": "测试"], as: session)
            #expect(aid.status == .unprocessableContent)
            // A petition extension of Int.max days once overflowed the running total.
            let supervisor = try await app.session("supervisor", kind: .api).token
            let extend = try await app.api(.post, "/api/v1/petitions/demo-petition-1/transitions", token: supervisor,
                                           json: #"{"action":"extend","text":"x","days":9223372036854775807}"#)
            #expect(extend.status.code < 500)
            // Coordinates must be on the globe.
            let clerk = try await app.session("clerk", kind: .api).token
            let nowhere = try await app.api(.post, "/api/v1/work-orders", token: clerk,
                                            json: #"{"channel":"window","category_code":"A05","description":"x","lon":1e308,"lat":-1e308}"#)
            #expect(nowhere.status == .unprocessableContent)
        }
    }

    @Test func aDepartmentSeesOnlyWhatWasDispatchedToIt() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let handler = try await app.session("handler", kind: .api).token
            // A street-light request names 县住房和城乡建设局 as its usual unit while it waits for dispatch.
            let lamp = #"{"channel":"window","category_code":"A05","description":"路灯不亮（待派）","grid_code":"330199001001001"}"#
            let created = try await app.api(.post, "/api/v1/work-orders", token: clerk, json: lamp).json()
            let id = try #require(created["id"] as? String)
            #expect(created["handling_unit"] as? String == "县住房和城乡建设局")
            #expect(try await app.api(.get, "/api/v1/work-orders/\(id)", token: handler).status == .notFound)
            let listed = try await app.api(.get, "/api/v1/work-orders?limit=500", token: handler).json()
            #expect(!((listed["items"] as? [[String: Any]]) ?? []).contains { $0["id"] as? String == id })
            // Once dispatched, it is theirs.
            let dispatched = try await app.api(.post, "/api/v1/work-orders/\(id)/transitions", token: clerk, json: #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#)
            #expect(dispatched.status == .ok)
            #expect(try await app.api(.get, "/api/v1/work-orders/\(id)", token: handler).status == .ok)
        }
    }

    @Test func workGoesOnlyToKnownUnits() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let unknown = try await app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: clerk,
                                            json: #"{"action":"dispatch","unit":"<b>不存在的单位</b>"}"#)
            #expect(unknown.status == .unprocessableContent)
            #expect(try unknown.json()["error"].flatMap { ($0 as? [String: Any])?["code"] as? String } == "unknown_unit")
            let order = try await app.api(.get, "/api/v1/work-orders/demo-order-1", token: clerk).json()["order"] as? [String: Any]
            #expect(order?["status"] as? String == "registered")
            // The order page offers the known units to choose from.
            let page = try await Self.signedIn(app, "clerk", "/work-orders/demo-order-1")
            #expect(String(buffer: page.body).contains("<option value=\"县住房和城乡建设局\">"))
        }
    }

    @Test func onlyTheRolesTheLawNamesSealAndUnseal() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            // Registering a record already sealed: refused (the registrar would lose sight of it at once).
            let sealedAtBirth = #"{"name":"测试","id_number":"440524188001010014","current_address":"解放路1号","population_type":"registered","grid_code":"330199001001001","sealed":true}"#
            let refused = try await app.api(.post, "/api/v1/residents", token: worker, json: sealedAtBirth)
            #expect(refused.status == .unprocessableContent)
            #expect(try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker, json: #"{"sealed":true}"#).status == .unprocessableContent)
            // A social worker of the street seals and unseals, with a reason, both audited.
            let social = Staff(id: "sw-cg", username: "sw_cg", displayName: "城关社工", role: .socialWorker, unitCode: "330199001")
            _ = try await app.services.accounts.seedAccount(social, password: "longenough")
            let session = try await app.services.database.transaction { sql in
                try await SessionStore().create(staffId: "sw-cg", kind: .api, now: Date(), on: sql)
            }
            let noReason = try await app.api(.post, "/api/v1/residents/demo-resident-2/seal", token: session.token, json: #"{"sealed":true,"reason":" "}"#)
            #expect(noReason.status == .unprocessableContent)
            let sealed = try await app.api(.post, "/api/v1/residents/demo-resident-2/seal", token: session.token,
                                           json: #"{"sealed":true,"reason":"未成年人轻罪记录封存"}"#)
            #expect(sealed.status == .ok)
            #expect(try await app.api(.get, "/api/v1/residents/demo-resident-2", token: worker).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/residents/demo-resident-2/seal", token: session.token,
                                      json: #"{"sealed":false,"reason":"撤销封存决定"}"#).status == .ok)
            #expect(try await app.api(.get, "/api/v1/residents/demo-resident-2", token: worker).status == .ok)
            let actions = try await app.auditActions()
            #expect(actions.contains("resident.seal") && actions.contains("resident.unseal"))
            // Administrators run the system; the law does not name them.
            let admin = try await app.session("admin", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/residents/demo-resident-2/seal", token: admin,
                                      json: #"{"sealed":true,"reason":"x"}"#).status == .notFound)
        }
    }

    @Test func aNumberRegisteredElsewhereIsRefusedWithoutSayingWhereAndTheyWhoSeeBothAreTold() async throws {
        try await TestApp.run { app in
            let worker1 = try await app.session("gridworker1", kind: .api).token
            let worker2 = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/residents", token: worker1, json: ResidentTests.body(id: "440524188001010014")).status == .created)
            let elsewhere = try await app.api(.post, "/api/v1/residents", token: worker2,
                                              json: ResidentTests.body(id: "440524188001010014", grid: "330199001001002"))
            #expect(elsewhere.status == .conflict)
            #expect(!elsewhere.text.contains("其他辖区") && !elsewhere.text.contains("330199001001001"))
            // Neither grid worker sees the conflict; the community's clerk, whose jurisdiction holds both grids, does.
            #expect(try await app.api(.get, "/api/v1/resident-conflicts", token: worker2).json()["total"] as? Int == 0)
            #expect(try await app.api(.get, "/api/v1/resident-conflicts", token: worker1).json()["total"] as? Int == 0)
            let clerk = try await app.session("clerk", kind: .api).token
            let conflicts = try await app.api(.get, "/api/v1/resident-conflicts", token: clerk).json()
            let first = (conflicts["items"] as? [[String: Any]])?.first
            #expect(first?["existing_grid"] as? String == "330199001001001" && first?["attempted_grid"] as? String == "330199001001002")
            #expect(first?["common_unit"] as? String == "330199001001")
            let home = try await Self.signedIn(app, "clerk", "/home")
            #expect(String(buffer: home.body).contains("/resident-conflicts"))
            #expect(try await app.auditActions().contains("resident.duplicate_elsewhere"))
        }
    }

    @Test func apiAnswersAreNotCachedAndMetricsAreNotPublic() async throws {
        try await TestApp.run { app in
            let full = try await Self.signedIn(app, "gridworker1", "/api/v1/residents/demo-resident-2?full=1")
            #expect(full.status == .ok && full.headers[.cacheControl] == "no-store")
            // The router test has no peer address: not a local caller, so /metrics is not there for it.
            #expect(try await app.client.execute(uri: "/metrics", method: .get).status == .notFound)
        }
        try await TestApp.run(configure: { $0.transport.metricsToken = "a-long-metrics-token" }) { app in
            #expect(try await app.client.execute(uri: "/metrics", method: .get).status == .notFound)
            let scraped = try await app.client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer a-long-metrics-token"])
            #expect(scraped.status == .ok)
        }
    }

    @Test func cookiesAreSecureBehindATrustedHTTPSProxyAndTheClientIsTheForwardedOne() async throws {
        try await TestApp.run(configure: { $0.transport.trustedProxies = ["local"] }) { app in
            let plain = try await app.client.execute(uri: "/login", method: .get)
            #expect(plain.headers[values: .setCookie].allSatisfy { !$0.contains("Secure") })
            let proxied = try await app.client.execute(uri: "/login", method: .get,
                                                       headers: [HTTPField.Name("X-Forwarded-Proto")!: "https", HTTPField.Name("X-Forwarded-For")!: "203.0.113.9"])
            let cookies = proxied.headers[values: .setCookie]
            #expect(!cookies.isEmpty && cookies.allSatisfy { $0.contains("; Secure") })
            #expect(proxied.headers[.strictTransportSecurity] != nil)
        }
        #expect(TransportMiddleware.client(forwardedFor: "198.51.100.7, 203.0.113.9, 10.0.0.2", trusted: ["10.0.0.2"]) == "203.0.113.9")
    }

    @Test func aFormPostedFromAnotherSiteIsRefusedEvenWithItsToken() async throws {
        try await TestApp.run { app in
            let session = try await app.session("clerk")
            var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "cg_session=\(session.token)",
                                       .origin: "http://evil.example"]
            let body = ByteBuffer(string: "action=dispatch&unit=%E5%8E%BF%E4%BD%8F%E6%88%BF%E5%92%8C%E5%9F%8E%E4%B9%A1%E5%BB%BA%E8%AE%BE%E5%B1%80&_csrf=\(session.csrf)")
            let refused = try await app.client.execute(uri: "/work-orders/demo-order-1/step", method: .post, headers: headers, body: body)
            #expect(refused.status == .forbidden)
            headers[.origin] = "null"
            #expect(try await app.client.execute(uri: "/work-orders/demo-order-1/step", method: .post, headers: headers, body: body).status == .forbidden)
        }
    }

    @Test func trackingFailuresAreThrottledAndReceiptsCarryAnUnguessableCode() async throws {
        try await TestApp.run { app in
            let filed = try await PortalTests.post(app, "/portal", ["category": "A05", "description": "路灯不亮", "address": "幸福里", "phone": "13900007777"])
            #expect(filed.status == .created)
            let code = try #require(filed.text.firstMatch(of: /receipt-code">([0-9A-F-]{19})</)?.1).description
            #expect(TrackingCode.parse(code) != nil)
            // The code and phone find it (any case, without dashes too).
            let found = try await PortalTests.post(app, "/portal/track", ["number": code.lowercased().replacingOccurrences(of: "-", with: ""), "phone": "13900007777"])
            #expect(found.status == .ok)
            // Guessing numbers for a known phone: five failures, then refused with Retry-After, even for a right guess.
            for day in 1...5 {
                let miss = try await PortalTests.post(app, "/portal/track", ["number": "20260101-0000\(day)", "phone": "13900007777"])
                #expect(miss.status == .unprocessableContent)
            }
            let held = try await PortalTests.post(app, "/portal/track", ["number": code, "phone": "13900007777"])
            #expect(held.status == .tooManyRequests && held.headers[.retryAfter] != nil)
            // The same holds on the petition portal (a shared count per phone).
            let petition = try await PortalTests.post(app, "/portal/petitions", ["number": "XF20260101-00001", "phone": "13900007777"])
            #expect(petition.status == .tooManyRequests)
        }
    }

    @Test func anAddressFilesAHandfulAnHourAndAReplayedTokenServesOnlyItsFiler() async throws {
        try await TestApp.run { app in
            let form = ["category": "A01", "description": "楼道堆物", "address": "幸福里3幢", "phone": "13900006666", "submission": Secrets.randomToken()]
            #expect(try await PortalTests.post(app, "/portal", form).status == .created)
            // Someone else sending the same token does not get the first filer's receipt.
            var other = form
            other["phone"] = "13900001234"
            let stolen = try await PortalTests.post(app, "/portal", other)
            #expect(stolen.status == .conflict && !stolen.text.contains("receipt-number"))
            // Rotating phones from one address: the address runs out after five filings an hour.
            var statuses: [Int] = []
            for i in 0..<5 {
                statuses.append(Int(try await PortalTests.post(app, "/portal", ["category": "A01", "description": "第\(i)件", "address": "幸福里",
                                                                                "phone": "1390000\(1000 + i)"]).status.code))
            }
            #expect(statuses.filter { $0 == 201 }.count == 3)  // 5 in the hour: the two above and three of these
            #expect(statuses.last == 429)
        }
    }

    @Test func anOpen311KeyFilesAFewHundredAnHour() async throws {
        try await TestApp.run(configure: { $0.publicLimits.open311PerKey = RateLimit("open311_key", limit: 3, per: 3600) }) { app in
            func file() async throws -> TestResponse {
                try await app.client.execute(uri: "/open311/v2/requests.json", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                             body: ByteBuffer(string: "api_key=demo-open311-key&service_code=A05&address_string=%E8%A7%A3%E6%94%BE%E8%B7%AF&description=x"))
            }
            for _ in 0..<3 { #expect(try await file().status == .created) }
            let refused = try await file()
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] != nil)
            let errors = try JSONSerialization.jsonObject(with: Data(String(buffer: refused.body).utf8)) as? [[String: Any]]
            #expect(errors?.first?["code"] as? Int == 429)
        }
    }
}
