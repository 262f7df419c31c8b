import Foundation
import Kernel

public enum HazardKind: String, Sendable, Codable, CaseIterable {
    case fire, gas, building, road, productionSafety = "production_safety", food, other

    public var labelKey: String { "hazard_kind_\(rawValue)" }
}

/// 一般隐患 / 重大隐患.
public enum HazardLevel: String, Sendable, Codable, CaseIterable {
    case general, major

    public var labelKey: String { "hazard_level_\(rawValue)" }
}

public enum HazardStatus: String, Sendable, Codable, CaseIterable {
    /// Found; a general hazard is being put right, a major one waits for its plan.
    case reported
    /// A major hazard under its plan, or one sent back at verification.
    case rectifying
    /// Reported put right; waiting for verification on site.
    case rectified
    case closed

    public var labelKey: String { "hazard_status_\(rawValue)" }
    public var isOpen: Bool { self != .closed }
}

/// The rectification plan a major hazard needs (重大隐患治理方案).
public struct RectificationPlan: Sendable, Equatable, Codable {
    public var goals: String, methods: String, funds: String, people: String, measures: String, emergencyPlan: String
    public var deadline: Day
    public var leader: String

    public init(goals: String, methods: String, funds: String, people: String, measures: String, emergencyPlan: String, deadline: Day, leader: String) {
        self.goals = goals
        self.methods = methods
        self.funds = funds
        self.people = people
        self.measures = measures
        self.emergencyPlan = emergencyPlan
        self.deadline = deadline
        self.leader = leader
    }
}

/// A photo from the patrol: a JPEG or PNG of at most 2 MB, recognised by its bytes, not its name.
public struct HazardPhoto: Sendable, Equatable {
    public let contentType: String
    public let data: Data

    public static let maxBytes = 2 << 20

    init(contentType: String, data: Data) {
        self.contentType = contentType
        self.data = data
    }

    /// The photo the bytes are, or a refusal naming the limit.
    public static func from(_ data: Data) throws -> HazardPhoto {
        guard !data.isEmpty, data.count <= maxBytes else { throw AppError.invalid("hazard_error_photo", ["2"]) }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return HazardPhoto(contentType: "image/jpeg", data: data) }
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return HazardPhoto(contentType: "image/png", data: data) }
        throw AppError.invalid("hazard_error_photo", ["2"])
    }
}

public struct Hazard: Sendable, Equatable {
    public var id: String, number: String, gridCode: String, place: String, organisationId: String?, kind: HazardKind, level: HazardLevel
    public var description: String, responsibleUnit: String, workOrderNumber: String?
    public var status: HazardStatus
    public var plan: RectificationPlan?
    public var dueAt: Date?
    public var dueRule: HazardClock.Rule?
    public var rectifiedAt: Date?, closedAt: Date?
    public var createdBy: String?, createdAt: Date, updatedAt: Date
}
