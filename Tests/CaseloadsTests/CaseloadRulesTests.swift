@testable import Caseloads
import Foundation
import Kernel
import Testing

/// The caseload clocks with pinned days: every rule the issue names, at its edges.
@Suite("Caseload rules")
struct CaseloadRulesTests {
    static let today = Day(year: 2026, month: 12, day: 3)
    static let settings = CaseloadSettings()

    static func caseload(_ kind: CaseloadKind, starts: Day) -> Caseload {
        Caseload(id: "c", kind: kind, residentId: "r", gridCode: "330199002001001", assignedTo: "w", status: .active, startsOn: starts, endsOn: nil,
                 level: kind == .correction ? .strict : nil, reportedOn: nil, noticeOn: nil, keyPerson: false, metOn: nil, resettledOn: nil,
                 reoffendedOn: nil, youthGroup: nil, plan: "", createdBy: nil, createdAt: Date(timeIntervalSince1970: 0))
    }

    static func contact(_ kind: ContactKind, _ on: Day, grade: Int? = nil, joint: Bool = false, hours: Int? = nil, score: Int? = nil) -> CaseloadContact {
        CaseloadContact(id: UUID().uuidString, caseloadId: "c", kind: kind, on: on, notes: "", riskGrade: grade, joint: joint, hours: hours, score: score,
                        recordedBy: nil, recordedAt: on.startDate)
    }

    static func rules(_ c: Caseload, _ contacts: [CaseloadContact] = [], today: Day = today) -> [String: Day] {
        Dictionary(CaseloadRules.duties(c, contacts: contacts, settings: settings, today: today).map { ($0.rule, $0.due) }, uniquingKeysWith: { a, _ in a })
    }

    /// The figures read of a caseload's history before the month only the latest contact of each kind its duties run
    /// from: with every kind of contact on several days before the month, the duties are the same from that as from all.
    @Test func dutiesRunOnlyFromTheLatestContactOfTheKindsNamed() {
        let monthStart = Day(year: 2026, month: 12, day: 1)
        for kind in CaseloadKind.allCases {
            var c = Self.caseload(kind, starts: Day(year: 2026, month: 6, day: 1))
            c.reportedOn = Day(year: 2026, month: 6, day: 5)
            var history: [CaseloadContact] = []
            for (i, contactKind) in ContactKind.allCases.enumerated() {
                for back in [90, 40 + i, 10 + i] {
                    history.append(Self.contact(contactKind, monthStart.adding(days: -back), grade: back % 4, hours: 4))
                }
            }
            let month = [Self.contact(.study, Day(year: 2026, month: 12, day: 2), hours: 6), Self.contact(.followUp, Day(year: 2026, month: 12, day: 2), grade: 1)]
            let kept = Set(CaseloadRules.runsFrom[kind] ?? [])
            let latest = Dictionary(grouping: history.filter { kept.contains($0.kind) }, by: \.kind).compactMap { $0.value.max { $0.on < $1.on } }
            #expect(!kept.isEmpty, "\(kind)")
            #expect(Self.rules(c, latest + month) == Self.rules(c, history + month), "\(kind)")
        }
    }

    @Test func correctionMustReportWithinTenDaysOfTheJudgment() {
        let judgment = Day(year: 2026, month: 11, day: 20)
        let c = Self.caseload(.correction, starts: judgment)
        let duties = CaseloadRules.duties(c, contacts: [], settings: Self.settings, today: Self.today)
        #expect(duties.map(\.rule) == ["caseload_rule_report_within"])
        #expect(duties[0].due == Day(year: 2026, month: 11, day: 30))
        // Overdue from the first day after: on the 30th it is not, on 1 December it is.
        #expect(!duties[0].overdue(today: Day(year: 2026, month: 11, day: 30)))
        #expect(duties[0].overdue(today: Day(year: 2026, month: 12, day: 1)))
    }

