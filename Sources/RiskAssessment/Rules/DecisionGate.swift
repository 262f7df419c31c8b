import Foundation

/// The gate before a major decision is taken (谁决策谁评估谁负责; 三个不出台): every earlier step
/// done and the assessment allowing it. No role passes it otherwise, administrators included.
public enum DecisionGate {
    /// Why a decision may not be taken now, each a stable API error code.
    public enum Refusal: String, Sendable, CaseIterable {
        case participationIncomplete = "participation_incomplete"
        case expertArgumentationMissing = "expert_argumentation_missing"
        case assessmentIncomplete = "assessment_incomplete"
        case legalityReviewMissing = "legality_review_missing"
        case legalityReviewFailed = "legality_review_failed"
        /// High risk: cannot be decided.
        case riskLevelHigh = "risk_level_high"
        /// Medium risk: only once the mitigations are adopted and a re-assessment gives low.
        case riskLevelMedium = "risk_level_medium"
        /// The assessment concluded to postpone or not to issue.
        case conclusionAgainst = "assessment_conclusion_against"

        /// The refusal's message.
        public var messageKey: String { "decision_gate_\(rawValue)" }
        /// The condition as the page's checklist states it.
        public var checkKey: String { "decision_check_\(rawValue)" }
    }

    /// Every reason the decision may not be taken, in the order of the procedure; empty when it may.
    public static func refusals(_ d: Decision) -> [Refusal] {
        var refusals: [Refusal] = []
        if d.participationClosedAt == nil { refusals.append(.participationIncomplete) }
        if d.argumentationClosedAt == nil { refusals.append(.expertArgumentationMissing) }
        if d.concludedAt == nil || d.level == nil || d.conclusion == nil { refusals.append(.assessmentIncomplete) }
        if d.legalityReviewedAt == nil { refusals.append(.legalityReviewMissing) } else if d.lawful != true { refusals.append(.legalityReviewFailed) }
        switch d.level {
        case .high: refusals.append(.riskLevelHigh)
        case .medium: refusals.append(.riskLevelMedium)
        case .low, nil: break
        }
        if let conclusion = d.conclusion, !conclusion.allowsDecision { refusals.append(.conclusionAgainst) }
        return refusals
    }
}
