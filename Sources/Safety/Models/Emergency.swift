import Foundation
import Kernel

/// The four national categories of emergency (突发事件应对法).
public enum EmergencyCategory: String, Sendable, Codable, CaseIterable {
    case naturalDisaster = "natural_disaster", accident, publicHealth = "public_health", socialSecurity = "social_security"

    public var labelKey: String { "emergency_category_\(rawValue)" }
    /// Social-security events have no casualty thresholds: they are graded by hand.
    public var gradedByHand: Bool { self == .socialSecurity }
}

/// 特别重大 / 重大 / 较大 / 一般.
public enum EmergencyGrade: String, Sendable, Codable, CaseIterable, Comparable {
    case general, larger, major, especiallyMajor = "especially_major"

    public var labelKey: String { "emergency_grade_\(rawValue)" }
    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: EmergencyGrade, b: EmergencyGrade) -> Bool { a.rank < b.rank }
}

/// The levels an emergency is reported up to: the county within an hour of learning of it,
/// each level above within two hours of the one below.
public enum ReportLevel: String, Sendable, Codable, CaseIterable {
    case county, city, province

    public var labelKey: String { "emergency_report_\(rawValue)" }
}

public struct EmergencyFigures: Sendable, Equatable, Codable {
    public var deaths: Int, seriousInjuries: Int, directLossYuan: Int64, affected: Int

    public init(deaths: Int, seriousInjuries: Int, directLossYuan: Int64, affected: Int) {
        self.deaths = deaths
        self.seriousInjuries = seriousInjuries
        self.directLossYuan = directLossYuan
        self.affected = affected
    }
}

/// One report upward, with when it was due and whether it was late.
public struct EmergencyReport: Sendable, Equatable {
    public var level: ReportLevel, reportedAt: Date, dueAt: Date, reportedBy: String?, note: String
    public var late: Bool { reportedAt > dueAt }
}

public struct Emergency: Sendable, Equatable {
    public var id: String, number: String, category: EmergencyCategory, type: String, title: String
    public var occurredAt: Date, learnedAt: Date, place: String, unitCode: String
    public var figures: EmergencyFigures
    public var grade: EmergencyGrade
    /// The threshold that set the grade (`deaths>=3`), or `by_hand` for social-security events.
    public var gradeRule: String
    public var reports: [EmergencyReport]
    public var createdBy: String?, createdAt: Date, updatedAt: Date
}