    @Test func strictDutiesFollowTheLevelAndMissedOnesAreOverdue() {
        var c = Self.caseload(.correction, starts: Day(year: 2026, month: 10, day: 1))
        c.reportedOn = Day(year: 2026, month: 10, day: 5)
        c.endsOn = Day(year: 2027, month: 10, day: 1)
        let lastReport = Day(year: 2026, month: 11, day: 24)
        let contacts = [Self.contact(.report, lastReport), Self.contact(.writtenReport, Day(year: 2026, month: 11, day: 30)),
                        Self.contact(.study, Day(year: 2026, month: 12, day: 1), hours: 12), Self.contact(.service, Day(year: 2026, month: 12, day: 2), hours: 5)]
        let due = Self.rules(c, contacts)
        #expect(due["caseload_rule_report_every"] == Day(year: 2026, month: 12, day: 1))
        #expect(due["caseload_rule_written_every"] == Day(year: 2026, month: 12, day: 7))
        // No visit since reporting: 30 days from 5 October.
        #expect(due["caseload_rule_visit_every"] == Day(year: 2026, month: 11, day: 4))
        // Study hours met this month; service hours not (5 of 12), due by the month's end.
        #expect(due["caseload_rule_study_hours"] == nil)
        #expect(due["caseload_rule_service_hours"] == Day(year: 2026, month: 12, day: 31))
        #expect(due["caseload_rule_term_end"] == Day(year: 2027, month: 10, day: 1))
        let overdue = CaseloadRules.duties(c, contacts: contacts, settings: Self.settings, today: Self.today).filter { $0.overdue(today: Self.today) }.map(\.rule)
        #expect(overdue == ["caseload_rule_visit_every", "caseload_rule_report_every"])
        // Ordinary: monthly in-person report.
        c.level = .ordinary
        #expect(Self.rules(c, contacts)["caseload_rule_report_every"] == lastReport.adding(days: 30))
    }

    @Test func levelsFollowTheMonthsAndTheAssessments() {
        var c = Self.caseload(.correction, starts: Day(year: 2026, month: 5, day: 1))
        c.reportedOn = Day(year: 2026, month: 10, day: 10)
        // Less than two months after reporting: strict only.
        #expect(CaseloadRules.levelRefusal(.ordinary, for: c, contacts: [], settings: Self.settings, today: Self.today) == "caseload_error_level_strict_first")
        c.reportedOn = Day(year: 2026, month: 5, day: 1)
        #expect(CaseloadRules.levelRefusal(.ordinary, for: c, contacts: [], settings: Self.settings, today: Self.today) == nil)
        // Lenient: six months and an average of at least 80.
        let low = [Self.contact(.assessment, Self.today, score: 70), Self.contact(.assessment, Self.today, score: 85)]
        let good = [Self.contact(.assessment, Self.today, score: 80), Self.contact(.assessment, Self.today, score: 90)]
        #expect(CaseloadRules.levelRefusal(.lenient, for: c, contacts: low, settings: Self.settings, today: Self.today) == "caseload_error_level_lenient")
        #expect(CaseloadRules.levelRefusal(.lenient, for: c, contacts: good, settings: Self.settings, today: Self.today) == nil)
        c.reportedOn = Day(year: 2026, month: 6, day: 4)
        #expect(CaseloadRules.levelRefusal(.lenient, for: c, contacts: good, settings: Self.settings, today: Self.today) == "caseload_error_level_lenient")
    }

    @Test func mentalHealthFollowUpsFollowTheGrade() {
        let c = Self.caseload(.mentalHealth, starts: Day(year: 2026, month: 1, day: 10))
        #expect(Self.rules(c)["caseload_rule_first_follow_up"] == Day(year: 2026, month: 1, day: 24))
        let on = Day(year: 2026, month: 12, day: 1)
        // Grade 3–5: referral and a joint follow-up within two weeks.
        for grade in 3...5 {
            #expect(Self.rules(c, [Self.contact(.followUp, on, grade: grade)])["caseload_rule_joint_follow_up"] == Day(year: 2026, month: 12, day: 15))
        }
        // Grade 1–2: within two weeks; stable grade 0: three months.
        #expect(Self.rules(c, [Self.contact(.followUp, on, grade: 2)])["caseload_rule_unstable_follow_up"] == Day(year: 2026, month: 12, day: 15))
        #expect(Self.rules(c, [Self.contact(.followUp, on, grade: 0)])["caseload_rule_stable_follow_up"] == Day(year: 2027, month: 3, day: 1))
        // The latest follow-up rules: a joint one that finds grade 0 goes back to three months.
        let later = [Self.contact(.followUp, on, grade: 4), Self.contact(.followUp, Day(year: 2026, month: 12, day: 3), grade: 0, joint: true)]
        #expect(Self.rules(c, later)["caseload_rule_stable_follow_up"] == Day(year: 2027, month: 3, day: 3))
        #expect(Self.rules(c, later)["caseload_rule_joint_follow_up"] == nil)
        // At least four a year: no stable interval is longer than a quarter.
        #expect(Self.settings.stableFollowUpDays * 4 <= 366)
        #expect(Self.rules(c)["caseload_rule_health_check"] == Day(year: 2027, month: 1, day: 10))
    }

