import CivicGridApp
import Disputes
import Foundation
import Grids
import HummingbirdTesting
import Kernel
import SQLKit
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

    /// A county's round has ten thousand grids and more: its figures count them all, its grids come a page at a time, and the
    /// silent ones (whom the clerk chases) or the answered ones can be listed on their own.
    @Test func aRoundsGridsComeAPageAtATimeAndTheSilentOnTheirOwn() async throws {
        try await TestApp.run { app in
            let sup = try await app.session("street_sup", kind: .api).token
            let worker2 = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: worker2,
                                      json: #"{"grid_code":"330199001001002","nothing_found":true}"#).status == .created)
            func detail(_ query: String) async throws -> [String: Any] {
                let response = try await app.api(.get, "/api/v1/screening-rounds/\(Self.round)\(query)", token: sup)
                #expect(response.status == .ok, "\(query): \(response.text)")
                return try response.json()["completeness"] as? [String: Any] ?? [:]
            }
            func grids(_ c: [String: Any]) -> [String] { (c["lines"] as? [[String: Any]] ?? []).compactMap { $0["grid_code"] as? String } }
            let all = try await detail("")
            let expected = try #require(all["expected"] as? Int)
            #expect(expected >= 3 && all["total"] as? Int == expected && grids(all).count == expected && grids(all) == grids(all).sorted())
            // One page: the figures still count every grid.
            let second = try await detail("?limit=1&offset=1")
            #expect(grids(second) == [grids(all)[1]] && second["total"] as? Int == expected && second["expected"] as? Int == expected)
            #expect(second["none"] as? Int == 1 && second["missing"] as? Int == expected - 1)
            let silent = try await detail("?show=silent"), answered = try await detail("?show=answered")
            #expect(grids(answered) == ["330199001001002"] && answered["total"] as? Int == 1)
            #expect(grids(silent) == grids(all).filter { $0 != "330199001001002" } && silent["total"] as? Int == expected - 1)
            #expect(grids(try await detail("?show=silent&limit=1&offset=1")) == [grids(silent)[1]])
            #expect(grids(try await detail("?show=silent&offset=\(expected)")).isEmpty)
            #expect(try await app.api(.get, "/api/v1/screening-rounds/\(Self.round)?show=late", token: sup).status == .unprocessableContent)
            #expect(try await app.api(.get, "/api/v1/screening-rounds/\(Self.round)?limit=0", token: sup).status == .unprocessableContent)
            // A grid the jurisdiction does not hold cannot answer (it would be counted as answering).
            let clerk = try await app.session("clerk", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: clerk,
                                      json: #"{"grid_code":"330199001001999","nothing_found":true}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/screening-rounds/\(Self.round)/reports", token: clerk,
                                      json: #"{"grid_code":"\#(grids(silent)[0])","nothing_found":true}"#).status == .created)
            #expect(try await detail("?show=silent")["total"] as? Int == expected - 2)
            // The page offers the same three lists, with their counts.
            let page = try await app.get("/screening-rounds/\(Self.round)?show=silent", as: try await app.session("street_sup"))
            #expect(page.status == .ok && page.text.contains("未报网格 \(expected - 2)") && page.text.contains("已报网格 2"))
            #expect(!page.text.contains("<td>330199001001002</td>") && page.text.contains("<td>\(grids(silent)[1])</td>"))
        }
    }

    /// A street of 2,700 grids: its silent grids, few (one in 37) or half of them, page for page as every grid's line shows
    /// them, however far the walk for a page goes past its first stretch.
    @Test func theSilentGridsOfALargeStreetAreEveryGridNotAnsweredPageForPage() async throws {
        try await TestApp.run { app in
            let street = "330199008", grids = (1...3).flatMap { c in (0..<900).map { street + String(format: "%03d%03d", c, $0) } }
            // Every 37th grid silent, or every other one.
            let rounds = [("big-sparse", 37), ("big-half", 2)], starts = ["big-sparse": "2026-11-01", "big-half": "2026-11-16"]
            @Sendable func answers(_ i: Int, every: Int) -> Bool { i % every != 1 }
            // Units as they are added (their counts kept with them); reports loaded straight in, then counted as a bench's are.
            var units = [JurisdictionUnit(code: street, parentCode: "330199", level: .street, name: "东城街道", settlement: .urban)]
            units += (1...3).map { JurisdictionUnit(code: street + String(format: "%03d", $0), parentCode: street, level: .community, name: "社区\($0)", settlement: .urban) }
            units += grids.map { JurisdictionUnit(code: $0, parentCode: String($0.prefix(12)), level: .grid, name: "网格\($0.suffix(6))", settlement: .urban) }
            try await app.services.database.transaction { [units] in try await GridStore().insert(units, at: Date(), on: $0) }
            try await app.services.database.transaction { sql in
                let now = Date().epochSeconds
                for (id, every) in rounds {
                    try await sql.insert(into: "screening_rounds").columns("id", "unit_code", "level", "period_start", "period_end", "reason", "created_at")
                        .values(SQLBind(id), SQLBind(street), SQLBind("ad_hoc"), SQLBind(starts[id]!), SQLBind("2026-11-30"), SQLBind("排查"), SQLBind(now)).run()
                    let reports: [[any SQLExpression]] = grids.enumerated().filter { answers($0.offset, every: every) }.map { _, grid in
                        [SQLBind(id), SQLBind(grid), SQLBind(1), SQLBind(""), SQLBind(""), SQLBind("test"), SQLBind(now)]
                    }
                    for chunk in reports.chunked(by: 500) {
                        try await sql.insert(into: "screening_reports")
                            .columns("round_id", "grid_code", "nothing_found", "findings", "dispute_ids", "reported_by", "reported_at").rows(Array(chunk)).run()
                    }
                }
            }
            try await Screening.recountAnswers(in: app.services.database)
            let county = try await app.session("supervisor", kind: .api).token
            for (id, every) in rounds {
                let silent = grids.enumerated().filter { !answers($0.offset, every: every) }.map(\.element)
                for (limit, offset) in [(25, 0), (25, 25), (25, 50), (100, 0), (100, silent.count - 10), (25, silent.count)] {
                    let shown = try await app.api(.get, "/api/v1/screening-rounds/\(id)?show=silent&limit=\(limit)&offset=\(offset)", token: county).json()
                    let completeness = try #require(shown["completeness"] as? [String: Any])
                    let lines = (completeness["lines"] as? [[String: Any]] ?? []).compactMap { $0["grid_code"] as? String }
                    #expect(lines == Array(silent.dropFirst(offset).prefix(limit)), "\(id) \(limit) at \(offset)")
                    #expect(completeness["total"] as? Int == silent.count && completeness["expected"] as? Int == grids.count)
                }
            }
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
