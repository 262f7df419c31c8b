import Foundation
import HTTPTypes
import Kernel
import Testing

@Suite("Sign-in, sessions and language")
struct SignInTests {
    @Test func staffLogInInChineseAndReachTheirWorkbench() async throws {
        try await TestApp.run { app in
            let page = try await app.get("/login")
            #expect(page.status == .ok)
            #expect(page.text.contains("工作人员登录"))
            let csrfCookie = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("cg_csrf=") })
            let token = String(csrfCookie.dropFirst("cg_csrf=".count).prefix { $0 != ";" })

            let login = try await app.post("/login", form: ["username": "gridworker1", "password": "Demo@2026", "_csrf": token, "next": "/home"],
                                           as: nil, extraCookies: "cg_csrf=\(token)")
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/home")
            let sessionCookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("cg_session=") })
            #expect(sessionCookie.contains("HttpOnly"))
            #expect(sessionCookie.contains("SameSite=Lax"))

            let session = String(sessionCookie.dropFirst("cg_session=".count).prefix { $0 != ";" })
            let home = try await app.get("/home", as: (session, ""))
            #expect(home.status == .ok)
            #expect(home.text.contains("陈晓燕"))
            #expect(try await app.auditActions().contains("auth.login"))
        }
    }

    @Test func wrongPasswordsAreRefusedThenThrottled() async throws {
        try await TestApp.run { app in
            for _ in 1...5 {
                let wrong = try await app.api(.post, "/api/v1/auth/token", token: nil, json: #"{"username":"leader","password":"nope"}"#)
                #expect(wrong.status == .unauthorized)
                #expect(try wrong.json()["error"].flatMap { ($0 as? [String: Any])?["code"] as? String } == "bad_credentials")
            }
            let locked = try await app.api(.post, "/api/v1/auth/token", token: nil, json: #"{"username":"leader","password":"Demo@2026"}"#)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("分钟后再试"))
            #expect(try await app.auditActions().filter { $0 == "auth.login_failed" }.count == 5)
        }
    }

    @Test func loginWithoutCSRFTokenIsRefusedAndCreatesNoSession() async throws {
        try await TestApp.run { app in
            let response = try await app.post("/login", form: ["username": "admin", "password": "Demo@2026"], as: nil)
            #expect(response.status == .forbidden)
            #expect(response.text.contains("表单已过期"))
            #expect(!response.headers[values: .setCookie].contains { $0.hasPrefix("cg_session=") })
        }
    }

    @Test func apiTokenIdentifiesTheCaller() async throws {
        try await TestApp.run { app in
            let issued = try await app.api(.post, "/api/v1/auth/token", token: nil, json: #"{"username":"gridworker1","password":"Demo@2026"}"#)
            #expect(issued.status == .created)
            let token = try #require(try issued.json()["token"] as? String)
            let me = try await app.api(.get, "/api/v1/me", token: token)
            #expect(me.status == .ok)
            let body = try me.json()
            #expect(body["role"] as? String == "grid_worker")
            #expect(body["unit_code"] as? String == "330199001001001")
            #expect(try await app.api(.get, "/api/v1/me", token: nil).status == .unauthorized)
            #expect(try await app.api(.delete, "/api/v1/auth/token", token: token).status == .noContent)
            #expect(try await app.api(.get, "/api/v1/me", token: token).status == .unauthorized)
        }
    }

    @Test func malformedTokenRequestGetsAClearError() async throws {
        try await TestApp.run { app in
            let response = try await app.api(.post, "/api/v1/auth/token", token: nil, json: "{", language: "en")
            #expect(response.status == .unprocessableContent)
            let error = try #require(try response.json()["error"] as? [String: Any])
            #expect(error["code"] as? String == "bad_json")
            #expect((error["message"] as? String)?.contains("JSON") == true)
        }
    }

    @Test func languageSwitchIsRememberedOnTheAccount() async throws {
        try await TestApp.run { app in
            let session = try await app.session("street_sup")
            let switched = try await app.get("/lang/en?back=/home", as: session)
            #expect(switched.status == .seeOther)
            #expect(switched.headers[.location] == "/home")
            #expect(switched.headers[values: .setCookie].contains { $0.hasPrefix("cg_lang=en") })
            // Without the cookie (another browser) the account's choice still applies.
            let home = try await app.get("/home", as: session)
            #expect(home.text.contains("Workbench"))
            let offsite = try await app.get("/lang/zh-Hans?back=//evil.example/", as: session)
            #expect(offsite.headers[.location] == "/login")
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await TestApp.run { app in
            let session = try await app.session("clerk")
            #expect(try await app.get("/home", as: session).status == .ok)  // now remembered by the session cache
            #expect(try await app.post("/logout", form: [:], as: session).status == .seeOther)
            let after = try await app.get("/home", as: session)
            #expect(after.status == .seeOther)
            #expect(after.headers[.location]?.hasPrefix("/login") == true)
        }
    }

    @Test func aRevokedTokenStopsAtOnceThoughRecentlySeen() async throws {
        try await TestApp.run { app in
            let token = try await app.session("gridworker1", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/me", token: token).status == .ok)
            #expect(try await app.api(.delete, "/api/v1/auth/token", token: token).status.code < 300)
            #expect(try await app.api(.get, "/api/v1/me", token: token).status == .unauthorized)
        }
    }
}