    @Test func resettlementMeetsKeyPersonsAndEndsTheHelpPeriod() {
        var c = Self.caseload(.resettlement, starts: Day(year: 2024, month: 2, day: 29))
        c.keyPerson = true
        #expect(Self.rules(c)["caseload_rule_meet_on_release"] == Day(year: 2024, month: 2, day: 29))
        // Five years on, 29 February falls to 28 February.
        #expect(CaseloadRules.helpEnds(c, settings: Self.settings) == Day(year: 2029, month: 2, day: 28))
        c.metOn = c.startsOn
        #expect(Self.rules(c)["caseload_rule_meet_on_release"] == nil)
        #expect(Self.rules(c, [Self.contact(.visit, Day(year: 2026, month: 11, day: 1))])["caseload_rule_resettlement_visit"] == Day(year: 2027, month: 1, day: 30))
        // Before release, no visit is owed yet.
        let ahead = Self.caseload(.resettlement, starts: Self.today.adding(days: 20))
        #expect(Self.rules(ahead)["caseload_rule_resettlement_visit"] == nil)
    }

    @Test func theSanctionsLadderNeedsItsBasis() {
        let s = Self.settings
        func refusal(_ k: SanctionKind, _ b: SanctionBasis, days: Int? = nil, approved: [SanctionProposal] = []) -> String? {
            CaseloadRules.sanctionRefusal(k, basis: b, outOfContactDays: days, approved: approved, settings: s)
        }
        #expect(refusal(.reprimand, .outOfContact, days: 10) == nil)
        #expect(refusal(.reprimand, .outOfContact, days: 11) == "caseload_error_sanction_days")
        #expect(refusal(.warning, .outOfContact, days: 11) == nil)
        #expect(refusal(.warning, .outOfContact, days: 10) == "caseload_error_sanction_days")
        #expect(refusal(.revocation, .outOfContact, days: 30) == "caseload_error_sanction_days")
        #expect(refusal(.revocation, .outOfContact, days: 31) == nil)
        #expect(refusal(.revocation, .minorBreach) == "caseload_error_sanction_basis")
        func approved(_ k: SanctionKind, _ n: Int) -> [SanctionProposal] {
            (0..<n).map { SanctionProposal(id: "\($0)", caseloadId: "c", kind: k, basis: .minorBreach, outOfContactDays: nil, reasons: "x", status: .approved,
                                           proposedBy: nil, proposedAt: Date(), decidedBy: nil, decidedAt: nil, decisionNote: nil) }
        }
        #expect(refusal(.warning, .uncorrectedReprimands, approved: approved(.reprimand, 1)) == "caseload_error_sanction_ladder")
        #expect(refusal(.warning, .uncorrectedReprimands, approved: approved(.reprimand, 2)) == nil)
        #expect(refusal(.revocation, .uncorrectedWarnings, approved: approved(.warning, 2)) == nil)
        // Approvals: the street decides reprimands and leave up to 7 days; the county everything.
        #expect(CaseloadRules.mayApprove(sanction: .reprimand, approverUnit: "330199002", settings: s))
        #expect(!CaseloadRules.mayApprove(sanction: .warning, approverUnit: "330199002", settings: s))
        #expect(CaseloadRules.mayApprove(sanction: .revocation, approverUnit: "330199", settings: s))
        #expect(CaseloadRules.mayApprove(leaveDays: 7, approverUnit: "330199002", settings: s))
        #expect(!CaseloadRules.mayApprove(leaveDays: 8, approverUnit: "330199002", settings: s))
    }

    @Test func leaveIsBoundedPerApprovalAndPerYear() {
        let s = Self.settings
        let from = Day(year: 2026, month: 12, day: 10)
        #expect(CaseloadRules.leaveRefusal(from: from, to: from.adding(days: 29), earlier: [], settings: s) == nil)
        #expect(CaseloadRules.leaveRefusal(from: from, to: from.adding(days: 30), earlier: [], settings: s) == "caseload_error_leave_days")
        #expect(CaseloadRules.leaveRefusal(from: from, to: from.adding(days: -1), earlier: [], settings: s) == "caseload_error_leave_days")
        let taken = LeaveRequest(id: "l", caseloadId: "c", from: Day(year: 2026, month: 3, day: 1), to: Day(year: 2026, month: 3, day: 30), reason: "x",
                                 status: .approved, requestedBy: nil, requestedAt: Date(), decidedBy: nil, decidedAt: nil, decisionNote: nil)
        var refused = taken
        refused.status = .refused
        // 30 taken + 30 asked = 60: within the year; one more day is not. Refused requests do not count.
        #expect(CaseloadRules.leaveRefusal(from: from, to: from.adding(days: 29), earlier: [taken], settings: s) == nil)
        #expect(CaseloadRules.leaveRefusal(from: from, to: from.adding(days: 29), earlier: [taken, taken.with(days: 1)], settings: s) == "caseload_error_leave_year")
        #expect(CaseloadRules.leaveRefusal(from: from, to: from.adding(days: 29), earlier: [taken, refused], settings: s) == nil)
    }

