import Foundation
import Kernel

/// A step of the procedure. Each needs its text (announcement, summary, conclusion, opinion, minutes).
public enum DecisionAction: Sendable, Equatable {
    /// Opens the comment period: 30 days unless a shorter one has its reason recorded.
    case openParticipation(days: Int, reason: String?, text: String)
    /// Every comment answered and the period over.
    case closeParticipation(text: String)
    /// At least one written opinion from an expert without a conflict of interest.
    case closeArgumentation(text: String)
    /// The assessment's conclusion, with the assessor's scores; the level is computed.
    case conclude(Conclusion, AssessorScores, text: String)
    /// After a medium level: mitigations adopted, assessed again.
    case reassess(Conclusion, AssessorScores, text: String)
    /// The legal office's review.
    case reviewLegality(lawful: Bool, text: String)
    /// The collective decision; refused at the gate unless everything before allows it.
    case decide(Meeting)
    case publish(text: String)
    case followUp(text: String)

    public var name: String {
        switch self {
        case .openParticipation: "open_participation"
        case .closeParticipation: "close_participation"
        case .closeArgumentation: "close_argumentation"
        case .conclude: "conclude"
        case .reassess: "reassess"
        case .reviewLegality: "review_legality"
        case .decide: "decide"
        case .publish: "publish"
        case .followUp: "follow_up"
        }
    }

    public var text: String {
        switch self {
        case .openParticipation(_, _, let t), .closeParticipation(let t), .closeArgumentation(let t), .conclude(_, _, let t), .reassess(_, _, let t),
             .reviewLegality(_, let t), .publish(let t), .followUp(let t): t
        case .decide(let meeting): meeting.minutes
        }
    }

    /// The stages each step may be taken from. The decision may be attempted at any stage before
    /// the meeting: the gate then says what is missing.
    public var from: Set<DecisionStage> {
        switch self {
        case .openParticipation: [.proposed]
        case .closeParticipation: [.participation]
        case .closeArgumentation: [.argumentation]
        case .conclude: [.assessment]
        case .reassess: [.legality, .deliberation]
        case .reviewLegality: [.legality]
        case .decide: Set(DecisionStage.allCases.filter(\.isOpen))
        case .publish: [.decided]
        case .followUp: [.published]
        }
    }

    /// Who may take it: the legal office reviews, leaders decide, the deciding unit runs the rest.
    public var permission: Permission {
        switch self {
        case .reviewLegality: .reviewLegality
        case .decide: .takeDecisions
        default: .runDecisions
        }
    }

    /// Every step, in the order of the procedure (for the pages' forms).
    public static let names = ["open_participation", "close_participation", "close_argumentation", "conclude", "reassess", "review_legality",
                               "decide", "publish", "follow_up"]
}

/// What the step needs to know beyond the decision: comments, opinions, visits and risks.
public struct ProcedureFacts: Sendable {
    public var unansweredComments: Int
    public var countingOpinions: Int
    public var figures: AssessmentFigures
    /// Risk points whose mitigation is not yet adopted.
    public var pendingMitigations: Int
    /// Hearings announced and not yet recorded.
    public var pendingHearings: Int
    public var settings: AssessmentSettings

    public init(unansweredComments: Int = 0, countingOpinions: Int = 0, figures: AssessmentFigures, pendingMitigations: Int = 0,
                pendingHearings: Int = 0, settings: AssessmentSettings = .defaults) {
        self.unansweredComments = unansweredComments
        self.countingOpinions = countingOpinions
        self.figures = figures
        self.pendingMitigations = pendingMitigations
        self.pendingHearings = pendingHearings
        self.settings = settings
    }
}

