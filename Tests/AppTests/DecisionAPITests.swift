import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import KernelTesting
import RiskAssessment
import SQLKit
import Testing

/// Major decisions through the API: the whole procedure for one demolition with households
/// visited in the affected grid, the gate refusing the decision at every step that is missing
/// (administrators included, each refusal audited), re-assessment after mitigation, and scope.
@Suite("Risk assessment: the procedure and its gate through the API")
struct DecisionAPITests {
    static func json(_ fields: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
    }

    static func step(_ app: TestApp, _ id: String, token: String, _ fields: [String: Any]) async throws -> TestResponse {
        try await app.api(.post, "/api/v1/decisions/\(id)/transitions", token: token, json: json(fields))
    }

    static func errorCode(_ response: TestResponse) throws -> String? {
        (try response.json()["error"] as? [String: Any])?["code"] as? String
    }

    static var meeting: [String: Any] { ["action": "decide", "text": "县政府常务会议讨论，同意实施。", "held_on": Day(date: Date()).description,
                                         "attendees": "周县长、李副县长等9人", "votes_for": 8, "votes_against": 1, "votes_abstain": 0, "chair": "adopt"] }

    @Test func aDemolitionGoesThroughEveryStepAndTheGateHoldsUntilTheEnd() async throws {
        try await TestApp.run { app in
            let leader = try await app.session("leader", kind: .api).token
            let supervisor = try await app.session("supervisor", kind: .api).token
            let admin = try await app.session("admin", kind: .api).token
            let legal = try await app.session("legal", kind: .api).token
            let worker2 = try await app.session("gridworker2", kind: .api).token
            let worker1 = try await app.session("gridworker1", kind: .api).token

            // Two registered households in the second grid: those are the affected households.
            for (head, spouse, address) in [("demo-resident-6", "demo-resident-7", "幸福里5幢101"), ("demo-resident-8", "demo-resident-9", "幸福里5幢102")] {
                let body = Self.json(["grid_code": "330199001001002", "address": address,
                                      "members": [["resident_id": head, "relation": "head"], ["resident_id": spouse, "relation": "spouse"]]])
                #expect(try await app.api(.post, "/api/v1/households", token: worker2, json: body).status == .created)
            }
            let households = try await app.services.database.read { sql in
                try await sql.select().column("id").from("households").where("grid_code", .equal, "330199001001002").orderBy("address")
                    .all(decodingColumn: "id", as: String.self)
            }
            #expect(households.count == 2)

            let proposal = Self.json(["title": "幸福里5幢征收", "kind": "demolition", "summary": "危房征收", "affected_units": ["330199001001002"],
                                      "estimated_households": 2, "leader": "周县长", "assessor": "县住建局"])
            #expect(try await app.api(.post, "/api/v1/decisions", token: worker2, json: proposal).status == .notFound)
            let bad = Self.json(["title": "x", "kind": "casino", "summary": "x", "affected_units": ["330199001001002"], "leader": "l", "assessor": "a"])
            #expect(try Self.errorCode(try await app.api(.post, "/api/v1/decisions", token: leader, json: bad)) == "decision_kind")
            let created = try await app.api(.post, "/api/v1/decisions", token: leader, json: proposal)
            #expect(created.status == .created)
            let item = try created.json()
            let id = try #require(item["id"] as? String)
            #expect(item["status"] as? String == "proposed" && item["grids"] as? [String] == ["330199001001002"])
            #expect((item["number"] as? String)?.hasPrefix("JC") == true)

            // The grid it affects sees it; another grid does not.
            #expect(try await app.api(.get, "/api/v1/decisions/\(id)", token: worker2).status == .ok)
            #expect(try await app.api(.get, "/api/v1/decisions/\(id)", token: worker1).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/decisions/\(id)/visits", token: worker1, json: #"{"household_id":"x","attitude":"support"}"#).status == .notFound)

            // Nobody decides it now, administrators included.
            for token in [leader, admin] {
                let refused = try await Self.step(app, id, token: token, Self.meeting)
                #expect(try refused.status == .conflict && Self.errorCode(refused) == "participation_incomplete")
            }

            // Participation: 30 days unless a reason is recorded; every comment answered before it closes.
            let short = try await Self.step(app, id, token: supervisor, ["action": "open_participation", "text": "公告", "days": 10])
            #expect(try Self.errorCode(short) == "decision_short_period")
            #expect(try await Self.step(app, id, token: supervisor, ["action": "open_participation", "text": "在门户网站公开征求意见30日", "days": 30]).status == .ok)
            var decision = try await app.services.decisions.decisions.publicDecision(id)
            _ = try await app.services.decisions.decisions.comment(on: decision, author: "王建华", body: "补偿标准请公开", limiter: app.services.decisions.limiter,
                                                                   from: "127.0.0.9")
            #expect(try Self.errorCode(try await Self.step(app, id, token: supervisor, ["action": "close_participation", "text": "x"])) == "decision_period_running")
            try await app.services.database.transaction { sql in
                _ = try await sql.update("decisions").set("comments_end_at", to: Date().addingTimeInterval(-60).epochSeconds).where("id", .equal, id).run()
            }
            #expect(try Self.errorCode(try await Self.step(app, id, token: supervisor, ["action": "close_participation", "text": "x"])) == "decision_comments_unanswered")
            let opened = try await app.api(.get, "/api/v1/decisions/\(id)", token: supervisor).json()
            let comments = opened["comments"] as? [[String: Any]]
            let commentId = try #require(comments?.first?["id"] as? String)
            #expect(opened["comments_total"] as? Int == comments?.count && opened["unanswered_comments"] as? Int == 1)
            // The comments a page at a time, those awaiting an answer on their own.
            let waiting = try await app.api(.get, "/api/v1/decisions/\(id)/comments?show=unanswered&limit=1", token: supervisor).json()
            #expect((waiting["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [commentId] && waiting["total"] as? Int == 1)
            #expect(try await app.api(.get, "/api/v1/decisions/\(id)/comments?show=late", token: supervisor).status == .unprocessableContent)
            let answered = try await app.api(.post, "/api/v1/decisions/\(id)/comment-answers", token: supervisor,
                                             json: Self.json(["comment_id": commentId, "text": "补偿方案将随决定公布"]))
            #expect(try answered.status == .created && answered.json()["total"] as? Int == 0)
            #expect(try await app.api(.get, "/api/v1/decisions/\(id)/comments", token: supervisor).json()["total"] as? Int == comments?.count)
            #expect(try await app.api(.post, "/api/v1/decisions/\(id)/comment-answers", token: supervisor,
                                      json: Self.json(["comment_id": commentId, "text": "again"])).status == .conflict)
            #expect(try await Self.step(app, id, token: supervisor, ["action": "close_participation", "text": "采纳1条"]).status == .ok)

