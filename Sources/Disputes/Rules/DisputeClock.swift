import Foundation
import Kernel

/// The clocks of a dispute, in calendar days to the end of the day (China Standard Time).
public enum DisputeClock {
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// Mediate within the type's limit from registration (30 days by default).
        case mediation = "mediation_limit"
        /// The leading group decides on an escalated dispute within 15 days.
        case leadingGroup = "leading_group_15d"
        /// The agreement is performed by the day it names.
        case performance = "performance_due"

        public var labelKey: String { "dispute_rule_\(rawValue)" }
    }

    public static let leadingGroupDays = 15
    /// The parties may apply to a court for judicial confirmation within 30 days of the
    /// agreement taking effect (People's Mediation Law, art. 33).
    public static let confirmationDays = 30

    public static func due(_ days: Int, after from: Date) -> Date {
        Day.endOfCalendarDays(days, after: from)
    }

    /// The clock of `dispute` as it now stands.
    public static func clock(of dispute: Dispute, typeDays: Int) -> (due: Date, rule: Rule)? {
        switch dispute.status {
        case .registered, .assigned, .mediating: (due(typeDays, after: dispute.createdAt), .mediation)
        case .escalated: dispute.escalatedAt.map { (due(leadingGroupDays, after: $0), .leadingGroup) }
        case .agreed: dispute.performanceDue.map { ($0.endDate, .performance) }
        case .performed, .failed, .referred: nil
        }
    }

    /// The last moment judicial confirmation may be asked for, once agreed.
    public static func confirmationWindow(agreedAt: Date) -> Date { due(confirmationDays, after: agreedAt) }
}

/// Early warning: the level a dispute's facts call for, with the reasons. Staff may not lower it.
public enum EarlyWarning {
    /// People involved from which a dispute counts as a group matter, and the higher steps.
    public static let groupScale = 5, largeScale = 30, massScale = 100

    /// `repeated`: another dispute of the same type in the same unit within the last 90 days.
    public static func assess(scale: Int, parties: Int, violenceThreatened: Bool, repeated: Bool, typeCode: String) -> (RiskLevel, [String]) {
        var level = RiskLevel.low
        var reasons: [String] = []
        let people = max(scale, parties)
        if people >= massScale { level = .major; reasons.append("risk_reason_mass") }
        else if people >= largeScale { level = .high; reasons.append("risk_reason_large") }
        else if people >= groupScale { level = .medium; reasons.append("risk_reason_group") }
        if violenceThreatened { level = max(level, .high); reasons.append("risk_reason_violence") }
        if ["land", "labour"].contains(typeCode), level < .medium { level = .medium; reasons.append("risk_reason_sensitive_type") }
        if repeated { level = level.raised(); reasons.append("risk_reason_repeated") }
        return (level, reasons)
    }

    /// Days back a dispute counts as repeated.
    public static let repeatWindowDays = 90
}
