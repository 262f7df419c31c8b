import Foundation
import Kernel

/// The clocks of a hazard, supervised like work orders'.
public enum HazardClock {
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// A general hazard is put right within 7 days of being found (or of failing verification).
        case rectify = "rectify_7d"
        /// A major hazard has its rectification plan within 15 days.
        case plan = "plan_15d"
        /// A major hazard is put right by the day its plan names.
        case planDeadline = "plan_deadline"
        /// A hazard reported put right is verified on site within 5 days.
        case verify = "verify_5d"

        public var labelKey: String { "hazard_rule_\(rawValue)" }
    }

    public static let rectifyDays = 7, planDays = 15, verifyDays = 5
}

/// What is done with a hazard.
public enum HazardAction: Sendable, Equatable {
    case submitPlan(RectificationPlan)
    case rectify(text: String)
    case verify(passed: Bool, text: String)

    public var name: String {
        switch self {
        case .submitPlan: "submit_plan"
        case .rectify: "rectify"
        case .verify: "verify"
        }
    }

    public var text: String {
        switch self {
        case .submitPlan(let p): p.goals
        case .rectify(let t), .verify(_, let t): t
        }
    }

    public var permission: Permission { if case .verify = self { .verifyHazards } else { .rectifyHazards } }
}

public enum HazardLifecycle {
    /// The clock a newly found hazard runs under.
    public static func firstClock(level: HazardLevel, at now: Date) -> (Date, HazardClock.Rule) {
        level == .major ? (Day.endOfCalendarDays(HazardClock.planDays, after: now), .plan)
            : (Day.endOfCalendarDays(HazardClock.rectifyDays, after: now), .rectify)
    }

    /// The hazard after `action` at `now`; pure.
    public static func apply(_ action: HazardAction, to h: Hazard, at now: Date) throws -> Hazard {
        var next = h
        next.updatedAt = now
        let text = action.text.trimmed
        guard !text.isEmpty, text.count <= 8_000 else { throw AppError.invalid("hazard_error_text") }
        switch action {
        case .submitPlan(let plan):
            guard h.level == .major, h.status == .reported else { throw AppError.conflict("hazard_error_transition", [action.name, h.status.rawValue]) }
            for field in [plan.methods, plan.funds, plan.people, plan.measures, plan.emergencyPlan, plan.leader] where field.trimmed.isEmpty || field.count > 8_000 {
                throw AppError.invalid("hazard_error_plan")
            }
            guard plan.deadline >= Day(date: now) else { throw AppError.invalid("hazard_error_plan_deadline") }
            next.plan = plan
            next.status = .rectifying
            (next.dueAt, next.dueRule) = (plan.deadline.endDate, .planDeadline)
        case .rectify:
            let allowed: Set<HazardStatus> = h.level == .major ? [.rectifying] : [.reported, .rectifying]
            guard allowed.contains(h.status) else { throw AppError.conflict("hazard_error_transition", [action.name, h.status.rawValue]) }
            next.status = .rectified
            next.rectifiedAt = now
            (next.dueAt, next.dueRule) = (Day.endOfCalendarDays(HazardClock.verifyDays, after: now), .verify)
        case .verify(let passed, _):
            guard h.status == .rectified else { throw AppError.conflict("hazard_error_transition", [action.name, h.status.rawValue]) }
            if passed {
                next.status = .closed
                next.closedAt = now
                (next.dueAt, next.dueRule) = (nil, nil)
            } else {
                next.status = .rectifying
                // Sent back: a major hazard keeps its plan's day; a general one gets 7 days again.
                if let plan = h.plan, plan.deadline >= Day(date: now) {
                    (next.dueAt, next.dueRule) = (plan.deadline.endDate, .planDeadline)
                } else {
                    (next.dueAt, next.dueRule) = (Day.endOfCalendarDays(HazardClock.rectifyDays, after: now), .rectify)
                }
            }
        }
        return next
    }
}