            // Experts drawn from the pool; one with a conflict of interest does not count.
            #expect(try await app.api(.post, "/api/v1/experts", token: supervisor, json: #"{"name":"赵律师","field":"法律","organisation":"律所"}"#).status == .created)
            #expect(try await app.api(.post, "/api/v1/experts", token: worker2, json: #"{"name":"x","field":"法律"}"#).status == .notFound)
            let drawn = try await app.api(.post, "/api/v1/decisions/\(id)/experts", token: supervisor, json: #"{"field":"法律","count":5}"#)
            #expect(drawn.status == .created)
            let experts = (try drawn.json()["items"] as? [[String: Any]])?.compactMap { ($0["expert"] as? [String: Any])?["id"] as? String } ?? []
            #expect(experts.count == 2)
            #expect(try Self.errorCode(try await Self.step(app, id, token: supervisor, ["action": "close_argumentation", "text": "x"])) == "decision_no_expert_opinion")
            let conflicted = Self.json(["expert_id": experts[0], "conflict": true, "conflict_note": "近亲属住在5幢"])
            #expect(try await app.api(.post, "/api/v1/decisions/\(id)/expert-opinions", token: supervisor, json: conflicted).status == .created)
            #expect(try Self.errorCode(try await Self.step(app, id, token: supervisor, ["action": "close_argumentation", "text": "x"])) == "decision_no_expert_opinion")
            let opinion = Self.json(["expert_id": experts[1], "conflict": false, "opinion": "程序合法，补偿须不低于市场价"])
            #expect(try await app.api(.post, "/api/v1/decisions/\(id)/expert-opinions", token: supervisor, json: opinion).status == .created)
            #expect(try await Self.step(app, id, token: supervisor, ["action": "close_argumentation", "text": "论证完成"]).status == .ok)

            // Visits by the grid worker of the affected grid; the risk register.
            let visit = try await app.api(.post, "/api/v1/decisions/\(id)/visits", token: worker2,
                                          json: Self.json(["household_id": households[0], "attitude": "support", "concerns": "希望尽快改造"]))
            #expect(visit.status == .created)
            #expect(try await app.api(.post, "/api/v1/decisions/\(id)/visits", token: worker2,
                                      json: Self.json(["household_id": "demo-household-1", "attitude": "support"])).status == .unprocessableContent)
            var assessment = try await app.api(.get, "/api/v1/decisions/\(id)/assessment", token: supervisor).json()
            #expect(assessment["visit_rate"] as? Double == 0.5 && assessment["affected_households"] as? Int == 2)
            #expect(try Self.errorCode(try await Self.step(app, id, token: supervisor, ["action": "conclude", "conclusion": "go", "text": "x",
                                                                                          "social_benefit": 80, "economic_benefit": 70, "social_risk": 30]))
                    == "decision_visit_rate")
            #expect(try await app.api(.post, "/api/v1/decisions/\(id)/visits", token: worker2,
                                      json: Self.json(["household_id": households[1], "attitude": "neutral"])).status == .created)
            let risk = try await app.api(.post, "/api/v1/decisions/\(id)/risks", token: supervisor,
                                         json: #"{"title":"过渡安置房源不足","likelihood":3,"impact":4,"mitigation":"","owner":""}"#)
            #expect(risk.status == .created)
            let riskId = try #require(try risk.json()["id"] as? String)
            #expect(try await app.api(.post, "/api/v1/decisions/\(id)/risks", token: supervisor, json: #"{"title":"x","likelihood":6,"impact":1}"#).status
                    == .unprocessableContent)
            assessment = try await app.api(.get, "/api/v1/decisions/\(id)/assessment", token: supervisor).json()
            #expect(assessment["visit_rate"] as? Double == 1 && assessment["risk_level"] as? String == "medium")
            #expect(assessment["risk_level_rule"] as? String == "worst_risk_score>=12:12" && assessment["provisional"] as? Bool == true)
            #expect((assessment["indices"] as? [String: Any])?["public_acceptance"] as? Double == 80)

            // Medium does not allow "go"; with mitigations it goes to the legal office.
            let scores: [String: Any] = ["social_benefit": 80, "economic_benefit": 70, "social_risk": 40]
            #expect(try Self.errorCode(try await Self.step(app, id, token: supervisor, scores.merging(["action": "conclude", "conclusion": "go", "text": "x"]) { $1 }))
                    == "decision_conclusion_level")
            let concluded = try await Self.step(app, id, token: supervisor,
                                                scores.merging(["action": "conclude", "conclusion": "go_with_mitigations", "text": "中风险，落实安置房源后实施"]) { $1 })
            #expect(concluded.status == .ok)
            #expect(try concluded.json()["status"] as? String == "legality" && (try concluded.json()["due_rule"] as? String) == "legality_7wd")
            #expect(try Self.errorCode(try await Self.step(app, id, token: leader, Self.meeting)) == "legality_review_missing")

            // Only the legal office reviews legality.
            #expect(try await Self.step(app, id, token: supervisor, ["action": "review_legality", "lawful": true, "text": "合法"]).status == .forbidden)
            #expect(try await Self.step(app, id, token: legal, ["action": "review_legality", "lawful": true, "text": "经审查合法"]).status == .ok)
            let medium = try await Self.step(app, id, token: admin, Self.meeting)
            #expect(try medium.status == .conflict && Self.errorCode(medium) == "risk_level_medium")

            // Mitigation adopted and rescored, then assessed again: low, and the decision may be taken.
            #expect(try Self.errorCode(try await Self.step(app, id, token: supervisor, scores.merging(["action": "reassess", "conclusion": "go", "text": "x"]) { $1 }))
                    == "decision_mitigations_pending")
            let mitigated = Self.json(["id": riskId, "title": "过渡安置房源不足", "likelihood": 1, "impact": 4, "mitigation": "新增过渡房源60套", "owner": "县住建局", "status": "mitigated"])
            #expect(try await app.api(.post, "/api/v1/decisions/\(id)/risks", token: supervisor, json: mitigated).status == .ok)
            let reassessed = try await Self.step(app, id, token: supervisor, scores.merging(["action": "reassess", "conclusion": "go", "text": "房源已落实"]) { $1 })
            #expect(try reassessed.json()["risk_level"] as? String == "low" && (try reassessed.json()["assessment_round"] as? Int) == 2)
            #expect(try reassessed.json()["gate"] as? [String] == [])
            #expect(try await Self.step(app, id, token: supervisor, Self.meeting).status == .forbidden)
            let decided = try await Self.step(app, id, token: leader, Self.meeting)
            #expect(try decided.status == .ok && decided.json()["status"] as? String == "decided")
            #expect(try await Self.step(app, id, token: supervisor, ["action": "publish", "text": "县政府令第3号"]).status == .ok)
            decision = try await app.services.decisions.decisions.publicDecision(id)
            #expect(decision.stage == .published)

            // Every refused attempt is on the audit log.
            let refused = try await app.auditActions().filter { $0 == "decision.decide_refused" }
            #expect(refused.count == 4)
            let detail = try await app.api(.get, "/api/v1/decisions/\(id)", token: leader).json()
            #expect((detail["events"] as? [[String: Any]])?.compactMap { $0["action"] as? String }
                    == ["propose", "open_participation", "close_participation", "close_argumentation", "conclude", "review_legality", "reassess", "decide", "publish"])
        }
    }

    @Test func theDemoDemolitionIsBlockedAtHighRiskForEveryone() async throws {
        try await TestApp.run { app in
            for name in ["leader", "admin"] {
                let token = try await app.session(name, kind: .api).token
                let refused = try await Self.step(app, "demo-decision-1", token: token, Self.meeting)
                #expect(try refused.status == .conflict && Self.errorCode(refused) == "risk_level_high")
            }
            let token = try await app.session("leader", kind: .api).token
            let assessment = try await app.api(.get, "/api/v1/decisions/demo-decision-1/assessment", token: token).json()
            #expect(assessment["risk_level"] as? String == "high" && assessment["visit_rate"] as? Double == 1)
            #expect(assessment["gate"] as? [String] == ["risk_level_high", "assessment_conclusion_against"])
            let page = try await app.get("/decisions/demo-decision-1", as: try await app.session("leader")).text
            #expect(page.contains("高风险") && page.contains("data-code=\"risk_level_high\" class=\"overdue\"") && page.contains("最高风险点分值 ≥ 20（本次 20）"))
            // The page's decide form posts its step and shows the refusal in place.
            #expect(page.contains("action=\"/decisions/demo-decision-1/step\"") && page.contains("name=\"action\" value=\"decide\""))
            let form = ["action": "decide", "text": "常务会议", "held_on": Day(date: Date()).description, "attendees": "周县长等", "votes_for": "5", "chair": "adopt"]
            let refused = try await app.post("/decisions/demo-decision-1/step", form: form, as: try await app.session("leader"))
            #expect(refused.status == .conflict && refused.text.contains("id=\"form-error\"") && refused.text.contains("不能决策：评估为高风险。"))
            let list = try await app.api(.get, "/api/v1/decisions?status=at_risk", token: token).json()
            #expect(list["total"] as? Int == 2)
            #expect(try await app.api(.get, "/api/v1/decisions?status=nonsense", token: token).status == .unprocessableContent)
            let worker3 = try await app.session("gridworker3", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/decisions", token: worker3).json()["total"] as? Int == 0)
        }
    }

    @Test func countiesSetTheirOwnLevelRules() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin", kind: .api).token
            let leader = try await app.session("leader", kind: .api).token
            let bad = #"{"rules":[{"level":"high","metric":"strongly_object_share","threshold":2}],"weights":[0.4,0.2,0.2,0.2],"minimum_visit_rate":0.9}"#
            #expect(try await app.api(.post, "/api/v1/assessment-settings", token: admin, json: bad).status == .unprocessableContent)
            // A county that calls any strong objection high.
            let strict = #"{"rules":[{"level":"high","metric":"strongly_object_share","threshold":0.01}],"weights":[0.25,0.25,0.25,0.25],"minimum_visit_rate":1}"#
            #expect(try await app.api(.post, "/api/v1/assessment-settings", token: leader, json: strict).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/assessment-settings", token: admin, json: strict).status == .ok)
            let settings = try await app.api(.get, "/api/v1/assessment-settings", token: leader).json()
            #expect((settings["rules"] as? [[String: Any]])?.count == 1 && settings["minimum_visit_rate"] as? Double == 1)
            // The open decision's provisional level follows the new rules.
            let live = try await app.api(.get, "/api/v1/decisions/demo-decision-3/assessment", token: leader).json()
            #expect(live["provisional"] as? Bool == true && live["risk_level"] as? String == "low" && live["risk_level_rule"] as? String == "none")
            #expect(try await app.auditActions().contains("decision.settings"))
            // The settings page saves the same, the hearing notice included.
            let page = try await app.post("/decisions/settings", form: ["level_0": "high", "metric_0": "worst_risk_score", "threshold_0": "16",
                                                                       "weights": "0.4 0.2 0.2 0.2", "minimum_visit_rate": "0.8", "hearing_notice_days": "15"],
                                          as: try await app.session("admin"))
            #expect(page.status == .ok && page.text.contains("id=\"settings-saved\""))
            let saved = try await app.api(.get, "/api/v1/assessment-settings", token: leader).json()
            #expect(saved["hearing_notice_days"] as? Int == 15 && saved["minimum_visit_rate"] as? Double == 0.8)
            let badPage = try await app.post("/decisions/settings", form: ["threshold_0": "16", "level_0": "high", "metric_0": "worst_risk_score",
                                                                      "weights": "0.4 0.2 0.2 0.2", "minimum_visit_rate": "0.8", "hearing_notice_days": "400"],
                                         as: try await app.session("admin"))
            #expect(badPage.status == .unprocessableContent && badPage.text.contains("id=\"form-error\""))
        }
    }

    @Test func thePortalTakesCommentsOnlyWhileTheyAreOpen() async throws {
        try await TestApp.run { app in
            let list = try await app.get("/portal/decisions").text
            #expect(list.contains("老旧小区停车收费管理办法") && !list.contains("幸福里片区危旧房屋征收改造"))
            #expect(try await app.get("/portal/decisions/demo-decision-1").status == .notFound)
            let sent = try await PortalTests.post(app, "/portal/decisions/demo-decision-3/comments", ["author": "李梅", "body": "希望夜间对业主免费"])
            #expect(sent.status == .seeOther)
            let empty = try await PortalTests.post(app, "/portal/decisions/demo-decision-3/comments", ["author": "李梅", "body": " "])
            #expect(empty.status == .unprocessableContent && empty.text.contains("请填写意见"))
            let page = try await app.get("/portal/decisions/demo-decision-3").text
            #expect(page.contains("希望夜间对业主免费") && page.contains("李*") && !page.contains("李梅"))
            #expect(try await PortalTests.post(app, "/portal/decisions/demo-decision-1/comments", ["body": "x"]).status == .notFound)
            // Fifty comments a page, the newest first: the one just sent heads the first page, the earliest ends the last.
            let earlier = Date().addingTimeInterval(-86_400).epochSeconds
            try await app.services.database.transaction { sql in
                for i in 0..<60 {
                    _ = try await sql.insert(into: "decision_comments").columns("id", "decision_id", "author", "body", "created_at")
                        .values(SQLBind("bulk-comment-\(i)"), SQLBind("demo-decision-3"), SQLBind("居民"), SQLBind("早先的意见\(i)号"), SQLBind(earlier + Int64(i))).run()
                }
            }
            let answers = { (text: String) in
                (text.components(separatedBy: "id=\"portal-answers\"").last ?? "").components(separatedBy: "</section>").first ?? ""
            }
            let first = answers(try await app.get("/portal/decisions/demo-decision-3").text)
            #expect(first.components(separatedBy: "<li>").count - 1 == 50 && first.contains("希望夜间对业主免费") && !first.contains("早先的意见0号"))
            #expect(first.contains("href=\"?page=2#portal-answers\"") && !first.contains("page=0"))
            let total = try await app.services.database.read { sql in
                try await sql.count { $0.from("decision_comments").where("decision_id", .equal, "demo-decision-3") }
            }
            let last = answers(try await app.get("/portal/decisions/demo-decision-3?page=\((total + 49) / 50)").text)
            #expect(last.contains("早先的意见0号") && !last.contains("page=\((total + 49) / 50 + 1)"))
            #expect(last.components(separatedBy: "<li>").count - 1 == total - 50 * ((total - 1) / 50))
            #expect(try await app.get("/portal/decisions/demo-decision-3?page=0").status == .unprocessableContent)
        }
    }

    @Test func gridWorkersVisitFromAPhoneSizedListWithNamesMasked() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1")
            let page = try await app.get("/decisions/demo-decision-2/visits", as: worker)
            #expect(page.status == .ok && page.text.contains("id=\"household-demo-household-1\""))
            #expect(!page.text.contains("demo-resident-4"))
            let posted = try await app.post("/decisions/demo-decision-2/visits", form: ["household_id": "demo-household-1", "attitude": "support", "concerns": "同意"], as: worker)
            #expect(posted.status == .seeOther)
            let token = try await app.session("leader", kind: .api).token
            let assessment = try await app.api(.get, "/api/v1/decisions/demo-decision-2/assessment", token: token).json()
            #expect((assessment["attitudes"] as? [String: Int])?["support"] == 1 && assessment["households_visited"] as? Int == 1)
            // The report counts each concern by the households that raised it.
            let report = try await app.get("/decisions/demo-decision-2/report", as: try await app.session("leader"))
            #expect(report.status == .ok && report.text.contains("同意（1户）"))
            // One page of comments: its pager links nowhere.
            let decision = try await app.get("/decisions/demo-decision-2", as: try await app.session("leader"))
            #expect(decision.status == .ok && decision.text.contains("id=\"comment-tabs\"") && !decision.text.contains("href=\"#comments\""))
            #expect(try await app.get("/decisions/demo-decision-2/visits", as: try await app.session("gridworker2")).status == .notFound)
        }
    }
}

