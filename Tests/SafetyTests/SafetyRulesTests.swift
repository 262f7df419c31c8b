import Foundation
import Kernel
import Testing
@testable import Safety

/// The grading thresholds at every boundary, the reporting clocks, the update window, and the
/// hazard lifecycle with its clocks: no database.
@Suite("Safety: grades, reporting clocks and hazard rules")
struct SafetyRulesTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    static func grade(deaths: Int = 0, injuries: Int = 0, loss: Int64 = 0) -> EmergencyGrade {
        EmergencyRules.grade(EmergencyFigures(deaths: deaths, seriousInjuries: injuries, directLossYuan: loss, affected: 0)).0
    }

    @Test func gradesChangeExactlyAtTheThresholds() {
        // "以上" includes the number, "以下" excludes it.
        #expect([2, 3, 9, 10, 29, 30].map { Self.grade(deaths: $0) } == [.general, .larger, .larger, .major, .major, .especiallyMajor])
        #expect([9, 10, 49, 50, 99, 100].map { Self.grade(injuries: $0) } == [.general, .larger, .larger, .major, .major, .especiallyMajor])
        #expect([9_999_999, 10_000_000, 49_999_999, 50_000_000, 99_999_999, 100_000_000].map { Self.grade(loss: $0) }
                == [.general, .larger, .larger, .major, .major, .especiallyMajor])
        // The worst figure sets the grade, and the rule names it.
        #expect(EmergencyRules.grade(EmergencyFigures(deaths: 1, seriousInjuries: 55, directLossYuan: 0, affected: 0)) == (.major, "serious_injuries>=50"))
        #expect(EmergencyRules.grade(EmergencyFigures(deaths: 0, seriousInjuries: 0, directLossYuan: 0, affected: 900)) == (.general, "below"))
    }

    static func emergency(grade: EmergencyGrade, reports: [EmergencyReport] = []) -> Emergency {
        Emergency(id: "e", number: "TF1", category: .accident, type: "road_traffic", title: "t", occurredAt: now.addingTimeInterval(-600), learnedAt: now,
                  place: "p", unitCode: "330199001", figures: EmergencyFigures(deaths: 0, seriousInjuries: 0, directLossYuan: 0, affected: 0), grade: grade,
                  gradeRule: "", reports: reports, createdBy: nil, createdAt: now, updatedAt: now)
    }

    @Test func reportsGoUpALevelAtATimeOnTheirClocks() {
        // General: the county within an hour of learning of it, and no further.
        var e = Self.emergency(grade: .general)
        #expect(EmergencyRules.nextReport(e)?.level == .county && EmergencyRules.nextReport(e)?.due == Self.now.addingTimeInterval(3_600))
        let late = EmergencyReport(level: .county, reportedAt: Self.now.addingTimeInterval(4_000), dueAt: Self.now.addingTimeInterval(3_600), reportedBy: nil, note: "")
        #expect(late.late)
        e.reports = [late]
        #expect(EmergencyRules.nextReport(e) == nil)
        // Major: the city two hours after the county report, the province two hours after the city's.
        e = Self.emergency(grade: .major, reports: [late])
        #expect(EmergencyRules.nextReport(e)?.level == .city && EmergencyRules.nextReport(e)?.due == Self.now.addingTimeInterval(4_000 + 7_200))
        e.reports.append(EmergencyReport(level: .city, reportedAt: Self.now.addingTimeInterval(5_000), dueAt: Self.now.addingTimeInterval(11_200), reportedBy: nil, note: ""))
        #expect(EmergencyRules.nextReport(e)?.level == .province && EmergencyRules.nextReport(e)?.due == Self.now.addingTimeInterval(12_200))
        #expect(EmergencyRules.due(.province, learnedAt: Self.now, reports: []) == nil)
        #expect(EmergencyRules.requiredLevels(.larger) == [.county, .city])
        // Figures may be corrected for 30 days, 7 for road traffic and fires.
        #expect(EmergencyRules.updateWindowDays(type: "road_traffic") == 7 && EmergencyRules.updateWindowDays(type: "fire") == 7)
        #expect(EmergencyRules.updateWindowDays(type: "flood") == 30)
    }

    @Test func figuresBeyondAnyEventAreRefused() {
        #expect(throws: AppError.self) { try EmergencyRules.validate(EmergencyFigures(deaths: -1, seriousInjuries: 0, directLossYuan: 0, affected: 0)) }
        #expect(throws: AppError.self) { try EmergencyRules.validate(EmergencyFigures(deaths: 0, seriousInjuries: 0, directLossYuan: .max, affected: 0)) }
        #expect(throws: Never.self) { try EmergencyRules.validate(EmergencyFigures(deaths: 30, seriousInjuries: 100, directLossYuan: 100_000_000, affected: 5_000)) }
    }

    static func hazard(_ level: HazardLevel) -> Hazard {
        let (due, rule) = HazardLifecycle.firstClock(level: level, at: now)
        return Hazard(id: "h", number: "YH1", gridCode: "330199001001001", place: "p", organisationId: nil, kind: .fire, level: level, description: "d",
                      responsibleUnit: "消防", workOrderNumber: nil, status: .reported, plan: nil, dueAt: due, dueRule: rule, rectifiedAt: nil, closedAt: nil,
                      createdBy: nil, createdAt: now, updatedAt: now)
    }

    @Test func aGeneralHazardIsPutRightInAWeekAndVerified() throws {
        var h = Self.hazard(.general)
        #expect(h.dueRule == .rectify && h.dueAt == Day.endOfCalendarDays(7, after: Self.now))
        #expect(throws: AppError.self) { try HazardLifecycle.apply(.verify(passed: true, text: "x"), to: h, at: Self.now) }
        h = try HazardLifecycle.apply(.rectify(text: "更换灭火器"), to: h, at: Self.now)
        #expect(h.status == .rectified && h.dueRule == .verify)
        let later = Self.now.addingTimeInterval(86_400)
        let sentBack = try HazardLifecycle.apply(.verify(passed: false, text: "通道仍堵塞"), to: h, at: later)
        #expect(sentBack.status == .rectifying && sentBack.dueRule == .rectify && sentBack.dueAt == Day.endOfCalendarDays(7, after: later))
        let closed = try HazardLifecycle.apply(.verify(passed: true, text: "已整改"), to: h, at: later)
        #expect(closed.status == .closed && closed.dueAt == nil && closed.closedAt == later)
    }

    @Test func aMajorHazardNeedsAFullPlanBeforeItIsPutRight() throws {
        var h = Self.hazard(.major)
        #expect(h.dueRule == .plan && h.dueAt == Day.endOfCalendarDays(15, after: Self.now))
        #expect(throws: AppError.self) { try HazardLifecycle.apply(.rectify(text: "x"), to: h, at: Self.now) }
        let deadline = Day(date: Self.now).adding(days: 40)
        var plan = RectificationPlan(goals: "消除隐患", methods: "更换燃气管道", funds: "20万元", people: "县燃气公司", measures: "停气作业", emergencyPlan: "泄漏应急预案",
                                     deadline: deadline, leader: "")
        #expect(throws: AppError.self) { try HazardLifecycle.apply(.submitPlan(plan), to: h, at: Self.now) }
        plan.leader = "王副县长"
        h = try HazardLifecycle.apply(.submitPlan(plan), to: h, at: Self.now)
        #expect(h.status == .rectifying && h.dueRule == .planDeadline && h.dueAt == deadline.endDate)
        h = try HazardLifecycle.apply(.rectify(text: "管道已更换"), to: h, at: Self.now)
        // Failing verification keeps the plan's day while it has not passed.
        let back = try HazardLifecycle.apply(.verify(passed: false, text: "未验收"), to: h, at: Self.now)
        #expect(back.dueRule == .planDeadline && back.dueAt == deadline.endDate)
    }

    @Test func warningsCoverTheirAreaAndLastTheirTime() {
        let w = SafetyWarning(id: "w", level: .orange, kind: "暴雨", title: "t", message: "", units: ["330199001"], startsAt: Self.now,
                              endsAt: Self.now.addingTimeInterval(3_600), liftedAt: nil, issuedBy: nil, createdAt: Self.now)
        #expect(w.covers("330199001001001") && w.covers("330199") && !w.covers("330199002"))
        #expect(w.isActive(at: Self.now) && !w.isActive(at: Self.now.addingTimeInterval(3_600)) && !w.isActive(at: Self.now.addingTimeInterval(-1)))
        var lifted = w
        lifted.liftedAt = Self.now.addingTimeInterval(60)
        #expect(!lifted.isActive(at: Self.now.addingTimeInterval(61)))
        #expect(WarningLevel.allCases.map(\.colour) == ["red", "orange", "yellow", "blue"])
    }
}

