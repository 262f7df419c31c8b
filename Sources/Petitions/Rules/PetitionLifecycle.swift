import Foundation
import Kernel

/// What an office does with a petition, or records for the petitioner. Every decision carries
/// its reason or text: a decision without one is refused.
public enum PetitionAction: Sendable, Equatable {
    /// Accepted for handling; the note is what the petitioner is told.
    case accept(note: String)
    /// Not accepted; the reason is told to the petitioner.
    case decline(reason: String)
    /// More time for handling, approved by a supervisor: at most 30 days in all.
    case extend(days: Int, reason: String)
    /// The written reply (处理意见书).
    case reply(text: String)
    /// The petitioner asks for review of the reply (within 30 days).
    case requestReview(note: String)
    /// The review opinion (复查意见).
    case review(text: String)
    /// The petitioner asks for re-review of the review (within 30 days).
    case requestReReview(note: String)
    /// The re-review opinion (复核意见): the matter is concluded.
    case reReview(text: String)

    public var name: String {
        switch self {
        case .accept: "accept"
        case .decline: "decline"
        case .extend: "extend"
        case .reply: "reply"
        case .requestReview: "request_review"
        case .review: "review"
        case .requestReReview: "request_re_review"
        case .reReview: "re_review"
        }
    }

    /// The one status each step is taken from.
    public var from: PetitionStatus {
        switch self {
        case .accept, .decline: .registered
        case .extend, .reply: .accepted
        case .requestReview: .replied
        case .review: .reviewRequested
        case .requestReReview: .reviewed
        case .reReview: .reReviewRequested
        }
    }

    /// The text recorded with the step.
    public var note: String {
        switch self {
        case .accept(let t), .decline(let t), .extend(_, let t), .reply(let t), .requestReview(let t), .review(let t),
             .requestReReview(let t), .reReview(let t): t
        }
    }

    /// A step as the API and the pages name it.
    public static func named(_ name: String?, text: String?, days: Int?) throws -> PetitionAction {
        let text = text ?? ""
        switch name {
        case "accept": return .accept(note: text)
        case "decline": return .decline(reason: text)
        case "extend": return .extend(days: days ?? 0, reason: text)
        case "reply": return .reply(text: text)
        case "request_review": return .requestReview(note: text)
        case "review": return .review(text: text)
        case "request_re_review": return .requestReReview(note: text)
        case "re_review": return .reReview(text: text)
        default: throw AppError.invalid("petition_error_action", [name ?? ""])
        }
    }
}

public enum PetitionLifecycle {
    /// The petition after `action` at `now`, or a refusal naming why. Pure: the service records it.
    public static func apply(_ action: PetitionAction, to current: Petition, at now: Date) throws -> Petition {
        guard current.status == action.from else { throw AppError.conflict("petition_error_transition", [action.name, current.status.rawValue]) }
        let note = action.note.trimmed
        guard !note.isEmpty else { throw AppError.invalid("petition_error_reason") }
        guard note.count <= 4_000 else { throw AppError.invalid("petition_error_too_long", ["4000"]) }
        var next = current
        next.stageAt = now
        switch action {
        case .accept:
            next.status = .accepted
            next.acceptedAt = now
            next.replyDueAt = PetitionClock.due(PetitionClock.handlingDays, after: now)
        case .decline:
            next.status = .declined
        case .extend(let days, _):
            guard (1...PetitionClock.maxExtensionDays).contains(days), current.extensionDays + days <= PetitionClock.maxExtensionDays,
                  let due = current.replyDueAt else {
                throw AppError.invalid("petition_error_extension", [String(PetitionClock.maxExtensionDays), String(current.extensionDays)])
            }
            next.extensionDays += days
            next.replyDueAt = due.addingTimeInterval(TimeInterval(days) * 86_400)
            next.stageAt = current.stageAt
        case .reply:
            next.status = .replied
            next.repliedAt = now
        case .requestReview, .requestReReview:
            // The petitioner's window: a request after it is refused, the matter stays as decided.
            let window = PetitionClock.due(PetitionClock.reviewDays, after: current.stageAt)
            guard now <= window else { throw AppError.invalid("petition_error_window_closed", [TimeLeft.clock(window)]) }
            next.status = current.status == .replied ? .reviewRequested : .reReviewRequested
        case .review:
            next.status = .reviewed
        case .reReview:
            next.status = .concluded
        }
        let clock = PetitionClock.clock(for: next.status, stageAt: next.stageAt, replyDueAt: next.replyDueAt)
        next.dueAt = clock?.due
        next.dueRule = clock.map { next.extensionDays > 0 && $0.rule == .handling ? .handlingExtended : $0.rule }
        next.updatedAt = now
        return next
    }
}
