import Foundation
import Kernel

/// What staff (or the resident) do to a work order. Each is allowed from some statuses only.
public enum WorkOrderAction: Sendable, Equatable {
    /// To a handling unit (a unit code, or a department name for county departments).
    case dispatch(unit: String)
    case accept
    /// The unit sends it back: wrong unit or not theirs. A reason is required.
    case returnToSender(reason: String)
    /// The unit's answer or result. Required text.
    case reply(text: String)
    /// The dispatcher checks the reply: accepted closes the order; refused sends it back to the unit.
    case verify(accepted: Bool, note: String)
    /// The return visit 回访; unsatisfied reopens the order.
    case visit(Satisfaction, note: String)
    /// The resident does not accept the closure.
    case dispute(reason: String)
    /// Staff place an order that could not be located (portal, hotline) in its grid before dispatch.
    case route(grid: String)
    /// A duplicate is merged into the order (its number) that carries the work.
    case merge(into: String)
    /// The petition module takes over a petition-class request (its petition's id).
    case handOver(petition: String)

    public var name: String {
        switch self {
        case .dispatch: "dispatch"
        case .accept: "accept"
        case .returnToSender: "return"
        case .reply: "reply"
        case .verify: "verify"
        case .visit: "visit"
        case .dispute: "dispute"
        case .route: "route"
        case .merge: "merge"
        case .handOver: "handover"
        }
    }
}

extension WorkOrderAction {
    /// A step as the API and the pages name it (`name` is `self.name`), with the fields it uses.
    public static func named(_ name: String?, unit: String?, grid: String?, reason: String?, text: String?, accepted: Bool,
                             satisfaction: String?, into: String? = nil) throws -> WorkOrderAction {
        switch name {
        case "dispatch": return .dispatch(unit: unit ?? "")
        case "route": return .route(grid: grid ?? "")
        case "accept": return .accept
        case "return": return .returnToSender(reason: reason ?? "")
        case "reply": return .reply(text: text ?? "")
        case "verify": return .verify(accepted: accepted, note: reason ?? "")
        case "visit":
            guard let satisfaction = try parseChoice(satisfaction, Satisfaction.self, invalidKey: "workorder_error_satisfaction") else {
                throw AppError.invalid("workorder_error_satisfaction")
            }
            return .visit(satisfaction, note: text ?? "")
        case "dispute": return .dispute(reason: reason ?? "")
        case "merge": return .merge(into: into ?? "")
        default: throw AppError.invalid("workorder_error_action", [name ?? ""])
        }
    }
}

public enum Lifecycle {
    /// The status after `action`, or a refusal naming why. Pure: the service records the event.
    public static func next(from status: WorkOrderStatus, _ action: WorkOrderAction) throws -> WorkOrderStatus {
        func require(_ text: String, _ key: String) throws {
            guard !text.trimmed.isEmpty, text.count <= 4_000 else { throw AppError.invalid(key) }
        }
        switch (status, action) {
        case (.registered, .dispatch(let unit)), (.returned, .dispatch(let unit)), (.reopened, .dispatch(let unit)):
            try require(unit, "workorder_error_unit")
            return .dispatched
        case (.dispatched, .accept):
            return .accepted
        case (.dispatched, .returnToSender(let reason)):
            try require(reason, "workorder_error_reason")
            return .returned
        case (.accepted, .reply(let text)):
            try require(text, "workorder_error_reply")
            return .replied
        case (.replied, .verify(let accepted, let note)):
            if !accepted { try require(note, "workorder_error_reason") }
            return accepted ? .closed : .accepted
        case (.closed, .visit(let satisfaction, _)):
            return satisfaction == .unsatisfied ? .reopened : .visited
        case (.registered, .route(let grid)), (.reopened, .route(let grid)):
            try require(grid, "workorder_error_location")
            return status
        case (.registered, .merge(let into)), (.returned, .merge(let into)), (.reopened, .merge(let into)):
            try require(into, "workorder_error_merge_target")
            return .merged
        case (.registered, .handOver(let petition)):
            try require(petition, "workorder_error_petition")
            return .handedOver
        case (.closed, .dispute(let reason)), (.visited, .dispute(let reason)):
            try require(reason, "workorder_error_reason")
            return .reopened
        default:
            throw AppError.conflict("workorder_error_transition", [action.name, status.rawValue])
        }
    }
}