@Suite("Risk assessment: hearings, surveys and the cases a decision gave rise to")
struct DecisionOpinionTests {
    @Test func hearingsAreAnnouncedAheadAndHeldBeforeParticipationCloses() async throws {
        try await TestApp.run { app in
            let supervisor = try await app.session("supervisor", kind: .api).token
            let path = "/api/v1/decisions/demo-decision-3/sessions"
            let soon = Day(date: Date()).adding(days: 3).description, later = Day(date: Date()).adding(days: 12).description
            let early = DecisionAPITests.json(["kind": "hearing", "held_on": soon, "place": "社区会议室", "participants": "业主代表10人"])
            #expect(try DecisionAPITests.errorCode(try await app.api(.post, path, token: supervisor, json: early)) == "decision_hearing_notice")
            let announced = try await app.api(.post, path, token: supervisor,
                                              json: DecisionAPITests.json(["kind": "hearing", "held_on": later, "place": "社区会议室", "participants": "业主代表王建华、李梅等10人"]))
            #expect(announced.status == .created)
            let hearing = try #require(try announced.json()["id"] as? String)
            // Published on the portal with its participants.
            let portal = try await app.get("/portal/decisions/demo-decision-3").text
            #expect(portal.contains("id=\"portal-hearings\"") && portal.contains("业主代表王建华、李梅等10人"))
            // Not recorded before it is held; participation does not close while it is pending.
            let record = DecisionAPITests.json(["id": hearing, "attendance": 10, "summary": "多数代表同意"])
            #expect(try DecisionAPITests.errorCode(try await app.api(.post, path, token: supervisor, json: record)) == "decision_hearing_not_held")
            try await app.services.database.transaction { sql in
                _ = try await sql.update("decisions").set("comments_end_at", to: Date().addingTimeInterval(-60).epochSeconds).where("id", .equal, "demo-decision-3").run()
            }
            let close = try await DecisionAPITests.step(app, "demo-decision-3", token: supervisor, ["action": "close_participation", "text": "x"])
            #expect(try DecisionAPITests.errorCode(close) == "decision_hearing_pending")
            try await app.services.database.transaction { sql in
                _ = try await sql.update("decision_sessions").set("held_on", to: Day(date: Date()).description).where("id", .equal, hearing).run()
            }
            #expect(try await app.api(.post, path, token: supervisor, json: record).status == .ok)
            #expect(try await app.api(.post, path, token: supervisor, json: record).status == .conflict)
            let forum = DecisionAPITests.json(["kind": "forum", "held_on": Day(date: Date()).description, "place": "街道", "participants": "商户8人", "summary": "希望设置临时泊位"])
            #expect(try await app.api(.post, path, token: supervisor, json: forum).status == .created)
            #expect(try await DecisionAPITests.step(app, "demo-decision-3", token: supervisor, ["action": "close_participation", "text": "采纳"]).status == .ok)
            let detail = try await app.api(.get, "/api/v1/decisions/demo-decision-3", token: supervisor).json()
            #expect((detail["sessions"] as? [[String: Any]])?.count == 2)
        }
    }

