import Foundation
import Kernel

/// Grading and reporting rules of emergencies (生产安全事故报告和调查处理条例 thresholds,
/// "以上" including the number and "以下" excluding it).
public enum EmergencyRules {
    struct Threshold { let grade: EmergencyGrade, deaths: Int, injuries: Int, loss: Int64 }

    static let thresholds = [
        Threshold(grade: .especiallyMajor, deaths: 30, injuries: 100, loss: 100_000_000),
        Threshold(grade: .major, deaths: 10, injuries: 50, loss: 50_000_000),
        Threshold(grade: .larger, deaths: 3, injuries: 10, loss: 10_000_000),
    ]

    /// The grade the figures call for, and the figure that reached it (`deaths>=10`), `below` when none did.
    public static func grade(_ f: EmergencyFigures) -> (EmergencyGrade, String) {
        for t in thresholds {
            if f.deaths >= t.deaths { return (t.grade, "deaths>=\(t.deaths)") }
            if f.seriousInjuries >= t.injuries { return (t.grade, "serious_injuries>=\(t.injuries)") }
            if f.directLossYuan >= t.loss { return (t.grade, "direct_loss_yuan>=\(t.loss)") }
        }
        return (.general, "below")
    }

    /// The levels an event of this grade is reported up to.
    public static func requiredLevels(_ grade: EmergencyGrade) -> [ReportLevel] {
        switch grade {
        case .general: [.county]
        case .larger: [.county, .city]
        case .major, .especiallyMajor: [.county, .city, .province]
        }
    }

    public static let firstReport: TimeInterval = 3_600, eachLevelUp: TimeInterval = 7_200

    /// When the report to `level` is due: an hour after learning of it for the county, two hours
    /// after the report below for each level above (nil while the one below is not made).
    public static func due(_ level: ReportLevel, learnedAt: Date, reports: [EmergencyReport]) -> Date? {
        switch level {
        case .county: learnedAt.addingTimeInterval(firstReport)
        case .city: reports.first { $0.level == .county }.map { $0.reportedAt.addingTimeInterval(eachLevelUp) }
        case .province: reports.first { $0.level == .city }.map { $0.reportedAt.addingTimeInterval(eachLevelUp) }
        }
    }

    /// The next report owed and when, nil when every required one is made.
    public static func nextReport(_ e: Emergency) -> (level: ReportLevel, due: Date)? {
        for level in requiredLevels(e.grade) where !e.reports.contains(where: { $0.level == level }) {
            return due(level, learnedAt: e.learnedAt, reports: e.reports).map { (level, $0) }
        }
        return nil
    }

    /// Casualty figures may be corrected for 30 days after the event, 7 for road traffic and fires.
    public static func updateWindowDays(type: String) -> Int { ["road_traffic", "fire"].contains(type) ? 7 : 30 }

    /// Refuses figures no event has: negative, or beyond any county's worst.
    public static func validate(_ f: EmergencyFigures) throws {
        guard (0...1_000_000).contains(f.deaths), (0...1_000_000).contains(f.seriousInjuries), (0...100_000_000).contains(f.affected),
              (0...10_000_000_000_000).contains(f.directLossYuan) else { throw AppError.invalid("emergency_error_figures") }
    }
}
