import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import KernelTesting
import Participation
import Testing

/// Projects through the API: the ledger that cannot be overdrawn, disclosures once per period,
/// the one-third rework rule through to a second evaluation; commitments' steps; points earned
/// once per report, spent never below zero however many try at once, and read on the portal.
@Suite("Participation: projects, commitments and points")
struct ProjectTests {
    static func json(_ fields: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
    }

    @Test func aProjectIsFundedDisclosedReworkedAndAccepted() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let created = try await app.api(.post, "/api/v1/projects", token: clerk, json: Self.json([
                "unit_code": "330199001001", "title": "健身步道", "plan": "沿河步道800米", "budget_fen": 5_000_000, "ballot_id": "demo-ballot-1"]))
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? String)
            // Another community's ballot cannot be named; a unit outside the clerk's community is refused.
            let foreign = try await app.api(.post, "/api/v1/projects", token: clerk, json: Self.json([
                "unit_code": "330199001002", "title": "x", "plan": "x", "budget_fen": 1]))
            #expect(foreign.status == .unprocessableContent)

            let income = try await app.api(.post, "/api/v1/projects/\(id)/ledger", token: clerk, json: Self.json([
                "kind": "income", "amount_fen": 1_000_000, "voucher": "JZ-1"]))
            #expect(income.status == .created)
            let overdrawn = try await app.api(.post, "/api/v1/projects/\(id)/ledger", token: clerk, json: Self.json([
                "kind": "expense", "amount_fen": 1_000_001, "voucher": "JZ-2"]))
            #expect(try overdrawn.status == .conflict && (try overdrawn.errorCode()) == "project_overdrawn")
            let expense = try await app.api(.post, "/api/v1/projects/\(id)/ledger", token: clerk, json: Self.json([
                "kind": "expense", "amount_fen": 400_000, "voucher": "JZ-2", "note": "材料"]))
            #expect(expense.status == .created)

            // The plan is a major matter owed at once; disclosed once.
            let disclose = Self.json(["kind": "major", "period": "start", "content": "方案和预算已公布"])
            #expect(try await app.api(.post, "/api/v1/projects/\(id)/disclosures", token: clerk, json: disclose).status == .created)
            #expect(try await app.api(.post, "/api/v1/projects/\(id)/disclosures", token: clerk, json: disclose).status == .conflict)
            let bogus = try await app.api(.post, "/api/v1/projects/\(id)/disclosures", token: clerk, json: Self.json([
                "kind": "finance", "period": "1999-01", "content": "x"]))
            #expect(try bogus.status == .unprocessableContent && (try bogus.errorField()) == "period")

            // Not evaluated before it is finished; 2 of 7 satisfied sends it back for rework.
            let ratings = Self.json(["satisfied": 2, "basically_satisfied": 3, "unsatisfied": 2])
            #expect(try await app.api(.post, "/api/v1/projects/\(id)/evaluations", token: clerk, json: ratings).status == .conflict)
            #expect(try await app.api(.post, "/api/v1/projects/\(id)/finish", token: clerk, json: "{}").status == .ok)
            let first = try await app.api(.post, "/api/v1/projects/\(id)/evaluations", token: clerk, json: ratings)
            #expect(try first.status == .created && (try first.json()["outcome"] as? String) == "rework")
            var file = try await app.api(.get, "/api/v1/projects/\(id)", token: clerk).json()
            var project = file["project"] as? [String: Any] ?? [:]
            #expect(project["status"] as? String == "rework" && project["round"] as? Int == 2)
            #expect(file["balance_fen"] as? Int == 600_000)
            // The evaluation's result is now a major matter owed too.
            let owed = (file["schedule"] as? [[String: Any]] ?? []).compactMap { $0["period"] as? String }
            #expect(owed.contains("evaluation-1") && owed.contains("finished-1"))

            // Reworked, finished again, exactly one third satisfied: accepted, and the ledger closes.
            #expect(try await app.api(.post, "/api/v1/projects/\(id)/finish", token: clerk, json: Self.json(["note": "返工完成"])).status == .ok)
            let second = try await app.api(.post, "/api/v1/projects/\(id)/evaluations", token: clerk, json: Self.json([
                "satisfied": 3, "basically_satisfied": 5, "unsatisfied": 1]))
            #expect(try second.status == .created && (try second.json()["outcome"] as? String) == "accepted" && (try second.json()["round"] as? Int) == 2)
            file = try await app.api(.get, "/api/v1/projects/\(id)", token: clerk).json()
            project = file["project"] as? [String: Any] ?? [:]
            #expect(project["status"] as? String == "accepted" && (file["evaluations"] as? [Any])?.count == 2)
            let late = try await app.api(.post, "/api/v1/projects/\(id)/ledger", token: clerk, json: Self.json(["kind": "income", "amount_fen": 1, "voucher": "x"]))
            #expect(late.status == .conflict)

            // Residents read the ledger on the portal; another street's grid worker cannot find the project.
            let portal = try await app.get("/portal/projects/\(id)")
            #expect(portal.status == .ok && portal.text.contains("JZ-2") && portal.text.contains("¥6,000.00"))
            let outsider = try await app.session("gridworker4", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/projects/\(id)", token: outsider).status == .notFound)
            #expect(try await app.auditActions().contains("project.evaluate"))
        }
    }

    @Test func theReworkShareIsASetting() async throws {
        try await TestApp.run { app in
            let admin = try await app.session("admin", kind: .api).token
            let clerk = try await app.session("clerk", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/participation-settings", token: clerk, json: #"{"rework_numerator":1}"#).status == .notFound)
            #expect(try await app.api(.post, "/api/v1/participation-settings", token: admin, json: #"{"rework_numerator":3,"rework_denominator":2}"#).status
                == .unprocessableContent)
            let saved = try await app.api(.post, "/api/v1/participation-settings", token: admin, json: #"{"rework_denominator":2}"#)
            #expect(try saved.status == .ok && (try saved.json()["rework_denominator"] as? Int) == 2 && (try saved.json()["finance_due_day"] as? Int) == 10)
            // demo-project-2 was reworked and is reported finished again: 4 of 9 satisfied is now below one half.
            #expect(try await app.api(.post, "/api/v1/projects/demo-project-2/finish", token: clerk, json: "{}").status == .ok)
            let e = try await app.api(.post, "/api/v1/projects/demo-project-2/evaluations", token: clerk, json: Self.json([
                "satisfied": 4, "basically_satisfied": 5, "unsatisfied": 0]))
            #expect(try e.json()["outcome"] as? String == "rework")
        }
    }

    @Test func commitmentsTakeTheirStepsOnceAndStayInScope() async throws {
        try await TestApp.run { app in
            let leader = try await app.session("leader", kind: .api).token
            let year = Day(date: Date()).year
            let created = try await app.api(.post, "/api/v1/commitments", token: leader, json: Self.json([
                "unit_code": "330199", "year": year, "person": "周县长", "post": "县长", "promise": "新建养老服务站10个"]))
            #expect(created.status == .created)
            let c = try created.json()
            let id = try #require(c["id"] as? String)
            // A promise made after January is public with its lateness.
            #expect(c["promised_late"] as? Bool == (Day(date: Date()) > Day(year: year, month: 1, day: 31)))
            #expect(try await app.api(.post, "/api/v1/commitments/\(id)/progress", token: leader, json: #"{"text":"已建成6个"}"#).status == .ok)
            #expect(try await app.api(.post, "/api/v1/commitments/\(id)/progress", token: leader, json: #"{"text":"again"}"#).status == .conflict)
            let result = try await app.api(.post, "/api/v1/commitments/\(id)/result", token: leader, json: #"{"result":"partly","note":"建成8个"}"#)
            #expect(try result.status == .ok && (try result.json()["stage"] as? String) == "partly")
            let wrong = try await app.api(.post, "/api/v1/commitments/demo-commitment-2/result", token: leader, json: #"{"result":"maybe","note":"x"}"#)
            #expect(try wrong.status == .unprocessableContent && (try wrong.errorField()) == "result")
            // The street's commitment is not another street's staff's; the county's is everyone's; all are public.
            let gridworker4 = try await app.session("gridworker4", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/commitments/demo-commitment-2", token: gridworker4).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/commitments/demo-commitment-1", token: gridworker4).status == .ok)
            let portal = try await app.get("/portal/commitments?year=\(year)")
            #expect(portal.status == .ok && portal.text.contains("养老服务站") && portal.text.contains("部分兑现"))
        }
    }

    @Test func pointsAreEarnedOncePerReportAndNeverSpentBelowZero() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let order = try await app.api(.get, "/api/v1/work-orders/demo-order-1", token: clerk).json()
            let number = try #require((order["order"] as? [String: Any])?["number"] as? String)
            let report = Self.json(["resident_id": "demo-resident-3", "kind": "report", "order_number": number])
            // Not before the report is confirmed: verified and closed.
            let early = try await app.api(.post, "/api/v1/points", token: clerk, json: report)
            #expect(try early.status == .conflict && early.errorCode() == "points_not_confirmed")
            let handler = try await app.session("handler", kind: .api).token
            for (token, step) in [(clerk, #"{"action":"dispatch","unit":"县住房和城乡建设局"}"#), (handler, #"{"action":"accept"}"#),
                                  (handler, #"{"action":"reply","text":"已修复"}"#), (clerk, #"{"action":"verify","accepted":true}"#)] {
                #expect(try await app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: token, json: step).status == .ok)
            }
            let earned = try await app.api(.post, "/api/v1/points", token: clerk, json: report)
            #expect(try earned.status == .created && (try earned.json()["balance"] as? Int) == 10)
            #expect(try await app.api(.post, "/api/v1/points", token: clerk, json: report).status == .conflict)
            let nowhere = try await app.api(.post, "/api/v1/points", token: clerk, json: Self.json([
                "resident_id": "demo-resident-3", "kind": "report", "order_number": "GD00000000-99999"]))
            #expect(try nowhere.status == .unprocessableContent && (try nowhere.errorField()) == "order_number")
            let hours = try await app.api(.post, "/api/v1/points", token: clerk, json: Self.json([
                "resident_id": "demo-resident-3", "kind": "volunteer", "hours": 1.5]))
            #expect(try hours.json()["balance"] as? Int == 25)
            for bad in [0.0, 25.0, -1.0] {
                let r = try await app.api(.post, "/api/v1/points", token: clerk, json: Self.json(["resident_id": "demo-resident-3", "kind": "volunteer", "hours": bad]))
                #expect(r.status == .unprocessableContent)
            }
            // 25 points buy one 20-point haircut however many are asked for at once.
            let redeem = Self.json(["resident_id": "demo-resident-3", "kind": "redeem", "service_id": "demo-service-1"])
            let spent = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<10 {
                    group.addTask { try await app.api(.post, "/api/v1/points", token: clerk, json: redeem).status == .created }
                }
                return try await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
            }
            #expect(spent == 1)
            let statement = try await app.api(.get, "/api/v1/points/demo-resident-3", token: clerk).json()
            #expect(statement["balance"] as? Int == 5 && (statement["entries"] as? [Any])?.count == 3)

            // The card: the code shown once; the portal shows the balance for the phone and code only.
            let card = try await app.api(.post, "/api/v1/points/demo-resident-3/card", token: clerk, json: #"{"phone":"13912345678"}"#)
            let code = try #require(try card.json()["code"] as? String)
            let seen = try await PortalTests.post(app, "/portal/points", ["phone": "13912345678", "code": code])
            #expect(seen.status == .ok && seen.text.contains("points-balance\">5<"))
            let wrongPhone = try await PortalTests.post(app, "/portal/points", ["phone": "13912345679", "code": code])
            #expect(wrongPhone.status == .unprocessableContent && !wrongPhone.text.contains("points-balance"))
            // Grid workers see residents but do not award points.
            let worker = try await app.session("gridworker1", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/points", token: worker, json: report).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/points/demo-resident-3", token: worker).status == .ok)
        }
    }
}

extension TestResponse {
    /// The field an API error names.
    func errorField() throws -> String? {
        (try json()["error"] as? [String: Any])?["field"] as? String
    }
}