    @Test func surveysCountTowardAcceptanceAndTheLevel() async throws {
        try await TestApp.run { app in
            let supervisor = try await app.session("supervisor", kind: .api).token
            let path = "/api/v1/decisions/demo-decision-3/surveys"
            let tooMany = #"{"title":"停车问卷","respondents":10,"tally":{"support":8,"strongly_object":3}}"#
            #expect(try await app.api(.post, path, token: supervisor, json: tooMany).status == .unprocessableContent)
            let unknown = #"{"title":"停车问卷","respondents":10,"tally":{"maybe":1}}"#
            #expect(try DecisionAPITests.errorCode(try await app.api(.post, path, token: supervisor, json: unknown)) == "decision_attitude")
            // 7 support, 3 strongly object of 10: 30% strongly objecting is high under the defaults.
            let survey = #"{"title":"停车问卷","questions":"1. 是否赞成收费？","respondents":12,"tally":{"support":7,"strongly_object":3},"notes":"2人未答"}"#
            #expect(try await app.api(.post, path, token: supervisor, json: survey).status == .created)
            let assessment = try await app.api(.get, "/api/v1/decisions/demo-decision-3/assessment", token: supervisor).json()
            #expect(assessment["respondents"] as? Int == 10 && assessment["households_visited"] as? Int == 0)
            #expect(assessment["risk_level"] as? String == "high" && assessment["risk_level_rule"] as? String == "strongly_object_share>=0.200:0.300")
            #expect((assessment["indices"] as? [String: Any])?["public_acceptance"] as? Double == 70)
        }
    }

