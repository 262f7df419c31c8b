import Foundation
import Kernel

/// Where a request came in (SPEC.md module 3: four channels, patrol reports, Open311).
public enum Channel: String, Sendable, Codable, CaseIterable {
    case window, hotline, mailbox, online, patrol, open311

    public var labelKey: String { "channel_\(rawValue)" }
}

/// The four request classes and where each goes (前台一口受理、后台分类处置).
public enum RequestClass: String, Sendable, Codable, CaseIterable {
    /// 行政事务: handled by the community, the street or a county department, on the clock.
    case administrative
    /// 公共服务: handed to the volunteer service team.
    case publicService = "public_service"
    /// 涉法涉诉: referred to the legal aid centre.
    case legal
    /// 信访维稳: handed over to the petition module.
    case petition

    public var labelKey: String { "class_\(rawValue)" }
}

/// Which level must act on an administrative request; it sets the time limit.
public enum HandlingLevel: String, Sendable, Codable, CaseIterable {
    /// The community can do it: the same working day.
    case community
    /// The district (county) must act: 3 working days.
    case district
    /// Anything else: reply or finish within 7 working days.
    case other

    public var labelKey: String { "workorder_level_\(rawValue)" }
}

/// A work order's place in its life cycle: receive and register → dispatch → accept or return →
/// handle and reply → verify → close → return visit; reopened on an unsatisfied visit or when the
/// resident disputes the closure.
public enum WorkOrderStatus: String, Sendable, Codable, CaseIterable {
    case registered, dispatched, returned, accepted, replied, closed, visited, reopened
    /// A duplicate, merged into another order that carries the work.
    case merged
    /// A petition-class request taken over by the petition module.
    case handedOver = "handed_over"

    public var labelKey: String { "status_\(rawValue)" }
    /// Still on the clock.
    public var isOpen: Bool { ![.closed, .visited, .merged, .handedOver].contains(self) }
}

public enum Satisfaction: String, Sendable, Codable, CaseIterable {
    case satisfied, basicallySatisfied = "basically_satisfied", unsatisfied

    public var labelKey: String { "satisfaction_\(rawValue)" }
}

/// One request, from intake to return visit: every resident who asks gets a number, a deadline,
/// a named handler and an answer.
public struct WorkOrder: Sendable, Equatable {
    public var id: String
    public var number: String
    public var channel: Channel
    public var requestClass: RequestClass
    public var categoryCode: String
    public var description: String
    public var address: String?
    public var lon: Double?
    public var lat: Double?
    public var gridCode: String
    public var level: HandlingLevel
    public var handlingUnit: String?
    public var status: WorkOrderStatus
    public var contactName: String?
    public var contactPhone: String?
    /// Done for the resident by staff (代办).
    public var proxy: Bool
    public var satisfaction: Satisfaction?
    public var extensions: Int
    public var createdBy: String?
    public var createdAt: Date
    public var dueAt: Date
    public var closedAt: Date?
    /// The Open311 client that filed it, if it came that way; its e-mail and media link if given.
    public var sourceClient: String? = nil
    public var mediaURL: String? = nil
    public var contactEmail: String? = nil
    /// When anything about it last changed (read back from the store; not written from here).
    public var updatedAt: Date? = nil
    /// The order this one was merged into (its id), when a duplicate.
    public var mergedInto: String? = nil
    /// What the resident's receipt carries to track it by (`TrackingCode`): the number counts up, this cannot be guessed.
    public var trackingCode: String? = nil
}
