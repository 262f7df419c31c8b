import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import Testing

/// Screening rounds: opened on their level's schedule, answered by every grid (a nil report
/// too), silence shown; who may open, answer and see.
@Suite("Dispute screening rounds")
struct ScreeningTests {
    static let round = "demo-round-1"

    static func lines(_ app: TestApp, _ token: String) async throws -> [String: [String: Any]] {
        let detail = try await app.api(.get, "/api/v1/screening-rounds/\(round)", token: token).json()
        let lines = (detail["completeness"] as? [String: Any])?["lines"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: lines.compactMap { l in (l["grid_code"] as? String).map { ($0, l) } })
    }

    @Test func everyGridAnswersOrShowsAsSilent() async throws {
        try await TestApp.run { app in
            let sup = try await app.session("street_sup", kind: .api).token
            let worker1 = try await app.session("gridworker1", kind: .api).token
            let worker2 = try await app.session("gridworker2", kind: .api).token
            let before = try await Self.lines(app, sup)
            #expect(before.count >= 2 && before.values.allSatisfy { $0["state"] as? String == "missing" })
            // A nil report is a report.
            let none = try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: worker2, json: #"{"grid_code":"330199001001002","nothing_found":true}"#)
            #expect(try none.status == .created && none.json()["state"] as? String == "none", "\(none.text)")
            // Findings name the disputes registered from them; an unknown or foreign dispute is refused.
            #expect(try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: worker1,
                                      json: #"{"grid_code":"330199001001001","findings":"漏水纠纷一起","dispute_ids":["demo-dispute-x"]}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: worker1,
                                      json: #"{"grid_code":"330199001001001","findings":" "}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: worker1,
                                      json: #"{"grid_code":"330199001001002","nothing_found":true}"#).status == .unprocessableContent)
            let found = try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: worker1,
                                          json: #"{"grid_code":"330199001001001","findings":"漏水纠纷一起，已登记","dispute_ids":["demo-dispute-1"]}"#)
            #expect(found.status == .created)
            #expect(try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: worker1,
                                      json: #"{"grid_code":"330199001001001","nothing_found":true}"#).status == .conflict)
            let after = try await Self.lines(app, sup)
            #expect(after["330199001001001"]?["state"] as? String == "reported" && after["330199001001002"]?["state"] as? String == "none")
            #expect(after.values.filter { $0["state"] as? String == "missing" }.count == before.count - 2)
            // The answer to a report is its grid's line as the round shows it.
            let answered = try none.json(), shown = try #require(after["330199001001002"])
            #expect(answered["grid_name"] as? String == shown["grid_name"] as? String && shown["grid_name"] as? String != "330199001001002")
            #expect(answered["late"] as? Bool == shown["late"] as? Bool && answered["reported_at"] as? String == shown["reported_at"] as? String)
            // A grid worker sees only their own grid's line.
            #expect(try await Self.lines(app, worker1).keys.sorted() == ["330199001001001"])
            let page = try await app.get("/screening-rounds/\(Self.round)", as: try await app.session("street_sup"))
            #expect(page.status == .ok && page.text.contains("零报告") && page.text.contains("漏水纠纷一起"))
        }
    }

    @Test func roundsFollowTheirLevelsScheduleAndAreNotOpenedTwice() async throws {
        try await TestApp.run { app in
            let sup = try await app.session("street_sup", kind: .api).token
            let county = try await app.session("supervisor", kind: .api).token
            let second = try await app.api(.post, "/api/v1/screening-rounds", token: sup, json: #"{"level":"township","unit_code":"330199001","period_start":"2026-11-20"}"#)
            #expect(try second.status == .created && second.json()["period_start"] as? String == "2026-11-16" && second.json()["period_end"] as? String == "2026-11-30")
            #expect(try await app.api(.post, "/api/v1/screening-rounds", token: sup, json: #"{"level":"township","unit_code":"330199001","period_start":"2026-11-29"}"#).status == .conflict)
            let month = try await app.api(.post, "/api/v1/screening-rounds", token: county, json: #"{"level":"county","unit_code":"330199","period_start":"2026-02-10"}"#)
            #expect(try month.status == .created && month.json()["period_end"] as? String == "2026-02-28")
            #expect(try await app.api(.post, "/api/v1/screening-rounds", token: county, json: #"{"level":"county","unit_code":"330199001"}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/screening-rounds", token: sup, json: #"{"level":"ad_hoc","unit_code":"330199001","period_start":"2026-12-20","period_end":"2026-12-31"}"#).status == .unprocessableContent)
            let adHoc = try await app.api(.post, "/api/v1/screening-rounds", token: sup,
                                          json: #"{"level":"ad_hoc","unit_code":"330199001","period_start":"2026-12-20","period_end":"2026-12-31","reason":"元旦前专项排查"}"#)
            #expect(adHoc.status == .created)
            // Past rounds nobody answered show every grid as overdue.
            let id = try #require(try second.json()["id"] as? String)
            let past = try await app.api(.get, "/api/v1/screening-rounds/\(id)", token: sup).json()["completeness"] as? [String: Any]
            #expect((past?["overdue"] as? Int ?? 0) > 0 && past?["missing"] as? Int == 0)
            // A street cannot open rounds for another street; a grid worker cannot open any.
            #expect(try await app.api(.post, "/api/v1/screening-rounds", token: sup, json: #"{"level":"township","unit_code":"330199002"}"#).status == .unprocessableContent)
            let worker = try await app.session("gridworker1", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/screening-rounds", token: worker, json: #"{"level":"township","unit_code":"330199001"}"#).status == .notFound)
        }
    }
}