    @Test func casesThatAroseFromADecisionAreLinkedAndCounted() async throws {
        try await TestApp.run { app in
            let supervisor = try await app.session("supervisor", kind: .api).token
            let disputes = try await app.api(.get, "/api/v1/disputes?status=all", token: supervisor).json()["items"] as? [[String: Any]]
            let number = try #require(disputes?.first?["number"] as? String)
            let path = "/api/v1/decisions/demo-decision-1/links"
            #expect(try await app.api(.post, path, token: supervisor, json: DecisionAPITests.json(["case_type": "dispute", "number": number.lowercased()])).status == .created)
            #expect(try await app.api(.post, path, token: supervisor, json: DecisionAPITests.json(["case_type": "dispute", "number": number])).status == .conflict)
            #expect(try DecisionAPITests.errorCode(try await app.api(.post, path, token: supervisor,
                                                                     json: DecisionAPITests.json(["case_type": "dispute", "number": "TJ19990101-00001"]))) == "decision_case_number")
            #expect(try await app.api(.post, path, token: supervisor, json: DecisionAPITests.json(["case_type": "parcel", "number": number])).status == .unprocessableContent)
            let detail = try await app.api(.get, "/api/v1/decisions/demo-decision-1", token: supervisor).json()
            #expect(detail["linked_cases"] as? [String: Int] == ["dispute": 1, "petition": 0, "work_order": 0])
            let page = try await app.get("/decisions/demo-decision-1", as: try await app.session("supervisor")).text
            #expect(page.contains("矛盾纠纷 <strong>1</strong>") && page.contains(number))
        }
    }

    @Test func eachStagesClockIsSupervised() async throws {
        try await TestApp.run { app in
            // The open decision's comment period ends in about 25 days; 40 days on it is overdue and escalated.
            let sweeper = DeadlineSweeper(clocks: [DecisionSupervision.clock], database: app.services.database, clock: ManualClock(Date().addingTimeInterval(40 * 86_400)))
            #expect(try await sweeper.sweep() >= 2)
            let notices = try await app.notices(DecisionSupervision.caseType, "demo-decision-3")
            #expect(notices.map(\.kind).sorted() == ["escalated", "overdue"] && notices.allSatisfy { $0.clock == "participation_period" })
            #expect(notices.first { $0.kind == "escalated" }?.addressedTo == "330199")
            let detail = try await app.api(.get, "/api/v1/decisions/demo-decision-3", token: try await app.session("leader", kind: .api).token).json()
            #expect((detail["notices"] as? [[String: Any]])?.count == 2)
        }
    }
}
