import Foundation
import Kernel

/// The clock of each stage, supervised like the others (near due, overdue, escalated).
public enum DecisionClock {
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// Comments are answered and participation closed when the comment period ends.
        case participation = "participation_period"
        /// Experts give their written opinions within 20 days of being drawn.
        case argumentation = "argumentation_20d"
        /// The assessment concludes within 30 days of starting.
        case assessment = "assessment_30d"
        /// The legal office has at least 7 working days for its review, and answers by then.
        case legality = "legality_7wd"

        public var labelKey: String { "decision_rule_\(rawValue)" }
    }

    /// The least comment period without a recorded reason, and the bounds of any period.
    public static let defaultCommentDays = 30, commentDays = 1...180
    public static let argumentationDays = 20, assessmentDays = 30, legalityWorkingDays = 7

    /// The clock running at the decision's stage, if any.
    public static func clock(of d: Decision, calendar: WorkCalendar) -> (due: Date, rule: Rule)? {
        switch d.stage {
        case .participation: d.commentsEndAt.map { ($0, .participation) }
        case .argumentation: d.argumentationStartedAt.map { (Day.endOfCalendarDays(argumentationDays, after: $0), .argumentation) }
        case .assessment: d.assessmentStartedAt.map { (Day.endOfCalendarDays(assessmentDays, after: $0), .assessment) }
        case .legality: d.legalitySubmittedAt.map { (calendar.addingWorkingDays(legalityWorkingDays, to: $0).endDate, .legality) }
        case .proposed, .deliberation, .decided, .rejected, .published: nil
        }
    }
}