    @Test func youthGroupsHaveTheirAges() {
        #expect(CaseloadRules.youthAgeFits(.idle, birth: Day(year: 2000, month: 12, day: 4), today: Self.today))
        #expect(!CaseloadRules.youthAgeFits(.idle, birth: Day(year: 2000, month: 12, day: 3), today: Self.today))
        #expect(CaseloadRules.youthAgeFits(.leftBehind, birth: Day(year: 2010, month: 1, day: 1), today: Self.today))
        #expect(!CaseloadRules.youthAgeFits(.leftBehind, birth: Day(year: 2008, month: 12, day: 3), today: Self.today))
    }

    @Test func settingsOutOfRangeAreRefused() {
        var s = CaseloadSettings()
        #expect(throws: Never.self) { try s.validated() }
        s.reportWithinDays = 0
        #expect(throws: CaseloadSettingsError.self) { try s.validated() }
        s = CaseloadSettings()
        s.reprimandOutOfContactDays = 40
        #expect(throws: CaseloadSettingsError.self) { try s.validated() }
    }

    @Test func figuresCountFollowUpsOnTimeAndResettlement() {
        let first = Day(year: 2026, month: 11, day: 1)
        let mental = Self.caseload(.mentalHealth, starts: Day(year: 2026, month: 1, day: 1))
        var m2 = Self.caseload(.mentalHealth, starts: Day(year: 2026, month: 1, day: 1))
        m2.id = "m2"
        var released = Self.caseload(.resettlement, starts: Day(year: 2026, month: 11, day: 10))
        released.id = "r1"
        released.resettledOn = Day(year: 2026, month: 11, day: 20)
        var other = Self.caseload(.resettlement, starts: Day(year: 2026, month: 11, day: 12))
        other.id = "r2"
        other.assignedTo = "w2"
        func f(_ id: String, _ on: Day, _ grade: Int) -> CaseloadContact {
            var k = Self.contact(.followUp, on, grade: grade)
            k.caseloadId = id
            return k
        }
        // c: grade 2 on 1 Nov, next on 10 Nov (within 14 days: on time). m2: grade 2 on 1 Nov, next on 20 Nov (late).
        let contacts = [f("c", Day(year: 2026, month: 11, day: 1), 2), f("c", Day(year: 2026, month: 11, day: 10), 0),
                        f("m2", Day(year: 2026, month: 11, day: 1), 2), f("m2", Day(year: 2026, month: 11, day: 20), 0)]
        let figures = CaseloadFigures.compute(month: first, caseloads: [mental, m2, released, other], contacts: contacts, settings: Self.settings, today: Self.today)
        let line = try! #require(figures.lines.first)
        #expect(figures.lines.count == 1 && line.unitCode == "330199002")
        #expect(line.followUps == 4)
        // The two first ones of the month count against the 14 days from registration: late (registered in January).
        #expect(line.followUpsOnTime == 1)
        #expect(line.released == 2 && line.resettled == 1 && line.resettlementRate == 0.5)
        #expect(line.socialWorkers == 2 && line.heaviestLoad == 3)
        #expect(figures.month == "2026-11")
        // Added up a share at a time, each with its own contacts (as a county's are read), the figures are the same.
        var tally = CaseloadFigures.Tally(month: first, settings: Self.settings, today: Self.today)
        tally.add([mental, released], contacts: contacts.filter { $0.caseloadId == "c" })
        tally.add([m2, other], contacts: contacts.filter { $0.caseloadId == "m2" })
        #expect(tally.figures == figures)
    }

    @Test func aMonthsFiguresDoNotCountWhatCameAfterIt() {
        var c = Self.caseload(.correction, starts: Day(year: 2026, month: 9, day: 1))
        c.reportedOn = Day(year: 2026, month: 10, day: 5)
        let october = Day(year: 2026, month: 10, day: 1)
        func figures(_ on: Day) -> CaseloadFigures.Line? {
            CaseloadFigures.compute(month: october, caseloads: [c], contacts: [.report, .writtenReport, .visit].map { Self.contact($0, on) },
                                    settings: Self.settings, today: Self.today).lines.first
        }
        // Reported, written and visited late in October: its duties were kept at the month's end.
        #expect(figures(Day(year: 2026, month: 10, day: 28))?.correctionsOnTime == 1)
        // Only in November: at October's end the report was overdue, whatever came later.
        let late = figures(Day(year: 2026, month: 11, day: 25))
        #expect(late?.corrections == 1 && late?.correctionsOnTime == 0)
    }
}

extension LeaveRequest {
    func with(days: Int) -> LeaveRequest {
        var l = self
        l.from = Day(year: 2026, month: 5, day: 1)
        l.to = l.from.adding(days: days - 1)
        return l
    }
}
