import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import KernelTesting
import Participation
import SQLKit
import Testing

/// One household one vote through the API and the portal: slips issued once, a code voting once
/// however many try at once and from another process, paper and portal for the same household,
/// results published only when the ballot closes.
@Suite("Participation: one household one vote")
struct BallotTests {
    static func json(_ fields: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
    }

    /// A ballot of the first community with two more households registered, and its slips.
    static func openBallot(_ app: TestApp) async throws -> (id: String, codes: [String: String]) {
        let worker = try await app.session("gridworker1", kind: .api).token
        for (head, address) in [("demo-resident-2", "幸福里8幢101"), ("demo-resident-3", "幸福里8幢102")] {
            let body = json(["grid_code": "330199001001001", "address": address, "members": [["resident_id": head, "relation": "head"]]])
            #expect(try await app.api(.post, "/api/v1/households", token: worker, json: body).status == .created)
        }
        let clerk = try await app.session("clerk", kind: .api).token
        let iso = ISO8601DateFormatter()
        let created = try await app.api(.post, "/api/v1/ballots", token: clerk, json: json([
            "unit_code": "330199001001", "title": "垃圾分类亭选址", "options": ["东门", "西门"], "opens_at": iso.string(from: Date().addingTimeInterval(-60)),
            "closes_at": iso.string(from: Date().addingTimeInterval(7 * 86_400)), "rule": "residents_meeting"]))
        #expect(created.status == .created)
        let id = try #require(try created.json()["id"] as? String)
        let slips = try await app.api(.post, "/api/v1/ballots/\(id)/codes", token: clerk)
        #expect(slips.status == .created)
        let items = try slips.json()["items"] as? [[String: Any]] ?? []
        #expect(try await app.api(.post, "/api/v1/ballots/\(id)/codes", token: clerk).status == .conflict)
        return (id, Dictionary(uniqueKeysWithValues: items.compactMap { i in (i["household_id"] as? String).flatMap { h in (i["code"] as? String).map { (h, $0) } } }))
    }

