@testable import Caseloads
import CivicGridApp
import Foundation
import Kernel
@testable import Participation
import Testing

/// The caseload and ballot pages are typed models built from values: what each viewer is offered,
/// and what the portal withholds, checked without a server.
@Suite("Caseload and ballot pages: typed models")
struct CaseloadAndBallotPageModelTests {
    static let now = Date(timeIntervalSince1970: 1_796_300_000)
    static let today = Day(date: now)

    static func staff(_ role: Role, _ unit: String, id: String = "s") -> Staff {
        Staff(id: id, username: id, displayName: id, role: role, unitCode: unit)
    }

    static func detail(_ kind: CaseloadKind, status: CaseloadStatus = .active) -> CaseloadService.Detail {
        let c = Caseload(id: "c1", kind: kind, residentId: "r", gridCode: "330199002001001", assignedTo: "w", status: status, startsOn: today.adding(days: -90),
                         endsOn: nil, level: kind == .correction ? .strict : nil, reportedOn: today.adding(days: -85), noticeOn: nil, keyPerson: false, metOn: nil,
                         resettledOn: nil, reoffendedOn: nil, youthGroup: nil, plan: "", createdBy: "w", createdAt: now)
        let leave = LeaveRequest(id: "l1", caseloadId: "c1", from: today.adding(days: 3), to: today.adding(days: 5), reason: "探亲", status: .proposed,
                                 requestedBy: "w", requestedAt: now, decidedBy: nil, decidedAt: nil, decisionNote: nil)
        return CaseloadService.Detail(caseload: c, person: PersonEntry(id: "r", name: "张三", gridCode: c.gridCode, address: "溪南路1号", birthDate: "1980-01-01", sealed: false),
                                      contacts: [], leaves: kind == .correction ? [leave] : [], sanctions: [], tasks: [], history: [], notices: [],
                                      duties: CaseloadRules.duties(c, contacts: [], settings: CaseloadSettings(), today: today), settings: CaseloadSettings())
    }

    @Test func eachViewerIsOfferedWhatTheirRoleDoesOnACaseload() async throws {
        try await TestApp.run { app in
            let views = app.services.views
            let worker = CaseloadPage(Self.detail(.correction), viewer: Self.staff(.socialWorker, "330199002", id: "w"), error: nil, views: views, locale: .zhHans, now: Self.now)
            #expect(worker.contactForm == StepForm(url: "/caseloads/c1/contacts") && worker.leaveForm != nil && worker.sanctionForm != nil && worker.taskForm != nil)
            #expect(worker.levelForm == nil && worker.leaves.first?.decide == nil)
            let office = CaseloadPage(Self.detail(.correction), viewer: Self.staff(.legalOfficer, "330199"), error: nil, views: views, locale: .zhHans, now: Self.now)
            #expect(office.contactForm == nil && office.leaveForm == nil && office.taskForm == nil)
            #expect(office.levelForm == StepForm(url: "/caseloads/c1/steps", step: "level"))
            #expect(office.leaves.first?.decide == StepForm(url: "/caseloads/c1/decisions", step: "leave"))
            // Mental health: no leave or sanctions; the contact form asks for the grade.
            let mental = CaseloadPage(Self.detail(.mentalHealth), viewer: Self.staff(.socialWorker, "330199002", id: "w"), error: nil, views: views, locale: .zhHans, now: Self.now)
            #expect(mental.leaveForm == nil && mental.sanctionForm == nil && mental.isMental && mental.contactKinds.first?.value == "follow_up")
            #expect(mental.duties.first?.rule == "登记后 14 日内首次随访")
            // An ended caseload takes no more steps from anyone.
            let ended = CaseloadPage(Self.detail(.correction, status: .ended), viewer: Self.staff(.socialWorker, "330199002", id: "w"), error: nil, views: views,
                                     locale: .zhHans, now: Self.now)
            #expect(ended.contactForm == nil && ended.stepsForm == nil && ended.taskForm == nil && ended.duties.isEmpty)
            var values = try office.templateValues()
            values["csrf"] = "token"
            let html = views.render("caseload", values)
            #expect(html.contains(#"<input type="hidden" name="action" value="leave">"#) && html.contains(#"name="id" value="l1""#))
            #expect(!html.contains(#"id="contact-submit""#))
        }
    }

    @Test func thePortalWithholdsResultsUntilTheBallotCloses() async throws {
        try await TestApp.run { app in
            let views = app.services.views
            func ballot(closesIn days: Double) -> Ballot {
                Ballot(id: "b1", unitCode: "330199001001", title: "选址", options: ["甲", "乙"], opensAt: Self.now.addingTimeInterval(-86_400 * 10),
                       closesAt: Self.now.addingTimeInterval(86_400 * days), rule: .residentsMeeting, householdsEligible: 3, codesIssuedAt: Self.now, createdBy: nil,
                       createdAt: Self.now)
            }
            let tally = BallotRules.tally(options: ["甲", "乙"], votes: ["甲": 2, "乙": 0], eligible: 3, rule: .residentsMeeting)
            let open = PortalBallotPage(ballot(closesIn: 2), tally: tally, voted: false, error: nil, views: views, locale: .zhHans, now: Self.now)
            #expect(open.open && open.tally == nil)
            let closed = PortalBallotPage(ballot(closesIn: -1), tally: tally, voted: false, error: nil, views: views, locale: .zhHans, now: Self.now)
            #expect(closed.closed && closed.tally?.carried == "甲" && closed.tally?.turnout == "66.7%")
            // Staff enter paper votes only while it is open and the slips are out.
            let clerk = Self.staff(.windowClerk, "330199001001")
            #expect(BallotPage(ballot(closesIn: 2), tally: tally, viewer: clerk, error: nil, views: views, locale: .zhHans, now: Self.now).mayEnter)
            #expect(!BallotPage(ballot(closesIn: -1), tally: tally, viewer: clerk, error: nil, views: views, locale: .zhHans, now: Self.now).mayEnter)
            #expect(!BallotPage(ballot(closesIn: 2), tally: tally, viewer: Self.staff(.leader, "330199"), error: nil, views: views, locale: .zhHans, now: Self.now).mayEnter)
        }
    }
}
