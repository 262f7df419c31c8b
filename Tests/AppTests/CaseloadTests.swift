@testable import Caseloads
import CivicGridApp
import Foundation
import HummingbirdTesting
import Kernel
import SQLKit
import Testing

/// Caseloads are the most sensitive records: who may read one is tested first and hardest, then
/// the clocks as the API shows them, the measures and their approvers, and the grid's visit task.
@Suite("Caseloads: need to know, clocks, measures, visit tasks")
struct CaseloadTests {
    static func json(_ fields: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
    }

    static func idNumber(_ app: TestApp, _ resident: String) async throws -> String {
        try await app.services.database.read { sql in
            try await sql.select().column("id_number").from("residents").where("id", .equal, resident).first(decodingColumn: "id_number", as: String.self)
        } ?? ""
    }

    static let today = Day(date: Date())

    @Test func onlyThoseWhoNeedToKnowSeeACaseloadAndEveryReadIsAudited() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("socialworker", kind: .api).token
            let created = try await app.api(.post, "/api/v1/caseloads", token: worker, json: Self.json([
                "kind": "mental_health", "id_number": try await Self.idNumber(app, "demo-resident-105"), "starts_on": Self.today.description]))
            #expect(created.status == .created)
            let id = try #require((try created.json()["caseload"] as? [String: Any])?["id"] as? String)
            #expect((try created.json()["caseload"] as? [String: Any])?["due_rule"] as? String == "caseload_rule_first_follow_up")
            // The assigned social worker reads it; the county justice bureau reads correction, not mental health; nobody else reads either.
            #expect(try await app.api(.get, "/api/v1/caseloads/\(id)", token: worker).status == .ok)
            for user in ["admin", "leader", "supervisor", "street_sup", "gridworker4", "gridworker1", "clerk", "mediator", "petition", "handler", "legal"] {
                let token = try await app.session(user, kind: .api).token
                let read = try await app.api(.get, "/api/v1/caseloads/\(id)", token: token)
                #expect(read.status == .notFound, "\(user) read a mental-health caseload: \(read.status)")
                let list = try await app.api(.get, "/api/v1/caseloads", token: token)
                #expect(list.status == .notFound || !list.text.contains(id), "\(user)'s list shows the caseload")
                let registry = try await app.api(.get, "/api/v1/residents/demo-resident-105", token: token).text
                #expect(!registry.contains("mental") && !registry.contains("caseload"), "the registry shows the caseload")
            }
            let legal = try await app.session("legal", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/caseloads/demo-caseload-1", token: legal).status == .ok)
            let legalList = try await app.api(.get, "/api/v1/caseloads", token: legal).text
            #expect(legalList.contains("demo-caseload-1") && legalList.contains("demo-caseload-2"))
            #expect(!legalList.contains("demo-caseload-3") && !legalList.contains("demo-caseload-4"))
            // The lists' SQL keeps to the reader's units, totals included (a page of one: rows dropped after the read leave the total
            // counted): the bureau's two kinds county-wide, and none of another street's for its supervisor.
            #expect(try await app.api(.get, "/api/v1/caseloads?limit=1", token: legal).json()["total"] as? Int == 2)
            let second = try await app.api(.get, "/api/v1/caseloads?limit=1&offset=1", token: legal).json()
            #expect(second["total"] as? Int == 2 && (second["items"] as? [Any])?.count == 1)
            let past = try await app.api(.get, "/api/v1/caseloads?limit=1&offset=5", token: legal).json()
            #expect(past["total"] as? Int == 2 && (past["items"] as? [Any])?.isEmpty == true)
            let streetSupervisor = try await app.session("street_sup", kind: .api).token
            let otherStreet = try await app.api(.get, "/api/v1/caseloads?limit=1", token: streetSupervisor).json()
            #expect(otherStreet["total"] as? Int == 0 && (otherStreet["items"] as? [Any])?.isEmpty == true)
            // Every read is audited: the two reads above and the lists.
            let actions = try await app.auditActions()
            #expect(actions.filter { $0 == "caseload.view" }.count == 2)
            #expect(actions.contains("caseload.list") && actions.contains("caseload.register"))
            // The same person cannot be on two active caseloads of the same kind.
            let again = try await app.api(.post, "/api/v1/caseloads", token: worker, json: Self.json([
                "kind": "mental_health", "id_number": try await Self.idNumber(app, "demo-resident-105"), "starts_on": Self.today.description]))
            #expect(again.status == .conflict)
            // A resident of another street is not found for this social worker: the registry is searched within scope only.
            let elsewhere = try await app.api(.post, "/api/v1/caseloads", token: worker, json: Self.json([
                "kind": "mental_health", "id_number": try await Self.idNumber(app, "demo-resident-2"), "starts_on": Self.today.description]))
            #expect(try elsewhere.status == .unprocessableContent && (try elsewhere.errorCode()) == "caseload_person")
        }
    }

    @Test func aSealedMinorsCaseloadStaysWithTheRolesThatMaySeeSealedRecords() {
        let c = Caseload(id: "c", kind: .correction, residentId: "r", gridCode: "330199002001001", assignedTo: "someone", status: .active,
                         startsOn: Self.today, endsOn: nil, level: .strict, reportedOn: nil, noticeOn: nil, keyPerson: false, metOn: nil, resettledOn: nil,
                         reoffendedOn: nil, youthGroup: nil, plan: "", createdBy: nil, createdAt: Date())
        func staff(_ role: Role, _ unit: String) -> Staff {
            Staff(id: "s", username: "s", displayName: "s", role: role, position: nil, unitCode: unit, department: nil, phone: nil, locale: .zhHans, active: true)
        }
        #expect(CaseloadAccess.mayRead(c, sealed: false, by: staff(.legalOfficer, "330199")))
        #expect(!CaseloadAccess.mayRead(c, sealed: true, by: staff(.legalOfficer, "330199")))
        #expect(CaseloadAccess.mayRead(c, sealed: true, by: staff(.socialWorker, "330199002")))
        #expect(CaseloadAccess.mayRead(c, sealed: false, by: staff(.supervisor, "330199002")))
        // Not a supervisor of another street, nor the county's supervisor, nor a social worker of the county.
        #expect(!CaseloadAccess.mayRead(c, sealed: false, by: staff(.supervisor, "330199001")))
        #expect(!CaseloadAccess.mayRead(c, sealed: false, by: staff(.supervisor, "330199")))
        #expect(!CaseloadAccess.mayRead(c, sealed: false, by: staff(.socialWorker, "330199")))
        #expect(!CaseloadAccess.mayRead(c, sealed: false, by: staff(.admin, "330199")))
    }

    @Test func aGradeThreeFollowUpOwesAJointFollowUpWithinTwoWeeks() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("socialworker", kind: .api).token
            let answer = try await app.api(.post, "/api/v1/caseloads/demo-caseload-3/contacts", token: worker, json: Self.json([
                "kind": "follow_up", "on": Self.today.description, "risk_grade": 3, "notes": "情绪激动，拒绝服药。"]))
            #expect(answer.status == .created)
            let duties = try answer.json()["duties"] as? [[String: Any]] ?? []
            let joint = try #require(duties.first { $0["rule"] as? String == "caseload_rule_joint_follow_up" })
            #expect((joint["args"] as? [String]) == ["3", "14"])
            let dueAt = try #require((joint["due_at"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) })
            #expect(Day(date: dueAt) == Self.today.adding(days: 14))
            // It is the caseload's clock now, and it is in the due list within the week only once near.
            let item = try answer.json()["caseload"] as? [String: Any]
            #expect(item?["due_rule"] as? String == "caseload_rule_joint_follow_up")
            // Out-of-range grades are refused with a stable code.
            let bad = try await app.api(.post, "/api/v1/caseloads/demo-caseload-3/contacts", token: worker, json: Self.json([
                "kind": "follow_up", "on": Self.today.description, "risk_grade": 9]))
            #expect(try bad.status == .unprocessableContent && (try bad.errorCode()) == "caseload_risk_grade")
            // A follow-up is not a correction duty: correction takes reports, not follow-ups.
            let wrong = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/contacts", token: worker, json: Self.json([
                "kind": "follow_up", "on": Self.today.description, "risk_grade": 1]))
            #expect(wrong.status == .unprocessableContent)
        }
    }

    @Test func leaveAndSanctionsAreDecidedAtTheLevelTheRulesName() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("socialworker", kind: .api).token
            let legal = try await app.session("legal", kind: .api).token
            // Eight days: beyond the street's seven, so the county decides.
            let from = Self.today.adding(days: 20)
            let leave = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/leave-requests", token: worker, json: Self.json([
                "from": from.description, "to": from.adding(days: 7).description, "reason": "陪护住院的父亲。"]))
            #expect(leave.status == .created)
            let leaveId = try #require(try leave.json()["id"] as? String)
            #expect((try leave.json()["days"] as? Int) == 8)
            let tooLong = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/leave-requests", token: worker, json: Self.json([
                "from": from.description, "to": from.adding(days: 30).description, "reason": "x"]))
            #expect((try tooLong.errorCode()) == "caseload_leave_days")
            // A social worker may not decide; the county justice bureau decides with a note.
            #expect(try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/leave-requests/\(leaveId)/decision", token: worker,
                                      json: Self.json(["approve": true, "note": "同意"])).status == .notFound)
            let noNote = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/leave-requests/\(leaveId)/decision", token: legal,
                                           json: Self.json(["approve": true, "note": " "]))
            #expect((try noNote.errorCode()) == "caseload_decision_note")
            let decided = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/leave-requests/\(leaveId)/decision", token: legal,
                                            json: Self.json(["approve": true, "note": "同意，按期返回报到。"]))
            #expect(decided.status == .ok)
            let leaves = try decided.json()["leave_requests"] as? [[String: Any]] ?? []
            #expect(leaves.first { $0["id"] as? String == leaveId }?["status"] as? String == "approved")
            #expect(try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/leave-requests/\(leaveId)/decision", token: legal,
                                      json: Self.json(["approve": false, "note": "再议"])).status == .conflict)
            // The ladder: a warning for two uncorrected reprimands needs two approved reprimands first.
            let early = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/sanctions", token: worker, json: Self.json([
                "kind": "warning", "basis": "uncorrected_reprimands", "reasons": "两次训诫后仍未按时报到。"]))
            #expect((try early.errorCode()) == "caseload_sanction_ladder")
            let lost = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/sanctions", token: worker, json: Self.json([
                "kind": "warning", "basis": "out_of_contact", "out_of_contact_days": 12, "reasons": "失联12天。"]))
            #expect(lost.status == .created)
            // Level: reported 70 days ago, so past the strict first two months, but lenient needs six and the assessments.
            let lenient = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/steps", token: legal, json: Self.json(["action": "level", "level": "lenient"]))
            #expect(try lenient.status == .conflict && (try lenient.errorCode()) == "caseload_level_lenient")
            #expect(try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/steps", token: worker,
                                      json: Self.json(["action": "level", "level": "ordinary"])).status == .forbidden)
            let ordinary = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/steps", token: legal, json: Self.json(["action": "level", "level": "ordinary"]))
            #expect(ordinary.status == .created)
            #expect((try ordinary.json()["caseload"] as? [String: Any])?["level"] as? String == "ordinary")
            let history = try await app.api(.get, "/api/v1/caseloads/demo-caseload-1", token: worker).json()["history"] as? [[String: Any]] ?? []
            #expect(history.compactMap { $0["action"] as? String }.suffix(4) == ["leave_requested", "leave_approved", "sanction_proposed", "level"])
        }
    }

    @Test func theGridWorkerSeesANameAndAnAddressAndNothingOfTheCaseload() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("socialworker", kind: .api).token
            let asked = try await app.api(.post, "/api/v1/caseloads/demo-caseload-3/visit-tasks", token: worker,
                                          json: Self.json(["due_on": Self.today.adding(days: 3).description]))
            #expect(asked.status == .created)
            let taskId = try #require(try asked.json()["id"] as? String)
            let grid = try await app.session("gridworker4", kind: .api).token
            let tasks = try await app.api(.get, "/api/v1/visit-tasks", token: grid)
            #expect(tasks.status == .ok)
            let items = try tasks.json()["items"] as? [[String: Any]] ?? []
            let task = try #require(items.first { $0["id"] as? String == taskId })
            #expect(Set(task.keys) == ["id", "grid_code", "person_name", "address", "due_on"])
            #expect(!tasks.text.contains("mental") && !tasks.text.contains("correction") && !tasks.text.contains("demo-caseload"))
            // The grid worker cannot open the caseload, and another grid's worker does not see the task.
            #expect(try await app.api(.get, "/api/v1/caseloads/demo-caseload-3", token: grid).status == .notFound)
            let other = try await app.session("gridworker1", kind: .api).token
            let othersTasks = try await app.api(.get, "/api/v1/visit-tasks", token: other).text
            #expect(!othersTasks.contains(taskId))
            #expect(try await app.api(.post, "/api/v1/visit-tasks/\(taskId)/done", token: other, json: Self.json(["note": "x"])).status == .notFound)
            // Done: the caseload gains the visit, once.
            let done = try await app.api(.post, "/api/v1/visit-tasks/\(taskId)/done", token: grid, json: Self.json(["note": "在家，状态平稳。"]))
            #expect(done.status == .ok)
            #expect(try await app.api(.post, "/api/v1/visit-tasks/\(taskId)/done", token: grid, json: Self.json(["note": "again"])).status == .conflict)
            let detail = try await app.api(.get, "/api/v1/caseloads/demo-caseload-3", token: worker).json()
            let contacts = detail["contacts"] as? [[String: Any]] ?? []
            #expect(contacts.contains { $0["kind"] as? String == "visit" && $0["notes"] as? String == "在家，状态平稳。" })
        }
    }

    @Test func theEarliestDutyIsSupervisedOnceAndShownOnTheCaseloadOnly() async throws {
        try await TestApp.run { app in
            // demo-caseload-1 reported in person six days ago: the weekly report is due tomorrow, near due now.
            _ = try await app.services.sweeper.sweep()
            let notices = try await CaseloadSupervision.clock.notices(of: "demo-caseload-1", in: app.services.database)
            #expect(notices.map(\.kind) == ["near_due"] && notices.first?.clock == "caseload_rule_report_every")
            #expect(notices.first?.addressedTo == "330199002")
            _ = try await app.services.sweeper.sweep()
            #expect(try await CaseloadSupervision.clock.notices(of: "demo-caseload-1", in: app.services.database).count == 1)
            let worker = try await app.session("socialworker", kind: .api).token
            let shown = try await app.api(.get, "/api/v1/caseloads/demo-caseload-1", token: worker).json()["notices"] as? [[String: Any]] ?? []
            #expect(shown.count == 1)
            // Not in the work orders' notice list, which street and county staff read.
            let supervisor = try await app.session("supervisor", kind: .api).token
            let workOrderNotices = try await app.api(.get, "/api/v1/supervision-notices", token: supervisor).text
            #expect(!workOrderNotices.contains("demo-caseload-1"))
        }
    }

    @Test func aCaseloadIsGivenOnlyToASocialWorkerOfItsStreetWithTheRatioWarned() async throws {
        try await TestApp.run { app in
            let other = Staff(id: "sw2", username: "sw2", displayName: "溪南司法所 第二社工", role: .socialWorker, position: nil, unitCode: "330199002",
                              department: nil, phone: nil, locale: .zhHans, active: true)
            try await app.services.database.transaction { sql in try await StaffStore().insert(other, passwordHash: "x", at: Date(), on: sql) }
            let admin = try await app.session("admin", kind: .api).token
            var settings = try await app.api(.get, "/api/v1/caseload-settings", token: admin).json()
            settings["caseload_ratio"] = 1
            #expect(try await app.api(.post, "/api/v1/caseload-settings", token: admin, json: Self.json(settings)).status == .ok)
            let worker = try await app.session("socialworker", kind: .api).token
            let first = try await app.api(.post, "/api/v1/caseloads/demo-caseload-4/steps", token: worker, json: Self.json(["action": "assign", "assigned_to": "sw2"]))
            #expect(first.status == .created)
            #expect(try (first.json()["caseload"] as? [String: Any])?["assigned_to"] as? String == "sw2" && (try first.json()["over_ratio"] as? Bool) == false)
            let second = try await app.api(.post, "/api/v1/caseloads/demo-caseload-3/steps", token: worker, json: Self.json(["action": "assign", "assigned_to": "sw2"]))
            #expect((try second.json()["over_ratio"] as? Bool) == true)
            // Not to a grid worker, nor to someone of another street.
            let wrong = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/steps", token: worker,
                                          json: Self.json(["action": "assign", "assigned_to": "demo-gridworker4"]))
            #expect(try wrong.status == .unprocessableContent && (try wrong.errorCode()) == "caseload_assignee")
            // The first social worker still sees the caseloads of the street; the history names the step.
            let history = try await app.api(.get, "/api/v1/caseloads/demo-caseload-4", token: worker).json()["history"] as? [[String: Any]] ?? []
            #expect(history.last?["action"] as? String == "assign")
        }
    }

    /// The figures are kept between reads (`CaseloadService.figureCache`): a contact, a step or a setting written since
    /// counts them again, and each reader's are their own.
    @Test func theFiguresCountAgainAfterEachWrite() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("socialworker", kind: .api).token, legal = try await app.session("legal", kind: .api).token
            func total(_ key: String, _ token: String) async throws -> Int {
                let units = try await app.api(.get, "/api/v1/caseload-figures", token: token).json()["units"] as? [[String: Any]] ?? []
                return units.reduce(0) { $0 + ($1[key] as? Int ?? 0) }
            }
            let before = try await total("follow_ups", worker)
            #expect(try await total("follow_ups", worker) == before)
            let answer = try await app.api(.post, "/api/v1/caseloads/demo-caseload-3/contacts", token: worker, json: Self.json([
                "kind": "follow_up", "on": Self.today.description, "risk_grade": 0, "notes": "按时服药。"]))
            #expect(answer.status == .created)
            #expect(try await total("follow_ups", worker) == before + 1)
            // The county justice bureau runs corrections and resettlement, not the mental-health follow-ups it was counted after.
            #expect(try await total("follow_ups", legal) == 0)
            let corrections = try await total("corrections", legal)
            #expect(corrections >= 1)
            let ended = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/steps", token: worker, json: Self.json(["action": "end", "note": "期满解除。"]))
            #expect(ended.status == .created, "\(ended.status)")
            #expect(try await total("corrections", legal) == corrections - 1)
        }
    }

    /// A write counts the figures again in its own unit only (`PartedCache`): whatever was written where, a county's figures
    /// brought up to date that way must be what counting all of them again gives.
    @Test func figuresCountedAgainInTheUnitsWrittenToAreWhatCountingThemAllGives() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("socialworker", kind: .api).token, legal = try await app.session("legal", kind: .api).token
            let database = app.services.database, store = CaseloadStore()
            let grid = try #require(try await app.gridCodes().first { !$0.hasPrefix("330199002") && $0.hasPrefix("330199") })
            @Sendable func caseload(_ id: String, _ kind: CaseloadKind, starts: Day) -> Caseload {
                Caseload(id: id, kind: kind, residentId: "r-" + id, gridCode: grid, assignedTo: "demo-socialworker", status: .active, startsOn: starts,
                         endsOn: nil, level: kind == .correction ? .ordinary : nil, reportedOn: nil, noticeOn: nil, keyPerson: false, metOn: nil,
                         resettledOn: nil, reoffendedOn: nil, youthGroup: nil, plan: "", createdBy: nil, createdAt: Date())
            }
            let elsewhere = caseload("far-correction", .correction, starts: Self.today.adding(days: -40))
            let release = caseload("far-release", .resettlement, starts: Self.today)
            try await database.transaction { sql in
                try await store.insert(elsewhere, due: nil, on: sql)
                try await store.insert(release, due: nil, on: sql)
            }
            func units() async throws -> NSArray {
                let answer = try await app.api(.get, "/api/v1/caseload-figures", token: legal)
                #expect(answer.status == .ok)
                return try answer.json()["units"] as? NSArray ?? []
            }
            // Every unit counted again: the settings' counter, which every unit's figures read, moved.
            func countedWhole() async throws -> NSArray {
                try await database.transaction { try await CaseloadStore.changes.bump(on: $0) }
                return try await units()
            }
            let first = try await units(), firstWhole = try await countedWhole()
            #expect(first.count == 2 && first.isEqual(to: firstWhole as! [Any]))
            // A contact in the demo's street and a correction ended in the other, each counted again in its own unit.
            let contact = try await app.api(.post, "/api/v1/caseloads/demo-caseload-1/contacts", token: worker, json: Self.json([
                "kind": "visit", "on": Self.today.description, "notes": "家访。"]))
            #expect(contact.status == .created)
            var end = elsewhere
            (end.status, end.endsOn) = (.ended, Self.today)
            let ended = end
            let updated = try await database.transaction { try await store.update(ended, expected: elsewhere, due: nil, on: $0) }
            #expect(updated)
            let after = try await units(), afterWhole = try await countedWhole()
            #expect(!after.isEqual(to: first as! [Any]))
            #expect(after.isEqual(to: afterWhole as! [Any]))
        }
    }

    @Test func theDueListAndTheFiguresShowWhatTheViewerMaySee() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("socialworker", kind: .api).token
            let due = try await app.api(.get, "/api/v1/caseloads/due", token: worker)
            #expect(due.status == .ok)
            let items = try due.json()["items"] as? [[String: Any]] ?? []
            // The demo's key person is released in 20 days; the others owe something within the week.
            #expect(!items.isEmpty && items.allSatisfy { $0["due_at"] != nil && $0["due_rule"] != nil })
            #expect(!items.contains { $0["id"] as? String == "demo-caseload-2" })
            let figures = try await app.api(.get, "/api/v1/caseload-figures", token: worker)
            #expect(figures.status == .ok)
            let units = try figures.json()["units"] as? [[String: Any]] ?? []
            #expect(units.count == 1 && units.first?["unit_code"] as? String == "330199002" && units.first?["social_workers"] as? Int == 1)
            #expect(try await app.api(.get, "/api/v1/caseload-figures?month=2026-13", token: worker).status == .unprocessableContent)
            // A sealed person's caseload leaves the figures of a reader who may not see sealed records, and stays in a social worker's.
            let legal = try await app.session("legal", kind: .api).token
            func corrections(_ token: String) async throws -> Int {
                let units = try await app.api(.get, "/api/v1/caseload-figures", token: token).json()["units"] as? [[String: Any]] ?? []
                return units.reduce(0) { $0 + ($1["corrections"] as? Int ?? 0) }
            }
            let (legalBefore, workerBefore) = (try await corrections(legal), try await corrections(worker))
            try await app.services.database.transaction { sql in
                _ = try await sql.update("residents").set("sealed", to: 1).where("id", .equal, "demo-resident-104").run()
            }
            let legalAfter = try await corrections(legal)
            #expect(legalBefore >= 1 && legalAfter == legalBefore - 1)
            #expect(try await corrections(worker) == workerBefore)
            // Administrators set the numbers, not read caseloads.
            let admin = try await app.session("admin", kind: .api).token
            var settings = try await app.api(.get, "/api/v1/caseload-settings", token: admin).json()
            #expect(settings["report_within_days"] as? Int == 10)
            settings["caseload_ratio"] = 12
            #expect(try await app.api(.post, "/api/v1/caseload-settings", token: admin, json: Self.json(settings)).status == .ok)
            settings["report_within_days"] = 0
            #expect(try await app.api(.post, "/api/v1/caseload-settings", token: admin, json: Self.json(settings)).status == .unprocessableContent)
            #expect(try await app.api(.get, "/api/v1/caseload-figures", token: worker).json()["ratio"] as? Int == 12)
        }
    }
}

extension TestResponse {
    /// The stable code of an API error answer.
    func errorCode() throws -> String? {
        (try json()["error"] as? [String: Any])?["code"] as? String
    }
}