@Suite("Safety: repeat-violation rules over their window")
struct VenueRuleTests {
    static func inspection(_ daysAgo: Int, _ violations: [Violation], minors: Int = 0) -> Inspection {
        let today = Day(year: 2026, month: 12, day: 3)
        return Inspection(id: "i\(daysAgo)", venueId: "v", inspectedOn: today.adding(days: -daysAgo), inspector: nil, findings: "f", violations: violations,
                          minors: minors, createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test func aSecondFindingCountsOnlyWithinTheYear() {
        let latest = Self.inspection(0, [.outOfHours])
        let fired = { (history: [Inspection]) in VenueRules.fired(VenueRules.defaults, kind: .internetCafe, latest: latest, history: history + [latest]).map(\.id) }
        // 364 days back is inside the 365-day window, 365 is not.
        #expect(fired([Self.inspection(364, [.admittingMinors], minors: 1)]) == ["cafe_twice_in_a_year"])
        #expect(fired([Self.inspection(365, [.admittingMinors], minors: 1)]) == [])
        // A finding of another kind does not count toward the repeat.
        #expect(fired([Self.inspection(30, [.fireSafety])]) == [])
        // Other kinds of venue have no default rules.
        #expect(VenueRules.fired(VenueRules.defaults, kind: .hotel, latest: latest, history: [Self.inspection(30, [.outOfHours]), latest]).isEmpty)
    }

    @Test func minorsAtOnceChooseBetweenSuspensionAndRevocation() {
        for (minors, expected) in [(1, ["cafe_one_or_two_minors"]), (2, ["cafe_one_or_two_minors"]), (3, ["cafe_three_minors"]), (9, ["cafe_three_minors"])] {
            let latest = Self.inspection(0, [.admittingMinors], minors: minors)
            #expect(VenueRules.fired(VenueRules.defaults, kind: .internetCafe, latest: latest, history: [latest]).map(\.id) == expected, "\(minors) minors")
        }
    }
}
