import Foundation
import Kernel
import Testing
@testable import RiskAssessment

/// The rules of the assessment and the gate, with no database: level thresholds at their
/// boundaries, every combination of missing step and level at the gate, and the procedure's checks.
@Suite("Risk assessment: level rules, the gate and the procedure")
struct DecisionRulesTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    static func figures(support: Int = 0, neutral: Int = 0, object: Int = 0, strongly: Int = 0, affected: Int = 100, risks: [(Int, Int)] = []) -> AssessmentFigures {
        let visits = Array(repeating: Attitude.support, count: support) + Array(repeating: .neutral, count: neutral)
            + Array(repeating: .object, count: object) + Array(repeating: .stronglyObject, count: strongly)
        let points = risks.enumerated().map { i, r in
            RiskPoint(id: "r\(i)", decisionId: "d", title: "t", likelihood: r.0, impact: r.1, mitigation: "", owner: "", status: .open, updatedAt: now)
        }
        return AssessmentFigures(affectedHouseholds: affected, visits: visits, risks: points)
    }

    static func level(_ f: AssessmentFigures) -> AssessedLevel { AssessmentRules.level(f, rules: AssessmentSettings.defaults.rules).level }

    @Test func levelsChangeExactlyAtTheDefaultThresholds() {
        // Strongly objecting: 20% is high, just under is medium; 5% is medium, just under is low.
        #expect(Self.level(Self.figures(support: 80, strongly: 20)) == .high)
        #expect(Self.level(Self.figures(support: 81, strongly: 19)) == .medium)
        #expect(Self.level(Self.figures(support: 95, strongly: 5)) == .medium)
        #expect(Self.level(Self.figures(support: 96, strongly: 4)) == .low)
        // Objecting (object + strongly): 30% is medium.
        #expect(Self.level(Self.figures(support: 70, object: 30)) == .medium)
        #expect(Self.level(Self.figures(support: 71, object: 29)) == .low)
        // The worst risk point: 20 is high, 12 medium, below that nothing.
        #expect(Self.level(Self.figures(support: 10, risks: [(4, 5)])) == .high)
        #expect(Self.level(Self.figures(support: 10, risks: [(4, 4)])) == .medium)
        #expect(Self.level(Self.figures(support: 10, risks: [(3, 4)])) == .medium)
        #expect(Self.level(Self.figures(support: 10, risks: [(1, 5), (2, 5)])) == .low)
        // No visits and no risks: nothing fires.
        #expect(Self.level(Self.figures()) == .low)
    }

    @Test func theRuleThatSetTheLevelIsRecordedWithItsFigure() {
        let (level, rule, value) = AssessmentRules.level(Self.figures(support: 3, strongly: 1), rules: AssessmentSettings.defaults.rules)
        #expect(level == .high && rule?.metric == .stronglyObjectShare && value == 0.25)
        #expect(AssessmentRules.ruleText(rule, value: value) == "strongly_object_share>=0.200:0.250")
        #expect(AssessmentRules.ruleText(nil, value: nil) == "none")
        // A county's own rules: a closed risk point no longer counts.
        var f = Self.figures(support: 10, risks: [(5, 5)])
        #expect(Self.level(f) == .high)
        f = AssessmentFigures(affectedHouseholds: 10, visits: [.support], risks: [RiskPoint(id: "x", decisionId: "d", title: "t", likelihood: 5, impact: 5,
                                                                                           mitigation: "m", owner: "o", status: .closed, updatedAt: Self.now)])
        #expect(Self.level(f) == .low)
        let strict = [LevelRule(.medium, .objectingShare, 0.1)]
        #expect(AssessmentRules.level(Self.figures(support: 9, object: 1), rules: strict).level == .medium)
    }

    @Test func indicesWeighAcceptanceBenefitsAndInvertedRisk() {
        let f = Self.figures(support: 2, neutral: 1, object: 1, strongly: 0, affected: 4)
        #expect(f.visitRate == 1)
        #expect(f.acceptanceIndex == 70) // (100 + 100 + 60 + 20) / 4
        let i = AssessmentRules.indices(f, scores: AssessorScores(socialBenefit: 80, economicBenefit: 60, socialRisk: 30), weights: [0.4, 0.2, 0.2, 0.2])
        #expect(i.composite == 70) // 0.4·70 + 0.2·80 + 0.2·60 + 0.2·70
        #expect(AssessmentRules.indices(f, scores: nil, weights: [0.4, 0.2, 0.2, 0.2]).composite == nil)
        #expect(Self.figures(affected: 0).visitRate == nil)
    }

    @Test func settingsOutsideTheirRangesAreRefused() throws {
        _ = try AssessmentSettings.defaults.validated()
        #expect(throws: AppError.self) { try AssessmentSettings(rules: [LevelRule(.high, .stronglyObjectShare, 1.5)], weights: [0.4, 0.2, 0.2, 0.2], minimumVisitRate: 0.9).validated() }
        #expect(throws: AppError.self) { try AssessmentSettings(rules: [LevelRule(.high, .worstRiskScore, 26)], weights: [0.4, 0.2, 0.2, 0.2], minimumVisitRate: 0.9).validated() }
        #expect(throws: AppError.self) { try AssessmentSettings(rules: [LevelRule(.low, .worstRiskScore, 5)], weights: [0.4, 0.2, 0.2, 0.2], minimumVisitRate: 0.9).validated() }
        #expect(throws: AppError.self) { try AssessmentSettings(rules: AssessmentSettings.defaults.rules, weights: [0.5, 0.2, 0.2, 0.2], minimumVisitRate: 0.9).validated() }
        #expect(throws: AppError.self) { try AssessmentSettings(rules: AssessmentSettings.defaults.rules, weights: [0.4, 0.2, 0.2, 0.2], minimumVisitRate: .nan).validated() }
        #expect(throws: AppError.self) { try AssessmentSettings(rules: [], weights: [0.4, 0.2, 0.2, 0.2], minimumVisitRate: 0.9).validated() }
    }

    static func decision() -> Decision {
        Decision(id: "d1", number: "JC1", title: "t", kind: .demolition, summary: "s", unitCode: "330199", grids: ["330199001001001"],
                 estimatedHouseholds: 10, leader: "l", assessor: "a", createdBy: nil, createdAt: now)
    }

    enum Assessed: CaseIterable { case none, lowGo, lowPostpone, medium, high }
    enum Legality: CaseIterable { case missing, unlawful, lawful }

    static let meeting = Meeting(heldOn: Day(date: now), attendees: "县长、副县长", minutes: "同意", votesFor: 5, votesAgainst: 1, votesAbstain: 0, chair: .adopt, chairReason: nil)

    /// Every combination of participation, argumentation, assessment and legality review: the
    /// gate names exactly what is missing, refuses with the first in procedure order, and lets
    /// the decision through only when nothing is.
    @Test func theGateRefusesEveryCombinationWithSomethingMissing() throws {
        var passed = 0
        for participation in [false, true] {
            for argumentation in [false, true] {
                for assessed in Assessed.allCases {
                    for legality in Legality.allCases {
                        var d = Self.decision()
                        d.stage = .deliberation
                        if participation { d.participationClosedAt = Self.now }
                        if argumentation { d.argumentationClosedAt = Self.now }
                        switch assessed {
                        case .none: break
                        case .lowGo: (d.level, d.conclusion, d.concludedAt) = (.low, .go, Self.now)
                        case .lowPostpone: (d.level, d.conclusion, d.concludedAt) = (.low, .postpone, Self.now)
                        case .medium: (d.level, d.conclusion, d.concludedAt) = (.medium, .goWithMitigations, Self.now)
                        case .high: (d.level, d.conclusion, d.concludedAt) = (.high, .doNotIssue, Self.now)
                        }
                        switch legality {
                        case .missing: break
                        case .unlawful: (d.legalityReviewedAt, d.lawful) = (Self.now, false)
                        case .lawful: (d.legalityReviewedAt, d.lawful) = (Self.now, true)
                        }
                        var expected: [String] = []
                        if !participation { expected.append("participation_incomplete") }
                        if !argumentation { expected.append("expert_argumentation_missing") }
                        if assessed == .none { expected.append("assessment_incomplete") }
                        if legality == .missing { expected.append("legality_review_missing") }
                        if legality == .unlawful { expected.append("legality_review_failed") }
                        if assessed == .high { expected.append("risk_level_high") }
                        if assessed == .medium { expected.append("risk_level_medium") }
                        if assessed == .lowPostpone || assessed == .high { expected.append("assessment_conclusion_against") }
                        #expect(DecisionGate.refusals(d).map(\.rawValue) == expected, "\(participation) \(argumentation) \(assessed) \(legality)")
                        let facts = ProcedureFacts(figures: Self.figures())
                        if let first = expected.first {
                            let error = #expect(throws: AppError.self) { try DecisionProcedure.apply(.decide(Self.meeting), to: d, facts: facts, at: Self.now) }
                            #expect(error?.code == first && error?.status == .conflict)
                        } else {
                            passed += 1
                            let decided = try DecisionProcedure.apply(.decide(Self.meeting), to: d, facts: facts, at: Self.now)
                            #expect(decided.stage == .decided && decided.meeting == Self.meeting)
                        }
                    }
                }
            }
        }
        #expect(passed == 1)
    }

    @Test func theProcedureChecksEachStepsConditions() throws {
        let facts = ProcedureFacts(figures: Self.figures(support: 9, strongly: 1, affected: 10))
        var d = Self.decision()
        // A period shorter than 30 days needs its reason.
        #expect(throws: AppError.self) { try DecisionProcedure.apply(.openParticipation(days: 10, reason: nil, text: "公告"), to: d, facts: facts, at: Self.now) }
        #expect(throws: AppError.self) { try DecisionProcedure.apply(.openParticipation(days: 30, reason: nil, text: " "), to: d, facts: facts, at: Self.now) }
        d = try DecisionProcedure.apply(.openParticipation(days: 10, reason: "防汛工期", text: "公告"), to: d, facts: facts, at: Self.now)
        #expect(d.stage == .participation && d.shortPeriodReason == "防汛工期")
        #expect(d.commentsEndAt == Day.endOfCalendarDays(10, after: Self.now))
        // Not before the period ends, not with a comment unanswered.
        #expect(throws: AppError.self) { try DecisionProcedure.apply(.closeParticipation(text: "x"), to: d, facts: facts, at: Self.now) }
        let later = Self.now.addingTimeInterval(11 * 86_400)
        var unanswered = facts
        unanswered.unansweredComments = 1
        #expect(throws: AppError.self) { try DecisionProcedure.apply(.closeParticipation(text: "x"), to: d, facts: unanswered, at: later) }
        d = try DecisionProcedure.apply(.closeParticipation(text: "采纳3条"), to: d, facts: facts, at: later)
        // Argumentation needs an opinion from an expert without a conflict.
        #expect(throws: AppError.self) { try DecisionProcedure.apply(.closeArgumentation(text: "x"), to: d, facts: facts, at: later) }
        var opinions = facts
        opinions.countingOpinions = 1
        d = try DecisionProcedure.apply(.closeArgumentation(text: "论证"), to: d, facts: opinions, at: later)
        #expect(d.stage == .assessment)
        // 10% strongly objecting is medium: "go" is not a conclusion it allows; too few visits refuse any.
        let scores = AssessorScores(socialBenefit: 80, economicBenefit: 70, socialRisk: 40)
        #expect(throws: AppError.self) { try DecisionProcedure.apply(.conclude(.go, scores, text: "x"), to: d, facts: facts, at: later) }
        let few = ProcedureFacts(figures: Self.figures(support: 5, affected: 10))
        let error = #expect(throws: AppError.self) { try DecisionProcedure.apply(.conclude(.go, scores, text: "x"), to: d, facts: few, at: later) }
        #expect(error?.code == "decision_visit_rate")
        d = try DecisionProcedure.apply(.conclude(.goWithMitigations, scores, text: "中风险"), to: d, facts: facts, at: later)
        #expect(d.level == .medium && d.stage == .legality && d.assessmentRound == 1 && d.levelRule == "strongly_object_share>=0.050:0.100")
        // Re-assessment waits for every mitigation, then records the new level.
        var pending = facts
        pending.pendingMitigations = 2
        #expect(throws: AppError.self) { try DecisionProcedure.apply(.reassess(.go, scores, text: "x"), to: d, facts: pending, at: later) }
        let calmer = ProcedureFacts(figures: Self.figures(support: 10, affected: 10))
        d = try DecisionProcedure.apply(.reassess(.go, scores, text: "措施落实"), to: d, facts: calmer, at: later)
        #expect(d.level == .low && d.assessmentRound == 2 && d.levelRule == "none")
        // The legal office sends it back: a new full review period starts.
        let returned = try DecisionProcedure.apply(.reviewLegality(lawful: false, text: "补充依据"), to: d, facts: facts, at: later.addingTimeInterval(86_400))
        #expect(returned.stage == .legality && returned.lawful == false && returned.legalitySubmittedAt == later.addingTimeInterval(86_400))
        d = try DecisionProcedure.apply(.reviewLegality(lawful: true, text: "合法"), to: d, facts: facts, at: later)
        #expect(d.stage == .deliberation)
        // A chair deciding against the majority records why.
        var against = Self.meeting
        (against.votesFor, against.votesAgainst) = (1, 4)
        #expect(throws: AppError.self) { try DecisionProcedure.apply(.decide(against), to: d, facts: facts, at: later) }
        against.chairReason = "涉及民生，主持人决定通过并加强监督"
        #expect(try DecisionProcedure.apply(.decide(against), to: d, facts: facts, at: later).stage == .decided)
        var rejected = Self.meeting
        rejected.chair = .reject
        rejected.chairReason = "群众意见较大"
        #expect(try DecisionProcedure.apply(.decide(rejected), to: d, facts: facts, at: later).stage == .rejected)
    }

    @Test func eachStagesClockAndTheLegalOfficesWorkingDays() {
        var d = Self.decision()
        let calendar = WorkCalendar()
        #expect(DecisionClock.clock(of: d, calendar: calendar) == nil)
        d.stage = .legality
        d.legalitySubmittedAt = Self.now
        let clock = DecisionClock.clock(of: d, calendar: calendar)
        #expect(clock?.rule == .legality)
        #expect(clock?.due == calendar.addingWorkingDays(7, to: Self.now).endDate)
        #expect(calendar.workingDays(from: Day(date: Self.now), to: Day(date: clock!.due)) >= 7)
        d.stage = .decided
        #expect(DecisionClock.clock(of: d, calendar: calendar) == nil)
    }
}
