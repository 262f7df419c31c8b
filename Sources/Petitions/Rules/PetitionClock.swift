import Foundation
import Kernel

/// The statutory clocks of the Letters and Visits Regulations (信访工作条例), in calendar days:
/// the day an event happens is not counted, and a limit ends at the last second of its last
/// day, China Standard Time. Holidays do not move these limits (the regulation counts days).
public enum PetitionClock {
    /// Which rule set a clock; shown beside every `due_at`.
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// Decide on acceptance and tell the petitioner within 15 days of receipt.
        case acceptance = "acceptance_15d"
        /// Handle and reply in writing within 60 days of acceptance.
        case handling = "handling_60d"
        /// The handling limit after an approved extension (at most 30 days in all).
        case handlingExtended = "handling_extended"
        /// The petitioner may ask for review within 30 days of the written reply.
        case reviewWindow = "review_window_30d"
        /// The reviewing body answers within 30 days of the request.
        case review = "review_30d"
        /// The petitioner may ask for re-review within 30 days of the review opinion.
        case reReviewWindow = "re_review_window_30d"
        /// The re-reviewing body answers within 30 days of the request.
        case reReview = "re_review_30d"

        public var labelKey: String { "petition_rule_\(rawValue)" }
        /// True for the petitioner's own windows; false for what an office owes.
        public var isWindow: Bool { self == .reviewWindow || self == .reReviewWindow }
    }

    public static let acceptanceDays = 15
    public static let handlingDays = 60
    public static let maxExtensionDays = 30
    public static let reviewDays = 30

    /// The last second of the `days`-th calendar day after the day of `from`.
    public static func due(_ days: Int, after from: Date) -> Date {
        Day.endOfCalendarDays(days, after: from)
    }

    /// The clock a petition in `status` runs on, from the moment its stage began.
    public static func clock(for status: PetitionStatus, stageAt: Date, replyDueAt: Date?) -> (due: Date, rule: Rule)? {
        switch status {
        case .registered: (due(acceptanceDays, after: stageAt), .acceptance)
        case .accepted: replyDueAt.map { ($0, .handling) }
        case .replied: (due(reviewDays, after: stageAt), .reviewWindow)
        case .reviewRequested: (due(reviewDays, after: stageAt), .review)
        case .reviewed: (due(reviewDays, after: stageAt), .reReviewWindow)
        case .reReviewRequested: (due(reviewDays, after: stageAt), .reReview)
        case .declined, .concluded: nil
        }
    }
}
