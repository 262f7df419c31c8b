import Foundation
import Kernel

/// The county's numbers for projects, commitments and points, with the defaults of the rules
/// they come from; changed through `POST /api/v1/participation-settings`.
public struct ParticipationSettings: Codable, Sendable, Equatable {
    /// A project is reworked when fewer than `reworkNumerator / reworkDenominator` of the ratings
    /// are "satisfied" (满意率不达1/3的事项…必须进一步…确保落实 [001]).
    public var reworkNumerator = 1, reworkDenominator = 3
    /// A month's finances are disclosed by this day of the next month (财务收支每月公布).
    public var financeDueDay = 10
    /// A quarter's general matters are disclosed within these days after it ends (一般事项每季度公布).
    public var generalDueDays = 10
    /// A major matter is disclosed within these days of it happening (重大事项随时公布).
    public var majorDueDays = 2
    /// Commitments: promised by this day of January, progress by this day of July, result by 31 December.
    public var promiseByJanuaryDay = 31, progressByJulyDay = 31
    /// Points for one confirmed report, and for one hour of volunteering.
    public var pointsPerReport = 10, pointsPerVolunteerHour = 10

    public init() {}

    /// Refused when a number is outside what the rule could mean.
    public func validated() throws -> ParticipationSettings {
        guard (1...99).contains(reworkNumerator), (2...100).contains(reworkDenominator), reworkNumerator < reworkDenominator,
              (1...28).contains(financeDueDay), (0...60).contains(generalDueDays), (0...30).contains(majorDueDays),
              (1...31).contains(promiseByJanuaryDay), (1...31).contains(progressByJulyDay),
              (0...1_000).contains(pointsPerReport), (0...1_000).contains(pointsPerVolunteerHour) else {
            throw AppError.invalid("participation_error_settings")
        }
        return self
    }
}
