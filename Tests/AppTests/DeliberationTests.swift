import CivicGridApp
import Foundation
import Grids
import HummingbirdTesting
import Kernel
import KernelTesting
import Participation
import SQLKit
import Testing

/// Proposals from the portal and the window to a ballot; the council's quorum, motions and the
/// plan's signatures; the three agreements and star households, staff and portal.
@Suite("Participation: proposals, council, agreements, star households")
struct DeliberationTests {
    static func json(_ fields: [String: Any]) -> String { ProjectTests.json(fields) }

    @Test func proposalsAreShortlistedGroupedAndPutToOneBallot() async throws {
        try await TestApp.run { app in
            let page = try await app.get("/portal/proposals")
            #expect(page.status == .ok && page.text.contains("幸福里社区") && page.text.contains("王**") && !page.text.contains("13900000001"))
            let sent = try await PortalTests.post(app, "/portal/proposals", ["unit_code": "330199001001", "title": "增设快递柜", "body": "快递常被放在门口丢失。",
                                                                           "proposer_name": "周小梅", "proposer_phone": "13812345678"])
            #expect(sent.status == .seeOther)
            let bad = try await PortalTests.post(app, "/portal/proposals", ["unit_code": "999999999999", "title": "x", "body": "x", "proposer_name": "x", "proposer_phone": "1"])
            #expect(bad.status == .unprocessableContent)

            let clerk = try await app.session("clerk", kind: .api).token
            let listed = try await app.api(.get, "/api/v1/proposals?status=received", token: clerk).json()
            let items = listed["items"] as? [[String: Any]] ?? []
            let mine = try #require(items.first { $0["title"] as? String == "增设快递柜" })
            #expect(mine["proposer_phone"] as? String != "13812345678" && mine["channel"] as? String == "portal")
            let id = try #require(mine["id"] as? String)
            // Declining needs a reason; shortlisting under the demo's group label makes one option with the two grouped demo proposals.
            #expect(try await app.api(.post, "/api/v1/proposals/\(id)/review", token: clerk, json: #"{"status":"declined"}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, "/api/v1/proposals/\(id)/review", token: clerk, json: #"{"status":"shortlisted"}"#).status == .ok)
            let iso = ISO8601DateFormatter()
            let ballot = try await app.api(.post, "/api/v1/proposals/ballot", token: clerk, json: Self.json([
                "unit_code": "330199001001", "proposal_ids": [id, "demo-proposal-2", "demo-proposal-3"], "title": "2027年微实事项目",
                "opens_at": iso.string(from: Date()), "closes_at": iso.string(from: Date().addingTimeInterval(7 * 86_400))]))
            #expect(ballot.status == .created)
            #expect(try ballot.json()["options"] as? [String] == ["便民设施", "增设快递柜"])
            // Put to a ballot once: a second ballot of the same proposals is refused, and a declined one never goes.
            let again = try await app.api(.post, "/api/v1/proposals/ballot", token: clerk, json: Self.json([
                "unit_code": "330199001001", "proposal_ids": ["demo-proposal-4"], "title": "x",
                "opens_at": iso.string(from: Date()), "closes_at": iso.string(from: Date().addingTimeInterval(86_400))]))
            #expect(try again.status == .unprocessableContent && again.errorField() == "proposal_ids")
            let after = try await app.api(.get, "/api/v1/proposals?status=balloted", token: clerk).json()
            #expect((after["items"] as? [Any])?.count == 3)
        }
    }