public enum DecisionProcedure {
    /// The decision after `action` at `now`; pure.
    public static func apply(_ action: DecisionAction, to current: Decision, facts: ProcedureFacts, at now: Date) throws -> Decision {
        if case .decide = action, let refusal = DecisionGate.refusals(current).first, current.stage.isOpen {
            throw AppError(.conflict, code: refusal.rawValue, messageKey: refusal.messageKey)
        }
        guard action.from.contains(current.stage) else {
            throw AppError.conflict("decision_error_transition", [action.name, current.stage.rawValue])
        }
        let text = action.text.trimmed
        guard !text.isEmpty else { throw AppError.invalid("decision_error_text") }
        guard text.count <= 20_000 else { throw AppError.invalid("decision_error_too_long", ["20000"]) }
        var next = current
        next.updatedAt = now
        switch action {
        case .openParticipation(let days, let reason, _):
            guard DecisionClock.commentDays.contains(days) else { throw AppError.invalid("decision_error_comment_days", [String(DecisionClock.commentDays.upperBound)]) }
            let reason = reason?.trimmed.nilIfBlank
            if days < DecisionClock.defaultCommentDays, reason == nil { throw AppError.invalid("decision_error_short_period", [String(DecisionClock.defaultCommentDays)]) }
            next.stage = .participation
            next.commentDays = days
            next.shortPeriodReason = days < DecisionClock.defaultCommentDays ? reason : nil
            next.participationOpenedAt = now
            next.commentsEndAt = Day.endOfCalendarDays(days, after: now)
        case .closeParticipation:
            if let end = current.commentsEndAt, now < end { throw AppError.conflict("decision_error_period_running", [TimeLeft.clock(end)]) }
            guard facts.unansweredComments == 0 else { throw AppError.conflict("decision_error_comments_unanswered", [String(facts.unansweredComments)]) }
            guard facts.pendingHearings == 0 else { throw AppError.conflict("decision_error_hearing_pending", [String(facts.pendingHearings)]) }
            next.stage = .argumentation
            next.participationClosedAt = now
            next.argumentationStartedAt = now
        case .closeArgumentation:
            guard facts.countingOpinions > 0 else { throw AppError.conflict("decision_error_no_expert_opinion") }
            next.stage = .assessment
            next.argumentationClosedAt = now
            next.assessmentStartedAt = now
        case .conclude(let conclusion, let scores, _):
            try validate(scores)
            let needed = facts.settings.minimumVisitRate
            guard (facts.figures.visitRate ?? 0) >= needed else {
                throw AppError.conflict("decision_error_visit_rate", [percent(facts.figures.visitRate ?? 0), percent(needed)])
            }
            try assess(&next, conclusion: conclusion, scores: scores, facts: facts, at: now)
            next.assessmentRound = 1
            next.stage = .legality
            next.legalitySubmittedAt = now
        case .reassess(let conclusion, let scores, _):
            guard current.level == .medium else { throw AppError.conflict("decision_error_reassess_level") }
            guard facts.pendingMitigations == 0 else { throw AppError.conflict("decision_error_mitigations_pending", [String(facts.pendingMitigations)]) }
            try validate(scores)
            try assess(&next, conclusion: conclusion, scores: scores, facts: facts, at: now)
            next.assessmentRound = current.assessmentRound + 1
        case .reviewLegality(let lawful, _):
            next.legalityReviewedAt = now
            next.lawful = lawful
            if lawful {
                next.stage = .deliberation
            } else {
                // Sent back: the unit amends and the legal office gets its full period again.
                next.legalitySubmittedAt = now
            }
        case .decide(let meeting):
            try validate(meeting, now: now)
            next.meeting = meeting
            next.decidedAt = now
            next.stage = meeting.chair == .adopt ? .decided : .rejected
        case .publish:
            next.stage = .published
            next.publishedAt = now
        case .followUp:
            break
        }
        return next
    }

    /// Computes the level from the facts and records the conclusion it allows.
    static func assess(_ d: inout Decision, conclusion: Conclusion, scores: AssessorScores, facts: ProcedureFacts, at now: Date) throws {
        let (level, rule, value) = AssessmentRules.level(facts.figures, rules: facts.settings.rules)
        guard level.conclusions.contains(conclusion) else { throw AppError.invalid("decision_error_conclusion_level", [level.rawValue, conclusion.rawValue]) }
        d.level = level
        d.levelRule = AssessmentRules.ruleText(rule, value: value)
        d.conclusion = conclusion
        d.scores = scores
        d.concludedAt = now
    }

    static func validate(_ scores: AssessorScores) throws {
        for score in [scores.socialBenefit, scores.economicBenefit, scores.socialRisk] where !(0...100).contains(score) {
            throw AppError.invalid("decision_error_score")
        }
    }

    static func validate(_ meeting: Meeting, now: Date) throws {
        guard meeting.heldOn <= Day(date: now) else { throw AppError.invalid("decision_error_meeting_date") }
        let attendees = meeting.attendees.trimmed
        guard !attendees.isEmpty, attendees.count <= 2_000 else { throw AppError.invalid("decision_error_attendees") }
        let votes = [meeting.votesFor, meeting.votesAgainst, meeting.votesAbstain]
        guard votes.allSatisfy({ (0...1_000).contains($0) }), votes.reduce(0, +) > 0 else { throw AppError.invalid("decision_error_votes") }
        // The chair may decide against the majority, with the reason on record.
        if (meeting.chair == .adopt) != meeting.majorityAdopts, (meeting.chairReason?.trimmed ?? "").isEmpty {
            throw AppError.invalid("decision_error_chair_reason")
        }
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
