import CivicGridApp
import Foundation
import Kernel
import Testing
@testable import Disputes
@testable import Petitions

/// The petition and dispute pages are typed models: what they offer to whom, and what the
/// templates make of them, checked without a server.
@Suite("Petition and dispute pages: typed models rendered")
struct CaseRecordPageModelTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let officer = Staff(id: "o", username: "officer", displayName: "信访", role: .petitionOfficer, unitCode: "330199")
    static let leader = Staff(id: "l", username: "leader", displayName: "县领导", role: .leader, unitCode: "330199")

    static func petition() -> Petition {
        Petition(id: "p1", number: "XF20261201-00001", channel: .visit, petitionerName: "李建国", petitionerPhone: "13900001111", headcount: 1,
                 matter: "拆迁补偿未到位", demands: "补足补偿款", unitCode: "330199", responsibleBody: "县住建局", status: .accepted, receivedAt: now,
                 dueAt: now.addingTimeInterval(86_400), dueRule: .handling, stageAt: now, createdBy: "o", updatedAt: now)
    }

    static let backlog = BacklogCase(id: "b1", petitionId: "p1", leader: "王县长", team: "住建、司法", plan: "一案一策", owner: "张科长", status: .open,
                                     resolution: nil, openedAt: now, resolvedAt: nil)
    static let grant = AidGrant(id: "g1", caseId: "b1", amountFen: 200_050, reason: "生活困难", status: .requested, requestedAt: now, decidedAt: nil,
                                decisionNote: nil)
    static let meeting = BacklogMeeting(id: "m1", caseId: "b1", kind: .clinic, heldOn: "2026-12-01", attendees: "县领导", minutes: "会诊纪要", decisions: "先行救助")

    static func render(_ template: String, _ model: some PageModel, views: ViewRenderer) throws -> String {
        var values = try model.templateValues()
        values["csrf"] = "token"
        return views.render(template, values)
    }

    @Test func aBacklogCaseShowsItsFiveOnesMeetingsAndTheGrantOnlyALeaderDecides() async throws {
        try await TestApp.run { app in
            let views = app.services.views
            func page(_ viewer: Staff) -> PetitionPage {
                let section = BacklogSection(Self.backlog, meetings: [Self.meeting], grants: [Self.grant], approvedFen: 0, viewer: viewer, views: views, locale: .zhHans)
                return PetitionPage(Self.petition(), workOrderUrl: "", offered: PetitionService.offeredSteps(Self.petition(), to: viewer), backlog: section,
                                    events: [], notices: [], error: nil, now: Self.now, views: views, locale: .zhHans)
            }
            let officer = try Self.render("petition", page(Self.officer), views: views)
            #expect(officer.contains(#"id="backlog""#) && officer.contains("王县长") && officer.contains("会诊纪要") && officer.contains("¥2000.50"))
            // The officer works the case (meetings) but does not decide aid; the leader does.
            #expect(officer.contains(#"id="meeting-form""#) && !officer.contains(#"id="aid-approve-g1""#))
            #expect(!officer.contains(#"id="backlog-open""#))
            let leader = try Self.render("petition", page(Self.leader), views: views)
            #expect(leader.contains(#"id="aid-approve-g1""#) && leader.contains(#"action="/petitions/p1/backlog/aid-decision""#))
            #expect(!leader.contains(#"id="meeting-form""#))
            // The petitioner's phone is masked on the page.
            #expect(officer.contains(PhoneNumber.masked("13900001111")) && !officer.contains("13900001111"))
        }
    }

    @Test func withoutABacklogCaseOnlyTheOpeningFormShows() async throws {
        try await TestApp.run { app in
            let views = app.services.views
            let none = PetitionPage(Self.petition(), workOrderUrl: "", offered: [], backlog: BacklogSection(canOpen: true), events: [], notices: [], error: nil,
                                    now: Self.now, views: views, locale: .zhHans)
            let html = try Self.render("petition", none, views: views)
            #expect(html.contains(#"id="backlog-open""#) && html.contains(#"action="/petitions/p1/backlog""#) && !html.contains(#"id="backlog""#))
            #expect(none.casework.backlog == nil && !none.casework.hasBacklog)
        }
    }

    @Test func theCaseFileListsEachStepsNotesInTheirSections() async throws {
        try await TestApp.run { app in
            let views = app.services.views
            var d = Dispute(id: "d1", number: "TJ20261201-00001", title: "漏水", occurredOn: Day("2026-11-30")!, place: "3幢", typeCode: "neighbour", scale: 2,
                            summary: "楼上漏水", unitCode: "330199001001001", violenceThreatened: false, createdBy: "m", createdAt: Self.now, updatedAt: Self.now,
                            parties: [DisputeParty(name: "甲", role: .applicant, phone: "13800001234"), DisputeParty(name: "乙公司", role: .respondent, isOrganisation: true)])
            d.agreementTerms = "乙方修复防水"
            let events = try JSONDecoder().decode([StepLog.Entry].self, from: Data("""
                [{"action": "assign", "to_status": "mediating", "note": "指派人民调解委员会", "at": 1790000000},
                 {"action": "session", "to_status": "mediating", "note": "第一次调解", "at": 1790003600},
                 {"action": "session", "to_status": "mediating", "note": "第二次调解", "at": 1790007200},
                 {"action": "agree", "to_status": "agreed", "note": null, "at": 1790010800}]
                """.utf8))
            let record = DisputeRecord(d, types: [DisputeType(code: "neighbour", nameZh: "邻里纠纷", nameEn: "Neighbours", days: 30)],
                                       bodies: [], views: views, locale: .zhHans)
            let model = DisputeDocumentPage(record, hasAgreement: true, events: events)
            #expect(model.sessions.map(\.note) == ["第一次调解", "第二次调解"] && model.assignments.map(\.note) == ["指派人民调解委员会"])
            #expect(model.followUps.isEmpty && record.type == "邻里纠纷" && record.rule == nil)
            let html = try Self.render("dispute_file", model, views: views)
            #expect(html.contains("第一次调解") && html.contains("第二次调解") && html.contains("乙方修复防水") && html.contains("乙公司"))
            #expect(!html.contains("13800001234"))
            // The page's own record carries the clock; the documents do not.
            let clocked = record.clocked(d, now: Self.now, views: views, locale: .zhHans)
            #expect(clocked.overdue == false && clocked.due != nil)
        }
    }
}