    /// A city holds more communities than one list offers: the portal asks for the resident's street first, then offers its
    /// communities, and lists that street's proposals.
    @Test func aResidentOfACitysFiveHundredAndFirstCommunityPicksTheStreetFirst() async throws {
        try await TestApp.run { app in
            // Two new streets of 300 communities each, added as units are (their counts kept with them).
            var units: [JurisdictionUnit] = []
            for (street, name) in [("330199008", "东城街道"), ("330199009", "新城街道")] {
                units.append(JurisdictionUnit(code: street, parentCode: "330199", level: .street, name: name, settlement: .urban))
                units += (0..<300).map {
                    JurisdictionUnit(code: street + String(format: "%03d", $0), parentCode: street, level: .community, name: "\(name.prefix(2))第\($0)社区",
                                     settlement: .urban)
                }
            }
            try await app.services.database.transaction { [units] in try await GridStore().insert(units, at: Date(), on: $0) }
            let first = try await app.get("/portal/proposals").text
            #expect(first.contains("id=\"street-form\"") && first.contains("id=\"street-first\"") && !first.contains("新城第299社区"))
            #expect(try await app.get("/portal/proposals?street=999999999").text.contains("id=\"street-first\""))
            let street = try await app.get("/portal/proposals?street=330199009").text
            #expect(street.contains("新城第299社区") && !street.contains("东城第0社区") && !street.contains("幸福里社区</option>") && !street.contains("id=\"street-first\""))
            let sent = try await PortalTests.post(app, "/portal/proposals", ["street": "330199009", "unit_code": "330199009299", "title": "新城增设路灯",
                                                                           "body": "夜间太暗。", "proposer_name": "林小华", "proposer_phone": "13812345679"])
            #expect(sent.status == .seeOther)
            #expect(try await app.get("/portal/proposals?street=330199009").text.contains("新城增设路灯"))
            #expect(!(try await app.get("/portal/proposals?street=330199001").text.contains("新城增设路灯")))
        }
    }

    /// The portal's agreements in force and a year's commitments, fifty a page with a pager, as a city holds thousands.
    @Test func thePortalListsAgreementsAndCommitmentsAPageAtATime() async throws {
        try await TestApp.run { app in
            let today = Day(date: Date()), now = Date().epochSeconds
            try await app.services.database.transaction { sql in
                for i in 0..<60 {
                    _ = try await sql.insert(into: "agreements").columns("id", "unit_code", "parties", "category", "title", "body", "signatories", "signed_on",
                                                                         "created_at")
                        .values(SQLBind("page-agreement-\(i)"), SQLBind("330199001001"), SQLBind("villagers"), SQLBind("stability"), SQLBind("公约\(i)号"),
                                SQLBind("x"), SQLBind("x"), SQLBind(today.description), SQLBind(now)).run()
                    _ = try await sql.insert(into: "commitments").columns("id", "unit_code", "year", "person", "post", "promise", "promised_on", "created_at")
                        .values(SQLBind("page-commitment-\(i)"), SQLBind("330199001001"), SQLBind(today.year), SQLBind("书记"), SQLBind("社区书记"),
                                SQLBind("承诺\(i)号"), SQLBind(today.description), SQLBind(now)).run()
                }
            }
            for (path, item, next) in [("/portal/agreements", "<article class=\"agreement\">", "?page=2"),
                                       ("/portal/commitments?year=\(today.year)", "<article class=\"commitment\">", "?year=\(today.year)&amp;page=2")] {
                let first = try await app.get(path).text
                #expect(first.components(separatedBy: item).count - 1 == 50 && first.contains("id=\"portal-pager\"") && first.contains("href=\"\(next)\""), "\(path)")
                let second = try await app.get(path + (path.contains("?") ? "&" : "?") + "page=2").text
                #expect(second.components(separatedBy: item).count - 1 >= 10 && !second.contains("page=3"), "\(path)")
            }
            #expect(try await app.get("/portal/agreements?page=0").status == .unprocessableContent)
        }
    }