    @Test func aCodeVotesOnceUnderFiftyAttemptsAtOnceAndFromAnotherProcess() async throws {
        try await TestApp.run { app in
            let (id, codes) = try await Self.openBallot(app)
            #expect(codes.count == 3)
            let code = try #require(codes["demo-household-1"])
            let service = app.services.participation.ballots
            let results = await withTaskGroup(of: Bool.self) { group in
                for i in 0..<50 {
                    group.addTask { (try? await service.portalVote(ballot: id, code: code, option: i % 2 == 0 ? "东门" : "西门", from: "10.0.0.\(i)")) != nil }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 1)
            // A second process on the same database refuses it too.
            let other = try await TestDatabase.secondProcess()
            let store = BallotStore()
            let again = try await other.transaction { sql in
                try await store.vote(ballot: id, household: nil, codeHash: Secrets.sha256Hex("\(id):\(code)"), option: 0, channel: .portal, by: nil, at: Date(), on: sql)
            }
            await other.shutdown()
            #expect(!again)
            // Paper for the same household is refused; another household's paper vote counts.
            let clerk = try await app.session("clerk", kind: .api).token
            let paper = try await app.api(.post, "/api/v1/ballots/\(id)/paper-votes", token: clerk, json: #"{"household_id":"demo-household-1","option":"东门"}"#)
            #expect(paper.status == .conflict)
            let second = try #require(codes.keys.first { $0 != "demo-household-1" })
            let counted = try await app.api(.post, "/api/v1/ballots/\(id)/paper-votes", token: clerk, json: Self.json(["household_id": second, "option": "西门"]))
            #expect(counted.status == .created)
            let tally = try counted.json()
            #expect(tally["households_eligible"] as? Int == 3 && tally["households_voted"] as? Int == 2 && tally["quorum_met"] as? Bool == true)
            // ... and the portal refuses the household that voted on paper.
            let third = try await PortalTests.post(app, "/portal/ballots/\(id)/vote", ["code": codes[second]!, "option": "东门"])
            #expect(third.status == .conflict && third.text.contains("每户只能投一票"))
            #expect(try await app.auditActions().contains("ballot.paper_vote"))
        }
    }

    @Test func thePortalVotesWithTheSlipAndPublishesResultsWhenClosed() async throws {
        try await TestApp.run { app in
            // Ballots not yet open, closing after the open one, do not push it off the portal's list.
            let later = Date().addingTimeInterval(30 * 86_400).epochSeconds
            try await app.services.database.transaction { sql in
                for i in 0..<60 {
                    _ = try await sql.insert(into: "ballots").columns("id", "unit_code", "title", "options", "opens_at", "closes_at", "rule", "created_at")
                        .values(SQLBind("later-ballot-\(i)"), SQLBind("330199001001"), SQLBind("下月表决\(i)"), SQLBind(#"["是","否"]"#), SQLBind(later),
                                SQLBind(later + 86_400), SQLBind("residents_meeting"), SQLBind(later)).run()
                }
            }
            let listed = try await app.get("/portal/ballots").text
            #expect(listed.contains("社区微更新项目") && !listed.contains("下月表决"))
            let wrong = try await PortalTests.post(app, "/portal/ballots/demo-ballot-2/vote", ["code": "AAAA-BBBB-CC", "option": "北门空地"])
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("投票码不正确"))
            let open = try await app.get("/portal/ballots/demo-ballot-2").text
            #expect(open.contains("id=\"vote-form\"") && !open.contains("id=\"results\""))
            let voted = try await PortalTests.post(app, "/portal/ballots/demo-ballot-2/vote", ["code": "demq-2628-kx", "option": "3幢东侧"])
            #expect(voted.status == .seeOther)
            let closed = try await app.get("/portal/ballots/demo-ballot-1").text
            #expect(closed.contains("id=\"results\"") && closed.contains("获通过") && !closed.contains("id=\"vote-form\""))
            let token = try await app.session("clerk", kind: .api).token
            let tally = try await app.api(.get, "/api/v1/ballots/demo-ballot-2/tally", token: token).json()
            #expect((tally["results"] as? [[String: Any]])?.first { $0["option"] as? String == "3幢东侧" }?["votes"] as? Int == 1)
            // Other communities' staff do not see it.
            #expect(try await app.api(.get, "/api/v1/ballots/demo-ballot-2/tally", token: try await app.session("gridworker3", kind: .api).token).status == .notFound)
            let bad = Self.json(["unit_code": "330199001001001", "title": "t", "options": ["a", "b"], "opens_at": "2026-12-01T00:00:00Z", "closes_at": "2026-12-02T00:00:00Z"])
            #expect(try await app.api(.post, "/api/v1/ballots", token: token, json: bad).status == .unprocessableContent)
        }
    }

    @Test func staffIssueSlipsFromThePage() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk")
            let iso = ISO8601DateFormatter()
            let token = try await app.session("clerk", kind: .api).token
            let created = try await app.api(.post, "/api/v1/ballots", token: token, json: Self.json([
                "unit_code": "330199001001", "title": "楼道照明改造", "options": ["A方案", "B方案"], "opens_at": iso.string(from: Date()),
                "closes_at": iso.string(from: Date().addingTimeInterval(86_400))])).json()
            let id = try #require(created["id"] as? String)
            let slips = try await app.post("/ballots/\(id)/codes", form: [:], as: clerk)
            #expect(slips.status == .ok && slips.text.contains("class=\"code\"") && slips.text.contains("只显示一次") == false && slips.text.contains("投票码只在此显示一次"))
            let page = try await app.get("/ballots/\(id)", as: clerk).text
            #expect(page.contains("id=\"paper-form\"") && !page.contains("id=\"issue-codes\""))
        }
    }
}
