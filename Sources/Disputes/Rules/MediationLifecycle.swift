import Foundation
import Kernel

/// What is done with a dispute. Each step needs its text (minutes, terms, reason or decision).
public enum MediationAction: Sendable, Equatable {
    /// To a mediation body (its code).
    case assign(body: String, note: String)
    /// A mediation session and its minutes.
    case session(minutes: String)
    /// The parties agree: the terms and the day they must be performed by.
    case agree(terms: String, performanceDue: Day?)
    /// No agreement reached.
    case fail(reason: String)
    /// Referred to a court, arbitration or another body.
    case refer(to: MediationOutcome, reason: String)
    /// The parties asked a court to confirm the agreement (within 30 days).
    case requestConfirmation(note: String)
    /// A follow-up visit: performed or not yet.
    case followUp(performed: Bool, note: String)
    /// Cross-sector or major: to the leading group.
    case escalate(reason: String)
    /// The leading group's decision, sending it to a body.
    case decide(body: String, decision: String)

    public var name: String {
        switch self {
        case .assign: "assign"
        case .session: "session"
        case .agree: "agree"
        case .fail: "fail"
        case .refer: "refer"
        case .requestConfirmation: "request_confirmation"
        case .followUp: "follow_up"
        case .escalate: "escalate"
        case .decide: "decide"
        }
    }

    public var note: String {
        switch self {
        case .assign(_, let t), .session(let t), .agree(let t, _), .fail(let t), .refer(_, let t), .requestConfirmation(let t),
             .followUp(_, let t), .escalate(let t), .decide(_, let t): t
        }
    }

    /// The statuses each step may be taken from.
    public var from: Set<DisputeStatus> {
        switch self {
        case .assign: [.registered]
        case .session: [.assigned, .mediating]
        case .agree, .fail: [.mediating]
        case .refer: [.assigned, .mediating]
        case .requestConfirmation, .followUp: [.agreed]
        case .escalate: [.registered, .assigned, .mediating]
        case .decide: [.escalated]
        }
    }

    public static func named(_ name: String?, text: String?, body: String?, outcome: String?, performanceDue: String?, performed: Bool) throws -> MediationAction {
        let text = text ?? ""
        switch name {
        case "assign": return .assign(body: body ?? "", note: text.isEmpty ? "-" : text)
        case "session": return .session(minutes: text)
        case "agree":
            let due = try performanceDue?.trimmed.nilIfBlank.map { value -> Day in
                guard let day = Day(value) else { throw AppError.invalid("dispute_error_performance_due") }
                return day
            }
            return .agree(terms: text, performanceDue: due)
        case "fail": return .fail(reason: text)
        case "refer":
            guard let to = try parseChoice(outcome, MediationOutcome.self, invalidKey: "dispute_error_outcome"), ![.agreement, .noAgreement].contains(to) else {
                throw AppError.invalid("dispute_error_outcome")
            }
            return .refer(to: to, reason: text)
        case "request_confirmation": return .requestConfirmation(note: text)
        case "follow_up": return .followUp(performed: performed, note: text)
        case "escalate": return .escalate(reason: text)
        case "decide": return .decide(body: body ?? "", decision: text)
        default: throw AppError.invalid("dispute_error_action", [name ?? ""])
        }
    }
}

public enum MediationLifecycle {
    /// The dispute after `action` at `now`; pure. `agreedAt` moves only on agreement.
    public static func apply(_ action: MediationAction, to current: Dispute, at now: Date) throws -> Dispute {
        guard action.from.contains(current.status) else {
            throw AppError.conflict("dispute_error_transition", [action.name, current.status.rawValue])
        }
        let note = action.note.trimmed
        guard !note.isEmpty else { throw AppError.invalid("dispute_error_text") }
        guard note.count <= 8_000 else { throw AppError.invalid("dispute_error_too_long", ["8000"]) }
        var next = current
        next.updatedAt = now
        switch action {
        case .assign(let body, _), .decide(let body, _):
            guard !body.trimmed.isEmpty else { throw AppError.invalid("dispute_error_body") }
            next.bodyCode = body.trimmed
            next.status = .assigned
            if case .decide = action { next.escalationDecision = note }
        case .session:
            next.status = .mediating
        case .agree(_, let due):
            guard let due, due >= Day(date: now) else { throw AppError.invalid("dispute_error_performance_due") }
            next.status = .agreed
            next.outcome = .agreement
            next.agreementTerms = note
            next.performanceDue = due
            next.agreedAt = now
        case .fail:
            next.status = .failed
            next.outcome = .noAgreement
        case .refer(let to, _):
            next.status = .referred
            next.outcome = to
        case .requestConfirmation:
            guard current.confirmationRequestedAt == nil else { throw AppError.conflict("dispute_error_confirmation_twice") }
            guard let agreed = current.agreedAt, now <= DisputeClock.confirmationWindow(agreedAt: agreed) else {
                throw AppError.invalid("dispute_error_confirmation_late", [current.agreedAt.map { TimeLeft.clock(DisputeClock.confirmationWindow(agreedAt: $0)) } ?? ""])
            }
            next.confirmationRequestedAt = now
        case .followUp(let performed, _):
            if performed { next.status = .performed }
        case .escalate:
            next.status = .escalated
            next.escalatedAt = now
        }
        return next
    }
}
