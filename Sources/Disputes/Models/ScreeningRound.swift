import Foundation
import Kernel

/// A screening round 矛盾纠纷排查: every grid under the unit that runs it reports what it found
/// in the period, or reports "none", so that silence shows as a missing report.
public struct ScreeningRound: Sendable, Equatable {
    /// How often each level screens (SPEC.md module 4 [003]): the township (street) every half
    /// month, the county every month, and any time in sensitive periods.
    public enum Level: String, Sendable, Codable, CaseIterable {
        case township, county, adHoc = "ad_hoc"

        public var labelKey: String { "screening_level_\(rawValue)" }
        /// The unit level that runs such rounds: 9-digit streets, 6-digit counties; ad hoc at either.
        var codeLengths: Set<Int> {
            switch self {
            case .township: [9]
            case .county: [6]
            case .adHoc: [6, 9]
            }
        }
    }

    public var id: String
    public var unitCode: String
    public var level: Level
    public var periodStart: Day
    public var periodEnd: Day
    /// Why an ad hoc round is held (a sensitive period); empty for scheduled rounds.
    public var reason: String
    /// Reports are due by the end of the period's last day.
    public var dueAt: Date { periodEnd.endDate }
    public var createdBy: String?
    public var createdAt: Date
}

public struct ScreeningReport: Sendable, Equatable {
    public var roundId: String
    public var gridCode: String
    /// The grid found nothing: reported as "none", not left silent.
    public var nothingFound: Bool
    public var findings: String
    /// Disputes registered from these findings.
    public var disputeIds: [String]
    public var reportedBy: String
    public var reportedAt: Date
}

public enum ScreeningSchedule {
    /// The scheduled period of `level` that holds `day`: halves of the month (1–15, 16–end) for
    /// townships, the calendar month for counties. Ad hoc rounds name their own period.
    public static func period(_ level: ScreeningRound.Level, containing day: Day) -> (start: Day, end: Day)? {
        let last = Day(year: day.year, month: day.month, day: Day.daysIn(month: day.month, year: day.year))
        switch level {
        case .township:
            return day.day <= 15 ? (Day(year: day.year, month: day.month, day: 1), Day(year: day.year, month: day.month, day: 15))
                : (Day(year: day.year, month: day.month, day: 16), last)
        case .county:
            return (Day(year: day.year, month: day.month, day: 1), last)
        case .adHoc:
            return nil
        }
    }
}