    /// Proposals and commitments are walked off their list indexes for a street or county and read by place for a community:
    /// every reader's pages are those of the plain query, sorted whole, over the same rows.
    @Test func proposalsAndCommitmentsListInOrderAPageAtATime() async throws {
        try await TestApp.run { app in
            let now = Date().epochSeconds, units = ["330199001001", "330199001002", "330199002001"], year = Day(date: Date()).year
            try await app.services.database.transaction { sql in
                // More than a street reads by place (2,000), so a county's are walked: a street's 1,400 are read by place.
                for i in 0..<2_100 {
                    // Some at the same moment, so the id decides between them.
                    _ = try await sql.insert(into: "proposals").columns("id", "unit_code", "title", "body", "proposer_name", "proposer_phone", "channel",
                                                                        "status", "created_at")
                        .values(SQLBind("list-proposal-\(i % 7)-\(i)"), SQLBind(units[i % 3]), SQLBind("提案\(i)"), SQLBind("x"), SQLBind("居民"),
                                SQLBind("13800000000"), SQLBind("window"), SQLBind(i / 3 % 3 == 0 ? "declined" : "received"), SQLBind(now - Int64(i / 2 * 60))).run()
                    guard i < 90 else { continue }
                    _ = try await sql.insert(into: "commitments").columns("id", "unit_code", "year", "person", "post", "promise", "promised_on", "created_at")
                        .values(SQLBind("list-commitment-\(i % 5)-\(i)"), SQLBind(units[i % 3]), SQLBind(year - i / 3 % 3), SQLBind("书记"), SQLBind("社区书记"),
                                SQLBind("承诺\(i)"), SQLBind("\(year - i / 3 % 3)-02-01"), SQLBind(now)).run()
                }
            }
            // Loaded straight into their table, then counted as a bench's are.
            try await ProposalStore.recountProposals(in: app.services.database)
            // The county's are walked, the street's read by place.
            let walks = try await app.services.database.read { sql in
                [try await sql.walks("proposals", column: "unit_code", within: Scope(rootCode: "330199")),
                 try await sql.walks("proposals", column: "unit_code", within: Scope(rootCode: "330199001"))]
            }
            #expect(walks == [true, false])
            for (user, root) in [("leader", "330199"), ("street_sup", "330199001"), ("clerk", "330199001001")] {
                let token = try await app.session(user, kind: .api).token, scope = Scope(rootCode: root)
                let cases: [(path: String, table: String, order: [(String, SQLDirection)], filter: (String, String)?)] = [
                    ("/api/v1/proposals?", "proposals", [("created_at", .descending), ("id", .descending)], nil),
                    ("/api/v1/proposals?status=declined&", "proposals", [("created_at", .descending), ("id", .descending)], ("status", "declined")),
                    ("/api/v1/commitments?", "commitments", [("year", .descending), ("unit_code", .ascending), ("id", .ascending)], nil),
                    ("/api/v1/commitments?year=\(year - 1)&", "commitments", [("year", .descending), ("unit_code", .ascending), ("id", .ascending)],
                     ("year", String(year - 1))),
                ]
                for c in cases {
                    let expected = try await app.services.database.read { sql in
                        var q = sql.select().column("id").from(c.table).where("unit_code", within: scope)
                        if let (column, value) = c.filter { q = c.table == "commitments" ? q.where(column, .equal, Int(value)!) : q.where(column, .equal, value) }
                        return try await c.order.reduce(q) { $0.orderBy($1.0, $1.1) }.all(decodingColumn: "id", as: String.self)
                    }
                    #expect(expected.count > 6, "\(user) \(c.path)")
                    for offset in [0, 3, max(expected.count - 2, 0)] {
                        let listed = try await app.api(.get, "\(c.path)limit=4&offset=\(offset)", token: token).json()
                        let ids = (listed["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                        #expect(ids == Array(expected.dropFirst(offset).prefix(4)), "\(user) \(c.path) offset \(offset)")
                        #expect(listed["total"] as? Int == expected.count, "\(user) \(c.path)")
                    }
                }
            }
        }
    }

    @Test func aCouncilVotesOnlyWhenQuorateAndSignsThePlan() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            // Four of the seven demo members: short of two thirds.
            let short = try await app.api(.post, "/api/v1/council-meetings", token: clerk, json: Self.json([
                "unit_code": "330199001001", "topic": "充电车棚选址", "minutes": "讨论", "attendees": ["demo-member-1", "demo-member-2", "demo-member-3", "demo-member-4"]]))
            #expect(try short.status == .created && short.json()["quorum_met"] as? Bool == false)
            let shortId = try #require(try short.json()["id"] as? String)
            let refused = try await app.api(.post, "/api/v1/council-meetings/\(shortId)/motions", token: clerk, json: #"{"title":"x","yes":4,"no":0,"abstain":0}"#)
            #expect(try refused.status == .conflict && refused.errorCode() == "council_not_quorate")
            // Five of seven is quorate; 3 yes of 5 present carries, 2 of 5 does not; votes beyond those present are refused.
            let five = ["demo-member-1", "demo-member-2", "demo-member-3", "demo-member-4", "demo-member-5"]
            let quorate = try await app.api(.post, "/api/v1/council-meetings", token: clerk, json: Self.json([
                "unit_code": "330199001001", "topic": "充电车棚选址", "minutes": "讨论", "attendees": five]))
            let meetingId = try #require(try quorate.json()["id"] as? String)
            #expect(try quorate.json()["quorum_met"] as? Bool == true)
            let carried = try await app.api(.post, "/api/v1/council-meetings/\(meetingId)/motions", token: clerk, json: #"{"title":"选址3幢东侧","yes":3,"no":1,"abstain":1}"#)
            #expect(try carried.json()["carried"] as? Bool == true)
            let lost = try await app.api(.post, "/api/v1/council-meetings/\(meetingId)/motions", token: clerk, json: #"{"title":"选址北门","yes":2,"no":2,"abstain":1}"#)
            #expect(try lost.json()["carried"] as? Bool == false)
            #expect(try await app.api(.post, "/api/v1/council-meetings/\(meetingId)/motions", token: clerk, json: #"{"title":"x","yes":5,"no":1,"abstain":0}"#).status
                == .unprocessableContent)
            // Someone who is not a member cannot be recorded present.
            let stranger = try await app.api(.post, "/api/v1/council-meetings", token: clerk, json: Self.json([
                "unit_code": "330199001001", "topic": "x", "minutes": "x", "attendees": ["demo-gridworker1"]]))
            #expect(try stranger.status == .unprocessableContent && stranger.errorField() == "attendees")
            // Signatures on the pocket park's plan: the demo has five; a sixth member signs once.
            let signed = try await app.api(.post, "/api/v1/projects/demo-project-1/signatures", token: clerk, json: #"{"member_id":"demo-member-6"}"#)
            #expect(try signed.status == .created && (signed.json()["items"] as? [Any])?.count == 6)
            #expect(try await app.api(.post, "/api/v1/projects/demo-project-1/signatures", token: clerk, json: #"{"member_id":"demo-member-6"}"#).status == .conflict)
            // Another street's grid worker sees neither the meeting nor the project.
            let outsider = try await app.session("gridworker4", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/council-meetings/\(meetingId)", token: outsider).status == .notFound)
        }
    }

    @Test func agreementsAndStarHouseholdsArePublic() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let posted = try await app.api(.post, "/api/v1/agreements", token: clerk, json: Self.json([
                "unit_code": "330199001001", "parties": "villagers", "category": "stability", "title": "邻里调解约定", "body": "邻里纠纷先协商，协商不成找调解。",
                "signatories": "1幢全体住户"]))
            #expect(posted.status == .created)
            let wrong = try await app.api(.post, "/api/v1/agreements", token: clerk, json: Self.json([
                "unit_code": "330199001001", "parties": "everyone", "category": "stability", "title": "x", "body": "x", "signatories": "x"]))
            #expect(try wrong.status == .unprocessableContent && wrong.errorField() == "parties")
            // Agreements signed since but already ended do not push those in force off the portal's list.
            let today = Day(date: Date())
            try await app.services.database.transaction { sql in
                for i in 0..<250 {
                    _ = try await sql.insert(into: "agreements").columns("id", "unit_code", "parties", "category", "title", "body", "signatories", "signed_on",
                                                                         "ends_on", "created_at")
                        .values(SQLBind("ended-agreement-\(i)"), SQLBind("330199001001"), SQLBind("villagers"), SQLBind("stability"), SQLBind("已到期约定\(i)"),
                                SQLBind("x"), SQLBind("x"), SQLBind(today.adding(days: -2).description), SQLBind(today.adding(days: -1).description),
                                SQLBind(Date().epochSeconds)).run()
                }
            }
            let portal = try await app.get("/portal/agreements")
            #expect(portal.status == .ok && portal.text.contains("邻里调解约定") && portal.text.contains("幸福里居民公约") && !portal.text.contains("已到期约定"))

            let year = Day(date: Date()).year
            let review = Self.json(["household_id": "demo-household-1", "year": year, "criteria": ["harmony"]])
            #expect(try await app.api(.post, "/api/v1/star-households", token: clerk, json: review).status == .conflict)
            let worker = try await app.session("gridworker1", kind: .api).token
            let listed = try await app.api(.get, "/api/v1/star-households?year=\(year)", token: worker).json()
            let first = (listed["items"] as? [[String: Any]])?.first
            #expect(first?["stars"] as? Int == 4 && (first?["head"] as? String)?.contains("*") == true)
            let stars = try await app.get("/portal/star-households")
            #expect(stars.status == .ok && stars.text.contains("★★★★") && stars.text.contains("热心公益"))
        }
    }
}
