import Foundation
import Kernel

/// 预警 levels 1–4: red, orange, yellow, blue.
public enum WarningLevel: Int, Sendable, Codable, CaseIterable {
    case red = 1, orange, yellow, blue

    public var colour: String { ["red", "orange", "yellow", "blue"][rawValue - 1] }
    public var labelKey: String { "warning_level_\(colour)" }
}

public struct SafetyWarning: Sendable, Equatable {
    public var id: String, level: WarningLevel, kind: String, title: String, message: String
    /// The units the warning covers (a county, streets, communities).
    public var units: [String]
    public var startsAt: Date, endsAt: Date
    public var liftedAt: Date?
    public var issuedBy: String?, createdAt: Date

    public func isActive(at now: Date) -> Bool { startsAt <= now && now < endsAt && liftedAt.map { now < $0 } ?? true }

    /// Whether a staff member rooted at `unitCode` works in the warned area: their unit lies in it, or it lies in their scope.
    public func covers(_ unitCode: String) -> Bool {
        units.contains { unitCode.hasPrefix($0) || $0.hasPrefix(unitCode) }
    }
}
